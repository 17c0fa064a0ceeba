"""Reads every panel in data/panels/ back with pandas, a reader independent
of the crate: each CSV with read_csv, each .dta with read_stata and its
labels with StataReader; checks row counts, column types, that the CSV and
the .dta of a panel hold the same values, that unit_code and year identify
a row, and a handful of known rows. The committed files have the default
timing (treated from 2013), never-treated coding (0) and province-level
members (not counted as treatment), which the checks assume.

Run from the repository's root: python3 .ci/read_panels.py
"""

import sys
from pathlib import Path

import pandas as pd
from pandas.api import types

DIR = Path("data/panels")

# The committed files' timing and never-treated coding, the example's
# defaults: treated from 2013, never-treated first_treat 0.
TREAT_YEAR, NEVER = 2013, 0

# Rows: every code of every year-end list 2000-2024 at each level (the
# crate's tests count them from data/areacodes/data/YEAR.txt).
# The prefecture panel adds the four municipalities in each of the 25 years.
PANELS = {"county_year": 71376, "prefecture_year": 8325 + 4 * 25, "province_year": 775}
MUNICIPALITIES = {110000, 120000, 310000, 500000}

# The columns read as text: ids joined by ";" look like numbers where a
# single pilot covers a code.
TEXT = ["name", "level", "pilot_ids", "pilot_ids_wholly", "pilot_ids_partly",
        "via_members", "via_members_wholly", "via_members_partly"]
INTEGER = ["year", "code", "unit_code", "province", "n_pilots", "treated", "treated_wholly",
           "via_province_member", "treated_varies", "post", "first_treat", "first_year",
           "last_year", "has_pre_period"]
INTENSITY_INTEGER = ["n_counties", "n_counties_treated", "n_counties_treated_wholly"]
INTENSITY_SHARE = ["share_treated", "share_treated_wholly"]

# year, code: column values, checked by hand against the lists and the notice.
KNOWN = {
    "county_year": [
        (2018, 630122, {"name": "湟中县", "pilot_ids_wholly": "50", "treated": 1,
                        "unit_code": 630106}),
        (2020, 630106, {"name": "湟中区", "pilot_ids_wholly": "50", "first_treat": TREAT_YEAR,
                        "unit_code": 630106}),
        (2020, 654223, {"name": "沙湾县", "unit_code": 654203}),
        (2016, 331021, {"name": "玉环县", "unit_code": 331083}),
        # 崇文区 merged into 东城区, listed before: its own unit.
        (2005, 110103, {"name": "崇文区", "unit_code": 110103}),
        (2005, 110101, {"name": "东城区", "unit_code": 110101}),
        (2017, 510185, {"name": "简阳市", "pilot_ids": "", "treated": 0, "first_treat": NEVER}),
        (2021, 330105, {"name": "拱墅区", "pilot_ids_partly": "20", "treated_wholly": 0}),
        (2010, 341422, {"name": "无为县", "parent": 341400, "pilot_ids": "22", "post": 0}),
        (2015, 440305, {"name": "南山区", "pilot_ids": "32;56", "n_pilots": 2}),
        (2012, 520111, {"name": "花溪区", "pilot_ids_partly": "40", "via_members_partly": "40a"}),
        (2012, 659006, {"name": "铁门关市", "pilot_ids_wholly": "55", "parent": 650000}),
        # Covered only through 河南省电教馆 (28a): not treated by default.
        (2015, 419001, {"name": "济源市", "pilot_ids_wholly": "28", "parent": 410000,
                        "via_members": "28a", "via_province_member": 1, "treated": 0,
                        "first_treat": NEVER}),
        (2015, 410105, {"name": "金水区", "via_members": "28a;28b", "via_province_member": 0,
                        "treated": 1}),
        # Treated from its first row, listed from 2016: no pre-period.
        (2016, 150603, {"name": "康巴什区", "treated": 1, "first_year": 2016, "last_year": 2024,
                        "has_pre_period": 0}),
        (2000, 130106, {"first_year": 2000, "last_year": 2000, "has_pre_period": 1}),
        (2012, 659006, {"first_year": 2012, "has_pre_period": 1}),
    ],
    "prefecture_year": [
        (2015, 410100, {"name": "郑州市", "pilot_ids_wholly": "28", "n_counties": 12,
                        "share_treated": 1.0}),
        (2012, 542100, {"name": "昌都地区", "unit_code": 540300, "pilot_ids_wholly": "43"}),
        (2012, 110000, {"name": "北京市", "level": "Provincial", "municipality": 1,
                        "pilot_ids_partly": "1;2", "n_counties": 16, "n_counties_treated": 2}),
        (2012, 410300, {"name": "洛阳市", "pilot_ids_wholly": "28", "treated": 0,
                        "via_province_member": 1, "municipality": 0}),
    ],
    "province_year": [
        (2012, 110000, {"name": "北京市", "pilot_ids_partly": "1;2", "n_counties": 16,
                        "n_counties_treated": 2, "share_treated": 0.125}),
    ],
}

