"""Looking divisions up by name, and `mark(name=...)`, on the hand cases
of the library's lookup: the codes are those of the year-end lists
(北京市 110000, 楚雄彝族自治州 532300, 锡林郭勒盟 152500, 昌都地区 542100 to
2013, 哈密地区 652200 and 哈密市 652201 to 2015, 朝阳区 110105 in 北京 and
220104 in 长春, 湟中县 630122 to 2018)."""

import io
import subprocess
import warnings

import pandas as pd
import polars as pl
import pytest

import cn_edu_pilots as cep


def codes(found):
    return [m.code for m in found]


def test_lookup_name_hand_cases():
    beijing = cep.lookup_name("北京", 2012, level="prefecture")
    assert codes(beijing) == ["110000"]
    assert (beijing[0].name_zh, beijing[0].form, beijing[0].through_other_year) == (
        "北京市", "short", False)
    chuxiong = cep.lookup_name("楚雄州", 2015)
    assert codes(chuxiong) == ["532300"] and chuxiong[0].form == "generic"
    assert chuxiong[0].name_zh == "楚雄彝族自治州"
    assert codes(cep.lookup_name("锡林郭勒", 2012)) == ["152500"]
    chamdo = cep.lookup_name("昌都地区", 2015)
    assert codes(chamdo) == ["542100"]
    assert chamdo[0].through_other_year and chamdo[0].years_named == (2000, 2013)
    # 哈密 is the prefecture and its city: both, never a pick.
    assert codes(cep.lookup_name("哈密", 2010)) == ["652200", "652201"]
    assert codes(cep.lookup_name("哈密", 2010, level="prefecture")) == ["652200"]
    assert codes(cep.lookup_name("朝阳区", 2015)) == ["110105", "220104"]
    assert codes(cep.lookup_name("朝阳区", 2015, parent="北京")) == ["110105"]
    assert codes(cep.lookup_name("朝阳区", "2015", parent="220100")) == ["220104"]
    huangzhong = cep.lookup_name("湟中县", 2020)
    assert codes(huangzhong) == ["630122"] and huangzhong[0].through_other_year
    assert "through_other_year=True" in repr(huangzhong[0])


def test_lookup_name_errors_carry_the_library_message():
    with pytest.raises(cep.Error, match=r'^unknown division name "北平": expected'):
        cep.lookup_name("北平", 2012)
    with pytest.raises(cep.Error, match="year 1999 is outside the code lists"):
        cep.lookup_name("北京", 1999)
    with pytest.raises(ValueError, match='"楚雄市"'):
        cep.lookup_name("朝阳区", 2015, parent="楚雄市")
    with pytest.raises(ValueError, match='"district"'):
        cep.lookup_name("朝阳区", 2015, level="district")


NAMES = pd.DataFrame(
    {
        "city": ["北京", "楚雄州", "锡林郭勒", "昌都地区", "哈密", "哈密", "朝阳区", "朝阳区",
                 "湟中县", "北平", None],
        "year": [2012, 2015, 2012, 2015, 2010, 2010, 2015, 2015, 2020, 2012, 2012],
        "parent": [None, None, None, None, None, "新疆", "北京", None, None, None, None],
        "level": ["prefecture"] * 11,
    }
)
# By hand: the code each row's name denotes, None where it is ambiguous or
# unknown. 哈密 in 新疆 is still both; 朝阳区 without a parent is two.
MATCHED = ["110000", "532300", "152500", "542100", None, None, "110105", None, "630122",
           None, None]


def as_text(values):
    return [None if v is None or v is pd.NA or v != v else str(v) for v in values]


