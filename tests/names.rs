//! `codes::named` against the year-end lists in `data/areacodes/data/`
//! (every name of every year's list, with its parent, is its code; every
//! name two codes share in a year is ambiguous without one) and against
//! hand-reviewed tables: `tests/data/names-hand.tsv` and the cases below.
//! The vendored lists stay in the repository, out of the package, and so
//! does this file.
#![cfg(feature = "names")]

use std::collections::{BTreeMap, BTreeSet};

use cn_edu_pilots::codes::{self, NameForm, Within};
use cn_edu_pilots::{AdminLevel, DivisionCode, ErrorKind, Province};

/// The crate's directory, as cargo tells the test when it runs it.
fn root() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .expect("CARGO_MANIFEST_DIR: run the tests with cargo")
}

/// Each year's list as its file gives it, mainland codes only (a
/// `DivisionCode` holds no code of Taiwan, Hong Kong or Macao): code to
/// name.
fn lists() -> BTreeMap<u16, BTreeMap<u32, String>> {
    (codes::FIRST_YEAR..=codes::LAST_YEAR)
        .map(|year| {
            let text = cn_edu_pilots_gen::vendored(&root(), &format!("data/{year}.txt"));
            let list = text
                .lines()
                .filter_map(|l| {
                    let (code, name) = l.split_once(' ')?;
                    Some((code.parse().ok()?, name.trim().to_owned()))
                })
                .filter(|&(code, _)| code < 710_000)
                .collect();
            (year, list)
        })
        .collect()
}

/// The codes of an answer, in its order.
fn found(name: &str, year: u16) -> Vec<u32> {
    codes::named(name, year)
        .find()
        .map(|m| m.map(|m| m.code().code().get()).collect())
        .unwrap_or_default()
}

fn code(n: u32) -> DivisionCode {
    DivisionCode::try_from(n).unwrap()
}

#[test]
fn every_name_of_every_list_with_its_parent_is_its_code() {
    let lists = lists();
    let mut checked = 0;
    for (&year, list) in &lists {
        for (&c, name) in list {
            // The parent by the list: its prefecture where the list has it,
            // else its province.
            let prefecture = c / 100 * 100;
            let province = c / 10_000 * 10_000;
            let parent = [prefecture, province]
                .into_iter()
                .find(|&p| p != c && list.contains_key(&p));
            let mut lookup = codes::named(name, year);
            if let Some(p) = parent {
                lookup = lookup.within(Within::Code(code(p)));
            }
            let answer = lookup
                .find()
                .unwrap_or_else(|err| panic!("{name} {year} ({c}): {err}"));
            let matched: Vec<u32> = answer.map(|m| m.code().code().get()).collect();
            assert_eq!(matched, [c], "{name} in {year} within {parent:?}");
            let single = answer.single().unwrap();
            assert_eq!(single.form(), NameForm::ListName, "{name} {year}");
            assert!(!single.through_other_year(), "{name} {year}");
            assert!(single.years_named().contains(&year), "{name} {year}");
            checked += 1;
        }
    }
    assert!(checked > 70_000, "{checked}");
}

#[test]
fn every_name_two_codes_share_in_a_years_list_is_ambiguous_without_a_parent() {
    let lists = lists();
    let mut shared_names = 0;
    for (&year, list) in &lists {
        let mut by_name: BTreeMap<&str, BTreeSet<u32>> = BTreeMap::new();
        for (&c, name) in list {
            by_name.entry(name).or_default().insert(c);
        }
        for (name, sharing) in by_name.into_iter().filter(|(_, c)| c.len() > 1) {
            let answer = codes::named(name, year).find().unwrap();
            assert!(answer.single().is_none(), "{name} in {year}");
            let matched: BTreeSet<u32> = answer.map(|m| m.code().code().get()).collect();
            assert!(
                matched.is_superset(&sharing),
                "{name} in {year}: {matched:?} lacks some of {sharing:?}"
            );
            shared_names += 1;
        }
    }
    // 朝阳区, 鼓楼区, 城区, ...: 775 names of a year's list, counted over
    // the 25 lists.
    assert_eq!(shared_names, 775);
}