failures = []


def check(ok, message):
    if not ok:
        failures.append(message)


def text(frame):
    """Text columns with missing values as empty strings, the CSV's form."""
    return frame.fillna("") if types.is_string_dtype(frame) or frame.dtype == object else frame


for name, rows in PANELS.items():
    intensity = name != "county_year"
    csv = pd.read_csv(DIR / f"{name}.csv", dtype={c: str for c in TEXT}, keep_default_na=False,
                      na_values={"parent": [""], "share_treated": [""],
                                 "share_treated_wholly": [""]})
    dta = pd.read_stata(DIR / f"{name}.dta")
    with pd.io.stata.StataReader(DIR / f"{name}.dta") as reader:
        labels = reader.variable_labels()
        data_label = reader.data_label
    for frame, kind in [(csv, "csv"), (dta, "dta")]:
        check(len(frame) == rows, f"{name}.{kind}: {len(frame)} rows, not {rows}")
        columns = TEXT + INTEGER + ["parent"] + (INTENSITY_INTEGER + INTENSITY_SHARE if intensity else [])
        if name == "prefecture_year":
            columns = columns + ["municipality"]
            check(set(frame.loc[frame["municipality"] == 1, "code"]) == MUNICIPALITIES,
                  f"{name}.{kind}: municipality is not 1 for exactly the four municipalities")
            check(list(frame.columns)[-1] == "municipality", f"{name}.{kind}: municipality not last")
        check(((frame["first_year"] < TREAT_YEAR) == (frame["has_pre_period"] == 1)).all(),
              f"{name}.{kind}: has_pre_period is not first_year < {TREAT_YEAR}")
        # By default a row covered only through 河南省电教馆 is not treated.
        check((frame.loc[frame["via_province_member"] == 1, "treated"] == 0).all(),
              f"{name}.{kind}: a row treated only through the province-level member")
        check(sorted(frame.columns) == sorted(columns), f"{name}.{kind}: columns {list(frame.columns)}")
        for column in TEXT:
            check(types.is_string_dtype(frame[column]) or frame[column].dtype == object,
                  f"{name}.{kind}: {column} is {frame[column].dtype}, not text")
        for column in INTEGER + (INTENSITY_INTEGER if intensity else []) + (["municipality"] if name == "prefecture_year" else []):
            check(types.is_integer_dtype(frame[column]),
                  f"{name}.{kind}: {column} is {frame[column].dtype}, not integer")
        for column in INTENSITY_SHARE if intensity else []:
            check(types.is_float_dtype(frame[column]), f"{name}.{kind}: {column} is not float")
        for column in ["treated", "treated_wholly", "via_province_member", "treated_varies", "post",
                       "has_pre_period"] + (["municipality"] if name == "prefecture_year" else []):
            check(set(frame[column].unique()) <= {0, 1}, f"{name}.{kind}: {column} not 0/1")
        check(set(frame["first_treat"].unique()) <= {NEVER, TREAT_YEAR},
              f"{name}.{kind}: first_treat {set(frame['first_treat'].unique())}")
        check(((frame["treated"] == 1) == (frame["first_treat"] == TREAT_YEAR)).all(),
              f"{name}.{kind}: first_treat is not {TREAT_YEAR} exactly where treated")
        check(((frame["post"] == 1) == (frame["year"] >= TREAT_YEAR)).all(), f"{name}.{kind}: post")
        check(not frame.duplicated(["code", "year"]).any(), f"{name}.{kind}: a code-year twice")
        check(not frame.duplicated(["unit_code", "year"]).any(),
              f"{name}.{kind}: a unit_code-year twice")
        # Every unit_code is the code of rows of its own unit.
        own = frame[frame["code"] == frame["unit_code"]]["unit_code"]
        check(set(frame["unit_code"]) <= set(own), f"{name}.{kind}: a unit_code of no row")
        indexed = frame.set_index(["year", "code"])
        for year, code, values in KNOWN[name]:
            if (year, code) not in indexed.index:
                failures.append(f"{name}.{kind}: no row for {code} in {year}")
                continue
            row = indexed.loc[(year, code)]
            for column, value in values.items():
                got = row[column]
                got = "" if isinstance(value, str) and pd.isna(got) else got
                check(got == value, f"{name}.{kind}: {code} in {year}: {column} is {got!r}, not {value!r}")
    # The CSV and the .dta hold the same values.
    for column in csv.columns:
        left, right = text(csv[column]), text(dta[column])
        same = (left.astype(str) == right.astype(str)) | (left.isna() & right.isna())
        if types.is_float_dtype(left) or types.is_float_dtype(right):
            same = same | ((left - right).abs() < 1e-12)
        check(bool(same.all()), f"{name}: {column} differs between the CSV and the .dta")
    check(sorted(labels) == sorted(csv.columns), f"{name}.dta: labels of {sorted(labels)}")
    check(all(labels.values()), f"{name}.dta: a variable without a label")
    check(all(len(label) <= 80 for label in labels.values()), f"{name}.dta: a label over 80")
    check(all(len(c) <= 32 and c.isascii() for c in csv.columns), f"{name}: a column name Stata refuses")
    check("教技函〔2012〕70号" in data_label and f"treated from {TREAT_YEAR}" in data_label,
          f"{name}.dta: data label {data_label!r}")
    check("recoding" in labels["unit_code"], f"{name}.dta: unit_code labelled {labels['unit_code']!r}")

