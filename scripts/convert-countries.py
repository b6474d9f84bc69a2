#!/usr/bin/env python3
"""Converts datasets/country-codes (country-codes.csv) into mssops "countries" records.

Usage: scripts/convert-countries.py PATH/TO/country-codes.csv [OUTPUT.json]

The output (default: data/reference/countries.json beside this script's repository) is a JSON
array with one record per row that has an ISO 3166-1 alpha-3 code, sorted by code, so that
running the script again on the same CSV gives the same file byte for byte.
"""

import csv
import json
import pathlib
import sys

SOURCE_KEY = "country-codes-datasets"


def first_present(row, *columns):
    """The first non-empty value among `columns`, or None."""
    for column in columns:
        value = (row.get(column) or "").strip()
        if value:
            return value
    return None


def country_record(row):
    """The countries record for one CSV row, or None when the row has no alpha-3 code."""
    iso3 = first_present(row, "ISO3166-1-Alpha-3")
    if not iso3:
        return None
    record = {"key": iso3.lower(), "iso3": iso3.upper()}
    # The ISO/UN official name reads best in lists; UNTERM short names carry "(the)" suffixes.
    name = first_present(row, "official_name_en", "UNTERM English Short", "CLDR display name")
    if not name:
        raise ValueError(f"row {iso3} has no English name")
    record["name"] = name
    name_fr = first_present(row, "official_name_fr", "UNTERM French Short")
    if name_fr:
        record["name_fr"] = name_fr
    m49 = first_present(row, "M49")
    if m49:
        # M49 codes are three digits by convention ("004" for Afghanistan).
        record["m49"] = m49.zfill(3)
    region = first_present(row, "Region Name")
    if region:
        record["region"] = region
    record["source_id"] = SOURCE_KEY
    return record


def convert(csv_path):
    """All records of the CSV at `csv_path`, sorted by alpha-3 code."""
    with open(csv_path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    if rows and "ISO3166-1-Alpha-3" not in rows[0]:
        raise ValueError(f"{csv_path} has no ISO3166-1-Alpha-3 column; is it country-codes.csv?")
    records = [record for record in map(country_record, rows) if record]
    keys = [record["key"] for record in records]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ValueError(f"alpha-3 codes listed twice: {', '.join(duplicates)}")
    return sorted(records, key=lambda record: record["key"])


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write("usage: convert-countries.py COUNTRY-CODES.csv [OUTPUT.json]\n")
        return 2
    repository = pathlib.Path(__file__).resolve().parent.parent
    output = pathlib.Path(argv[2]) if len(argv) == 3 else repository / "data" / "reference" / "countries.json"
    try:
        records = convert(argv[1])
    except (OSError, ValueError) as error:
        sys.stderr.write(f"convert-countries: {error}\n")
        return 1
    output.parent.mkdir(parents=True, exist_ok=True)
    with open(output, "w", encoding="utf-8") as handle:
        json.dump(records, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(f"wrote {len(records)} countries to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
