//! Division codes against the GB/T 2260 reference snapshots beside the
//! project (`../shared/data/gb2260/`): every member's 2012 code and name, and
//! every successor in the 2019 edition. The tests that read the snapshots
//! are ignored unless asked for (`.ci/run` asks).

mod common;

use std::collections::HashMap;

use cn_edu_pilots::{AdminLevel, DivisionCode, pilots};

fn names(file: &str) -> HashMap<u32, String> {
    common::gb2260(file)
        .into_iter()
        .map(|row| (row.code, row.name))
        .collect()
}

/// Members whose name does not mention their prefecture, reviewed by hand:
/// the member, and the prefecture's name in the 2012 edition.
const PREFECTURE_NOT_NAMED: [(&str, &str); 7] = [
    ("江西省婺源县教育体育局", "上饶市"),
    ("山东省寿光市教育局", "潍坊市"),
    ("湖北省麻城市教育局", "黄冈市"),
    ("四川省绵竹市教育局", "德阳市"),
    ("贵州省习水县教育和科学技术局", "遵义市"),
    ("云南省楚雄州楚雄市教育局", "楚雄彝族自治州"), // written 楚雄州
    ("青海省湟中县教育局", "西宁市"),
];

#[test]
#[ignore = "needs ../shared/data"]
fn every_member_division_is_in_the_2012_edition_under_its_name() {
    let edition = names("stats-201210.tsv");
    let mut checked = 0;
    for unit in pilots::all() {
        for member in unit.members() {
            let Some(division) = member.division() else {
                continue;
            };
            let code = division.code().get();
            assert_eq!(
                edition.get(&code).map(String::as_str),
                Some(division.name_zh()),
                "{}",
                member.name()
            );
            assert_eq!(division.province(), member.province(), "{}", member.name());
            // The name places the member there: it names the division (郑州大学
            // names 郑州 without 市).
            let short = division.name_zh().trim_end_matches('市');
            assert!(
                member.name().contains(short),
                "{} is not in {}",
                member.name(),
                division.name_zh()
            );
            // Same-named districts (three 桥东区, two 城关区, two 普陀区, two
            // 南山区) are told apart by the prefecture the name gives.
            if division.level() == AdminLevel::County {
                let prefecture = division.code().prefecture_code().unwrap().get();
                let municipality =
                    division.province().kind() == cn_edu_pilots::ProvinceKind::Municipality;
                if !municipality {
                    let prefecture_name = &edition[&prefecture];
                    let named = member.name().contains(prefecture_name.as_str());
                    let reviewed =
                        PREFECTURE_NOT_NAMED.contains(&(member.name(), prefecture_name.as_str()));
                    assert!(
                        named || reviewed,
                        "{}: prefecture {prefecture} {prefecture_name}",
                        member.name()
                    );
                }
            }
            checked += 1;
        }
    }
    // 63 members less the two that no division places: the university
    // school in Guangzhou and the Corps' bureau.
    assert_eq!(checked, 61);
}

#[test]
fn only_the_university_school_and_the_corps_have_no_division() {
    let without: Vec<&str> = pilots::all()
        .iter()
        .flat_map(|u| u.members())
        .filter(|m| m.division().is_none())
        .map(|m| m.name())
        .collect();
    assert_eq!(
        without,
        [
            "华南师范大学教育信息技术学院",
            "新疆生产建设兵团农二师教育局"
        ]
    );
}

#[test]
fn the_examples_of_the_docs() {
    let division = |id: u8, member: usize| {
        pilots::get(id).unwrap().members()[member]
            .division()
            .unwrap()
    };
    let pair = |d: cn_edu_pilots::Division| (d.code().get(), d.name_zh());
    assert_eq!(pair(division(1, 0)), (110101, "东城区"));
    assert_eq!(pair(division(7, 0)), (140100, "太原市"));
    assert_eq!(pair(division(28, 0)), (410000, "河南省"));
    assert_eq!(pair(division(28, 3)), (410100, "郑州市"));
    assert_eq!(pair(division(33, 2)), (440600, "佛山市"));
    assert_eq!(pair(division(41, 0)), (532301, "楚雄市"));
    assert_eq!(division(28, 0).level(), AdminLevel::Provincial);
    assert_eq!(division(7, 0).level(), AdminLevel::Prefectural);
    assert_eq!(division(1, 0).level(), AdminLevel::County);
}

