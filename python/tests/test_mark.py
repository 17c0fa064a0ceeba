"""`mark` on pandas and polars frames gives, row for row, what the program
`cn-edu-pilots mark` appends to the same rows written as CSV: the program
is the reference, and these tests hold the package to it."""

import io
import math
import re
import subprocess
import warnings

import numpy as np
import pandas as pd
import polars as pl
import pytest

import cn_edu_pilots as cep

MARK = ["pilot_ids", "pilot_names", "pilot_coverage", "pilot_note"]
TREATMENT = ["via_members", "treated", "treated_wholly", "via_province_member", "post", "first_treat"]


def run_program(program, frame: pd.DataFrame, code, year, options=()):
    """The program's output for `frame` written as CSV, every field as
    text, and its standard error."""
    args = [program, "mark", "--code", code, "--allow-bad-rows", *options]
    if year is not None:
        args += ["--year", year]
    done = subprocess.run(
        args,
        input=frame.to_csv(index=False).encode(),
        capture_output=True,
        check=True,
    )
    out = pd.read_csv(
        io.BytesIO(done.stdout), dtype=str, keep_default_na=False, na_filter=False
    )
    return out, done.stderr.decode()


def as_text(value) -> str:
    """A value of a marked frame as the program writes it in CSV."""
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if math.isinf(value):
            return "Inf"
        if value == int(value):
            return str(int(value))
    return str(value)


def appended_text(frame, names):
    if isinstance(frame, pl.DataFrame):
        return {n: [as_text(v) for v in frame[n].to_list()] for n in names}
    return {n: [as_text(v) for v in frame[n].astype(object).tolist()] for n in names}


def rules_options(treat_year, never_treated, province_members):
    never = {0: "0", None: "empty", math.inf: "inf"}[never_treated]
    return [
        "--treat-year", str(treat_year),
        "--never-treated", never,
        "--province-members", province_members,
    ]


def check_same(program, frame, code, year, treatment=False, rules=(2013, 0, "exclude")):
    names = MARK + (TREATMENT if treatment else [])
    options = rules_options(*rules) if treatment else []
    expected, stderr = run_program(program, frame, code, year, options)
    kwargs = dict(
        code=code,
        year=year,
        treatment=treatment,
        treat_year=rules[0],
        never_treated=rules[1],
        province_members=rules[2],
    )
    for backend in ("pandas", "polars"):
        given = frame if backend == "pandas" else pl.from_pandas(frame)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", cep.MarkWarning)
            marked, report = cep.mark(given, with_report=True, **kwargs)
        assert type(marked) is type(given)
        assert list(marked.columns) == list(frame.columns) + names
        assert len(marked) == len(frame)
        got = appended_text(marked, names)
        for name in names:
            want = expected[name].tolist()
            diff = [i for i, (a, b) in enumerate(zip(got[name], want)) if a != b]
            assert not diff, (backend, name, [(i, got[name][i], want[i]) for i in diff[:5]])
        # The input's columns are kept as they were.
        if backend == "pandas":
            pd.testing.assert_frame_equal(marked[list(frame.columns)], frame)
        else:
            assert marked.select(given.columns).equals(given)
        # The report counts as the program's summary does.
        summary = stderr.strip().splitlines()
        read = [line for line in summary if " rows read: " in line][-1]
        assert read.startswith(f"{len(frame)} rows read: {report.marked} marked, "
                               f"{report.read_elsewhere} read through another year's list")
        bad = [line for line in summary if "could not be read" in line]
        assert report.bad == (int(bad[-1].split()[0]) if bad else 0)


@pytest.fixture(scope="module")
def county_rows(panels):
    return pd.read_csv(panels / "county_year.csv", usecols=["year", "code"])[["code", "year"]]


@pytest.mark.parametrize(
    "rules", [(2013, 0, "exclude"), (2012, math.inf, "include"), (2013, None, "exclude")]
)
def test_the_county_panel_is_marked_as_the_program_marks_it(program, county_rows, rules):
    check_same(program, county_rows, "code", "year", treatment=True, rules=rules)


def test_the_county_panel_by_code_alone(program, county_rows):
    check_same(program, county_rows.drop_duplicates("code"), "code", None)


