//! `Province`: every documented form parses, `Display` round-trips, and bad
//! input is an error that quotes it, never a panic.

mod common;

use cn_edu_pilots::{EconomicRegion, ErrorKind, Province, ProvinceKind};

/// A variant, its Chinese forms (full name, short name, canonical 简称 first
/// among the rest), its Latin forms (English name first, official English
/// name second), its GB/T 2260 code and its ISO 3166-2 codes (letters, then
/// the numeric code in use until 2017).
type Row = (
    Province,
    &'static [&'static str],
    &'static [&'static str],
    Option<u32>,
    Option<(&'static str, &'static str)>,
);

/// Hand-written from the provinces' official names: every form a user may
/// type, in simplified and traditional characters, English and pinyin.
#[rustfmt::skip]
const FORMS: &[Row] = &[
    (Province::Beijing, &["北京市", "北京", "京"], &["Beijing", "Beijing Municipality"], Some(110000), Some(("CN-BJ", "CN-11"))),
    (Province::Tianjin, &["天津市", "天津", "津"], &["Tianjin", "Tianjin Municipality"], Some(120000), Some(("CN-TJ", "CN-12"))),
    (Province::Hebei, &["河北省", "河北", "冀"], &["Hebei", "Hebei Province"], Some(130000), Some(("CN-HE", "CN-13"))),
    (Province::Shanxi, &["山西省", "山西", "晋", "晉"], &["Shanxi", "Shanxi Province"], Some(140000), Some(("CN-SX", "CN-14"))),
    (Province::InnerMongolia, &["内蒙古自治区", "内蒙古", "蒙", "内蒙", "內蒙古自治區", "內蒙古", "內蒙"], &["Inner Mongolia", "Inner Mongolia Autonomous Region", "InnerMongolia", "Neimenggu", "Nei Mongol", "Nei Mongol Autonomous Region"], Some(150000), Some(("CN-NM", "CN-15"))),
    (Province::Liaoning, &["辽宁省", "辽宁", "辽", "遼寧省", "遼寧", "遼"], &["Liaoning", "Liaoning Province"], Some(210000), Some(("CN-LN", "CN-21"))),
    (Province::Jilin, &["吉林省", "吉林", "吉"], &["Jilin", "Jilin Province"], Some(220000), Some(("CN-JL", "CN-22"))),
    (Province::Heilongjiang, &["黑龙江省", "黑龙江", "黑", "黑龍江省", "黑龍江"], &["Heilongjiang", "Heilongjiang Province"], Some(230000), Some(("CN-HL", "CN-23"))),
    (Province::Shanghai, &["上海市", "上海", "沪", "滬"], &["Shanghai", "Shanghai Municipality"], Some(310000), Some(("CN-SH", "CN-31"))),
    (Province::Jiangsu, &["江苏省", "江苏", "苏", "江蘇省", "江蘇", "蘇"], &["Jiangsu", "Jiangsu Province"], Some(320000), Some(("CN-JS", "CN-32"))),
    (Province::Zhejiang, &["浙江省", "浙江", "浙"], &["Zhejiang", "Zhejiang Province"], Some(330000), Some(("CN-ZJ", "CN-33"))),
    (Province::Anhui, &["安徽省", "安徽", "皖"], &["Anhui", "Anhui Province"], Some(340000), Some(("CN-AH", "CN-34"))),
    (Province::Fujian, &["福建省", "福建", "闽", "閩"], &["Fujian", "Fujian Province"], Some(350000), Some(("CN-FJ", "CN-35"))),
    (Province::Jiangxi, &["江西省", "江西", "赣", "贛"], &["Jiangxi", "Jiangxi Province"], Some(360000), Some(("CN-JX", "CN-36"))),
    (Province::Shandong, &["山东省", "山东", "鲁", "山東省", "山東", "魯"], &["Shandong", "Shandong Province"], Some(370000), Some(("CN-SD", "CN-37"))),
    (Province::Henan, &["河南省", "河南", "豫"], &["Henan", "Henan Province"], Some(410000), Some(("CN-HA", "CN-41"))),
    (Province::Hubei, &["湖北省", "湖北", "鄂"], &["Hubei", "Hubei Province"], Some(420000), Some(("CN-HB", "CN-42"))),
    (Province::Hunan, &["湖南省", "湖南", "湘"], &["Hunan", "Hunan Province"], Some(430000), Some(("CN-HN", "CN-43"))),
    (Province::Guangdong, &["广东省", "广东", "粤", "廣東省", "廣東", "粵"], &["Guangdong", "Guangdong Province"], Some(440000), Some(("CN-GD", "CN-44"))),
    (Province::Guangxi, &["广西壮族自治区", "广西", "桂", "廣西壯族自治區", "廣西"], &["Guangxi", "Guangxi Zhuang Autonomous Region", "Guangxi Zhuang"], Some(450000), Some(("CN-GX", "CN-45"))),
    (Province::Hainan, &["海南省", "海南", "琼", "瓊"], &["Hainan", "Hainan Province"], Some(460000), Some(("CN-HI", "CN-46"))),
    (Province::Chongqing, &["重庆市", "重庆", "渝", "重慶市", "重慶"], &["Chongqing", "Chongqing Municipality"], Some(500000), Some(("CN-CQ", "CN-50"))),
    (Province::Sichuan, &["四川省", "四川", "川", "蜀"], &["Sichuan", "Sichuan Province"], Some(510000), Some(("CN-SC", "CN-51"))),
    (Province::Guizhou, &["贵州省", "贵州", "贵", "黔", "貴州省", "貴州", "貴"], &["Guizhou", "Guizhou Province"], Some(520000), Some(("CN-GZ", "CN-52"))),
    (Province::Yunnan, &["云南省", "云南", "云", "滇", "雲南省", "雲南", "雲"], &["Yunnan", "Yunnan Province"], Some(530000), Some(("CN-YN", "CN-53"))),
    (Province::Tibet, &["西藏自治区", "西藏", "藏", "西藏自治區"], &["Tibet", "Tibet Autonomous Region", "Xizang", "Xizang Autonomous Region"], Some(540000), Some(("CN-XZ", "CN-54"))),
    (Province::Shaanxi, &["陕西省", "陕西", "陕", "秦", "陝西省", "陝西", "陝"], &["Shaanxi", "Shaanxi Province"], Some(610000), Some(("CN-SN", "CN-61"))),
    (Province::Gansu, &["甘肃省", "甘肃", "甘", "陇", "甘肅省", "甘肅", "隴"], &["Gansu", "Gansu Province"], Some(620000), Some(("CN-GS", "CN-62"))),
    (Province::Qinghai, &["青海省", "青海", "青"], &["Qinghai", "Qinghai Province"], Some(630000), Some(("CN-QH", "CN-63"))),
    (Province::Ningxia, &["宁夏回族自治区", "宁夏", "宁", "寧夏回族自治區", "寧夏", "寧"], &["Ningxia", "Ningxia Hui Autonomous Region", "Ningxia Hui"], Some(640000), Some(("CN-NX", "CN-64"))),
    (Province::Xinjiang, &["新疆维吾尔自治区", "新疆", "新", "新疆維吾爾自治區"], &["Xinjiang", "Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur", "Xinjiang Uyghur", "Xinjiang Uighur", "Xinjiang Uighur Autonomous Region"], Some(650000), Some(("CN-XJ", "CN-65"))),
    (Province::Xpcc, &["新疆生产建设兵团", "新疆兵团", "兵团", "新疆生產建設兵團", "新疆兵團", "兵團"], &["Xinjiang Production and Construction Corps", "Xinjiang Production and Construction Corps", "XPCC", "Xpcc", "Bingtuan"], None, None),
];