#[test]
#[ignore = "needs ../shared/data"]
fn successors_are_what_the_2019_edition_shows() {
    let (old, new) = (names("stats-201210.tsv"), names("mca-201904.tsv"));
    let mut changed = Vec::new();
    for member in pilots::all().iter().flat_map(|u| u.members()) {
        let Some(division) = member.division() else {
            continue;
        };
        let code = division.code().get();
        assert_eq!(old.get(&code).map(String::as_str), Some(division.name_zh()));
        // The April 2019 edition shows the lists' changes to the end of 2018.
        let successor = division.as_of(2018).filter(|d| *d != division);
        match successor {
            None => assert_eq!(
                new.get(&code).map(String::as_str),
                Some(division.name_zh()),
                "{} changed by 2019 but has no successor",
                member.name()
            ),
            Some(successor) => {
                // The old division is gone or renamed, and the successor is in 2019
                // under its name, in the same province.
                assert_ne!(
                    new.get(&code).map(String::as_str),
                    Some(division.name_zh()),
                    "{}",
                    member.name()
                );
                let successor_code = successor.code().get();
                assert_eq!(
                    new.get(&successor_code).map(String::as_str),
                    Some(successor.name_zh())
                );
                assert_eq!(successor.province(), division.province());
                assert_eq!(successor.level(), division.level());
                assert_eq!(successor.as_of(2018), Some(successor));
                changed.push((code, successor_code));
            }
        }
    }
    changed.sort_unstable();
    changed.dedup();
    assert_eq!(
        changed,
        [
            (331021, 331083),
            (520114, 520111),
            (530522, 530581),
            (542100, 540300),
            (610821, 610881),
            (652200, 650500)
        ]
    );
}

#[test]
#[ignore = "needs ../shared/data"]
fn every_2012_division_code_parses_and_contains_its_own_children() {
    let rows = common::gb2260("stats-201210.tsv");
    let mainland: Vec<u32> = rows
        .iter()
        .map(|r| r.code)
        .filter(|c| *c < 700_000)
        .collect();
    for &code in &mainland {
        let parsed: DivisionCode = code.to_string().parse().unwrap();
        assert_eq!(parsed.get(), code);
        assert_eq!(DivisionCode::try_from(code), Ok(parsed));
        assert!(parsed.province_code().contains(parsed));
        if let Some(prefecture) = parsed.prefecture_code() {
            assert!(prefecture.contains(parsed));
            assert!(parsed.province_code().contains(prefecture));
        }
    }
    for bad in [710000, 810000, 820000] {
        assert!(DivisionCode::try_from(bad).is_err(), "{bad}");
    }
}

#[test]
#[ignore = "needs ../shared/data"]
fn a_2019_code_list_joins_every_pilot_division() {
    // Every territorial member's division, mapped forward to 2019, is covered
    // by its unit when queried with the 2019 code.
    let new = names("mca-201904.tsv");
    for unit in pilots::all() {
        for member in unit.members().iter().filter(|m| m.kind().is_territorial()) {
            let Some(division) = member.division() else {
                continue;
            };
            let now = division.as_of(2018).unwrap_or(division);
            assert!(new.contains_key(&now.code().get()));
            let covering: Vec<u8> = pilots::covering(now.code())
                .iter()
                .map(|u| u.id())
                .collect();
            assert!(
                covering.contains(&unit.id()),
                "{} not covering {}",
                unit.id(),
                now
            );
        }
    }
}

#[test]
fn covering_answers_the_documented_questions() {
    let ids = common::covering;
    assert_eq!(ids(140105), [7]); // 太原市小店区 → 太原
    assert_eq!(ids(140100), [7]);
    assert_eq!(ids(140000), Vec::<u8>::new()); // all of Shanxi is not a pilot region
    assert_eq!(ids(411502), [28]); // a county of Henan → the provincial 电教馆
    assert_eq!(ids(410102), [28]); // a district of 郑州市, covered twice by the same unit
    assert_eq!(ids(652201), [28]); // 哈密市 under 哈密地区
    assert_eq!(ids(440106), Vec::<u8>::new()); // 广州市天河区
    assert_eq!(ids(440305), [32, 56]); // 南山区 and 深圳市
    assert_eq!(ids(440304), [56]); // 福田区: 深圳市 only
    assert_eq!(ids(440604), [33]); // 佛山市禅城区: through the bureau, not the company
    assert_eq!(ids(130702), [6]);
    assert_eq!(ids(130102), Vec::<u8>::new()); // 石家庄 has no pilot; nor its 桥东区 (130103)
    assert_eq!(ids(469001), Vec::<u8>::new()); // Hainan
    // 2019 codes of divisions that changed reach the same pilots.
    assert_eq!(ids(540300), [43]); // 昌都市, formerly 昌都地区
    assert_eq!(ids(540302), [43]); // 卡若区, formerly 昌都县 (542121)
    assert_eq!(ids(542121), [43]);
    assert_eq!(ids(650502), [28]); // 伊州区 of 哈密市, formerly 哈密地区
    assert_eq!(ids(331083), [21]); // 玉环市
    assert_eq!(ids(520111), [40]); // 花溪区, into which 小河区 was merged
    // Codes of today: 湟中区 (2019) and 沙湾市 (2021).
    assert_eq!(ids(630106), [50]);
    assert_eq!(ids(654203), [54]);
    // Without a year the answer is by digits, as documented: 简阳市 and
    // 公主岭市 joined 成都市 and 长春市 after the notice, yet count.
    assert_eq!(ids(510185), [37]);
    assert_eq!(ids(220184), [13]);
}

