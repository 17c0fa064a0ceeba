//! serde: every `Serialize` and `Deserialize` impl against the tokens it
//! should give and take (serde_test), the other forms each reads and the
//! errors it gives, and the whole dataset through JSON and through binary
//! formats, both those that write no lengths (postcard, bincode) and those
//! that write them up front (CBOR, MessagePack).
#![cfg(feature = "serde")]

use std::fmt::Debug;

use cn_edu_pilots::{
    AdminLevel, ChangeKind, Division, DivisionCode, EconomicRegion, FocusTheme, MemberKind,
    Province, ProvinceKind, Reading, ThemeCategory, ThemeSet, pilots,
};
use serde::Serialize;
use serde::de::{Deserialize, DeserializeOwned};
use serde_test::{
    Configure, Token, assert_de_tokens, assert_de_tokens_error, assert_ser_tokens, assert_tokens,
};

/// Each value is the string `names` gives, and reads back from it.
fn by_name<T>(values: &[T], names: &[&'static str])
where
    T: Serialize + DeserializeOwned + PartialEq + Debug + Copy,
{
    assert_eq!(values.len(), names.len());
    for (&value, &name) in values.iter().zip(names) {
        assert_tokens(&value, &[Token::Str(name)]);
    }
}

#[test]
fn enums_are_their_variant_names() {
    by_name(
        &ProvinceKind::ALL,
        &["Municipality", "Province", "AutonomousRegion", "Corps"],
    );
    by_name(
        &EconomicRegion::ALL,
        &["Eastern", "Central", "Western", "Northeast"],
    );
    by_name(
        &ThemeCategory::ALL,
        &[
            "Infrastructure",
            "ResourcesAndServices",
            "TeachingAndLearning",
            "EquityAndBalance",
            "Advancement",
        ],
    );
    by_name(
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
    by_name(
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
    by_name(&AdminLevel::ALL, &["Provincial", "Prefectural", "County"]);
    by_name(
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
}

#[test]
fn enums_read_their_labels_too() {
    assert_de_tokens(&ChangeKind::Recoded, &[Token::Str("撤销设立")]);
    assert_de_tokens(&ChangeKind::MergedInto, &[Token::Str("merged into")]);
    assert_de_tokens(&FocusTheme::CloudComputing, &[Token::Str("云计算")]);
    assert_de_tokens(&EconomicRegion::Northeast, &[Token::Str("东北")]);
    assert_de_tokens(&AdminLevel::County, &[Token::String("县级")]);
    assert_de_tokens(&ProvinceKind::Corps, &[Token::BorrowedStr("Corps")]);
    assert_de_tokens(&ThemeCategory::Advancement, &[Token::Str("推进方式")]);
    assert_de_tokens(&MemberKind::University, &[Token::Str("高等学校")]);
}

#[test]
fn enums_reject_other_names_and_integers() {
    assert_de_tokens_error::<ChangeKind>(
        &[Token::Str("Split")],
        "unknown change kind \"Split\": expected one of Renamed, Recoded, MergedInto, \
         Absorbed, GainedTerritory, LostTerritory or their Chinese names \
         (更名, 撤销设立, 并入, 合并, 区域扩大, 区域缩小)",
    );
    assert_de_tokens_error::<AdminLevel>(
        &[Token::Str("乡级")],
        "unknown administrative level \"乡级\": expected one of Provincial, Prefectural, \
         County or their Chinese names (省级, 地级, 县级)",
    );
    // An enum that has no integer form says so, as serde's own types do.
    assert_de_tokens_error::<ChangeKind>(
        &[Token::U8(1)],
        "invalid type: integer `1`, expected a change kind",
    );
    assert_de_tokens_error::<EconomicRegion>(
        &[Token::I32(-1)],
        "invalid type: integer `-1`, expected an economic region",
    );
    assert_de_tokens_error::<FocusTheme>(
        &[Token::Bool(true)],
        "invalid type: boolean `true`, expected a focus theme",
    );
}

/// GB/T 2260 order with the Corps last (the standard's code list).
const PROVINCES: [&str; 32] = [
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
];

#[test]
fn provinces_are_their_variant_names_in_every_format() {
    for (province, name) in Province::ALL.into_iter().zip(PROVINCES) {
        assert_tokens(&province.readable(), &[Token::Str(name)]);
        assert_tokens(&province.compact(), &[Token::Str(name)]);
    }
    for form in [
        "河南",
        "豫",
        "河南省",
        "henan",
        "410000",
        "CN-HA",
        "ＣＮ－ＨＡ",
    ] {
        assert_de_tokens(&Province::Henan.readable(), &[Token::Str(form)]);
        assert_de_tokens(&Province::Henan.compact(), &[Token::Str(form)]);
    }
}

#[test]
fn provinces_read_their_integer_code_where_the_format_says_what_comes() {
    assert_de_tokens(&Province::Guangdong.readable(), &[Token::U32(440_000)]);
    assert_de_tokens(&Province::Guangdong.readable(), &[Token::I64(440_000)]);
    // serde_json describes itself: it reads 440000 as an integer.
    assert_eq!(
        serde_json::from_str::<Province>("440000").unwrap(),
        Province::Guangdong
    );
    // An integer reads as its digits do, zero-padded to six: the same
    // answers and the same errors as the string.
    for (integer, string) in [
        (440_300, "440300"),
        (810_000, "810000"),
        (40_000, "040000"),
        (7, "000007"),
    ] {
        let message = string.parse::<Province>().unwrap_err().to_string();
        assert_de_tokens_error::<serde_test::Readable<Province>>(&[Token::U32(integer)], &message);
        assert_de_tokens_error::<serde_test::Readable<Province>>(&[Token::Str(string)], &message);
    }
    assert_de_tokens_error::<serde_test::Readable<Province>>(
        &[Token::U32(810_000)],
        "province outside the list \"810000\": the notice covers the 31 mainland \
         provincial-level divisions and the Xinjiang Production and Construction Corps, \
         not Taiwan, Hong Kong or Macao",
    );
    assert_de_tokens_error::<serde_test::Readable<Province>>(
        &[Token::U64(4_400_000_000)],
        "invalid value: integer `4400000000`, expected a province name or its GB/T 2260 code",
    );
    assert_de_tokens_error::<serde_test::Readable<Province>>(
        &[Token::I64(-1)],
        "invalid value: integer `-1`, expected a province name or its GB/T 2260 code",
    );
    assert_de_tokens_error::<serde_test::Readable<Province>>(
        &[Token::F64(1.5)],
        "invalid type: floating point `1.5`, expected a province name or its GB/T 2260 code",
    );
}

#[test]
fn province_errors_quote_the_input() {
    let err = "北平".parse::<Province>().unwrap_err().to_string();
    assert!(
        err.starts_with("unknown province \"北平\": expected"),
        "{err}"
    );
    assert_de_tokens_error::<serde_test::Readable<Province>>(&[Token::Str("北平")], &err);
    assert_de_tokens_error::<serde_test::Compact<Province>>(&[Token::Str("北平")], &err);
}

#[test]
fn division_codes_are_strings_in_text_and_integers_in_binary() {
    let code = DivisionCode::try_from(110_101).unwrap();
    assert_tokens(&code.readable(), &[Token::Str("110101")]);
    assert_tokens(&code.compact(), &[Token::U32(110_101)]);
    // Text formats read the integer too.
    assert_de_tokens(&code.readable(), &[Token::U32(110_101)]);
    assert_de_tokens(&code.readable(), &[Token::U64(110_101)]);
    assert_de_tokens(&code.readable(), &[Token::I64(110_101)]);
    assert_de_tokens(&code.readable(), &[Token::Str(" 110101 ")]);
}

/// `DivisionCode`'s error for 810000, Hong Kong's code.
const HONG_KONG_CODE: &str = "invalid division code \"810000\": a code of Hong Kong, which the \
    notice does not cover (it covers the mainland, prefixes 11 to 65)";

#[test]
fn division_codes_reject_what_is_no_code() {
    assert_de_tokens_error::<serde_test::Compact<DivisionCode>>(
        &[Token::U32(810_000)],
        HONG_KONG_CODE,
    );
    assert_de_tokens_error::<serde_test::Readable<DivisionCode>>(
        &[Token::Str("11010")],
        "invalid division code \"11010\": expected six ASCII digits, such as 410000",
    );
    assert_de_tokens_error::<serde_test::Readable<DivisionCode>>(
        &[Token::U64(99_999_999_999)],
        "invalid value: integer `99999999999`, expected a six-digit GB/T 2260 division code, \
         as a string or an integer",
    );
    assert_de_tokens_error::<serde_test::Readable<DivisionCode>>(
        &[Token::I32(-110_101)],
        "invalid value: integer `-110101`, expected a six-digit GB/T 2260 division code, \
         as a string or an integer",
    );
    assert_de_tokens_error::<serde_test::Readable<DivisionCode>>(
        &[Token::F64(1.5)],
        "invalid type: floating point `1.5`, expected a six-digit GB/T 2260 division code, \
         as a string or an integer",
    );
    // bincode writes the integer, and reads it back through the same check.
    let bad = bincode::serialize(&810_000u32).unwrap();
    let err = bincode::deserialize::<DivisionCode>(&bad).unwrap_err();
    assert_eq!(err.to_string(), HONG_KONG_CODE);
}

#[test]
fn binary_formats_hold_a_division_code_as_its_integer() {
    let code = DivisionCode::try_from(110_101).unwrap();
    // postcard writes a u32 as a varint; bincode as four little-endian bytes;
    // CBOR as a major-type-0 integer with a four-byte argument.
    assert_eq!(postcard::to_allocvec(&code).unwrap(), [0x95, 0xDC, 0x06]);
    assert_eq!(bincode::serialize(&code).unwrap(), 110_101u32.to_le_bytes());
    let mut cbor = Vec::new();
    ciborium::into_writer(&code, &mut cbor).unwrap();
    assert_eq!(cbor, [0x1A, 0x00, 0x01, 0xAE, 0x15]);
}

#[test]
fn theme_sets_are_sequences_of_names() {
    let set: ThemeSet = [FocusTheme::CloudComputing, FocusTheme::ResourceSharing]
        .into_iter()
        .collect();
    assert_tokens(
        &set,
        &[
            Token::Seq { len: Some(2) },
            Token::Str("CloudComputing"),
            Token::Str("ResourceSharing"),
            Token::SeqEnd,
        ],
    );
    assert_tokens(
        &ThemeSet::EMPTY,
        &[Token::Seq { len: Some(0) }, Token::SeqEnd],
    );
    // Any form of a theme, in any order, each once or more: a set.
    assert_de_tokens(
        &set,
        &[
            Token::Seq { len: None },
            Token::Str("优质资源共建共享"),
            Token::Str("云计算"),
            Token::Str("CloudComputing"),
            Token::SeqEnd,
        ],
    );
    assert_de_tokens_error::<ThemeSet>(
        &[
            Token::Seq { len: Some(1) },
            Token::Str("资源"),
            Token::SeqEnd,
        ],
        &"资源".parse::<FocusTheme>().unwrap_err().to_string(),
    );
    assert_de_tokens_error::<ThemeSet>(
        &[Token::Str("CloudComputing")],
        "invalid type: string \"CloudComputing\", expected a sequence of focus themes",
    );
}

/// The tokens of a division without a successor or history, as
/// `DivisionChange` writes the division after the change.
fn after_change(code: &'static str, name_zh: &'static str, name_en: &'static str) -> Vec<Token> {
    vec![
        Token::Struct {
            name: "DivisionAfterChange",
            len: 4,
        },
        Token::Str("code"),
        Token::Str(code),
        Token::Str("name_zh"),
        Token::Str(name_zh),
        Token::Str("name_en"),
        Token::Str(name_en),
        Token::Str("level"),
        Token::Str("County"),
        Token::StructEnd,
    ]
}

/// The tokens of a county-level division with neither successor nor
/// history.
fn unchanged(code: Token, name_zh: &'static str, name_en: &'static str) -> Vec<Token> {
    vec![
        Token::Struct {
            name: "Division",
            len: 6,
        },
        Token::Str("code"),
        code,
        Token::Str("name_zh"),
        Token::Str(name_zh),
        Token::Str("name_en"),
        Token::Str(name_en),
        Token::Str("level"),
        Token::Str("County"),
        Token::Str("successor"),
        Token::None,
        Token::Str("history"),
        Token::Seq { len: Some(0) },
        Token::SeqEnd,
        Token::StructEnd,
    ]
}

/// The division of the first member of entry `id`.
fn division_of(id: u8) -> Division {
    pilots::get(id).unwrap().members()[0].division().unwrap()
}

#[test]
fn a_division_writes_the_six_fields_it_says() {
    // 北京市东城区教育委员会, in 东城区 110101 (unchanged to 2024).
    let dongcheng = division_of(1);
    assert_ser_tokens(
        &dongcheng.readable(),
        &unchanged(Token::Str("110101"), "东城区", "Dongcheng District"),
    );
    assert_ser_tokens(
        &dongcheng.compact(),
        &unchanged(Token::U32(110_101), "东城区", "Dongcheng District"),
    );
}

#[test]
fn a_division_carries_its_successor_and_history() {
    // 青海省湟中县教育局: 湟中县 630122 became 湟中区 630106 in 2019 by
    // 国函〔2019〕106号 (the 2019 change file).
    let huangzhong = division_of(50);
    let change = [
        Token::Struct {
            name: "DivisionChange",
            len: 4,
        },
        Token::Str("year"),
        Token::U16(2019),
        Token::Str("kind"),
        Token::Str("Recoded"),
        Token::Str("document"),
        Token::Some,
        Token::Str("国函〔2019〕106号"),
        Token::Str("division"),
    ]
    .into_iter()
    .chain(after_change("630106", "湟中区", "Huangzhong District"))
    .chain([Token::StructEnd])
    .collect::<Vec<_>>();
    assert_ser_tokens(&huangzhong.history()[0].readable(), &change);

    let mut tokens = vec![
        Token::Struct {
            name: "Division",
            len: 6,
        },
        Token::Str("code"),
        Token::Str("630122"),
        Token::Str("name_zh"),
        Token::Str("湟中县"),
        Token::Str("name_en"),
        Token::Str("Huangzhong County"),
        Token::Str("level"),
        Token::Str("County"),
        Token::Str("successor"),
        Token::Some,
    ];
    tokens.extend(unchanged(
        Token::Str("630106"),
        "湟中区",
        "Huangzhong District",
    ));
    tokens.extend([Token::Str("history"), Token::Seq { len: Some(1) }]);
    tokens.extend(change);
    tokens.extend([Token::SeqEnd, Token::StructEnd]);
    assert_ser_tokens(&huangzhong.readable(), &tokens);
}

#[test]
fn a_change_that_kept_the_code_is_written_once() {
    // 拱墅区 330105 absorbed 下城区 in 2021 (浙政发〔2021〕7号) and kept its code.
    let gongshu = division_of(20);
    let change = gongshu.history()[0];
    assert_eq!(change.division().code(), gongshu.code());
    let mut tokens = vec![
        Token::Struct {
            name: "DivisionChange",
            len: 4,
        },
        Token::Str("year"),
        Token::U16(2021),
        Token::Str("kind"),
        Token::Str("Absorbed"),
        Token::Str("document"),
        Token::Some,
        Token::Str("浙政发〔2021〕7号"),
        Token::Str("division"),
    ];
    tokens.extend(after_change("330105", "拱墅区", "Gongshu District"));
    tokens.push(Token::StructEnd);
    assert_ser_tokens(&change.readable(), &tokens);
}

#[test]
fn a_coverage_is_two_lists_of_ids_the_members_and_how_the_code_was_read() {
    // 拱墅区 in 2021, with 下城区 merged in: entry 20 (the 2012 拱墅区) holds part.
    let gongshu = DivisionCode::try_from(330_105).unwrap();
    let coverage = pilots::covering_in(gongshu, 2021).unwrap();
    assert_ser_tokens(
        &coverage,
        &[
            Token::Struct {
                name: "Coverage",
                len: 5,
            },
            Token::Str("wholly"),
            Token::Seq { len: Some(0) },
            Token::SeqEnd,
            Token::Str("partly"),
            Token::Seq { len: Some(1) },
            Token::U8(20),
            Token::SeqEnd,
            Token::Str("members"),
            Token::Seq { len: Some(1) },
            Token::Struct {
                name: "CoveringMember",
                len: 2,
            },
            Token::Str("name"),
            Token::Str("浙江省杭州市拱墅区教育局"),
            Token::Str("extent"),
            Token::Str("Partly"),
            Token::StructEnd,
            Token::SeqEnd,
            Token::Str("reading"),
            Token::Str("Listed"),
            Token::Str("year_read"),
            Token::U16(2021),
            Token::StructEnd,
        ],
    );
    // postcard: the lengths, the ids, one member's name and extent, each a
    // length and bytes, the reading's length and bytes, then 2021 as a
    // varint (0xE5 0x0F).
    let mut bytes = vec![0, 1, 20, 1];
    let name = "浙江省杭州市拱墅区教育局";
    bytes.push(u8::try_from(name.len()).unwrap());
    bytes.extend_from_slice(name.as_bytes());
    bytes.push(6);
    bytes.extend_from_slice(b"Partly");
    bytes.push(6);
    bytes.extend_from_slice(b"Listed");
    bytes.extend_from_slice(&[0xE5, 0x0F]);
    assert_eq!(postcard::to_allocvec(&coverage).unwrap(), bytes);
    // 湟中县 630122 is not in the 2020 list (湟中区 630106 since 2019): read in
    // 2018, its last year, and written so.
    let huangzhong = DivisionCode::try_from(630_122).unwrap();
    assert_ser_tokens(
        &pilots::covering_in(huangzhong, 2020).unwrap(),
        &[
            Token::Struct {
                name: "Coverage",
                len: 5,
            },
            Token::Str("wholly"),
            Token::Seq { len: Some(1) },
            Token::U8(50),
            Token::SeqEnd,
            Token::Str("partly"),
            Token::Seq { len: Some(0) },
            Token::SeqEnd,
            Token::Str("members"),
            Token::Seq { len: Some(1) },
            Token::Struct {
                name: "CoveringMember",
                len: 2,
            },
            Token::Str("name"),
            Token::Str("青海省湟中县教育局"),
            Token::Str("extent"),
            Token::Str("Wholly"),
            Token::StructEnd,
            Token::SeqEnd,
            Token::Str("reading"),
            Token::Str("Retired"),
            Token::Str("year_read"),
            Token::U16(2018),
            Token::StructEnd,
        ],
    );
}

#[test]
fn a_member_without_a_division_writes_none() {
    // 新疆生产建设兵团农二师教育局: the Corps has no GB/T 2260 code.
    let member = &pilots::get(55).unwrap().members()[0];
    assert_ser_tokens(
        &member.readable(),
        &[
            Token::Struct {
                name: "Member",
                len: 5,
            },
            Token::Str("name"),
            Token::Str("新疆生产建设兵团农二师教育局"),
            Token::Str("name_en"),
            Token::Str(
                "2nd Agricultural Division Education Bureau, Xinjiang Production and \
                 Construction Corps",
            ),
            Token::Str("province"),
            Token::Str("Xpcc"),
            Token::Str("kind"),
            Token::Str("EducationBureau"),
            Token::Str("division"),
            Token::None,
            Token::StructEnd,
        ],
    );
}

#[test]
fn a_unit_writes_its_seven_fields() {
    // Entry 1 of the notice, one member.
    let unit = pilots::get(1).unwrap();
    let name_en = "Dongcheng District Education Commission, Beijing Municipality";
    let mut tokens = vec![
        Token::Struct {
            name: "PilotUnit",
            len: 7,
        },
        Token::Str("id"),
        Token::U8(1),
        Token::Str("name"),
        Token::Str("北京市东城区教育委员会"),
        Token::Str("focus"),
        Token::Str("网络环境下的教师专业发展模式探索"),
        Token::Str("name_en"),
        Token::Str(name_en),
        Token::Str("focus_en"),
        Token::Str(
            "Exploring models of teacher professional development in a networked environment",
        ),
        Token::Str("members"),
        Token::Seq { len: Some(1) },
        Token::Struct {
            name: "Member",
            len: 5,
        },
        Token::Str("name"),
        Token::Str("北京市东城区教育委员会"),
        Token::Str("name_en"),
        Token::Str(name_en),
        Token::Str("province"),
        Token::Str("Beijing"),
        Token::Str("kind"),
        Token::Str("EducationBureau"),
        Token::Str("division"),
        Token::Some,
    ];
    tokens.extend(unchanged(
        Token::Str("110101"),
        "东城区",
        "Dongcheng District",
    ));
    tokens.extend([
        Token::StructEnd,
        Token::SeqEnd,
        Token::Str("themes"),
        Token::Seq { len: Some(1) },
        Token::Str("TeacherDevelopment"),
        Token::SeqEnd,
        Token::StructEnd,
    ]);
    assert_ser_tokens(&unit.readable(), &tokens);
}

// What a user writes to read the crate's output back: the public types that
// implement `Deserialize` inside structs of their own.

#[derive(Debug, serde::Deserialize)]
struct OwnedUnit {
    id: u8,
    name: String,
    focus: String,
    name_en: String,
    focus_en: String,
    members: Vec<OwnedMember>,
    themes: ThemeSet,
}

#[derive(Debug, serde::Deserialize)]
struct OwnedMember {
    name: String,
    name_en: String,
    province: Province,
    kind: MemberKind,
    division: Option<OwnedDivision>,
}

#[derive(Debug, serde::Deserialize)]
struct OwnedDivision {
    code: DivisionCode,
    name_zh: String,
    name_en: String,
    level: AdminLevel,
    successor: Option<Box<OwnedDivision>>,
    history: Vec<OwnedChange>,
}

#[derive(Debug, serde::Deserialize)]
struct OwnedChange {
    year: u16,
    kind: ChangeKind,
    document: Option<String>,
    division: OwnedAfterChange,
}

#[derive(Debug, serde::Deserialize)]
struct OwnedAfterChange {
    code: DivisionCode,
    name_zh: String,
    name_en: String,
    level: AdminLevel,
}

#[derive(Debug, PartialEq, serde::Deserialize)]
struct OwnedCoverage {
    wholly: Vec<u8>,
    partly: Vec<u8>,
    members: Vec<OwnedMemberExtent>,
    reading: String,
    year_read: u16,
}

#[derive(Debug, PartialEq, serde::Deserialize)]
struct OwnedMemberExtent {
    name: String,
    extent: String,
}

/// The formats the dataset goes through: text, binary without lengths, and
/// binary with every length written before what it counts.
#[derive(Debug, Clone, Copy)]
enum Format {
    Json,
    Postcard,
    Bincode,
    Cbor,
    /// Structs as arrays: a wrong field count shifts every field after it.
    MessagePack,
    /// Structs as maps with their field names.
    MessagePackNamed,
}

const FORMATS: [Format; 6] = [
    Format::Json,
    Format::Postcard,
    Format::Bincode,
    Format::Cbor,
    Format::MessagePack,
    Format::MessagePackNamed,
];

/// `value` written in `format` and read back as a `T`.
fn through<T: DeserializeOwned>(format: Format, value: &(impl Serialize + ?Sized)) -> T {
    let read = match format {
        Format::Json => {
            serde_json::from_str(&serde_json::to_string(value).unwrap()).map_err(|e| e.to_string())
        }
        Format::Postcard => {
            postcard::from_bytes(&postcard::to_allocvec(value).unwrap()).map_err(|e| e.to_string())
        }
        Format::Bincode => {
            bincode::deserialize(&bincode::serialize(value).unwrap()).map_err(|e| e.to_string())
        }
        Format::Cbor => {
            let mut bytes = Vec::new();
            ciborium::into_writer(value, &mut bytes).unwrap();
            ciborium::from_reader(bytes.as_slice()).map_err(|e| e.to_string())
        }
        Format::MessagePack => {
            rmp_serde::from_slice(&rmp_serde::to_vec(value).unwrap()).map_err(|e| e.to_string())
        }
        Format::MessagePackNamed => rmp_serde::from_slice(&rmp_serde::to_vec_named(value).unwrap())
            .map_err(|e| e.to_string()),
    };
    read.unwrap_or_else(|err| panic!("{format:?}: {err}"))
}

fn assert_same_division(owned: &OwnedDivision, division: Division, format: Format) {
    let context = || format!("{format:?}: {}", division.name_zh());
    assert_eq!(
        (
            owned.code,
            owned.name_zh.as_str(),
            owned.name_en.as_str(),
            owned.level
        ),
        (
            division.code(),
            division.name_zh(),
            division.name_en(),
            division.level()
        ),
        "{}",
        context()
    );
    match (&owned.successor, division.successor()) {
        (None, None) => {}
        (Some(owned), Some(successor)) => assert_same_division(owned, successor, format),
        _ => panic!("{}: successor lost or added", context()),
    }
    assert_eq!(
        owned.history.len(),
        division.history().len(),
        "{}",
        context()
    );
    for (owned, change) in owned.history.iter().zip(division.history()) {
        let after = change.division();
        assert_eq!(
            (owned.year, owned.kind, owned.document.as_deref()),
            (change.year(), change.kind(), change.document()),
            "{}",
            context()
        );
        let o = &owned.division;
        assert_eq!(
            (o.code, o.name_zh.as_str(), o.name_en.as_str(), o.level),
            (
                after.code(),
                after.name_zh(),
                after.name_en(),
                after.level()
            ),
            "{}",
            context()
        );
    }
}

#[test]
fn the_whole_dataset_round_trips_through_every_format() {
    let units: Vec<_> = pilots::all().iter().collect();
    for format in FORMATS {
        let back: Vec<OwnedUnit> = through(format, &units);
        assert_eq!(back.len(), 56, "{format:?}");
        for (unit, owned) in pilots::all().iter().zip(&back) {
            assert_eq!(
                (
                    owned.id,
                    owned.name.as_str(),
                    owned.focus.as_str(),
                    owned.name_en.as_str(),
                    owned.focus_en.as_str(),
                    owned.themes
                ),
                (
                    unit.id(),
                    unit.name(),
                    unit.focus(),
                    unit.name_en(),
                    unit.focus_en(),
                    unit.themes()
                ),
                "{format:?}"
            );
            assert_eq!(owned.members.len(), unit.members().len(), "{format:?}");
            for (member, m) in unit.members().iter().zip(&owned.members) {
                assert_eq!(
                    (m.name.as_str(), m.name_en.as_str(), m.province, m.kind),
                    (
                        member.name(),
                        member.name_en(),
                        member.province(),
                        member.kind()
                    ),
                    "{format:?}"
                );
                match (member.division(), &m.division) {
                    (None, None) => {}
                    (Some(d), Some(o)) => assert_same_division(o, d, format),
                    _ => panic!("{format:?}: division of {} lost", member.name()),
                }
            }
        }
    }
}

#[test]
fn the_members_round_trip_through_every_format() {
    for format in FORMATS {
        let back: Vec<OwnedMember> = through(format, pilots::members());
        assert_eq!(back.len(), 63, "{format:?}");
        for (member, m) in pilots::members().iter().zip(&back) {
            assert_eq!((m.name.as_str(), m.kind), (member.name(), member.kind()));
            match (member.division(), &m.division) {
                (None, None) => {}
                (Some(d), Some(o)) => assert_same_division(o, d, format),
                _ => panic!("{format:?}: division of {} lost", member.name()),
            }
        }
    }
}

/// Every code a member's division had or came to have.
fn member_codes() -> Vec<DivisionCode> {
    let mut codes: Vec<DivisionCode> = pilots::members()
        .iter()
        .filter_map(cn_edu_pilots::Member::division)
        .flat_map(|d| {
            let later = d.history().iter().map(|c| c.division().code());
            std::iter::once(d.code()).chain(later)
        })
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

#[test]
fn coverage_answers_round_trip_through_every_format() {
    let ids = |units: cn_edu_pilots::Units| units.iter().map(|u| u.id()).collect::<Vec<_>>();
    let mut answers = 0;
    for code in member_codes() {
        for year in 2000..=2024 {
            let Ok(coverage) = pilots::covering_in(code, year) else {
                continue;
            };
            let expected = OwnedCoverage {
                wholly: ids(coverage.wholly()),
                partly: ids(coverage.partly()),
                members: coverage
                    .members()
                    .map(|(member, extent)| OwnedMemberExtent {
                        name: member.name().to_owned(),
                        extent: format!("{extent:?}"),
                    })
                    .collect(),
                reading: match coverage.reading() {
                    Reading::Listed => "Listed",
                    Reading::Retired { .. } => "Retired",
                    Reading::NotYetListed { .. } => "NotYetListed",
                    _ => unreachable!("a reading of 0.3"),
                }
                .to_owned(),
                year_read: coverage.year_read(),
            };
            for format in FORMATS {
                let back: OwnedCoverage = through(format, &coverage);
                assert_eq!(back, expected, "{format:?}: {code} in {year}");
            }
            answers += 1;
        }
    }
    // Every member's code is in some list, so it has an answer for each of
    // the 25 years 2000–2024.
    assert_eq!(answers, member_codes().len() * 25);
}

/// A record as a user keeps it: the crate's types inside their own struct.
#[derive(Debug, PartialEq, Serialize, serde::Deserialize)]
struct Record {
    code: DivisionCode,
    province: Province,
    region: EconomicRegion,
    kind: MemberKind,
    level: AdminLevel,
    themes: ThemeSet,
    category: ThemeCategory,
    province_kind: ProvinceKind,
    change: Option<ChangeKind>,
    theme: Option<FocusTheme>,
}

#[test]
fn records_of_every_deserializable_type_round_trip_through_every_format() {
    let records: Vec<Record> = pilots::members()
        .iter()
        .filter_map(|member| {
            let division = member.division()?;
            let themes = member.unit().themes();
            Some(Record {
                code: division.code(),
                province: member.province(),
                region: member.province().region(),
                kind: member.kind(),
                level: division.level(),
                themes,
                category: themes.iter().next()?.category(),
                province_kind: member.province().kind(),
                change: division.history().first().map(|c| c.kind()),
                theme: themes.iter().next(),
            })
        })
        .collect();
    // The 63 members less the two without a GB/T 2260 code.
    assert_eq!(records.len(), 61);
    for format in FORMATS {
        assert_eq!(
            through::<Vec<Record>>(format, &records),
            records,
            "{format:?}"
        );
    }
}

#[test]
fn every_deserializable_type_reads_what_it_writes() {
    fn same<T>(value: T)
    where
        T: Serialize + for<'de> Deserialize<'de> + PartialEq + Debug,
    {
        for format in FORMATS {
            assert_eq!(through::<T>(format, &value), value, "{format:?}");
        }
    }
    Province::ALL.into_iter().for_each(same);
    ProvinceKind::ALL.into_iter().for_each(same);
    EconomicRegion::ALL.into_iter().for_each(same);
    FocusTheme::ALL.into_iter().for_each(same);
    ThemeCategory::ALL.into_iter().for_each(same);
    MemberKind::ALL.into_iter().for_each(same);
    AdminLevel::ALL.into_iter().for_each(same);
    ChangeKind::ALL.into_iter().for_each(same);
    member_codes().into_iter().for_each(same);
    same(ThemeSet::EMPTY);
    same(FocusTheme::ALL.into_iter().collect::<ThemeSet>());
}

#[test]
fn a_coverage_through_several_members_writes_each_with_its_extent() {
    // 河南省 (410000) in 2012: entry 28 holds it wholly through its
    // provincial 电教馆, and part of it through 郑州市 and 焦作市.
    let henan = pilots::covering_in(DivisionCode::try_from(410_000).unwrap(), 2012).unwrap();
    assert_eq!(
        serde_json::to_string(&henan).unwrap(),
        r#"{"wholly":[28],"partly":[],"members":[{"name":"河南省电教馆","extent":"Wholly"},{"name":"郑州市教育局","extent":"Partly"},{"name":"焦作市教育局","extent":"Partly"}],"reading":"Listed","year_read":2012}"#
    );
}
