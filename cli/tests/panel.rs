//! The panels in `data/panels/`: that they are what `cn-edu-pilots panel`
//! writes now; that every code of every year's list (counted from
//! `data/areacodes/data/YEAR.txt`) has its row; that every row agrees with
//! `pilots::covering_in`; that the intensities count the lists' county-level
//! units; and a table of rows checked by hand against the lists and the
//! notice.

#![warn(clippy::pedantic)]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Output;

use cn_edu_pilots::{DivisionCode, Extent, Member, Reading, Units, pilots};

mod common;
use common::root;

fn run(args: &[&str]) -> Output {
    common::run("panel", args, b"")
}

#[test]
fn panel_answers_help_and_rejects_an_unknown_option() {
    common::answers_help_and_rejects_unknown_options("panel");
}

/// A directory of this test's own under the target directory, emptied.
fn scratch(name: &str) -> PathBuf {
    let dir = common::scratch_root().join("panels").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn committed(file: &str) -> PathBuf {
    root().join("data/panels").join(file)
}

/// Every file `panel` writes.
const FILES: [&str; 19] = [
    "county_year.csv",
    "county_year.dta",
    "county_year.parquet",
    "prefecture_year.csv",
    "prefecture_year.dta",
    "prefecture_year.parquet",
    "province_year.csv",
    "province_year.dta",
    "province_year.parquet",
    "units.csv",
    "units.parquet",
    "members.csv",
    "members.parquet",
    "names.csv",
    "names.dta",
    "names.parquet",
    "code_year.csv",
    "code_year.dta",
    "code_year.parquet",
];

#[test]
fn the_committed_files_are_what_panel_writes() {
    let dir = scratch("default");
    let dir_text = dir.to_str().expect("a UTF-8 path");
    let output = run(&["--out", dir_text]);
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 messages");
    assert!(output.status.success(), "{stderr}");
    assert!(output.stdout.is_empty());
    assert!(
        stderr.starts_with(
            "first treated year 2013, never-treated first_treat coded 0, province-level members exclude\n"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("county_year.csv, .dta, .parquet: 71,376 rows;"),
        "{stderr}"
    );
    let mut written: Vec<String> = std::fs::read_dir(&dir)
        .expect("the output directory")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .into_string()
                .expect("UTF-8")
        })
        .collect();
    written.sort();
    let mut expected = FILES.map(str::to_owned).to_vec();
    expected.sort();
    assert_eq!(written, expected);
    for file in FILES {
        let new = std::fs::read(dir.join(file)).expect("a written file");
        let old = std::fs::read(committed(file)).expect("a committed file");
        assert!(
            new == old,
            "data/panels/{file} is not what `panel` writes now: run \
             `cargo run -p cn-edu-pilots-cli --release -- panel --out data/panels`"
        );
    }
}

/// Writes the panels with `--treat-year 2012` and `--never-treated NEVER`
/// into a directory of their own.
fn write_2012(never: &str) -> PathBuf {
    let dir = scratch(&format!("2012-{never}"));
    let dir_text = dir.to_str().expect("a UTF-8 path");
    let output = run(&[
        "--out",
        dir_text,
        "--treat-year",
        "2012",
        "--never-treated",
        never,
    ]);
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 messages");
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "first treated year 2012, never-treated first_treat coded {never}, province-level members exclude\n"
        )),
        "{stderr}"
    );
    dir
}

/// `first_treat` of the row of `code` in `year` of a `county_year.dta`,
/// read back with the `dta` crate's reader: `None` for Stata's system
/// missing value `.`.
fn dta_first_treat(path: &Path, year: i16, code: i32) -> Option<i16> {
    use dta::stata::dta::dta_reader::DtaReader;
    use dta::stata::dta::value::Value;
    use dta::stata::missing_value::MissingValue;
    use dta::stata::stata_int::StataInt;
    use dta::stata::stata_long::StataLong;
    let mut characteristics = DtaReader::new()
        .from_path(path)
        .expect("a .dta file")
        .read_header()
        .expect("a header")
        .read_schema()
        .expect("a schema");
    characteristics.skip_to_end().expect("the characteristics");
    let mut records = characteristics.into_record_reader().expect("the records");
    let column = |name: &str| {
        let variables = records.schema().variables();
        variables
            .iter()
            .position(|v| v.name() == name)
            .unwrap_or_else(|| panic!("no variable {name}"))
    };
    let [year_at, code_at, first_at] = ["year", "code", "first_treat"].map(column);
    while let Some(record) = records.read_lazy_record().expect("a record") {
        let value = |i| record.value(i).expect("a value");
        let (Value::Int(StataInt::Present(y)), Value::Long(StataLong::Present(c))) =
            (value(year_at), value(code_at))
        else {
            panic!("year and code are int and long");
        };
        if (y, c) == (year, code) {
            return match value(first_at) {
                Value::Int(StataInt::Present(n)) => Some(n),
                Value::Int(StataInt::Missing(MissingValue::System)) => None,
                other => panic!("first_treat is {other:?}"),
            };
        }
    }
    panic!("no row for {code} in {year}");
}

#[test]
fn panel_takes_the_other_timing_and_codings() {
    let [inf, empty, zero] = ["inf", "empty", "0"].map(write_2012);
    for (dir, never) in [(&inf, "Inf"), (&empty, ""), (&zero, "0")] {
        let panel = Panel::read(&dir.join("county_year.csv"));
        // 东城区 (entry 1) and 简阳市 (no pilot's 2012 area).
        let dongcheng = panel.row(2012, 110_101);
        assert_eq!(
            (
                panel.get(dongcheng, "post"),
                panel.get(dongcheng, "first_treat")
            ),
            ("1", "2012")
        );
        let dongcheng = panel.row(2011, 110_101);
        assert_eq!(panel.get(dongcheng, "post"), "0");
        let jianyang = panel.row(2017, 510_185);
        assert_eq!(panel.get(jianyang, "first_treat"), never);
    }
    // Stata has no infinity: with inf the .dta holds the missing value that
    // empty writes, and 0 writes 0.
    let dta = |dir: &PathBuf| dir.join("county_year.dta");
    assert_eq!(dta_first_treat(&dta(&inf), 2017, 510_185), None);
    assert_eq!(dta_first_treat(&dta(&empty), 2017, 510_185), None);
    assert_eq!(dta_first_treat(&dta(&zero), 2017, 510_185), Some(0));
    assert_eq!(dta_first_treat(&dta(&inf), 2017, 110_101), Some(2012));
    let bytes = |dir: &PathBuf| std::fs::read(dta(dir)).expect("the .dta file");
    assert!(bytes(&inf) == bytes(&empty), "inf and empty differ in .dta");
    assert!(bytes(&inf) != bytes(&zero), "inf is written as 0 in .dta");
    // The committed files' coding, 0, at 2013.
    assert_eq!(
        dta_first_treat(&committed("county_year.dta"), 2017, 510_185),
        Some(0)
    );
}