#[test]
#[ignore = "needs ../shared/data"]
fn covering_agrees_with_a_scan_of_the_members() {
    // The brute-force definition (a member's 2012 division or its 2024
    // successor contains the code), for every 2012 and 2019 code.
    let (old, new) = (
        common::gb2260("stats-201210.tsv"),
        common::gb2260("mca-201904.tsv"),
    );
    for code in old
        .iter()
        .chain(&new)
        .map(|r| r.code)
        .filter(|c| *c < 700_000)
    {
        assert_eq!(
            common::covering(code),
            common::covering_by_scan(code),
            "{code}"
        );
    }
}

#[test]
fn code_errors_say_why_and_have_a_kind() {
    use cn_edu_pilots::ErrorKind::{
        CodeOutsideScope, CountyWithoutPrefecture, MalformedCode, UnknownCodePrefix,
    };
    let mainland = "(it covers the mainland, prefixes 11 to 65)";
    let prefixes = "(mainland prefixes run from 11 to 65, such as 41 for 河南省)";
    for (input, kind, why) in [
        (
            "41000",
            MalformedCode,
            "expected six ASCII digits, such as 410000".to_owned(),
        ),
        (
            "4100000",
            MalformedCode,
            "expected six ASCII digits, such as 410000".to_owned(),
        ),
        (
            "41 000",
            MalformedCode,
            "expected six ASCII digits, such as 410000".to_owned(),
        ),
        (
            "４１００００",
            MalformedCode,
            "expected six ASCII digits, such as 410000".to_owned(),
        ),
        (
            "",
            MalformedCode,
            "expected six ASCII digits, such as 410000".to_owned(),
        ),
        (
            "000000",
            UnknownCodePrefix,
            format!("no province has the prefix 00 {prefixes}"),
        ),
        (
            "010101",
            UnknownCodePrefix,
            format!("no province has the prefix 01 {prefixes}"),
        ),
        (
            "990000",
            UnknownCodePrefix,
            format!("no province has the prefix 99 {prefixes}"),
        ),
        (
            "710000",
            CodeOutsideScope,
            format!("a code of Taiwan, which the notice does not cover {mainland}"),
        ),
        (
            "810101",
            CodeOutsideScope,
            format!("a code of Hong Kong, which the notice does not cover {mainland}"),
        ),
        (
            "820000",
            CodeOutsideScope,
            format!("a code of Macao, which the notice does not cover {mainland}"),
        ),
        (
            "410001",
            CountyWithoutPrefecture,
            "expected the middle two digits to be 00 only when the last two are 00 too".to_owned(),
        ),
    ] {
        let err = input.parse::<DivisionCode>().unwrap_err();
        assert_eq!(err.kind(), kind, "{input:?}");
        assert_eq!(
            err.to_string(),
            format!("invalid division code {input:?}: {why}")
        );
    }
    // A number is quoted as its digits; below 100000 it has a zero prefix.
    let err = DivisionCode::try_from(10101).unwrap_err();
    assert_eq!(err.kind(), UnknownCodePrefix);
    assert_eq!(err.input(), "10101");
    assert_eq!(
        DivisionCode::try_from(1_000_000).unwrap_err().kind(),
        MalformedCode
    );
}

/// 海南省's counties had codes without a prefecture (`4600ZZ`) in the list
/// of 2000; those the list has are codes, other `XX00ZZ` are not.
#[test]
fn the_codes_without_a_prefecture_that_a_list_has_are_codes() {
    use cn_edu_pilots::{AdminLevel, ErrorKind, codes};

    let tongshi = DivisionCode::try_from(460_001).expect("通什市, in the list of 2000");
    assert_eq!(tongshi.level(), AdminLevel::County);
    assert_eq!(tongshi.prefecture_code(), None);
    assert_eq!(tongshi.province_code().get(), 460_000);
    let listed = codes::listed(tongshi).expect("a listed code");
    assert_eq!(listed.name_zh(2000), Some("通什市"));
    assert_eq!(listed.parent(2000).map(DivisionCode::get), Some(460_000));
    assert_eq!(listed.years().last(), 2000);
    for never in ["460099", "410001"] {
        let err = never.parse::<DivisionCode>().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::CountyWithoutPrefecture);
    }
}
