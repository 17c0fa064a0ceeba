//! serde: every enum value round-trips in its documented form, the other
//! forms are read too, and the whole dataset survives a trip through JSON.
#![cfg(feature = "serde")]

use cn_edu_pilots::{
    AdminLevel, ChangeKind, DivisionCode, EconomicRegion, FocusTheme, MemberKind, Province,
    ProvinceKind, ThemeCategory, ThemeSet, pilots,
};
use serde::Deserialize;
use serde::de::DeserializeOwned;

fn round_trip<T>(values: &[T], names: &[&str])
where
    T: serde::Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    assert_eq!(values.len(), names.len());
    for (value, name) in values.iter().zip(names) {
        let json = serde_json::to_string(value).unwrap();
        assert_eq!(json, format!("\"{name}\""));
        assert_eq!(&serde_json::from_str::<T>(&json).unwrap(), value);
    }
}

#[test]
fn enums_serialize_as_their_variant_names_and_round_trip() {
    round_trip(
        &Province::ALL,
        &[
            "Beijing",
            "Tianjin",
            "Hebei",
            "Shanxi",
            "InnerMongolia",
            "Liaoning",
            "Jilin",
            "Heilongjiang",
            "Shanghai",
            "Jiangsu",
            "Zhejiang",
            "Anhui",
            "Fujian",
            "Jiangxi",
            "Shandong",
            "Henan",
            "Hubei",
            "Hunan",
            "Guangdong",
            "Guangxi",
            "Hainan",
            "Chongqing",
            "Sichuan",
            "Guizhou",
            "Yunnan",
            "Tibet",
            "Shaanxi",
            "Gansu",
            "Qinghai",
            "Ningxia",
            "Xinjiang",
            "Xpcc",
        ],
    );
    round_trip(
        &ProvinceKind::ALL,
        &["Municipality", "Province", "AutonomousRegion", "Corps"],
    );
    round_trip(
        &EconomicRegion::ALL,
        &["Eastern", "Central", "Western", "Northeast"],
    );
    round_trip(
        &ThemeCategory::ALL,
        &[
            "Infrastructure",
            "ResourcesAndServices",
            "TeachingAndLearning",
            "EquityAndBalance",
            "Advancement",
        ],
    );
    round_trip(
        &FocusTheme::ALL,
        &[
            "Broadband",
            "NextGenerationInternet",
            "CloudComputing",
            "InternetOfThings",
            "ResourceSharing",
            "PublicServiceSystem",
            "Standardization",
            "TeachingModelInnovation",
            "LearningTransformation",
            "OnlineLearningSpace",
            "TeacherDevelopment",
            "TeachingResearch",
            "LearningSociety",
            "BalancedDevelopment",
            "EducationalEquity",
            "UrbanRuralIntegration",
            "UnderdevelopedAreas",
            "EthnicAndBorderAreas",
            "RegionalCollaboration",
            "ApplicationAtScale",
            "RegionWideAdvancement",
            "Sustainability",
        ],
    );
    round_trip(
        &MemberKind::ALL,
        &[
            "EducationBureau",
            "Government",
            "EducationalTechnologyCenter",
            "ResearchAndTrainingCenter",
            "University",
            "Enterprise",
        ],
    );
    round_trip(&AdminLevel::ALL, &["Provincial", "Prefectural", "County"]);
    round_trip(
        &ChangeKind::ALL,
        &[
            "Renamed",
            "Recoded",
            "MergedInto",
            "Absorbed",
            "GainedTerritory",
            "LostTerritory",
        ],
    );
    assert_eq!(
        serde_json::from_str::<ChangeKind>("\"撤销设立\"").unwrap(),
        ChangeKind::Recoded
    );
}