#[test]
fn panel_rejects_bad_arguments() {
    for (args, message) in [
        (
            &["--out", "x", "--treat-year", "2014"][..],
            "error: unknown first year of treatment \"2014\": expected 2012 (the notice) or 2013 (its plans' deadline)",
        ),
        (
            &["--out", "x", "--province-members", "all"][..],
            "error: unknown choice of province-level members \"all\": expected include or exclude",
        ),
        (
            &["--out", "x", "--never-treated", "-1"][..],
            "error: unknown never-treated coding \"-1\": expected 0, empty or inf",
        ),
        (
            &[][..],
            "error: missing --out DIR: the directory to write the files into",
        ),
        (&["--out"][..], "error: missing argument for option '--out'"),
    ] {
        let output = run(args);
        let stderr = String::from_utf8(output.stderr).expect("UTF-8 messages");
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        let mut lines = stderr.lines();
        assert_eq!(lines.next(), Some(message), "{args:?}");
        assert!(
            lines
                .next()
                .is_some_and(|l| l.starts_with("usage: cn-edu-pilots panel "))
        );
    }
    assert!(!root().join("x").exists());
}

/// A panel file, read with the csv crate.
struct Panel {
    header: Vec<String>,
    rows: Vec<csv::StringRecord>,
    index: HashMap<(u16, u32), usize>,
}

impl Panel {
    fn read(path: &Path) -> Panel {
        let (header, rows) = common::read_csv(path);
        let mut panel = Panel {
            header,
            rows,
            index: HashMap::new(),
        };
        for i in 0..panel.rows.len() {
            let key = (
                panel.get(i, "year").parse().expect("a year"),
                panel.get(i, "code").parse().expect("a code"),
            );
            assert!(panel.index.insert(key, i).is_none(), "{key:?} twice");
        }
        panel
    }

    fn committed(level: &str) -> Panel {
        Panel::read(&committed(&format!("{level}_year.csv")))
    }

    fn row(&self, year: u16, code: u32) -> usize {
        *self
            .index
            .get(&(year, code))
            .unwrap_or_else(|| panic!("no row for {code} in {year}"))
    }

    fn get(&self, row: usize, column: &str) -> &str {
        let i = self
            .header
            .iter()
            .position(|c| c == column)
            .unwrap_or_else(|| panic!("no column {column}"));
        &self.rows[row][i]
    }
}

/// The codes of each year's list, from `data/areacodes/data/YEAR.txt`, by
/// their digits: `XX0000` provinces, `XXYY00` prefectures, the rest county
/// level; Taiwan, Hong Kong and Macao (71, 81, 82) left out, as the crate
/// leaves them.
fn lists() -> BTreeMap<u16, BTreeMap<u32, String>> {
    let dir = root().join("data/areacodes/data");
    (2000..=2024)
        .map(|year| {
            let text = std::fs::read_to_string(dir.join(format!("{year}.txt"))).expect("a list");
            let codes = text
                .lines()
                .filter_map(|line| {
                    let (code, name) = line.split_once(' ')?;
                    let code: u32 = code.parse().ok()?;
                    (![71, 81, 82].contains(&(code / 10_000))).then(|| (code, name.to_owned()))
                })
                .collect();
            (year, codes)
        })
        .collect()
}

fn level(code: u32) -> &'static str {
    if code % 10_000 == 0 {
        "province"
    } else if code % 100 == 0 {
        "prefecture"
    } else {
        "county"
    }
}

#[test]
fn every_code_of_every_list_has_its_row_and_only_those() {
    let lists = lists();
    let mut counts = [0; 3];
    for (i, name) in ["county", "prefecture", "province"].into_iter().enumerate() {
        let panel = Panel::committed(name);
        let in_panel: BTreeSet<(u16, u32)> = panel.index.keys().copied().collect();
        // The prefecture panel also has the four municipalities (北京 110000,
        // 天津 120000, 上海 310000, 重庆 500000) as prefecture-level cities.
        let municipal = |code: u32| [110_000, 120_000, 310_000, 500_000].contains(&code);
        let in_lists: BTreeSet<(u16, u32)> = lists
            .iter()
            .flat_map(|(year, codes)| {
                let codes = codes
                    .keys()
                    .filter(|c| level(**c) == name || (name == "prefecture" && municipal(**c)));
                codes.map(|c| (*year, *c))
            })
            .collect();
        assert!(
            in_panel == in_lists,
            "{name}: the rows are not the lists' codes"
        );
        for (&(year, code), &row) in &panel.index {
            assert_eq!(
                panel.get(row, "name"),
                lists[&year][&code],
                "{code} in {year}"
            );
            if name == "prefecture" {
                let flag = if municipal(code) { "1" } else { "0" };
                assert_eq!(panel.get(row, "municipality"), flag, "{code} in {year}");
            }
        }
        counts[i] = in_lists.len();
    }
    // The 2012 list alone has 2,852 county-level codes (as `codes::all`'s
    // docs count it too), 333 prefectures and 31 provinces.
    assert_eq!(
        lists[&2012]
            .keys()
            .map(|c| level(*c))
            .filter(|l| *l == "county")
            .count(),
        2852
    );
    assert_eq!(counts, [71_376, 8325 + 4 * 25, 775]);
}

/// A member's id as `members.csv` gives it: its entry's id and its letter
/// among the entry's members.
fn member_id(member: &'static Member) -> String {
    let unit = member.unit();
    let place = unit
        .members()
        .iter()
        .position(|m| std::ptr::eq(m, member))
        .expect("a member of its unit");
    format!(
        "{}{}",
        unit.id(),
        char::from(b'a' + u8::try_from(place).expect("a few"))
    )
}

fn ids(units: Units) -> String {
    units
        .iter()
        .map(|u| u.id().to_string())
        .collect::<Vec<_>>()
        .join(";")
}

