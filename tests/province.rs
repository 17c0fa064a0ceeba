//! `Province`: every documented form parses, `Display` round-trips, and bad
//! input is an error that quotes it, never a panic.

mod common;

use cn_edu_pilots::{EconomicRegion, Province, ProvinceErrorKind, ProvinceKind};

/// A variant, its typed forms, its GB/T 2260 code and its ISO 3166-2 code.
type Row = (
    Province,
    &'static [&'static str],
    Option<u32>,
    Option<&'static str>,
);

/// Hand-written: variant, the forms a user may type (full name, short name,
/// every 简称, English, pinyin), code, ISO 3166-2.
#[rustfmt::skip]
const FORMS: &[Row] = &[
    (Province::Beijing, &["北京市", "北京", "京", "Beijing"], Some(110000), Some("CN-BJ")),
    (Province::Tianjin, &["天津市", "天津", "津", "Tianjin"], Some(120000), Some("CN-TJ")),
    (Province::Hebei, &["河北省", "河北", "冀", "Hebei"], Some(130000), Some("CN-HE")),
    (Province::Shanxi, &["山西省", "山西", "晋", "Shanxi"], Some(140000), Some("CN-SX")),
    (Province::InnerMongolia, &["内蒙古自治区", "内蒙古", "蒙", "Inner Mongolia", "InnerMongolia", "Neimenggu", "Nei Mongol"], Some(150000), Some("CN-NM")),
    (Province::Liaoning, &["辽宁省", "辽宁", "辽", "Liaoning"], Some(210000), Some("CN-LN")),
    (Province::Jilin, &["吉林省", "吉林", "吉", "Jilin"], Some(220000), Some("CN-JL")),
    (Province::Heilongjiang, &["黑龙江省", "黑龙江", "黑", "Heilongjiang"], Some(230000), Some("CN-HL")),
    (Province::Shanghai, &["上海市", "上海", "沪", "Shanghai"], Some(310000), Some("CN-SH")),
    (Province::Jiangsu, &["江苏省", "江苏", "苏", "Jiangsu"], Some(320000), Some("CN-JS")),
    (Province::Zhejiang, &["浙江省", "浙江", "浙", "Zhejiang"], Some(330000), Some("CN-ZJ")),
    (Province::Anhui, &["安徽省", "安徽", "皖", "Anhui"], Some(340000), Some("CN-AH")),
    (Province::Fujian, &["福建省", "福建", "闽", "Fujian"], Some(350000), Some("CN-FJ")),
    (Province::Jiangxi, &["江西省", "江西", "赣", "Jiangxi"], Some(360000), Some("CN-JX")),
    (Province::Shandong, &["山东省", "山东", "鲁", "Shandong"], Some(370000), Some("CN-SD")),
    (Province::Henan, &["河南省", "河南", "豫", "Henan"], Some(410000), Some("CN-HA")),
    (Province::Hubei, &["湖北省", "湖北", "鄂", "Hubei"], Some(420000), Some("CN-HB")),
    (Province::Hunan, &["湖南省", "湖南", "湘", "Hunan"], Some(430000), Some("CN-HN")),
    (Province::Guangdong, &["广东省", "广东", "粤", "Guangdong"], Some(440000), Some("CN-GD")),
    (Province::Guangxi, &["广西壮族自治区", "广西", "桂", "Guangxi"], Some(450000), Some("CN-GX")),
    (Province::Hainan, &["海南省", "海南", "琼", "Hainan"], Some(460000), Some("CN-HI")),
    (Province::Chongqing, &["重庆市", "重庆", "渝", "Chongqing"], Some(500000), Some("CN-CQ")),
    (Province::Sichuan, &["四川省", "四川", "川", "蜀", "Sichuan"], Some(510000), Some("CN-SC")),
    (Province::Guizhou, &["贵州省", "贵州", "贵", "黔", "Guizhou"], Some(520000), Some("CN-GZ")),
    (Province::Yunnan, &["云南省", "云南", "云", "滇", "Yunnan"], Some(530000), Some("CN-YN")),
    (Province::Tibet, &["西藏自治区", "西藏", "藏", "Tibet", "Xizang"], Some(540000), Some("CN-XZ")),
    (Province::Shaanxi, &["陕西省", "陕西", "陕", "秦", "Shaanxi"], Some(610000), Some("CN-SN")),
    (Province::Gansu, &["甘肃省", "甘肃", "甘", "陇", "Gansu"], Some(620000), Some("CN-GS")),
    (Province::Qinghai, &["青海省", "青海", "青", "Qinghai"], Some(630000), Some("CN-QH")),
    (Province::Ningxia, &["宁夏回族自治区", "宁夏", "宁", "Ningxia"], Some(640000), Some("CN-NX")),
    (Province::Xinjiang, &["新疆维吾尔自治区", "新疆", "新", "Xinjiang"], Some(650000), Some("CN-XJ")),
    (Province::Xpcc, &["新疆生产建设兵团", "新疆兵团", "兵团", "Xinjiang Production and Construction Corps", "XPCC", "Xpcc", "Bingtuan"], None, None),
];