/// Full-width ASCII, as East Asian text often writes Latin letters and digits.
fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '!'..='~' => char::from_u32(u32::from(c) + 0xFEE0).unwrap(),
            ' ' => '\u{3000}',
            c => c,
        })
        .collect()
}

#[test]
fn the_table_covers_every_variant_in_order() {
    let listed: Vec<Province> = FORMS.iter().map(|row| row.0).collect();
    assert_eq!(listed, Province::ALL);
    assert_eq!(Province::COUNT, 32);
}

#[test]
fn every_documented_form_parses() {
    for &(province, chinese, latin, code, iso) in FORMS {
        let mut all: Vec<String> = chinese.iter().map(|s| (*s).to_owned()).collect();
        for form in latin {
            let spaced = form.replace(' ', "-");
            let joined = form.replace(' ', "");
            all.extend([(*form).to_owned(), form.to_lowercase(), form.to_uppercase()]);
            all.extend([spaced, joined, full_width(form)]);
        }
        if let Some(code) = code {
            all.extend([code.to_string(), full_width(&code.to_string())]);
        }
        if let Some((letters, digits)) = iso {
            for code in [letters, digits] {
                all.extend([code.to_owned(), code.to_lowercase(), full_width(code)]);
            }
        }
        for form in &all {
            assert_eq!(form.parse::<Province>(), Ok(province), "{form:?}");
            assert_eq!(
                format!(" \t{form}\u{3000}\n").parse::<Province>(),
                Ok(province),
                "{form:?} padded"
            );
            assert_eq!(Province::try_from(form.as_str()), Ok(province));
        }
    }
}