/// The level as the hand table writes it.
fn level(word: &str) -> Option<AdminLevel> {
    match word {
        "" => None,
        "province" => Some(AdminLevel::Provincial),
        "prefecture" => Some(AdminLevel::Prefectural),
        "county" => Some(AdminLevel::County),
        other => panic!("a level of the hand table: {other}"),
    }
}

/// One row of a hand table: name, year, parent, level, what is expected
/// (`code`, `ambiguous:code;code`, `unknown`), whether through another
/// year's name, and a note.
fn check_row(row: &[&str], line: usize) {
    let [name, year, parent, lvl, expected, other_year, note] = row else {
        panic!("line {line}: seven columns, got {row:?}");
    };
    let year: u16 = year.parse().unwrap();
    let mut lookup = codes::named(name, year);
    if let Some(level) = level(lvl) {
        lookup = lookup.level(level);
    }
    if !parent.is_empty() {
        let within = Within::parse(parent, year)
            .unwrap_or_else(|err| panic!("line {line}: parent {parent}: {err}"));
        lookup = lookup.within(within);
    }
    let at = format!("line {line}: {name} {year} {parent} {lvl} ({note})");
    match lookup.find() {
        Err(err) => {
            assert_eq!(*expected, "unknown", "{at}: {err}");
            assert_eq!(err.kind(), ErrorKind::UnknownName, "{at}");
            assert!(err.to_string().contains(name), "{at}");
        }
        Ok(answer) => {
            let matched: BTreeSet<u32> = answer.map(|m| m.code().code().get()).collect();
            let codes = |list: &str| -> BTreeSet<u32> {
                list.split(';').map(|c| c.parse().unwrap()).collect()
            };
            if let Some(list) = expected.strip_prefix("ambiguous:") {
                assert!(answer.single().is_none(), "{at}");
                assert_eq!(matched, codes(list), "{at}");
            } else {
                assert_ne!(*expected, "unknown", "{at}: answered {matched:?}");
                assert!(answer.single().is_some(), "{at}: {matched:?}");
                assert_eq!(matched, codes(expected), "{at}");
            }
            let through: BTreeSet<bool> = answer.map(|m| m.through_other_year()).collect();
            assert_eq!(through, BTreeSet::from([*other_year == "1"]), "{at}");
        }
    }
}

