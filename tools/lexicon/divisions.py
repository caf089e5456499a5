#!/usr/bin/env python3
"""Rebuilds src/main/resources/lexicon/divisions.tsv: the first-level divisions of every country (states, provinces,
regions, counties of Kenya...) in English and French, for recognition only (no Wikidata id of their own), less every
name that is also a word, a given name, an organization or a place already listed.

Sources (fetched with `npm pack`, build time only; nothing is downloaded at run time):
  - iso3166-2-db 2.3.11 (MIT): ISO 3166-2 subdivisions with their names in English and French (regions/XX/en.json,
    regions/XX/fr.json), from GeoNames, OpenStreetMap and Wikipedia;
  - @rapideditor/country-coder 5.6.1 (ISC): ISO 3166-1 alpha-2 code to the country's Wikidata id, as towns.py.
A name is dropped, once accents, case and a leading article are set aside, when it
  - has fewer than four letters, or a digit, a slash or a parenthesis;
  - is a lower-case word of Debian's wamerican or wfrench lists ("Centre", "Oriental"), or a given name of
    lexicon/first-names.txt ("Victoria", "Georgia");
  - is a name or alias of places.tsv, demonyms.tsv, organizations.tsv or organizations-known.tsv (the hand-made row wins).
A name written with the kind of division ("Thiès Region", "Province de Bắc Ninh") is listed bare, the full name as an alias.
The Gazetteer loads this table after towns.tsv: a town keeps its name ("Saint-Louis" the city, not the region).

Usage (from the repository root, with npm, and `apt-get install wamerican wfrench`):
    python3 tools/lexicon/divisions.py
"""
import json
import pathlib
import re

import npm_pack
from towns import LEXICON, common_words, country_ids, fold, given_names, table_names

PACKAGES = ["iso3166-2-db@2.3.11", "@rapideditor/country-coder@5.6.1"]
KINDS = ("Region", "Province", "County", "Prefecture", "Governorate", "State", "Department", "District", "Division")
HEADER = """# newsgraph gazetteer: first-level divisions of every country (states, provinces, regions). Source: the npm package
# iso3166-2-db 2.3.11 (MIT; ISO 3166-2 subdivisions named in English and French from GeoNames, OpenStreetMap and
# Wikipedia), for recognition only (no Wikidata id of their own: a wrong link is worse than none); country ids from the
# ISO code by the npm package @rapideditor/country-coder 5.6.1 (ISC), as towns.tsv.
# Names that are also common words (Debian wamerican, wfrench), given names (first-names.txt), or names already in
# places.tsv, demonyms.tsv, organizations.tsv or organizations-known.tsv are left out; a name written with its kind
# ("Thiès Region", "Région de Thiès") is listed bare, the full name as an alias. Loaded after towns.tsv: a town keeps its name.
# Rebuilt by tools/lexicon/divisions.py.
# Columns: wikidata<TAB>type<TAB>kind<TAB>english<TAB>french<TAB>aliases (| separated)<TAB>country wikidata id
"""


FRENCH_KINDS = ("Région de ", "Région d'", "Province de ", "Province d'", "Comté de ", "Comté d'", "Préfecture de ",
                "Préfecture d'", "Gouvernorat de ", "Gouvernorat d'", "État de ", "État d'", "Département de ",
                "Département d'", "District de ", "District d'")


def bare(name):
    """The name without its kind: "Thiès" of "Thiès Region" and of "Région de Thiès"."""
    for kind in KINDS:
        if name.endswith(" " + kind) and len(name) > len(kind) + 4:
            return name[:-len(kind) - 1].strip()
    for kind in FRENCH_KINDS:
        if name.startswith(kind) and len(name) > len(kind) + 3:
            return name[len(kind):].strip()
    return None


def main():
    files = {name: data for (_, name), data in npm_pack.files(
        PACKAGES, lambda m: re.fullmatch(r"package/regions/[A-Z]{2}/(en|fr)\.json", m) is not None
        or m == "package/src/data/borders.json").items()}
    countries = country_ids(json.loads(files["package/src/data/borders.json"])["features"])
    common = common_words()
    given = given_names()
    listed = (table_names("places.tsv", (3, 4, 5)) | table_names("demonyms.tsv", (2,))
              | table_names("organizations.tsv", (3, 4, 5)) | table_names("organizations-known.tsv", (3, 4, 5)))

    def usable(name):
        key = fold(name)
        return (sum(c.isalpha() for c in key) >= 4 and not re.search(r"[\d/()]", key)
                and key not in common and key not in given and key not in listed)

    rows = {}
    for path, data in sorted(files.items()):
        m = re.fullmatch(r"package/regions/([A-Z]{2})/en\.json", path)
        if not m or m.group(1) not in countries:
            continue
        code = m.group(1)
        english = json.loads(data)
        french = {d["iso"]: d["name"] for d in json.loads(files.get(f"package/regions/{code}/fr.json", b"[]"))}
        for d in english:
            en, fr = d["name"].strip(), french.get(d["iso"], d["name"]).strip()
            # the press names a division without its kind ("Chonburi", "Bắc Ninh"): the bare name is the label, the
            # full one an alias
            full = [n for n in dict.fromkeys([en, fr]) if usable(n)]
            en_bare, fr_bare = bare(en) or en, bare(fr) or fr
            names = [n for n in dict.fromkeys([en_bare, fr_bare]) if usable(n)]
            if not names:
                continue
            aliases = [n for n in full if fold(n) not in {fold(x) for x in names}]
            en_cell = en_bare if en_bare in names else names[0]
            fr_cell = fr_bare if fr_bare in names else names[0]
            key = fold(en_cell)
            if key not in rows:
                rows[key] = (en_cell, fr_cell, "|".join(dict.fromkeys(aliases)), countries[code])
    lines = [f"\tPlace\tregion\t{en}\t{fr}\t{aliases}\t{country}" for en, fr, aliases, country
             in sorted(rows.values(), key=lambda r: (fold(r[0]), r[0]))]
    (LEXICON / "divisions.tsv").write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} divisions")


if __name__ == "__main__":
    main()