/// Consistency: every row of the committed files says what the library's
/// `pilots::covering_in` says of its code and year (ids, members,
/// `treated`, `first_treat`, `post`). It does not check the library; the
/// independent checks are the tests from the lists and the notice:
/// `every_code_of_every_list_has_its_row_and_only_those`,
/// `the_intensities_count_the_lists_county_level_units`, the hand tables,
/// `via_province_member_is_henan_outside_zhengzhou_and_jiaozuo`,
/// `unit_code_follows_the_recodings_of_the_change_files` and
/// `treated_varies_marks_the_codes_whose_area_crossed_a_pilot_boundary`
/// (and, for `covering_in` itself, the library's `tests/history.rs`).
#[test]
fn every_row_agrees_with_covering_in() {
    for name in ["county", "prefecture", "province"] {
        let panel = Panel::committed(name);
        for (&(year, code), &row) in &panel.index {
            let coverage = pilots::covering_in(DivisionCode::try_from(code).expect("a code"), year)
                .expect("a listed code");
            assert_eq!(coverage.reading(), Reading::Listed);
            let got = |column| panel.get(row, column);
            assert_eq!(got("pilot_ids"), ids(coverage.any()), "{code} {year}");
            assert_eq!(
                got("pilot_ids_wholly"),
                ids(coverage.wholly()),
                "{code} {year}"
            );
            assert_eq!(
                got("pilot_ids_partly"),
                ids(coverage.partly()),
                "{code} {year}"
            );
            let members = |extent: Option<Extent>| {
                let members = coverage
                    .members()
                    .filter(|(_, e)| extent.is_none_or(|x| *e == x));
                members
                    .map(|(m, _)| member_id(m))
                    .collect::<Vec<_>>()
                    .join(";")
            };
            assert_eq!(got("via_members"), members(None), "{code} {year}");
            assert_eq!(got("via_members_wholly"), members(Some(Extent::Wholly)));
            assert_eq!(got("via_members_partly"), members(Some(Extent::Partly)));
            // Treated through any member but the one province-level member,
            // 河南省电教馆 (28a), by default.
            let treated = coverage.members().any(|(m, _)| member_id(m) != "28a");
            assert_eq!(
                got("treated"),
                if treated { "1" } else { "0" },
                "{code} {year}"
            );
            assert_eq!(got("first_treat"), if treated { "2013" } else { "0" });
            assert_eq!(got("post"), if year >= 2013 { "1" } else { "0" });
        }
    }
}

#[test]
fn the_intensities_count_the_lists_county_level_units() {
    let lists = lists();
    let county = Panel::committed("county");
    // Each county-level unit's parent in its year's list, by the digits:
    // its prefecture where that list has it, else its province.
    let mut under: HashMap<(u16, u32), [u32; 3]> = HashMap::new();
    for (&(year, code), &row) in &county.index {
        let prefecture = code / 100 * 100;
        let province = code / 10_000 * 10_000;
        let parent = if lists[&year].contains_key(&prefecture) && prefecture != province {
            prefecture
        } else {
            province
        };
        assert_eq!(
            county.get(row, "parent"),
            parent.to_string(),
            "{code} {year}"
        );
        let treated = u32::from(county.get(row, "treated") == "1");
        let wholly = u32::from(county.get(row, "treated_wholly") == "1");
        for key in BTreeSet::from([parent, province]) {
            let tally = under.entry((year, key)).or_default();
            tally[0] += 1;
            tally[1] += treated;
            tally[2] += wholly;
        }
    }
    for name in ["prefecture", "province"] {
        let panel = Panel::committed(name);
        for (&(year, code), &row) in &panel.index {
            let [n, treated, wholly] = under.get(&(year, code)).copied().unwrap_or_default();
            let got = |column| panel.get(row, column);
            assert_eq!(
                [
                    got("n_counties"),
                    got("n_counties_treated"),
                    got("n_counties_treated_wholly")
                ],
                [n, treated, wholly].map(|n| n.to_string()),
                "{code} {year}"
            );
            let share = |of: u32| {
                if n == 0 {
                    String::new()
                } else {
                    (f64::from(of) / f64::from(n)).to_string()
                }
            };
            assert_eq!(got("share_treated"), share(treated), "{code} {year}");
            assert_eq!(got("share_treated_wholly"), share(wholly), "{code} {year}");
        }
    }
}