DIRTY = pd.DataFrame(
    {
        "id": list(range(17)),
        "code": [
            "630122",  # 湟中县, retired in 2019: read in the 2018 list
            "630106",  # 湟中区, first listed in 2019: read in the 2019 list
            "110101",  # before the notice
            "630122.0",  # as pandas writes a float
            " 630122 ",
            "６３０１２２",  # full-width
            None,  # missing
            "630199",  # in no list
            "710000",  # Taiwan
            "110101",  # a bad year
            "110101",  # a year outside the lists
            "abc",
            "0630122",
            "410225",  # 兰考县: only through 河南省电教馆
            "410102",  # 中原区
            "510185",  # 简阳市
            "630122.5",
        ],
        "year": [
            "2020", "2018", "2005", "2020", "2020", "２０２０", "2020", "2020", "2020",
            "20x0", "1999", "2020", "2020", "2014", "2014年", "2017", "2020",
        ],
    }
)


@pytest.mark.parametrize("treatment", [False, True])
def test_dirty_codes_and_years_as_the_program_reads_them(program, treatment):
    check_same(program, DIRTY, "code", "year", treatment=treatment)
    check_same(program, DIRTY, "code", "year", treatment=treatment,
               rules=(2012, math.inf, "include"))


def test_dirty_codes_by_code_alone(program):
    check_same(program, DIRTY, "code", None)


def test_codes_and_years_as_numbers(program):
    frame = pd.DataFrame(
        {
            "code": [630122.0, 630106.0, np.nan, 710000.0, 630199.0, 110101.0, 630122.5],
            "year": [2020, 2018, 2020, 2020, 2020, 1999, 2020],
        }
    )
    check_same(program, frame, "code", "year", treatment=True)
    ints = pd.DataFrame({"code": pd.array([630122, None, 710000], dtype="Int64"),
                         "year": [2020.0, 2020.0, np.nan]})
    check_same(program, ints, "code", "year", treatment=True)


def test_a_bad_row_is_warned_with_counts_and_listed():
    with pytest.warns(cep.MarkWarning, match="rows could not be read") as caught:
        cep.mark(DIRTY, code="code", year="year")
    report = caught[0].message.report
    # Rows 6 (missing), 7 (no list), 9 (20x0), 10 (1999), 11, 12, 16:
    # counted by hand from DIRTY.
    assert report.bad_rows.tolist() == [6, 7, 9, 10, 11, 12, 16]
    assert report.unmarked["a code of Taiwan, Hong Kong or Macao"] == 1
    problems = {p[0]: p for p in report.problems()}
    assert problems[10][4] == "year 1999 is outside the code lists, which cover 2000 to 2024"
    assert problems[7][3] == "a code in no list"
    assert '"abc"' in problems[11][4]
    assert report.read_elsewhere_rows.tolist() == [0, 1, 3, 4, 5]


def test_a_clean_frame_is_not_warned():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = cep.mark(pd.DataFrame({"c": [630106], "y": [2020]}), code="c", year="y")
    assert out["pilot_ids"].tolist() == ["50"]


def test_bad_arguments_raise_with_the_library_message():
    frame = pd.DataFrame({"code": [110101], "year": [2020]})
    with pytest.raises(ValueError, match=r'unknown first year of treatment "2014": expected 2012'):
        cep.mark(frame, code="code", year="year", treatment=True, treat_year=2014)
    with pytest.raises(ValueError, match=r'never-treated coding "never"'):
        cep.mark(frame, code="code", year="year", never_treated="never")
    with pytest.raises(ValueError, match=r"province-level members \"some\""):
        cep.mark(frame, code="code", year="year", province_members="some")
    with pytest.raises(KeyError, match=r'no column "county"; the columns are: code, year'):
        cep.mark(frame, code="county", year="year")
    with pytest.raises(KeyError, match='no column "yr"'):
        cep.mark(pl.from_pandas(frame), code="code", year="yr")
    with pytest.raises(ValueError, match="treatment needs year"):
        cep.mark(frame, code="code", treatment=True)
    with pytest.raises(ValueError, match="already has a column pilot_ids"):
        cep.mark(cep.mark(frame, code="code", year="year"), code="code", year="year")
    with pytest.raises(TypeError):
        cep.mark(frame.to_dict(), code="code")