#[test]
fn the_hand_table_of_names() {
    // Written apart from the code, from the list files and change files.
    // The table is left out of the published package with this test
    // (Cargo.toml's `exclude`), so wherever the test runs the table is
    // there, and a missing one is a failure, not a pass.
    let path = root().join("tests/data/names-hand.tsv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("the hand table {}: {err}", path.display()));
    let mut rows = 0;
    for (n, line) in text.lines().enumerate().skip(1) {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        check_row(&line.split('\t').collect::<Vec<_>>(), n + 1);
        rows += 1;
    }
    assert!(rows > 100, "{rows}");
}

#[test]
fn the_cases_of_the_design() {
    // name, year, parent, level, expected, through another year, note: as
    // the hand table writes them, each from the list files.
    let cases = [
        "北京\t2012\t\tprefecture\t110000\t0\t2012.txt 110000 北京市: a municipality as a prefecture-level city",
        "石家庄\t2012\t\t\t130100\t0\t130100 石家庄市",
        "楚雄州\t2010\t\t\t532300\t0\t532300 楚雄彝族自治州; 532301 楚雄市 is no 自治州",
        "楚雄\t2010\t\t\tambiguous:532300;532301\t0\t楚雄彝族自治州 and 楚雄市",
        "锡林郭勒\t2010\t\t\t152500\t0\t152500 锡林郭勒盟",
        "昌都地区\t2010\t\t\t542100\t0\t2010.txt 542100 昌都地区",
        "昌都地区\t2015\t\t\t542100\t1\t542100 昌都地区 2000–2013",
        "哈密\t2016\t\t\t650500\t0\t2016.txt 650500 哈密市, 650502 伊州区",
        "哈密\t2010\t\tprefecture\t652200\t0\t2010.txt 652200 哈密地区",
        "湟中县\t2020\t\t\t630122\t1\t630122 湟中县 2000–2018",
        "襄樊\t2012\t\t\t420600\t1\t420600 襄樊市 2000–2009, 襄阳市 from 2010",
        "朝阳区\t2015\t\t\tambiguous:110105;220104\t0\t北京 and 长春",
        "鼓楼区\t2012\t江苏\t\tambiguous:320106;320302\t0\t南京 and 徐州",
        "城区\t2012\t山西\t\tambiguous:140202;140302;140402;140502\t0\t大同, 阳泉, 长治, 晋城",
        "芜湖\t2012\t\t\tambiguous:340200;340221\t0\t芜湖市 and 芜湖县",
        "芜湖\t2012\t\tprefecture\t340200\t0\t芜湖市",
        "保亭\t2012\t海南\t\t469029\t0\t469029 保亭黎族苗族自治县",
        "察布查尔\t2012\t\t\t654022\t0\t654022 察布查尔锡伯自治县",
        "新疆\t2012\t\t\t650000\t0\t650000 新疆维吾尔自治区",
        "广西\t2012\t\t\t450000\t0\t450000 广西壮族自治区",
        "内蒙古\t2012\t\t\t150000\t0\t150000 内蒙古自治区: 蒙古 is part of the place name",
        "浦东\t2012\t\t\t310115\t0\t310115 浦东新区",
        "神农架\t2012\t\t\t429021\t0\t429021 神农架林区",
        "万柏林\t2012\t\t\t140109\t0\t140109 万柏林区: 林 is the place's, not 林区",
        "鄂温克\t2012\t\t\t150724\t0\t150724 鄂温克族自治旗",
        "鄂伦春\t2012\t\t\t150723\t0\t150723 鄂伦春自治旗",
        "克州\t2012\t\t\t653000\t0\t the abbreviation of 653000 克孜勒苏柯尔克孜自治州",
        "巴州\t2012\t\t\tambiguous:511902;652800\t0\t巴州区 (巴中) and the abbreviation of 巴音郭楞",
        "巴州\t2012\t\tprefecture\t652800\t0\tthe abbreviation of 巴音郭楞蒙古自治州",
        "城\t2012\t\t\tunknown\t0\tno stem of one character",
        "易\t2012\t\t\tunknown\t0\t易县 keeps only its full name",
        "沛县\t2012\t\t\t320322\t0\t320322 沛县",
    ];
    for (n, case) in cases.iter().enumerate() {
        check_row(&case.split('\t').collect::<Vec<_>>(), n + 1);
    }
}

#[test]
fn a_name_is_read_as_province_reads_its_input() {
    assert_eq!(found(" 楚雄州\u{3000}", 2012), [532300]);
    assert_eq!(found("\t北京 ", 2012), [110000]);
    // Nothing else is rewritten: traditional characters, inner spaces.
    assert!(found("楚 雄州", 2012).is_empty());
    assert!(found("楚雄州 ", 2012) == [532300]);
    assert!(found("", 2012).is_empty());
}

#[test]
fn the_level_and_parent_narrow_before_other_years_are_read() {
    // 思茅 in 2010 is 思茅区 530802; at prefecture level, no name of 2010
    // matches, and two codes bore it before: an ambiguity, not a pick.
    assert_eq!(found("思茅", 2010), [530802]);
    let old = codes::named("思茅", 2010)
        .level(AdminLevel::Prefectural)
        .find()
        .unwrap();
    let codes: BTreeSet<u32> = old.map(|m| m.code().code().get()).collect();
    assert_eq!(codes, BTreeSet::from([530800, 532700]));
    assert!({ old }.all(|m| m.through_other_year()));
    // A parent given by a prefecture of another year keeps its codes by
    // their prefix.
    let chamdo = Within::parse("昌都地区", 2015).unwrap();
    assert_eq!(chamdo, Within::Code(code(542100)));
    let county = codes::named("昌都县", 2016).within(chamdo).find().unwrap();
    assert_eq!(county.single().unwrap().code().code().get(), 542121);
}

#[test]
fn errors_quote_the_name_and_say_what_was_tried() {
    let err = codes::named("石家壮", 2010).find().unwrap_err();
    assert_eq!(
        (err.kind(), err.input()),
        (ErrorKind::UnknownName, "石家壮")
    );
    let message = err.to_string();
    assert!(
        message.starts_with(r#"unknown division name "石家壮": expected"#),
        "{message}"
    );
    assert!(message.contains("without its generic suffix"), "{message}");
    // A name the lists have, but not at the level asked.
    let err = codes::named("石泉", 2010)
        .level(AdminLevel::Prefectural)
        .find()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnknownName);
    assert!(
        err.to_string()
            .contains("none of the level and within the parent asked")
    );
    let err = codes::named("石泉", 2010)
        .within(Within::Province(Province::Hubei))
        .find()
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("none of the level and within the parent asked")
    );
    // The Corps has no code of the lists: nothing is within it.
    let err = codes::named("石河子", 2010)
        .within(Within::Province(Province::Xpcc))
        .find()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnknownName);
    for year in [1999, 2025, 0, u16::MAX] {
        let err = codes::named("北京", year).find().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::YearOutOfRange, "{year}");
        assert_eq!(err.input(), year.to_string());
    }
    // Longer than any name, and cut in the message.
    let long = "楚".repeat(40);
    let err = codes::named(&long, 2010).find().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnknownName);
    assert!(long.starts_with(err.input()) && err.input().len() <= 40);
}