/// Rows checked by hand: the names and parents in the lists of
/// `data/areacodes/data/`, the pilots in the notice (entry 1 北京市东城区,
/// 6 张家口市桥东区, 13 长春市, 20 杭州市拱墅区, 22 芜湖市, 28 the Henan entry
/// with 郑州市, 焦作市 and 哈密地区, 32 深圳市南山区, 37 成都市, 40 贵阳市小河区,
/// 43 昌都地区, 50 湟中县, 54 沙湾县, 55 农二师, 56 深圳市) and the
/// cases of docs/joining.md: `year`, `code`, `name`, `parent`,
/// `pilot_ids`, `wholly`, `partly`, `treated`, `treated_wholly`, `post`,
/// `first_treat`, `via_members` (the members by their letter in the entry:
/// 28a 河南省电教馆, 28b 郑州市教育局, 28c 哈密地区教育局, 28e 焦作市教育局)
/// and `via_province_member`.
#[rustfmt::skip]
const HAND: &[(u16, u32, [&str; 11])] = &[
    // 湟中县, recoded 630106 (湟中区) in 2019: wholly entry 50 under both codes.
    (2018, 630_122, ["湟中县", "630100", "50", "50", "", "1", "1", "1", "2013", "50a", "0"]),
    (2020, 630_106, ["湟中区", "630100", "50", "50", "", "1", "1", "1", "2013", "50a", "0"]),
    // 简阳市 joined 成都市 (entry 37) in 2016, after the notice: not treated.
    (2017, 510_185, ["简阳市", "510100", "", "", "", "0", "0", "1", "0", "", "0"]),
    // 拱墅区: wholly entry 20 until 下城区 merged in (2021), partly after.
    (2020, 330_105, ["拱墅区", "330100", "20", "20", "", "1", "1", "1", "2013", "20a", "0"]),
    (2021, 330_105, ["拱墅区", "330100", "20", "", "20", "1", "0", "1", "2013", "20a", "0"]),
    (2020, 330_103, ["下城区", "330100", "", "", "", "0", "0", "1", "0", "", "0"]),
    // 无为县, under 巢湖市 in 2010, joined 芜湖市 (entry 22) in 2011.
    (2010, 341_422, ["无为县", "341400", "22", "22", "", "1", "1", "0", "2013", "22a", "0"]),
    // 和县: its 沈巷镇 went to 芜湖市鸠江区 in 2011.
    (2010, 341_424, ["和县", "341400", "22", "", "22", "1", "0", "0", "2013", "22a", "0"]),
    // 崇文区, merged into 东城区 (entry 1) in 2010.
    (2005, 110_103, ["崇文区", "110000", "1", "1", "", "1", "1", "0", "2013", "1a", "0"]),
    // 济源市, directly under 河南省: entry 28, through 河南省电教馆 alone,
    // which is no treatment by default.
    (2015, 419_001, ["济源市", "410000", "28", "28", "", "0", "0", "1", "0", "28a", "1"]),
    // A Henan county outside 郑州 and 焦作 (浉河区, 信阳市): likewise.
    (2024, 411_502, ["浉河区", "411500", "28", "28", "", "0", "0", "1", "0", "28a", "1"]),
    // A 郑州 district and a 焦作 district: entry 28.
    (2015, 410_105, ["金水区", "410100", "28", "28", "", "1", "1", "1", "2013", "28a;28b", "0"]),
    (2015, 410_802, ["解放区", "410800", "28", "28", "", "1", "1", "1", "2013", "28a;28e", "0"]),
    // 伊州区, in 哈密市, the former 哈密地区 (entry 28).
    (2017, 650_502, ["伊州区", "650500", "28", "28", "", "1", "1", "1", "2013", "28c", "0"]),
    // 花溪区 took in 小河区 (entry 40) in 2012: partly from the 2012 list;
    // before, 小河区 had a code of its own.
    (2012, 520_111, ["花溪区", "520100", "40", "", "40", "1", "0", "0", "2013", "40a", "0"]),
    (2011, 520_111, ["花溪区", "520100", "", "", "", "0", "0", "0", "0", "", "0"]),
    (2011, 520_114, ["小河区", "520100", "40", "40", "", "1", "1", "0", "2013", "40a", "0"]),
    // 铁门关市, the city of the Second Division (entry 55), from the 2012 list.
    (2012, 659_006, ["铁门关市", "650000", "55", "55", "", "1", "1", "0", "2013", "55a", "0"]),
    (2013, 659_006, ["铁门关市", "650000", "55", "55", "", "1", "1", "1", "2013", "55a", "0"]),
    // 和静县: land of the Second Division's regiments went to 铁门关市 in
    // 2020 and 2024, so partly entry 55 until 2023 and not in 2024.
    (2023, 652_827, ["和静县", "652800", "55", "", "55", "1", "0", "1", "2013", "55a", "0"]),
    (2024, 652_827, ["和静县", "652800", "", "", "", "0", "0", "1", "0", "", "0"]),
    // 库尔勒市, beside 铁门关市's first land but giving it none: none.
    (2012, 652_801, ["库尔勒市", "652800", "", "", "", "0", "0", "0", "0", "", "0"]),
    // 石河子市, another Corps city: none.
    (2012, 659_001, ["石河子市", "650000", "", "", "", "0", "0", "0", "0", "", "0"]),
    // 南山区, in entries 32 (南山区) and 56 (深圳市).
    (2015, 440_305, ["南山区", "440300", "32;56", "32;56", "", "1", "1", "1", "2013", "32a;56a", "0"]),
    // 桥东区: part of 宣化县 moved in (2016); 北辰区: 双环邨街道 moved in (2020).
    (2017, 130_702, ["桥东区", "130700", "6", "", "6", "1", "0", "1", "2013", "6a", "0"]),
    (2021, 120_113, ["北辰区", "120000", "4", "", "4", "1", "0", "1", "2013", "4a", "0"]),
    // 卡若区, in 昌都市, the former 昌都地区 (entry 43).
    (2015, 540_302, ["卡若区", "540300", "43", "43", "", "1", "1", "1", "2013", "43a", "0"]),
    // 公主岭市 joined 长春市 (entry 13) in 2020: not in its 2012 area.
    (2021, 220_184, ["公主岭市", "220100", "", "", "", "0", "0", "1", "0", "", "0"]),
    // 沙湾县 (entry 54) in its last listed year.
    (2020, 654_223, ["沙湾县", "654200", "54", "54", "", "1", "1", "1", "2013", "54a", "0"]),
];

#[test]
fn the_hand_table_rows() {
    let county = Panel::committed("county");
    let columns = [
        "name",
        "parent",
        "pilot_ids",
        "pilot_ids_wholly",
        "pilot_ids_partly",
        "treated",
        "treated_wholly",
        "post",
        "first_treat",
        "via_members",
        "via_province_member",
    ];
    for &(year, code, expected) in HAND {
        let row = county.row(year, code);
        assert_eq!(
            columns.map(|c| county.get(row, c)),
            expected,
            "{code} in {year}"
        );
        assert_eq!(county.get(row, "level"), "County");
        assert_eq!(
            county.get(row, "province"),
            (code / 10_000 * 10_000).to_string()
        );
    }
    assert!(HAND.len() >= 20);
}

/// Prefecture and province rows checked by hand: 郑州市 and 河南省 are wholly
/// in entry 28 (郑州市 through its provincial member and its own bureau,
/// 河南省 through the provincial member wholly and 郑州 and 焦作 partly), but
/// only 郑州市 is wholly treated, the provincial member not counting by
/// default; 深圳市 wholly in 56 and partly in 32 (南山区); 北京市 of 2012 and
/// 2014 has 16 county-level units in its list, two of them pilots (东城区, 1;
/// 海淀区, 2), in the province panel and, as a city, in the prefecture
/// panel; 郑州市 has 12 in the list of 2015, 焦作市 10, 河南省 158, of which
/// the 22 of 郑州 and 焦作 are treated.
#[test]
fn the_hand_table_of_prefectures_and_provinces() {
    let prefecture = Panel::committed("prefecture");
    let province = Panel::committed("province");
    let columns = [
        "name",
        "pilot_ids_wholly",
        "pilot_ids_partly",
        "treated_wholly",
        "n_counties",
        "n_counties_treated",
        "share_treated",
        "share_treated_wholly",
    ];
    for (panel, year, code, expected) in [
        (
            &prefecture,
            2015,
            410_100,
            ["郑州市", "28", "", "1", "12", "12", "1", "1"],
        ),
        (
            &prefecture,
            2015,
            440_300,
            ["深圳市", "56", "32", "1", "6", "6", "1", "1"],
        ),
        (
            &province,
            2015,
            410_000,
            [
                "河南省",
                "28",
                "",
                "0",
                "158",
                "22",
                "0.13924050632911392",
                "0.13924050632911392",
            ],
        ),
        (
            &province,
            2012,
            110_000,
            ["北京市", "", "1;2", "0", "16", "2", "0.125", "0.125"],
        ),
        (
            &prefecture,
            2014,
            110_000,
            ["北京市", "", "1;2", "0", "16", "2", "0.125", "0.125"],
        ),
    ] {
        let row = panel.row(year, code);
        assert_eq!(
            columns.map(|c| panel.get(row, c)),
            expected,
            "{code} in {year}"
        );
    }
    // 东莞市 has no county-level unit in the lists: no share.
    let dongguan = prefecture.row(2015, 441_900);
    assert_eq!(
        [
            prefecture.get(dongguan, "n_counties"),
            prefecture.get(dongguan, "share_treated")
        ],
        ["0", ""]
    );
}