#[test]
fn a_division_carries_its_history_and_a_coverage_its_ids() {
    // 青海省湟中县教育局: recoded in 2019 by 国函〔2019〕106号 (see the change files).
    let huangzhong = pilots::get(50).unwrap().members()[0].division().unwrap();
    let json: serde_json::Value = serde_json::to_value(huangzhong).unwrap();
    assert_eq!(json["code"], "630122");
    assert_eq!(json["successor"]["code"], "630106");
    assert_eq!(
        json["history"],
        serde_json::json!([{
            "year": 2019,
            "kind": "Recoded",
            "document": "国函〔2019〕106号",
            "division": {
                "code": "630106",
                "name_zh": "湟中区",
                "name_en": "Huangzhong District",
                "level": "County",
            },
        }])
    );
    let gongshu = DivisionCode::try_from(330105).unwrap();
    let coverage = pilots::covering_in(gongshu, 2021).unwrap();
    assert_eq!(
        serde_json::to_string(&coverage).unwrap(),
        r#"{"wholly":[],"partly":[20]}"#
    );
    let bytes = postcard::to_allocvec(&coverage).unwrap();
    assert_eq!(bytes, [0, 1, 20]);
    // 拱墅区 kept its code when it absorbed 下城区: the change is written once.
    let gongshu = pilots::get(20).unwrap().members()[0].division().unwrap();
    let json: serde_json::Value = serde_json::to_value(gongshu).unwrap();
    assert_eq!(json["history"][0]["kind"], "Absorbed");
    assert_eq!(json["history"][0]["document"], "浙政发〔2021〕7号");
    assert_eq!(json["history"][0]["division"]["code"], "330105");
}

#[test]
fn enums_deserialize_from_every_form_from_str_accepts() {
    for form in ["河南", "豫", "河南省", "henan", "410000", "CN-HA"] {
        let json = serde_json::to_string(form).unwrap();
        assert_eq!(
            serde_json::from_str::<Province>(&json).unwrap(),
            Province::Henan
        );
    }
    assert_eq!(
        serde_json::from_str::<FocusTheme>("\"云计算\"").unwrap(),
        FocusTheme::CloudComputing
    );
    assert_eq!(
        serde_json::from_str::<EconomicRegion>("\"东北\"").unwrap(),
        EconomicRegion::Northeast
    );
    let err = serde_json::from_str::<Province>("\"北平\"")
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with(r#"unknown province "北平": expected"#),
        "{err}"
    );
    assert!(serde_json::from_str::<Province>("41").is_err());
}

#[test]
fn provinces_read_from_their_integer_code_too() {
    assert_eq!(
        serde_json::from_str::<Province>("440000").unwrap(),
        Province::Guangdong
    );
    for bad in ["440300", "810000", "-1", "1.5", "4400000000"] {
        assert!(serde_json::from_str::<Province>(bad).is_err(), "{bad}");
    }
    // An integer reads as its digits do.
    for (integer, string) in [
        ("440300", "\"440300\""),
        ("810000", "\"810000\""),
        ("40000", "\"040000\""),
    ] {
        // serde_json appends where in the text it was, which differs.
        let message = |json: &str| {
            let err = serde_json::from_str::<Province>(json)
                .unwrap_err()
                .to_string();
            err.split(" at line").next().unwrap_or_default().to_owned()
        };
        assert_eq!(message(integer), message(string));
    }
    let err = serde_json::from_str::<Province>("810000")
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with(r#"province outside the list "810000""#),
        "{err}"
    );
}

/// A record as a user keeps it: the crate's types inside their own struct.
#[derive(Debug, PartialEq, serde::Serialize, Deserialize)]
struct Record {
    code: DivisionCode,
    province: Province,
    region: EconomicRegion,
    kind: MemberKind,
    level: AdminLevel,
    themes: ThemeSet,
    category: ThemeCategory,
    province_kind: ProvinceKind,
}

fn records() -> Vec<Record> {
    pilots::all()
        .iter()
        .flat_map(|u| u.members().iter().map(move |m| (u, m)))
        .filter_map(|(unit, member)| {
            let division = member.division()?;
            Some(Record {
                code: division.code(),
                province: member.province(),
                region: member.province().region(),
                kind: member.kind(),
                level: division.level(),
                themes: unit.themes(),
                category: unit.themes().iter().next()?.category(),
                province_kind: member.province().kind(),
            })
        })
        .collect()
}

#[test]
fn records_round_trip_through_binary_formats() {
    let records = records();
    assert_eq!(records.len(), 61);
    let bytes = postcard::to_allocvec(&records).unwrap();
    assert_eq!(
        postcard::from_bytes::<Vec<Record>>(&bytes).unwrap(),
        records
    );
    let bytes = bincode::serialize(&records).unwrap();
    assert_eq!(
        bincode::deserialize::<Vec<Record>>(&bytes).unwrap(),
        records
    );
    let json = serde_json::to_string(&records).unwrap();
    assert_eq!(serde_json::from_str::<Vec<Record>>(&json).unwrap(), records);
}