units = pd.read_csv(DIR / "units.csv", dtype=str, keep_default_na=False)
members = pd.read_csv(DIR / "members.csv", dtype=str, keep_default_na=False)
check(len(units) == 56, f"units.csv: {len(units)} rows")
check(len(members) == 63, f"members.csv: {len(members)} rows")
check(list(units["unit_id"]) == [str(i) for i in range(1, 57)], "units.csv: ids")
henan = units[units["unit_id"] == "28"].iloc[0]
check(henan["member_ids"] == "28a;28b;28c;28d;28e", f"units.csv: 28 {henan['member_ids']}")
check(set(units["member_ids"].str.split(";").explode()) == set(members["member_id"]),
      "units.csv: member ids not those of members.csv")
xiaohe = members[members["member_id"] == "40a"].iloc[0]
check((xiaohe["code_2012"], xiaohe["code_2024"], xiaohe["name_2024"]) == ("520114", "520111", "花溪区"),
      f"members.csv: 40a {tuple(xiaohe)}")
second_division = members[members["member_id"] == "55a"].iloc[0]
check(second_division["code_2012"] == "" and second_division["territorial"] == "1",
      "members.csv: 55a")

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
print(f"read {len(PANELS)} panels as CSV and .dta, units.csv and members.csv: as expected")