#[test]
fn a_parent_is_a_province_a_code_or_a_prefectures_name() {
    assert_eq!(
        Within::parse("豫", 2012),
        Ok(Within::Province(Province::Henan))
    );
    assert_eq!(
        Within::parse("Henan", 2012),
        Ok(Within::Province(Province::Henan))
    );
    assert_eq!(
        Within::parse("410000", 2012),
        Ok(Within::Province(Province::Henan))
    );
    assert_eq!(
        Within::parse("220100", 2012),
        Ok(Within::Code(code(220100)))
    );
    assert_eq!(Within::parse("长春", 2012), Ok(Within::Code(code(220100))));
    assert_eq!(Within::parse("巴州", 2012), Ok(Within::Code(code(652800))));
    assert_eq!(
        Within::parse("香港", 2012).unwrap_err().kind(),
        ErrorKind::ProvinceOutsideScope
    );
    assert_eq!(
        Within::parse("410001", 2012).unwrap_err().kind(),
        ErrorKind::CountyWithoutPrefecture
    );
    let err = Within::parse("石泉", 2012).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnknownName);
    assert!(
        err.to_string()
            .starts_with(r#"unknown parent "石泉": expected a province"#)
    );
    // 思茅 at prefecture level in 2010: two codes of other years.
    let err = Within::parse("思茅", 2010).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::AmbiguousName);
    assert!(err.to_string().starts_with(r#"ambiguous parent "思茅": "#));
    assert_eq!(
        Within::parse("长春", 1999).unwrap_err().kind(),
        ErrorKind::YearOutOfRange
    );
}

/// A parent that is both a province's form and a prefecture's name (海南:
/// 海南省 and 海南藏族自治州 of 青海) is read both ways, never one guessed: a
/// name answered under one reading alone is that answer (2012.txt: 469029
/// 保亭黎族苗族自治县, 632521 共和县 under 632500).
#[test]
fn a_parent_of_two_readings_keeps_both() {
    use cn_edu_pilots::codes::{self, Within};
    let find = |name: &str| {
        let within = Within::parse("海南", 2012).expect("a parent");
        let found = codes::named(name, 2012)
            .within(within)
            .find()
            .expect("found");
        found.map(|m| m.code().code().get()).collect::<Vec<u32>>()
    };
    assert_eq!(find("保亭"), [469029]);
    assert_eq!(find("共和县"), [632521]);
    assert_eq!(
        Within::parse("海南", 2012).map(|w| w.to_string()),
        Ok("海南省 or 632500".to_owned())
    );
}

/// Every row of the crosswalk is a name the lookup reads as that code in
/// that year, with as many codes as the row says.
#[test]
fn every_crosswalk_row_reads_back() {
    for row in cn_edu_pilots::codes::crosswalk() {
        let name = row.name().to_string();
        let found = cn_edu_pilots::codes::named(&name, row.year())
            .find()
            .unwrap_or_else(|e| panic!("{name} in {}: {e}", row.year()));
        assert!(
            found
                .clone()
                .any(|m| m.code().code() == row.code().code() && !m.through_other_year()),
            "{name} in {}",
            row.year()
        );
        assert_eq!(found.len(), row.n_codes(), "{name} in {}", row.year());
    }
}