/// Only through a province-level member: by `members.csv`, every member in
/// `via_members` is at province level (河南省电教馆, 28a, alone). By the
/// lists, those are the codes of Henan outside 郑州市 (4101) and 焦作市
/// (4108): 3,406 county-years and 375 prefecture-years in the lists of
/// 2000 to 2024 (counted from `data/areacodes/data/YEAR.txt` by prefix).
#[test]
fn via_province_member_is_henan_outside_zhengzhou_and_jiaozuo() {
    let mut reader = csv::Reader::from_path(committed("members.csv")).expect("members.csv");
    let header = reader.headers().expect("a header").clone();
    let column = |name| header.iter().position(|c| c == name).expect("a column");
    let provincial: BTreeSet<String> = reader
        .records()
        .map(|r| r.expect("a row"))
        .filter(|r| &r[column("level")] == "Provincial")
        .map(|r| r[column("member_id")].to_owned())
        .collect();
    assert_eq!(provincial, BTreeSet::from(["28a".to_owned()]));
    for (name, expected) in [("county", 3406), ("prefecture", 375), ("province", 0)] {
        let panel = Panel::committed(name);
        let mut only = 0;
        for (&(year, code), &row) in &panel.index {
            let via = panel.get(row, "via_members");
            let through_province =
                !via.is_empty() && via.split(';').all(|m| provincial.contains(m));
            let flag = panel.get(row, "via_province_member") == "1";
            assert_eq!(flag, through_province, "{code} in {year}");
            let henan_elsewhere = code / 10_000 == 41 && ![4101, 4108].contains(&(code / 100));
            assert_eq!(
                flag,
                henan_elsewhere && name != "province",
                "{code} in {year}"
            );
            only += usize::from(flag);
        }
        assert_eq!(only, expected, "{name}");
    }
}

/// The lines of `data/areacodes/diff/<file>`.
fn diff(file: &str) -> Vec<String> {
    let path = root().join("data/areacodes/diff").join(file);
    let text = std::fs::read_to_string(&path).expect("a change file");
    text.lines().map(str::to_owned).collect()
}

/// Asserts that the change file `file` has the line `line`.
fn assert_diff_has(file: &str, line: &str) {
    assert!(
        diff(file).iter().any(|l| l == line),
        "diff/{file} has no line {line:?}"
    );
}

/// The rows of `code`, by year.
fn rows_of(panel: &Panel, code: u32) -> BTreeMap<u16, usize> {
    panel
        .index
        .iter()
        .filter(|((_, c), _)| *c == code)
        .map(|(&(year, _), &row)| (year, row))
        .collect()
}

#[test]
fn unit_code_is_one_unit_a_year_in_every_panel() {
    for name in ["county", "prefecture", "province"] {
        let panel = Panel::committed(name);
        let mut seen = BTreeSet::new();
        let mut units: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
        let mut last: BTreeMap<u32, u16> = BTreeMap::new();
        for (&(year, code), &row) in &panel.index {
            let unit: u32 = panel.get(row, "unit_code").parse().expect("a code");
            assert!(seen.insert((year, unit)), "{name}: {unit} twice in {year}");
            units.entry(unit).or_default().insert(code);
            let last = last.entry(code).or_default();
            *last = (*last).max(year);
        }
        // A unit is its own code and the codes listed before it that
        // became it.
        for (unit, codes) in units {
            assert!(
                codes.contains(&unit),
                "{name}: {unit} is the unit of {codes:?} but not its own"
            );
            assert!(
                codes.iter().all(|code| last[code] <= last[&unit]),
                "{name}: {unit} is not the latest of {codes:?}"
            );
        }
    }
}

/// A panel, the codes of a chain of recodings, and the lines of the
/// change files (file, line) that make it.
type Chain<'a> = (
    &'a Panel,
    &'static [u32],
    &'static [(&'static str, &'static str)],
);

/// Chains checked by hand against the change files: each code's rows have
/// the unit of its last code, by the lines of `data/areacodes/diff/` that
/// recode it (`-OLD NAME>NEW` with the new record `+NEW NAME<OLD`, `_`
/// for the same name), and codes merged or divided keep their own.
#[test]
fn unit_code_follows_the_recodings_of_the_change_files() {
    let county = Panel::committed("county");
    let prefecture = Panel::committed("prefecture");
    #[rustfmt::skip]
    let chains: &[Chain] = &[
        // 湟中县 became 湟中区 (国函〔2019〕 in the list of 2019), entry 50.
        (&county, &[630_122, 630_106], &[("2018-2019.diff", "-630122 湟中县>湟中区"), ("2018-2019.diff", "+630106 湟中区<湟中县")]),
        // 沙湾县 became 沙湾市 in 2021, entry 54.
        (&county, &[654_223, 654_203], &[("2020-2021.diff", "-654223 沙湾县>沙湾市"), ("2020-2021.diff", "+654203 沙湾市<沙湾县")]),
        // 玉环县 became 玉环市 in 2017, entry 21.
        (&county, &[331_021, 331_083], &[("2016-2017.diff", "-331021 玉环县>玉环市"), ("2016-2017.diff", "+331083 玉环市<玉环县")]),
        // 腾冲县 became 腾冲市 in 2015, entry 42; 神木县 神木市 in 2017, entry 45.
        (&county, &[530_522, 530_581], &[("2014-2015.diff", "-530522 腾冲县>腾冲市"), ("2014-2015.diff", "+530581 腾冲市<腾冲县")]),
        (&county, &[610_821, 610_881], &[("2016-2017.diff", "-610821 神木县>神木市"), ("2016-2017.diff", "+610881 神木市<神木县")]),
        // 泾源县 moved from 固原地区 to 固原市 in 2001, entry 51; 灵武市 from
        // 吴忠市 to 银川市 in 2002, entry 52.
        (&county, &[642_225, 640_424], &[("2000-2001.diff", "-642225 泾源县>_"), ("2000-2001.diff", "+640424 泾源县<_")]),
        (&county, &[640_382, 640_181], &[("2001-2002.diff", "-640382 灵武市>_"), ("2001-2002.diff", "+640181 灵武市<_")]),
        // 无为县 moved to 芜湖市 in 2011 and became 无为市 in 2019, entry 22.
        (&county, &[341_422, 340_225, 340_281], &[("2010-2011.diff", "-341422 无为县>_"), ("2010-2011.diff", "+340225 无为县<_"), ("2018-2019.diff", "-340225 无为县>无为市"), ("2018-2019.diff", "+340281 无为市<无为县")]),
        // 公主岭市 lost part of its area to 长春市朝阳区 in 2005 and moved to
        // 长春市 in 2020: one unit still.
        (&county, &[220_381, 220_184], &[("2004-2005.diff", "=220381 公主岭市>长春市朝阳区!"), ("2019-2020.diff", "-220381 公主岭市>_"), ("2019-2020.diff", "+220184 公主岭市<_")]),
        // 昌都地区 became 昌都市 in 2014, entry 43.
        (&prefecture, &[542_100, 540_300], &[("2013-2014.diff", "-542100 昌都地区"), ("2013-2014.diff", "+540300 昌都市")]),
    ];
    for &(panel, codes, lines) in chains {
        for (file, line) in lines {
            assert_diff_has(file, line);
        }
        let unit = codes.last().expect("a chain").to_string();
        let mut years = Vec::new();
        for &code in codes {
            let rows = rows_of(panel, code);
            assert!(!rows.is_empty(), "no rows of {code}");
            for (&year, &row) in &rows {
                assert_eq!(panel.get(row, "unit_code"), unit, "{code} in {year}");
                years.push(year);
            }
        }
        // The chain covers every year, each once.
        assert_eq!(years, (2000..=2024).collect::<Vec<_>>(), "{codes:?}");
    }
    // Not recodings: 崇文区 merged into 东城区, listed since 2000 (entry 1);
    // 阿城市 was divided between 阿城区 and 道外区 (2006); 小河区 merged into
    // 花溪区 (2012); 天津's 塘沽区 merged with 汉沽区 and 大港区 into 滨海新区
    // (2009). Each keeps its own code.
    assert_diff_has("2009-2010.diff", "-110103 崇文区>东城区");
    assert_diff_has("2005-2006.diff", "-230181 阿城市>阿城区,道外区");
    assert_diff_has("2011-2012.diff", "-520114 小河区>花溪区");
    for code in [
        110_103, 110_101, 230_181, 230_112, 520_114, 520_111, 120_107, 120_116,
    ] {
        for (&year, &row) in &rows_of(&county, code) {
            assert_eq!(
                county.get(row, "unit_code"),
                code.to_string(),
                "{code} in {year}"
            );
        }
    }
}