#[test]
fn binary_formats_hold_a_division_code_as_its_integer() {
    let code = DivisionCode::try_from(110101).unwrap();
    // postcard writes a u32 as a varint; bincode as four little-endian bytes.
    assert_eq!(postcard::to_allocvec(&code).unwrap(), [0x95, 0xDC, 0x06]);
    assert_eq!(bincode::serialize(&code).unwrap(), 110_101u32.to_le_bytes());
    let bad = bincode::serialize(&810_000u32).unwrap();
    let err = bincode::deserialize::<DivisionCode>(&bad).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("invalid division code \"810000\""),
        "{err}"
    );
}

#[test]
fn division_codes_are_strings_and_read_from_integers_too() {
    let code = DivisionCode::try_from(110101).unwrap();
    assert_eq!(serde_json::to_string(&code).unwrap(), "\"110101\"");
    assert_eq!(
        serde_json::from_str::<DivisionCode>("\"110101\"").unwrap(),
        code
    );
    assert_eq!(
        serde_json::from_str::<DivisionCode>("110101").unwrap(),
        code
    );
    for bad in [
        "\"11010\"",
        "810000",
        "-110101",
        "1.5",
        "\"abcdef\"",
        "99999999999",
    ] {
        assert!(serde_json::from_str::<DivisionCode>(bad).is_err(), "{bad}");
    }
}

#[test]
fn theme_sets_are_sequences() {
    let set: ThemeSet = [FocusTheme::CloudComputing, FocusTheme::ResourceSharing]
        .into_iter()
        .collect();
    let json = serde_json::to_string(&set).unwrap();
    assert_eq!(json, r#"["CloudComputing","ResourceSharing"]"#);
    assert_eq!(serde_json::from_str::<ThemeSet>(&json).unwrap(), set);
    assert_eq!(
        serde_json::from_str::<ThemeSet>(r#"["云计算","资源"]"#).ok(),
        None
    );
    assert_eq!(
        serde_json::from_str::<ThemeSet>(r#"["云计算","ResourceSharing"]"#).unwrap(),
        set
    );
}

/// What a user would write to read the crate's JSON export back.
#[derive(Deserialize)]
struct OwnedUnit {
    id: u8,
    name: String,
    focus: String,
    name_en: String,
    focus_en: String,
    members: Vec<OwnedMember>,
    themes: ThemeSet,
}

#[derive(Deserialize)]
struct OwnedMember {
    name: String,
    name_en: String,
    province: Province,
    kind: MemberKind,
    division: Option<OwnedDivision>,
}

#[derive(Deserialize)]
struct OwnedDivision {
    code: DivisionCode,
    name_zh: String,
    name_en: String,
    level: AdminLevel,
    successor: Option<Box<OwnedDivision>>,
}

#[test]
fn the_whole_dataset_round_trips_through_json() {
    let json = serde_json::to_string(pilots::all()).unwrap();
    let back: Vec<OwnedUnit> = serde_json::from_str(&json).unwrap();
    assert_eq!(back.len(), 56);
    for (unit, owned) in pilots::all().iter().zip(&back) {
        assert_eq!(owned.id, unit.id());
        assert_eq!(owned.name, unit.name());
        assert_eq!(owned.focus, unit.focus());
        assert_eq!(
            (owned.name_en.as_str(), owned.focus_en.as_str()),
            (unit.name_en(), unit.focus_en())
        );
        assert_eq!(owned.themes, unit.themes());
        assert_eq!(owned.members.len(), unit.members().len());
        for (member, m) in unit.members().iter().zip(&owned.members) {
            assert_eq!(m.name, member.name());
            assert_eq!(m.name_en, member.name_en());
            assert_eq!(m.province, member.province());
            assert_eq!(m.kind, member.kind());
            match (member.division(), &m.division) {
                (None, None) => {}
                (Some(d), Some(o)) => {
                    assert_eq!(
                        (o.code, o.name_zh.as_str(), o.name_en.as_str(), o.level),
                        (d.code(), d.name_zh(), d.name_en(), d.level())
                    );
                    let successor = o.successor.as_ref().map(|s| (s.code, s.name_zh.as_str()));
                    assert_eq!(successor, d.successor().map(|s| (s.code(), s.name_zh())));
                }
                _ => panic!("division of {} lost", member.name()),
            }
        }
    }
}