@pytest.mark.parametrize("treat_year", [2012.9, 2013.0, "2012", 70000, -1, True, None, np.float64(2013)])
def test_a_first_treated_year_that_is_not_2012_or_2013_as_an_int_is_refused(treat_year):
    frame = pd.DataFrame({"code": [110101], "year": [2020]})
    # The library's message: what it says of an int it is asked about.
    with pytest.raises(cep.Error) as library:
        cep.mark(frame, code="code", year="year", treatment=True, treat_year=2014)
    expected = str(library.value).split(": ", 1)[1]
    quoted = f'"{treat_year}"'
    for call in (
        lambda: cep.mark(frame, code="code", year="year", treatment=True, treat_year=treat_year),
        lambda: cep.panel("province", treat_year=treat_year),
        lambda: cep.code_year(treat_year=treat_year),
    ):
        with pytest.raises(ValueError) as refused:
            call()
        assert isinstance(refused.value, cep.Error)
        assert str(refused.value) == f"unknown first year of treatment {quoted}: {expected}"


def test_a_first_treated_year_as_any_int_is_read():
    frame = pd.DataFrame({"code": [110101], "year": [2020]})  # 东城区, entry 1
    for year in (2012, np.int64(2012), np.int16(2012)):
        out = cep.mark(frame, code="code", year="year", treatment=True, treat_year=year)
        assert out["first_treat"].tolist() == [2012]


@pytest.mark.parametrize(
    "never_treated, shown",
    [(True, "True (bool)"), (False, "False (bool)"), (1, "1 (int)"), (-math.inf, "-inf (float)")],
)
def test_a_never_treated_coding_that_is_not_0_missing_or_inf_is_refused(never_treated, shown):
    frame = pd.DataFrame({"code": [110101], "year": [2020]})
    with pytest.raises(cep.Error, match="^" + re.escape(f'unknown never-treated coding "{shown}"')):
        cep.mark(frame, code="code", year="year", treatment=True, never_treated=never_treated)
    with pytest.raises(ValueError, match="expected 0, empty or inf"):
        cep.panel("province", never_treated=never_treated)


def test_the_province_members_choice_is_a_text():
    frame = pd.DataFrame({"code": [410225], "year": [2014]})  # 兰考县, through 28a only
    treated = lambda members: cep.mark(
        frame, code="code", year="year", treatment=True, province_members=members
    )["treated"].tolist()
    assert treated("exclude") == [0] and treated("include") == [1]

    class Include:
        def __str__(self):
            return "include"

    for members in (Include(), None, 1, True):
        with pytest.raises(cep.Error, match=r'^unknown choice of province-level members ".*\(\w+\)": expected'):
            cep.mark(frame, code="code", year="year", treatment=True, province_members=members)


def test_the_never_treated_codings():
    frame = pd.DataFrame({"code": [510185, 110101], "year": [2017, 2017]})  # 简阳市, 东城区
    first = lambda **kw: cep.mark(frame, code="code", year="year", treatment=True, **kw)["first_treat"]
    assert first().tolist() == [0, 2013]
    assert first(never_treated=None).isna().tolist() == [True, False]
    assert first(never_treated=float("inf")).tolist() == [math.inf, 2013.0]
    assert first(treat_year=2012).tolist() == [0, 2012]


def test_covering_in():
    found = cep.covering_in(630122, 2020)  # 湟中县, retired in 2019
    assert (found.wholly, found.partly, found.members) == ([50], [], {"50a": "wholly"})
    assert (found.reading, found.year_read) == ("retired", 2018)
    assert found.note == "not in the 2020 list: read in the 2018 list"
    assert "wholly=[50]" in repr(found)
    henan = cep.covering_in("410102", "2014")
    assert henan.members == {"28a": "wholly", "28b": "wholly"}
    with pytest.raises(cep.Error, match="year 1999 is outside the code lists"):
        cep.covering_in(110101, 1999)
    with pytest.raises(ValueError, match='"abc"'):
        cep.covering_in("abc", 2020)


def test_many_distinct_years_and_codes(program):
    # More distinct years than the dense table holds per code (32): the
    # rest are answered through a map, as the program answers them.
    years = [str(y) for y in range(1950, 2100)] + ["2015.0", "２０１５", "2015年"]
    frame = pd.DataFrame(
        {
            "code": ["630122", "630106", "110101"] * len(years),
            "year": [y for y in years for _ in range(3)],
        }
    )
    check_same(program, frame, "code", "year", treatment=True)


def test_more_distinct_codes_than_the_dense_table_holds(program):
    # Past 65,536 distinct code fields the answers are kept in a map.
    codes = [f"x{i}" for i in range(66_000)] + ["630122", "630106", "110101", "630122"]
    frame = pd.DataFrame({"code": codes, "year": ["2020"] * len(codes)})
    check_same(program, frame, "code", "year")