/// A code and the years it is treated in.
type TreatedYears = (u32, std::ops::RangeInclusive<u16>);

/// `treated_varies` is 1 exactly for the codes whose `treated` differs
/// between their years, and those are the codes whose area crossed a
/// pilot's 2012 boundary by the change files: 公主岭市 (220381) gave part
/// of its area to 长春市 (entry 13) in 2005; 原州区 (640402, new in 2001)
/// gave part to 泾源县 (entry 51) in 2003; 花溪区 (520111) took in 小河区
/// (entry 40) in 2012. Above them, 四平市 held 公主岭市 until 2019, and
/// 灵武市 (entry 52) moved from 吴忠市 to 银川市 in 2002. And the land of
/// 铁门关市 (entry 55's area: the land the lists give it in any year) left
/// 巴音郭楞's counties: 和硕县 and 若羌县 gave theirs in 2020, 和静县,
/// 焉耆回族自治县, 博湖县 and 且末县 the rest in 2024 with 尉犁县; so each is
/// treated up to the year before and 巴音郭楞 up to 2023.
#[test]
fn treated_varies_marks_the_codes_whose_area_crossed_a_pilot_boundary() {
    assert_diff_has("2004-2005.diff", "=220381 公主岭市>长春市朝阳区!");
    assert_diff_has("2000-2001.diff", "+640402 原州区<固原县");
    assert_diff_has("2002-2003.diff", "=640402 原州区>泾源县!");
    assert_diff_has("2011-2012.diff", "-520114 小河区>花溪区");
    assert_diff_has("2001-2002.diff", "-640382 灵武市>_");
    assert_diff_has("2001-2002.diff", "+640181 灵武市<_");
    assert_diff_has(
        "2019-2020.diff",
        "=659006 铁门关市<和静县,焉耆回族自治县,博湖县,和硕县,若羌县,且末县",
    );
    assert_diff_has(
        "2023-2024.diff",
        "=659006 铁门关市<和静县,焉耆回族自治县,博湖县,尉犁县,且末县",
    );
    #[rustfmt::skip]
    let expected: [(&str, &[TreatedYears]); 3] = [
        ("county", &[
            (220_381, 2000..=2004), (520_111, 2012..=2024), (640_402, 2001..=2002),
            // 尉犁, 若羌, 且末, 焉耆, 和静, 和硕, 博湖: entry 55 until their land moved.
            (652_823, 2000..=2023), (652_824, 2000..=2019), (652_825, 2000..=2023),
            (652_826, 2000..=2023), (652_827, 2000..=2023), (652_828, 2000..=2019),
            (652_829, 2000..=2023),
        ]),
        ("prefecture", &[
            (220_300, 2000..=2004), (640_100, 2002..=2024), (640_300, 2000..=2001),
            (652_800, 2000..=2023), // 巴音郭楞, entry 55 until 2024
        ]),
        ("province", &[]),
    ];
    for (name, codes) in expected {
        let panel = Panel::committed(name);
        let mut treated: BTreeMap<u32, BTreeSet<u16>> = BTreeMap::new();
        let mut listed: BTreeMap<u32, BTreeSet<u16>> = BTreeMap::new();
        let mut flagged = BTreeSet::new();
        for (&(year, code), &row) in &panel.index {
            listed.entry(code).or_default().insert(year);
            if panel.get(row, "treated") == "1" {
                treated.entry(code).or_default().insert(year);
            }
            if panel.get(row, "treated_varies") == "1" {
                flagged.insert(code);
            }
        }
        let varies: BTreeSet<u32> = listed
            .iter()
            .filter(|(code, years)| treated.get(code).is_some_and(|t| t != *years))
            .map(|(code, _)| *code)
            .collect();
        let expected_codes: BTreeSet<u32> = codes.iter().map(|(code, _)| *code).collect();
        assert_eq!(flagged, expected_codes, "{name}");
        assert_eq!(varies, expected_codes, "{name}");
        // By `unit_code`, the units whose `treated` varies are those of
        // these codes and no others (公主岭市's is 220184).
        let mut by_unit: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        let mut units_of_codes = BTreeSet::new();
        for (&(_, code), &row) in &panel.index {
            let unit = panel.get(row, "unit_code");
            by_unit
                .entry(unit)
                .or_default()
                .insert(panel.get(row, "treated"));
            if expected_codes.contains(&code) {
                units_of_codes.insert(unit);
            }
        }
        let varying_units: BTreeSet<&str> = by_unit
            .iter()
            .filter(|(_, treated)| treated.len() > 1)
            .map(|(unit, _)| *unit)
            .collect();
        assert_eq!(varying_units, units_of_codes, "{name}");
        for (code, years) in codes {
            assert_eq!(
                treated[code],
                years.clone().collect::<BTreeSet<_>>(),
                "{name}: {code}"
            );
            // The flag is the code's, in every one of its rows.
            for (&year, &row) in &rows_of(&panel, *code) {
                assert_eq!(panel.get(row, "treated_varies"), "1", "{code} in {year}");
            }
        }
    }
}