#[test]
fn the_table_covers_every_variant_in_order() {
    let listed: Vec<Province> = FORMS.iter().map(|row| row.0).collect();
    assert_eq!(listed, Province::ALL);
    assert_eq!(Province::COUNT, 32);
}

#[test]
fn every_documented_form_parses() {
    for &(province, forms, code, iso) in FORMS {
        let mut all: Vec<String> = forms.iter().map(|s| (*s).to_owned()).collect();
        for form in forms.iter().filter(|f| f.is_ascii()) {
            all.push(form.to_lowercase());
            all.push(form.to_uppercase());
        }
        if let Some(code) = code {
            all.push(code.to_string());
        }
        if let Some(iso) = iso {
            all.extend([iso.to_owned(), iso.to_lowercase()]);
        }
        for form in &all {
            assert_eq!(form.parse::<Province>(), Ok(province), "{form:?}");
            assert_eq!(
                format!(" \t{form}\n").parse::<Province>(),
                Ok(province),
                "{form:?} padded"
            );
            assert_eq!(Province::try_from(form.as_str()), Ok(province));
        }
    }
}

#[test]
fn accessors_match_the_table() {
    for &(province, forms, code, iso) in FORMS {
        assert_eq!(province.name_zh(), forms[0]);
        assert_eq!(province.short_name_zh(), forms[1]);
        assert_eq!(province.abbreviation(), forms[2]);
        assert_eq!(province.gb2260_code().map(|c| c.get()), code);
        if let Some(code) = province.gb2260_code() {
            assert_eq!(Province::from_code(code), Some(province));
        }
        assert_eq!(province.iso_3166_2(), iso);
    }
    assert_eq!(Province::InnerMongolia.name_en(), "Inner Mongolia");
    assert_eq!(
        Province::Xpcc.name_en(),
        "Xinjiang Production and Construction Corps"
    );
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
    let expected = "expected a Chinese name (河南省, 河南), a one-character abbreviation (豫), \
        an English or pinyin name (Henan), a GB/T 2260 code (410000) or an ISO 3166-2 code (CN-HA)";
    for (input, quoted) in [
        ("北平", r#""北平""#),
        ("Peking", r#""Peking""#),
        ("110101", r#""110101""#),
        ("990000", r#""990000""#),
        ("", r#""""#),
        ("  ", r#""  ""#),
        ("CN-11", r#""CN-11""#),
        ("Henan Province", r#""Henan Province""#),
        ("河南省省", r#""河南省省""#),
        ("a\u{0}b\n", r#""a\0b\n""#),
        // A NUL is not padding.
        ("河南\0", r#""河南\0""#),
        ("豫\0", r#""豫\0""#),
        ("CN-HA\0", r#""CN-HA\0""#),
        ("\0", r#""\0""#),
    ] {
        let err = input.parse::<Province>().unwrap_err();
        assert_eq!(err.kind(), ProvinceErrorKind::Unknown, "{input:?}");
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
        assert_eq!(err.kind(), ProvinceErrorKind::OutsideScope, "{input:?}");
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
