//! The panels in `data/panels/`: that they are what the `panel` example
//! writes now; that every code of every year's list (counted from
//! `data/areacodes/data/YEAR.txt`) has its row; that every row agrees with
//! `pilots::covering_in`; that the intensities count the lists' county-level
//! units; and a table of rows checked by hand against the lists and the
//! notice.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cn_edu_pilots::{DivisionCode, Extent, Member, Reading, Units, pilots};

#[expect(
    dead_code,
    reason = "the rules are tested here as far as the panels use them"
)]
#[path = "../examples/common/treatment.rs"]
mod treatment;

/// The built `panel` example, beside this test's `deps/` (see
/// `tests/examples.rs`).
fn binary() -> PathBuf {
    let test = std::env::current_exe().expect("the path of this test");
    let profile = test
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>/deps/<test>");
    let path = profile
        .join("examples")
        .join(format!("panel{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.is_file(),
        "no example binary {}: `cargo test` builds the examples; \
         `cargo test --test panels` alone does not, so run `cargo build --examples` first",
        path.display()
    );
    path
}

fn run(args: &[&str]) -> Output {
    Command::new(binary())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the panel example runs")
}

/// A directory of this test's own under the target directory, emptied.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("panels")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn committed(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/panels")
        .join(file)
}

/// Every file the example writes.
const FILES: [&str; 8] = [
    "county_year.csv",
    "county_year.dta",
    "prefecture_year.csv",
    "prefecture_year.dta",
    "province_year.csv",
    "province_year.dta",
    "units.csv",
    "members.csv",
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
        stderr.starts_with("first treated year 2013, never-treated first_treat coded 0\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("county_year.csv and .dta: 71,376 rows,"),
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
             `cargo run --release --example panel -- --out data/panels`"
        );
    }
}

#[test]
fn panel_takes_the_other_timing_and_codings() {
    let dir = scratch("2012-inf");
    let dir_text = dir.to_str().expect("a UTF-8 path");
    let output = run(&[
        "--out",
        dir_text,
        "--treat-year",
        "2012",
        "--never-treated",
        "inf",
    ]);
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 messages");
    assert!(stderr.starts_with("first treated year 2012, never-treated first_treat coded inf\n"));
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
    assert_eq!(panel.get(jianyang, "first_treat"), "Inf");
    // Stata has no infinity: the .dta file holds a missing value, which a
    // different file from the default's shows.
    let dta = std::fs::read(dir.join("county_year.dta")).expect("the .dta file");
    assert!(dta != std::fs::read(committed("county_year.dta")).expect("the committed file"));
}

#[test]
fn panel_rejects_bad_arguments() {
    for (args, message) in [
        (
            &["--out", "x", "--treat-year", "2014"][..],
            "error: unknown treatment year \"2014\": expected 2012 (the notice) or 2013 (its plans' deadline)",
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
        assert!(lines.next().is_some_and(|l| l.starts_with("usage: panel ")));
    }
    assert!(!Path::new(env!("CARGO_MANIFEST_DIR")).join("x").exists());
}

#[test]
fn the_never_treated_codings_are_the_estimators() {
    use treatment::{NeverTreated, Timing};
    assert_eq!(
        [NeverTreated::Zero, NeverTreated::Empty, NeverTreated::Inf].map(NeverTreated::csv),
        ["0", "", "Inf"]
    );
    let timing = Timing::default();
    assert_eq!((timing.year, timing.never), (2013, NeverTreated::Zero));
    assert_eq!(
        (
            timing.post(2012),
            timing.post(2013),
            timing.first_treat(true)
        ),
        (false, true, Some(2013))
    );
    assert_eq!(timing.first_treat(false), None);
}

/// A panel file, read with the csv crate.
struct Panel {
    header: Vec<String>,
    rows: Vec<csv::StringRecord>,
    index: HashMap<(u16, u32), usize>,
}

impl Panel {
    fn read(path: &Path) -> Panel {
        let mut reader = csv::Reader::from_path(path).expect("a panel file");
        let header = reader
            .headers()
            .expect("a header")
            .iter()
            .map(str::to_owned)
            .collect();
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
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
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/areacodes/data");
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
        let in_lists: BTreeSet<(u16, u32)> = lists
            .iter()
            .flat_map(|(year, codes)| {
                let codes = codes.keys().filter(|c| level(**c) == name);
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
    assert_eq!(counts, [71_376, 8325, 775]);
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
            let treated = !coverage.any().is_empty();
            assert_eq!(got("treated"), if treated { "1" } else { "0" });
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
            let counts = under.entry((year, key)).or_default();
            counts[0] += 1;
            counts[1] += treated;
            counts[2] += wholly;
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
/// 43 昌都地区, 50 湟中县, 54 沙湾县, 55 农二师, 56 深圳市) and the README's
/// cases of "Joining with other data": year, code, name, parent,
/// pilot_ids, wholly, partly, treated, treated_wholly, post, first_treat,
/// via_members (the members by their letter in the entry: 28a 河南省电教馆,
/// 28b 郑州市教育局, 28c 哈密地区教育局, 28e 焦作市教育局) and
/// via_province_member.
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
    // 济源市, directly under 河南省: entry 28.
    (2015, 419_001, ["济源市", "410000", "28", "28", "", "1", "1", "1", "2013", "28a", "1"]),
    // A Henan county outside 郑州 and 焦作 (浉河区, 信阳市): entry 28.
    (2024, 411_502, ["浉河区", "411500", "28", "28", "", "1", "1", "1", "2013", "28a", "1"]),
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
/// 河南省 through the provincial member wholly and 郑州 and 焦作 partly),
/// 深圳市 wholly in 56 and partly in 32 (南山区); 北京市 of 2012 has 16 county-level units in its list, two of
/// them pilots (东城区, 1; 海淀区, 2); 郑州市 has 12 in the list of 2015, 河南省
/// 158.
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
            ["河南省", "28", "", "1", "158", "158", "1", "1"],
        ),
        (
            &province,
            2012,
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
