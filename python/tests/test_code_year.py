"""`code_year()`, the whole of `mark` as one table to join on (code,
year): joined onto rows of codes and years, in pandas or DuckDB, it gives
each row what `mark` appends to it."""

import warnings

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

import cn_edu_pilots as cep

FIRST, LAST = 2000, 2024


@pytest.fixture(scope="module")
def table():
    return cep.code_year()


def texts(series):
    return [None if v is None or v is pd.NA else v for v in series.astype(object).tolist()]


def test_every_code_in_every_year(table):
    assert list(table.columns[:4]) == ["code", "year", "reading", "year_read"]
    years = table.groupby("code")["year"].agg(["min", "max", "count"])
    assert (years["min"] == FIRST).all() and (years["max"] == LAST).all()
    assert (years["count"] == LAST - FIRST + 1).all()
    assert not table.duplicated(["code", "year"]).any()
    assert pd.api.types.is_integer_dtype(table["code"])
    assert table["pilot_ids"].dtype == pd.StringDtype("pyarrow")
    # 湟中县 630122 in 2020: retired in 2019, read in the 2018 list, pilot
    # 50 (the notice's 青海省湟中县教育局).
    row = table[(table["code"] == 630122) & (table["year"] == 2020)].iloc[0]
    assert (row["reading"], row["year_read"], row["pilot_ids"]) == ("Retired", 2018, "50")
    polars = cep.code_year(backend="polars")
    assert polars.shape == table.shape and polars["pilot_ids"].dtype == pl.String


def test_its_pilot_ids_are_marks_on_every_code_and_year(table):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        marked = cep.mark(table[["code", "year"]], code="code", year="year", treatment=True)
    for column in ["pilot_ids", "pilot_names", "pilot_note", "via_members", "treated",
                   "first_treat"]:
        assert texts(marked[column]) == texts(table[column]), column


def test_rules_reach_it():
    inf = cep.code_year(treat_year=2012, never_treated=float("inf"))
    assert inf["first_treat"].max() == np.inf
    assert set(inf.loc[inf["treated"] == 1, "first_treat"]) == {2012.0}


def duckdb_join(rows: pd.DataFrame, table: pa.Table) -> pd.DataFrame:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    con.register("rows", pa.Table.from_pandas(rows, preserve_index=False))
    con.register("code_year", table)
    return con.execute(
        "SELECT r.i, c.pilot_ids FROM rows r LEFT JOIN code_year c "
        # As text and integers: a file may type the code either way.
        "ON CAST(r.code AS VARCHAR) = CAST(c.code AS VARCHAR) "
        "AND CAST(r.year AS INTEGER) = CAST(c.year AS INTEGER) ORDER BY r.i"
    ).df()


def test_a_duckdb_join_gives_marks_pilot_ids(table, panels):
    rows = cep.panel("county")[["code", "year"]].astype("int64")
    rows.insert(0, "i", np.arange(len(rows)))
    marked = cep.mark(rows, code="code", year="year")
    sources = {"code_year()": pa.Table.from_pandas(table, preserve_index=False)}
    parquet = panels / "code_year.parquet"
    if parquet.exists():
        import pyarrow.parquet as pq

        sources[str(parquet.name)] = pq.read_table(parquet)
    for name, source in sources.items():
        joined = duckdb_join(rows, source)
        assert len(joined) == len(rows), name
        got = [None if v is None or v != v else v for v in joined["pilot_ids"].tolist()]
        assert got == texts(marked["pilot_ids"]), name