#[test]
fn n_pilots_counts_the_ids_of_pilot_ids() {
    for name in ["county", "prefecture", "province"] {
        let panel = Panel::committed(name);
        for (&(year, code), &row) in &panel.index {
            let ids = panel.get(row, "pilot_ids");
            let count = if ids.is_empty() {
                0
            } else {
                ids.split(';').count()
            };
            assert_eq!(
                panel.get(row, "n_pilots"),
                count.to_string(),
                "{name}: {code} in {year}"
            );
        }
    }
}

/// Prefecture and province rows checked by hand against the lists and the
/// notice: a prefecture's parent is its province, a province has none;
/// `treated_wholly` where a pilot's 2012 area holds all of it (郑州市
/// through entry 28, 深圳市 through 56, 昌都地区 through 43), not where a
/// district or county pilot holds part (巢湖市 with 无为县 in 2010, 银川市
/// with 灵武市, 北京市 with two districts, 新疆 with four pilots), nor where
/// only the province-level member holds all of it (河南省, by default).
#[test]
fn prefecture_and_province_parents_and_wholly() {
    let prefecture = Panel::committed("prefecture");
    let province = Panel::committed("province");
    let columns = ["name", "parent", "pilot_ids", "treated", "treated_wholly"];
    #[rustfmt::skip]
    let rows: [(&Panel, u16, u32, [&str; 5]); 9] = [
        (&prefecture, 2015, 410_100, ["郑州市", "410000", "28", "1", "1"]),
        (&prefecture, 2015, 440_300, ["深圳市", "440000", "32;56", "1", "1"]),
        (&prefecture, 2012, 542_100, ["昌都地区", "540000", "43", "1", "1"]),
        (&prefecture, 2010, 341_400, ["巢湖市", "340000", "22", "1", "0"]),
        (&prefecture, 2012, 640_100, ["银川市", "640000", "52", "1", "0"]),
        (&prefecture, 2012, 510_100, ["成都市", "510000", "37", "1", "1"]),
        (&province, 2015, 410_000, ["河南省", "", "28", "1", "0"]),
        (&province, 2012, 110_000, ["北京市", "", "1;2", "1", "0"]),
        (&province, 2012, 650_000, ["新疆维吾尔自治区", "", "28;53;54;55", "1", "0"]),
    ];
    for (panel, year, code, expected) in rows {
        let row = panel.row(year, code);
        assert_eq!(
            columns.map(|c| panel.get(row, c)),
            expected,
            "{code} in {year}"
        );
    }
    for (&(year, code), &row) in &prefecture.index {
        // The municipalities, there as cities, are provinces: no parent.
        let parent = if code % 10_000 == 0 {
            String::new()
        } else {
            (code / 10_000 * 10_000).to_string()
        };
        assert_eq!(prefecture.get(row, "parent"), parent, "{code} in {year}");
    }
    for (&(year, code), &row) in &province.index {
        assert_eq!(province.get(row, "parent"), "", "{code} in {year}");
    }
}

/// `n` with its thousands grouped by commas, as the codebook writes them.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// The codebook's table of treated rows, codes and units, with the default
/// rules (the committed files) and with `--province-members include`
/// (written anew): a row of it for each panel and rule, counted from the
/// files. A code or unit is treated when a row of it is; balanced when it
/// has a row in each of the 25 years.
fn treated_counts_line(panel: &Panel, name: &str, rule: &str) -> String {
    let rows = panel
        .index
        .values()
        .filter(|&&r| panel.get(r, "treated") == "1");
    let wholly = panel
        .index
        .values()
        .filter(|&&r| panel.get(r, "treated_wholly") == "1")
        .count();
    let treated_rows: Vec<usize> = rows.copied().collect();
    let count = |column: &str| {
        let mut years: BTreeMap<&str, usize> = BTreeMap::new();
        for &row in panel.index.values() {
            *years.entry(panel.get(row, column)).or_default() += 1;
        }
        let treated: BTreeSet<&str> = treated_rows.iter().map(|&r| panel.get(r, column)).collect();
        let balanced = treated.iter().filter(|id| years[*id] == 25).count();
        (treated.len(), balanced)
    };
    let (codes, codes_balanced) = count("code");
    let (units, units_balanced) = count("unit_code");
    format!(
        "| {name} | {rule} | {} | {} | {codes} | {codes_balanced} | {units} | {units_balanced} |",
        grouped(treated_rows.len() as u64),
        grouped(wholly as u64),
    )
}

