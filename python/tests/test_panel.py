"""`panel()`, `units()` and `members()` hold what the committed CSV files
in data/panels/ hold, which the program `cn-edu-pilots panel` wrote."""

import numpy as np
import pandas as pd
import polars as pl
import pytest

import cn_edu_pilots as cep


def check_equal(frame: pd.DataFrame, path):
    text = [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]
    # round_trip: pandas before 2.0 reads a float's last digit otherwise
    # (pandas 3 deprecates the option, its default being exact).
    exact = {"float_precision": "round_trip"} if pd.__version__ < "2" else {}
    expected = pd.read_csv(path, dtype={c: str for c in text}, keep_default_na=False,
                           na_values={c: [""] for c in frame.columns if c not in text}, **exact)
    assert list(frame.columns) == list(expected.columns)
    assert len(frame) == len(expected)
    for c in frame.columns:
        if c in text:
            got = frame[c].astype(object).where(frame[c].notna(), "").tolist()
            assert got == expected[c].tolist(), c
        else:
            got = frame[c].astype("float64").to_numpy()
            want = expected[c].astype("float64").to_numpy()
            assert np.array_equal(got, want, equal_nan=True), c


@pytest.mark.parametrize(
    "level,file",
    [("county", "county_year"), ("prefecture", "prefecture_year"), ("province", "province_year")],
)
def test_a_panel_equals_the_committed_csv(panels, level, file):
    frame = cep.panel(level)
    check_equal(frame, panels / f"{file}.csv")
    # Years, codes and flags are integers; ids are text.
    assert pd.api.types.is_integer_dtype(frame["year"])
    assert pd.api.types.is_integer_dtype(frame["treated"])
    assert frame["pilot_ids"].dropna().map(type).eq(str).all()
    polars = cep.panel(level, backend="polars")
    assert polars.shape == frame.shape
    assert polars["treated"].dtype == pl.Int8 and polars["pilot_ids"].dtype == pl.String


def test_units_and_members_equal_the_committed_csvs(panels):
    check_equal(cep.units(), panels / "units.csv")
    check_equal(cep.members(), panels / "members.csv")
    assert cep.members(backend="polars").height == 63


def test_the_rules_change_the_panel():
    inf = cep.panel("county", never_treated=float("inf"), treat_year=2012)
    assert inf["first_treat"].max() == np.inf
    assert set(inf.loc[inf["treated"] == 1, "first_treat"]) == {2012.0}
    include = cep.panel("county", province_members="include")
    exclude = cep.panel("county")
    assert include["treated"].sum() > exclude["treated"].sum()


def test_a_bad_level_or_rule_raises():
    with pytest.raises(ValueError, match='"district"'):
        cep.panel("district")
    with pytest.raises(ValueError, match='"2011"'):
        cep.panel(treat_year=2011)
    with pytest.raises(ValueError, match="unknown backend"):
        cep.units(backend="spark")