#[test]
fn accessors_match_the_table() {
    for &(province, chinese, latin, code, iso) in FORMS {
        assert_eq!(province.name_zh(), chinese[0]);
        assert_eq!(province.short_name_zh(), chinese[1]);
        assert_eq!(province.abbreviation(), chinese[2]);
        assert_eq!(province.name_en(), latin[0]);
        assert_eq!(province.official_name_en(), latin[1]);
        assert_eq!(province.gb2260_code().map(|c| c.get()), code);
        assert_eq!(province.iso_3166_2(), iso.map(|i| i.0));
        assert_eq!(province.iso_3166_2_numeric(), iso.map(|i| i.1));
        if let Some(code) = province.gb2260_code() {
            assert_eq!(Province::from_code(code), Some(province));
        }
    }
}

#[test]
fn strict_constructors_take_one_kind_of_form_each() {
    for &(province, chinese, latin, _, iso) in FORMS {
        assert_eq!(Province::from_name_zh(chinese[0]), Ok(province));
        assert_eq!(Province::from_name_zh(chinese[1]), Ok(province));
        assert_eq!(Province::from_abbreviation(chinese[2]), Ok(province));
        assert_eq!(Province::from_name_en(latin[0]), Ok(province));
        assert_eq!(Province::from_name_en(latin[1]), Ok(province));
        if let Some((letters, digits)) = iso {
            assert_eq!(Province::from_iso(letters), Ok(province));
            assert_eq!(Province::from_iso(digits), Ok(province));
            assert!(Province::from_iso(&letters.to_lowercase()).is_err());
            assert!(Province::from_name_en(letters).is_err());
        }
        assert!(Province::from_abbreviation(chinese[0]).is_err());
        assert!(
            Province::from_name_zh(chinese[2]).is_err(),
            "{}",
            chinese[2]
        );
        assert!(Province::from_name_en(&latin[0].to_lowercase()).is_err());
        assert!(Province::from_iso(chinese[0]).is_err());
    }
    // Alternative 简称 are abbreviations; traditional characters are not
    // the simplified names.
    assert_eq!(Province::from_abbreviation("黔"), Ok(Province::Guizhou));
    assert!(Province::from_name_zh("廣東").is_err());
    assert!(Province::from_abbreviation(" 豫").is_err());
    let messages = [
        (
            Province::from_iso("cn-ha"),
            r#"unknown province "cn-ha": expected an ISO 3166-2 code as the standard writes it, such as CN-HA or CN-41"#,
        ),
        (
            Province::from_abbreviation("河南"),
            r#"unknown province "河南": expected a one-character abbreviation (简称) in simplified characters, such as 豫, 川 or 蜀"#,
        ),
        (
            Province::from_name_zh("豫"),
            r#"unknown province "豫": expected a full or short Chinese name in simplified characters, such as 河南省 or 河南"#,
        ),
        (
            Province::from_name_en("henan"),
            r#"unknown province "henan": expected an English name as the province table writes it, such as Henan or Henan Province"#,
        ),
    ];
    for (result, message) in messages {
        let err = result.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::UnknownProvince);
        assert_eq!(err.to_string(), message);
    }
    let err = Province::from_iso("CN-HK").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::ProvinceOutsideScope);
}

