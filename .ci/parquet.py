"""Reads every Parquet file in data/panels/ back with pandas and pyarrow,
readers independent of the crate, and checks it holds what its CSV holds:
the same columns in order, the same rows, the id columns as text, every
column labelled; then joins code_year.parquet onto every row of each
panel with DuckDB, by code and year, and checks that the join finds every
row once and gives the panel's pilot_ids, via_members, treated and
first_treat.

Run from the repository's root: python3 .ci/parquet.py
"""

import sys
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow
import pyarrow.parquet as pq

DIR = Path("data/panels")
TABLES = ["county_year", "prefecture_year", "province_year", "units", "members", "code_year"]
# The `;`-separated id columns: text, though one id looks like a number.
IDS = ["pilot_ids", "pilot_ids_wholly", "pilot_ids_partly", "via_members",
       "via_members_wholly", "via_members_partly"]

failures = []


def check(ok, message):
    if not ok:
        failures.append(message)


names = sorted(p.stem for p in DIR.glob("*.parquet"))
for table in TABLES:
    check(table in names, f"no {table}.parquet")

for name in names:
    schema = pq.read_schema(DIR / f"{name}.parquet")
    frame = pd.read_parquet(DIR / f"{name}.parquet", engine="pyarrow")
    csv = pd.read_csv(DIR / f"{name}.csv", dtype=str, keep_default_na=False)
    check(list(frame.columns) == list(csv.columns), f"{name}: columns differ from the CSV's")
    check(len(frame) == len(csv), f"{name}: {len(frame)} rows, the CSV {len(csv)}")
    check((schema.metadata or {}).get(b"label"), f"{name}: no table label")
    for field in schema:
        label = (field.metadata or {}).get(b"label", b"")
        check(label, f"{name}.{field.name}: no label")
        column, text = frame[field.name], csv[field.name]
        if field.name in IDS:
            check(str(field.type) == "string", f"{name}.{field.name} is {field.type}, not text")
        if str(field.type) == "string":
            # A null is the CSV's empty text.
            same = column.fillna("").astype(str).to_numpy() == text.to_numpy()
        else:
            numbers = pd.to_numeric(text.replace({"": "nan", "Inf": "inf"}), errors="coerce")
            values = column.astype("float64").to_numpy()
            same = (values == numbers.to_numpy()) | (np.isnan(values) & np.isnan(numbers.to_numpy()))
            check(not np.isnan(numbers[text != ""]).any(), f"{name}.{field.name}: a non-number")
        bad = np.flatnonzero(~same)
        check(len(bad) == 0, f"{name}.{field.name}: {len(bad)} rows differ from the CSV, "
                             f"the first {bad[:1]}")

# code_year.dta, whose pilot_names is a strL, holds the CSV's text.
dta = pd.read_stata(DIR / "code_year.dta")
csv = pd.read_csv(DIR / "code_year.csv", dtype=str, keep_default_na=False)
for column in ["pilot_names", "pilot_note", "pilot_ids", "became"]:
    same = dta[column].fillna("").astype(str).to_numpy() == csv[column].to_numpy()
    check(same.all(), f"code_year.dta: {(~same).sum()} rows of {column} differ from the CSV")

# code_year, joined as a user joins it: each panel's code and year (read as
# integers) onto code_year.parquet.
con = duckdb.connect()
code_year = str(DIR / "code_year.parquet")
duplicates = con.execute(
    f"SELECT count(*) FROM (SELECT code, year FROM '{code_year}' GROUP BY ALL HAVING count(*) > 1)"
).fetchone()[0]
check(duplicates == 0, f"code_year: {duplicates} code-years twice")
for panel in ["county_year", "prefecture_year", "province_year"]:
    path = str(DIR / f"{panel}.csv")
    rows, joined, differ = con.execute(f"""
        WITH panel AS (SELECT * FROM read_csv('{path}', all_varchar = true))
        SELECT
            (SELECT count(*) FROM panel),
            count(c.code),
            count(*) FILTER (WHERE coalesce(c.pilot_ids, '') <> coalesce(p.pilot_ids, '')
                OR coalesce(c.via_members, '') <> coalesce(p.via_members, '')
                OR c.treated <> CAST(p.treated AS TINYINT)
                OR c.first_treat <> CAST(p.first_treat AS SMALLINT)
                OR c.reading <> 'Listed')
        FROM panel p
        LEFT JOIN '{code_year}' c
            ON c.code = CAST(p.code AS INTEGER) AND c.year = CAST(p.year AS SMALLINT)
    """).fetchone()
    check(rows == joined, f"{panel}: {rows - joined} of {rows} rows not in code_year")
    check(differ == 0, f"{panel}: {differ} rows whose code_year row differs")
    print(f"{panel}: {rows} rows joined to code_year by DuckDB, pilot_ids as the panel's")

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
print(f"{len(names)} Parquet files read back with pyarrow {pyarrow.__version__}: each as its CSV")