@pytest.mark.parametrize("backend", ["pandas", "polars"])
def test_mark_by_name_matches_then_marks_as_by_code(backend):
    frame = NAMES[["city", "year", "parent"]]
    given = frame if backend == "pandas" else pl.from_pandas(frame)
    with pytest.warns(cep.MarkWarning, match="5 rows could not be read") as caught:
        marked = cep.mark(given, name="city", year="year", parent="parent", treatment=True)
    assert type(marked) is type(given)
    names = list(marked.columns)
    assert names[:4] == ["city", "year", "parent", "matched_code"]
    assert names[4] == "pilot_ids"
    matched = marked["matched_code"].to_list() if backend == "polars" else list(marked["matched_code"])
    assert as_text(matched) == MATCHED
    # A matched row is marked as its code is, in the row's year: 湟中县 is
    # read in the 2018 list, 昌都地区 in the 2013 one.
    rows = [i for i, m in enumerate(MATCHED) if m is not None]
    by_code = pd.DataFrame({"code": [MATCHED[i] for i in rows],
                            "year": [int(NAMES["year"][i]) for i in rows]})
    expected = cep.mark(by_code, code="code", year="year", treatment=True)
    got = (pd.DataFrame({c: pd.Series(marked[c].to_list(), dtype=object) for c in marked.columns})
           if backend == "polars" else marked)
    for column in ["pilot_ids", "pilot_note", "treated", "first_treat"]:
        assert as_text(got[column].iloc[rows].tolist()) == as_text(expected[column].tolist()), column
    assert as_text(got["pilot_ids"].iloc[[3, 8]].tolist()) == ["43", "50"]
    # Ambiguous and unknown rows: every appended column missing, reported
    # with the candidates.
    bad = [i for i, m in enumerate(MATCHED) if m is None]
    assert got.iloc[bad][["pilot_ids", "treated"]].isna().all().all()
    report = caught[0].message.report
    assert report.bad_rows.tolist() == [4, 5, 7, 9, 10]
    assert report.unmarked["an ambiguous name"] == 3
    assert report.unmarked["an unknown name"] == 2
    problems = {p.row: p for p in report.problems()}
    assert [c[0] for c in problems[4].candidates] == ["652200", "652201"]
    assert problems[4].candidates[0] == ("652200", "哈密地区", "新疆维吾尔自治区")
    assert [c[0] for c in problems[7].candidates] == ["110105", "220104"]
    assert [c[2] for c in problems[7].candidates] == ["北京市", "长春市"]
    assert problems[7].message == (
        'name "朝阳区" denotes 2 codes in 2015: 110105 朝阳区 (county, in 北京市); '
        "220104 朝阳区 (county, in 长春市): give a parent (parent=) or a level (level=) "
        "to tell them apart")
    assert problems[9].message.startswith('unknown division name "北平"')
    assert problems[9].candidates == []
    # 昌都地区 in 2015 and 湟中县 in 2020 matched through another year's name.
    assert report.through_other_year_rows.tolist() == [3, 8]
    assert report.notes()[0][3] == (
        'name "昌都地区" is no name of the 2015 list: read as 542100 昌都地区, its name in 2000–2013')
    assert "names: 6 matched (2 through another year's name), 3 ambiguous, 2 unknown" in str(report)


def test_mark_by_name_with_a_level():
    frame = NAMES[["city", "year"]].iloc[[0, 4]]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        marked = cep.mark(frame, name="city", year="year", level="prefecture")
    assert as_text(marked["matched_code"]) == ["110000", "652200"]


def test_mark_by_name_needs_a_year_and_one_column():
    with pytest.raises(ValueError, match="name needs year"):
        cep.mark(NAMES, name="city")
    with pytest.raises(ValueError, match="not both"):
        cep.mark(NAMES, name="city", code="city", year="year")
    with pytest.raises(ValueError, match="go with name"):
        cep.mark(NAMES, code="city", year="year", level="county")
    with pytest.raises(ValueError, match='"district"'):
        cep.mark(NAMES, name="city", year="year", level="district")


def test_mark_by_name_equals_the_programs(program):
    """The program's `mark --name` on the same rows written as CSV."""
    for frame, options, kwargs in [
        (NAMES[["city", "year", "parent"]], ["--parent", "parent", "--treatment"],
         dict(parent="parent", treatment=True)),
        (NAMES[["city", "year"]], ["--level", "prefecture"], dict(level="prefecture")),
    ]:
        done = subprocess.run(
            [program, "mark", "--name", "city", "--year", "year", "--allow-bad-rows", *options],
            input=frame.to_csv(index=False).encode(),
            capture_output=True,
            check=True,
        )
        expected = pd.read_csv(io.BytesIO(done.stdout), dtype=str, keep_default_na=False)
        summary = done.stderr.decode()
        for backend in ("pandas", "polars"):
            given = frame if backend == "pandas" else pl.from_pandas(frame)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", cep.MarkWarning)
                marked, report = cep.mark(given, name="city", year="year", with_report=True,
                                          **kwargs)
            assert list(marked.columns) == list(expected.columns)
            for column in expected.columns[len(frame.columns):]:
                values = marked[column].to_list() if backend == "polars" else list(marked[column])
                got = ["" if v is None or v is pd.NA or v != v else str(v) for v in values]
                assert got == expected[column].tolist(), (backend, column)
            names = [line for line in summary.splitlines() if line.startswith("names: ")]
            assert names and names[-1] in str(report), (names, str(report))