#[test]
fn display_prints_the_full_name_and_round_trips() {
    for province in Province::ALL {
        let shown = province.to_string();
        assert_eq!(shown, province.name_zh());
        assert_eq!(shown.parse::<Province>(), Ok(province));
        assert_eq!(province.name_en().parse::<Province>(), Ok(province));
        assert_eq!(province.as_str().parse::<Province>(), Ok(province));
        assert_eq!(format!("{province:?}"), province.as_str());
    }
}

#[test]
fn kinds_and_regions_follow_the_statistics_bureau() {
    use EconomicRegion::{Central, Eastern, Northeast, Western};
    let zh = |region: EconomicRegion| -> String {
        Province::ALL
            .into_iter()
            .filter(|p| p.region() == region && *p != Province::Xpcc)
            .map(Province::abbreviation)
            .collect()
    };
    assert_eq!(zh(Eastern), "京津冀沪苏浙闽鲁粤琼");
    assert_eq!(zh(Central), "晋皖赣豫鄂湘");
    assert_eq!(zh(Western), "蒙桂渝川贵云藏陕甘青宁新");
    assert_eq!(zh(Northeast), "辽吉黑");
    assert_eq!(Province::Xpcc.region(), Western);

    let of_kind = |kind| {
        Province::ALL
            .into_iter()
            .filter(|p| p.kind() == kind)
            .count()
    };
    assert_eq!(of_kind(ProvinceKind::Municipality), 4);
    assert_eq!(of_kind(ProvinceKind::AutonomousRegion), 5);
    assert_eq!(of_kind(ProvinceKind::Province), 22);
    assert_eq!(of_kind(ProvinceKind::Corps), 1);
}

#[test]
#[ignore = "needs ../shared/data"]
fn codes_and_names_agree_with_gb2260_2012() {
    let rows = common::gb2260("stats-201210.tsv");
    for province in Province::ALL {
        let Some(code) = province.gb2260_code().map(|c| c.get()) else {
            continue;
        };
        let row = rows
            .iter()
            .find(|r| r.code == code)
            .expect("code in the 2012 edition");
        assert_eq!(row.name, province.name_zh(), "{code}");
    }
    // And every mainland province-level division of the edition is a Province.
    for row in rows
        .iter()
        .filter(|r| r.code % 10_000 == 0 && r.code < 700_000)
    {
        assert_eq!(
            row.code
                .to_string()
                .parse::<Province>()
                .map(Province::name_zh),
            Ok(row.name.as_str())
        );
    }
}

