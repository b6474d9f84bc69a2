#!/usr/bin/env python3
"""Converts the UN regular-budget scale of assessments 2025-2027 into mssops' scale CSV.

Usage: scripts/convert-scale.py SCALE.csv COUNTRY-CODES.csv [OUTPUT.csv]

SCALE.csv is the shared copy (member_state, rate_percent, assessment_2025_usd) of the rates of
General Assembly resolution 79/249; COUNTRY-CODES.csv is datasets/country-codes. The output
(default: data/reference/un_regular_budget_scale_2025-2027.csv) has the columns member (ISO 3166-1
alpha-3), name (as the UN writes it) and rate_percent (unchanged), sorted by member, so a second
run gives the same file byte for byte. A member state whose name matches no country row stops
the script: no code is guessed.
"""

import csv
import pathlib
import sys
import unicodedata


def folded(name):
    """Lower case, accents and curly apostrophes folded, so 'Türkiye' and 'Turkiye' meet."""
    text = name.replace("\u2019", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.lower().replace("the ", " ").split())


def iso3_by_name(country_codes):
    names = {}
    with open(country_codes, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            iso3 = (row.get("ISO3166-1-Alpha-3") or "").strip()
            if not iso3:
                continue
            for column in ("UNTERM English Short", "UNTERM English Formal", "official_name_en",
                           "CLDR display name"):
                value = (row.get(column) or "").replace("\xa0", " ").strip()
                if value:
                    names.setdefault(folded(value), iso3)
    return names


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    names = iso3_by_name(argv[2])
    root = pathlib.Path(__file__).resolve().parent.parent
    output = pathlib.Path(argv[3]) if len(argv) > 3 else root / "data" / "reference" / "un_regular_budget_scale_2025-2027.csv"
    rows = []
    with open(argv[1], encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["member_state"].strip()
            iso3 = names.get(folded(name))
            if iso3 is None:
                sys.exit(f"no ISO 3166-1 alpha-3 code found for member state \"{name}\"")
            rows.append((iso3, name, row["rate_percent"].strip()))
    codes = [code for code, _, _ in rows]
    if len(set(codes)) != len(codes):
        sys.exit("two member states map to one code")
    rows.sort()
    with open(output, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["member", "name", "rate_percent"])
        writer.writerows(rows)
    print(f"{len(rows)} members written to {output}")


if __name__ == "__main__":
    main(sys.argv)