/// The codebook's counts of treated rows and units both ways, and of the
/// units an estimator trips on: what the committed panels (and `panel
/// --province-members include`) hold.
#[test]
fn the_codebook_counts_what_the_committed_files_hold() {
    let codebook = std::fs::read_to_string(root().join("data/CODEBOOK.md")).expect("the codebook");
    let dir = scratch("include");
    let output = run(&[
        "--out",
        dir.to_str().expect("a UTF-8 path"),
        "--province-members",
        "include",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for name in ["county", "prefecture", "province"] {
        let default = Panel::committed(name);
        let include = Panel::read(&dir.join(format!("{name}_year.csv")));
        if name == "county" {
            // The county units treated only with `include`: Henan's.
            let units = |panel: &Panel| {
                let rows = panel.index.values();
                let treated = rows.filter(|&&r| panel.get(r, "treated") == "1");
                treated
                    .map(|&r| panel.get(r, "unit_code"))
                    .collect::<BTreeSet<_>>()
                    .len()
            };
            let henan = format!(
                "({} county units by `unit_code`",
                units(&include) - units(&default)
            );
            assert!(codebook.contains(&henan), "the codebook has not {henan:?}");
        }
        for line in [
            treated_counts_line(&default, name, "exclude (default)"),
            treated_counts_line(&include, name, "include"),
        ] {
            assert!(
                codebook.contains(&line),
                "the codebook has no line {line:?}"
            );
        }
        // The flagged units: no pre-period, or one row.
        let flagged = |panel: &Panel| {
            let mut units: BTreeMap<String, (bool, bool, bool, usize)> = BTreeMap::new();
            for &row in panel.index.values() {
                let no_pre = panel.get(row, "has_pre_period") == "0";
                let one = panel.get(row, "first_year") == panel.get(row, "last_year");
                if no_pre || one {
                    let unit = units
                        .entry(panel.get(row, "unit_code").to_owned())
                        .or_default();
                    unit.0 = no_pre;
                    unit.1 = one;
                    unit.2 |= panel.get(row, "treated") == "1";
                    unit.3 += 1;
                }
            }
            units
        };
        let units = flagged(&default);
        let treated_include = flagged(&include).values().filter(|u| u.2).count();
        let line = format!(
            "| {name} | {} | {} | {} | {} | {} | {treated_include} |",
            units.len(),
            units.values().map(|u| u.3).sum::<usize>(),
            units.values().filter(|u| u.0).count(),
            units.values().filter(|u| u.1).count(),
            units.values().filter(|u| u.2).count(),
        );
        assert!(
            codebook.contains(&line),
            "the codebook has no line {line:?}"
        );
    }
}

/// The codebook's table of files gives the committed files' sizes.
#[test]
fn the_codebook_gives_the_committed_files_sizes() {
    let codebook = std::fs::read_to_string(root().join("data/CODEBOOK.md")).expect("the codebook");
    let size = |file: &str| grouped(std::fs::metadata(committed(file)).expect("a file").len());
    for name in ["county", "prefecture", "province"] {
        let sizes = format!(
            " | {} and {} |",
            size(&format!("{name}_year.csv")),
            size(&format!("{name}_year.dta"))
        );
        assert!(codebook.contains(&sizes), "the codebook has not {sizes:?}");
    }
    for file in ["units.csv", "members.csv"] {
        let sizes = format!(" | {} |", size(file));
        assert!(codebook.contains(&sizes), "the codebook has not {sizes:?}");
    }
    for name in ["code_year", "names"] {
        let sizes = format!(
            " | {} and {} | {} |",
            size(&format!("{name}.csv")),
            size(&format!("{name}.dta")),
            size(&format!("{name}.parquet"))
        );
        assert!(codebook.contains(&sizes), "the codebook has not {sizes:?}");
    }
    for name in [
        "county_year",
        "prefecture_year",
        "province_year",
        "units",
        "members",
    ] {
        let sizes = format!(" | {} | ", size(&format!("{name}.parquet")));
        assert!(codebook.contains(&sizes), "the codebook has not {sizes:?}");
    }
}

/// The units flagged for estimators (`has_pre_period` 0 or `first_year ==
/// last_year`) are those whose years in the code lists
/// (`data/areacodes/data/YEAR.txt`, the codes grouped by the committed
/// `unit_code`) start in the first treated year (2013) or later or are one
/// year; and `first_year`, `last_year` are those years' first and last.
#[test]
fn the_flagged_units_are_those_the_lists_give_no_pre_period_or_one_year() {
    let lists = lists();
    let municipal = |code: u32| [110_000, 120_000, 310_000, 500_000].contains(&code);
    for name in ["county", "prefecture", "province"] {
        let panel = Panel::committed(name);
        let mut unit_of: BTreeMap<u32, u32> = BTreeMap::new();
        for &row in panel.index.values() {
            let code: u32 = panel.get(row, "code").parse().expect("a code");
            let unit: u32 = panel.get(row, "unit_code").parse().expect("a unit code");
            assert_eq!(
                *unit_of.entry(code).or_insert(unit),
                unit,
                "{code}: two units"
            );
        }
        // The years each unit is listed, from the lists alone.
        let mut years: BTreeMap<u32, BTreeSet<u16>> = BTreeMap::new();
        for (&year, codes) in &lists {
            for &code in codes.keys() {
                if level(code) == name || (name == "prefecture" && municipal(code)) {
                    let unit = unit_of[&code];
                    years.entry(unit).or_default().insert(year);
                }
            }
        }
        let expected: BTreeSet<u32> = years
            .iter()
            .filter(|(_, y)| y.first().is_some_and(|&first| first >= 2013) || y.len() == 1)
            .map(|(&unit, _)| unit)
            .collect();
        let mut flagged = BTreeSet::new();
        for &row in panel.index.values() {
            let unit: u32 = panel.get(row, "unit_code").parse().expect("a unit code");
            let listed = &years[&unit];
            let first = listed.first().expect("a year").to_string();
            let last = listed.last().expect("a year").to_string();
            assert_eq!(panel.get(row, "first_year"), first, "{name}: unit {unit}");
            assert_eq!(panel.get(row, "last_year"), last, "{name}: unit {unit}");
            if panel.get(row, "has_pre_period") == "0"
                || panel.get(row, "first_year") == panel.get(row, "last_year")
            {
                flagged.insert(unit);
            }
        }
        assert_eq!(flagged, expected, "{name}: the flagged units");
    }
    // The units the codebook names, checked by hand against the lists:
    // treated from their first row, first listed in 2015-2020, and the 13
    // county units listed in one year.
    let county = Panel::committed("county");
    for (unit, first) in [
        (150_603, 2016),
        (320_213, 2015),
        (320_214, 2015),
        (440_309, 2016),
        (440_310, 2016),
        (440_311, 2018),
        (340_209, 2020),
        (410_308, 2021),
    ] {
        let row = county.row(2024, unit);
        assert_eq!(county.get(row, "first_year"), first.to_string(), "{unit}");
        assert_eq!(county.get(row, "has_pre_period"), "0", "{unit}");
    }
    for unit in [
        130_106, 320_704, 330_821, 340_505, 420_521, 420_621, 430_403, 430_404, 430_411, 440_421,
        450_111,
    ] {
        let row = county.row(2000, unit);
        assert_eq!(county.get(row, "last_year"), "2000", "{unit}");
    }
    for unit in [653_228, 653_229] {
        let row = county.row(2024, unit);
        assert_eq!(county.get(row, "first_year"), "2024", "{unit}");
    }
    // 铁门关市: one pre-treatment year, 2012.
    let row = county.row(2012, 659_006);
    assert_eq!(
        (
            county.get(row, "first_year"),
            county.get(row, "has_pre_period")
        ),
        ("2012", "1")
    );
}

/// Every column of every panel has its row in the codebook's tables, and
/// the columns of this release their .dta labels as written.
#[test]
fn the_codebook_documents_every_column() {
    let codebook = std::fs::read_to_string(root().join("data/CODEBOOK.md")).expect("the codebook");
    for name in ["county", "prefecture", "province"] {
        for column in &Panel::committed(name).header {
            let row = format!("| `{column}` |");
            assert!(codebook.contains(&row), "the codebook has no row {row:?}");
        }
    }
    // code_year's, in its section.
    let section = codebook
        .split_once("## `code_year`")
        .and_then(|(_, rest)| rest.split_once("\n## "))
        .expect("the codebook's section on code_year")
        .0;
    let mut reader = csv::Reader::from_path(committed("code_year.csv")).expect("code_year.csv");
    for column in reader.headers().expect("a header") {
        let name = format!("`{column}`");
        assert!(
            section.contains(&name),
            "the code_year section has not {name}"
        );
    }
    for label in [
        "First year its unit (unit_code) is listed",
        "Last year its unit (unit_code) is listed",
        "1 if its unit is listed before 2013, the first treated year",
        "1 for 北京, 天津, 上海, 重庆, as prefecture-level cities",
        "1 if a pilot member below province level holds all or part of it",
    ] {
        assert!(
            codebook.contains(&format!("`{label}`")),
            "the codebook has not {label:?}"
        );
    }
}