#[test]
fn bad_input_is_an_error_that_quotes_it() {
    let expected = "expected a Chinese name in simplified or traditional characters (河南省, \
        河南, 廣東), a one-character abbreviation (豫), an English or pinyin name (Henan, Henan \
        Province), a GB/T 2260 code (410000) or an ISO 3166-2 code (CN-HA, CN-41)";
    for (input, quoted) in [
        ("北平", r#""北平""#),
        ("Peking", r#""Peking""#),
        ("110101", r#""110101""#),
        ("990000", r#""990000""#),
        ("", r#""""#),
        ("  ", r#""  ""#),
        ("CN-99", r#""CN-99""#),
        ("Henan Autonomous Region", r#""Henan Autonomous Region""#),
        ("河南省省", r#""河南省省""#),
        // Separators inside codes and abbreviations are not the code.
        ("C-N-H-A", r#""C-N-H-A""#),
        ("c'n'h'a", r#""c'n'h'a""#),
        ("CNHA", r#""CNHA""#),
        ("CN HA", r#""CN HA""#),
        ("CN-4-1", r#""CN-4-1""#),
        ("X-P-C-C", r#""X-P-C-C""#),
        // Nor are separators inside a name's words.
        ("H-e-n-a-n", r#""H-e-n-a-n""#),
        ("h'e'n'a'n", r#""h'e'n'a'n""#),
        ("Inn er Mongolia", r#""Inn er Mongolia""#),
        ("'Henan'", r#""'Henan'""#),
        ("Hen an Province", r#""Hen an Province""#),
        ("41 00 00", r#""41 00 00""#),
        // Neither simplified nor traditional: a mix, or with a space.
        ("河 南", r#""河 南""#),
        ("a\u{0}b\n", r#""a\0b\n""#),
        // A NUL is not padding.
        ("河南\0", r#""河南\0""#),
        ("豫\0", r#""豫\0""#),
        ("CN-HA\0", r#""CN-HA\0""#),
        ("\0", r#""\0""#),
    ] {
        let err = input.parse::<Province>().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::UnknownProvince, "{input:?}");
        assert_eq!(
            err.to_string(),
            format!("unknown province {quoted}: {expected}"),
            "{input:?}"
        );
    }
}

#[test]
fn taiwan_hong_kong_and_macao_are_outside_the_list() {
    let expected = "the notice covers the 31 mainland provincial-level divisions and the \
        Xinjiang Production and Construction Corps, not Taiwan, Hong Kong or Macao";
    for input in [
        "台湾",
        "台湾省",
        "臺灣",
        "Taiwan",
        "CN-TW",
        "710000",
        "香港",
        "香港特别行政区",
        "Hong Kong",
        "hongkong",
        "CN-HK",
        "810000",
        "澳门",
        "澳門",
        "Macao",
        "Macau",
        "cn-mo",
        "820000",
    ] {
        let err = input.parse::<Province>().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::ProvinceOutsideScope, "{input:?}");
        assert_eq!(
            err.to_string(),
            format!("province outside the list {input:?}: {expected}")
        );
    }
}

#[test]
fn long_input_is_quoted_shortened() {
    let long = "河南".repeat(1000);
    let err = long.parse::<Province>().unwrap_err();
    // 40 bytes kept: 13 three-byte characters.
    assert_eq!(err.input(), &long[..39]);
    assert!(
        err.to_string()
            .starts_with(&format!("unknown province \"{}\"…: expected", &long[..39]))
    );
}

#[test]
fn arbitrary_input_never_panics() {
    // A deterministic spread of odd strings: every char class near the
    // accepted forms, mixed.
    let pieces = [
        "河", "南", "省", "豫", "CN", "-", "HA", "4", "1", "0", " ", "\u{0}", "\u{200b}", "𝕏", "é",
        "\u{feff}",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..20_000 {
        let mut s = String::new();
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let len = (state % 8) as usize;
        let mut x = state;
        for _ in 0..len {
            s.push_str(pieces[(x % pieces.len() as u64) as usize]);
            x /= pieces.len() as u64;
        }
        if let Ok(p) = s.parse::<Province>() {
            // Anything accepted displays as a name that parses back to it.
            assert_eq!(p.to_string().parse::<Province>(), Ok(p));
        }
    }
}
