//! Property tests: the parsers never panic and round-trip what they accept,
//! `DivisionCode::contains` agrees with the GB/T 2260 digit structure, and
//! `covering` and `search` agree with their oracles, and `classify` is
//! monotone in its text and agrees with `explain`; a name's lookup never
//! panics and answers only listed codes that bear the name's forms. The case count is
//! fixed so that a run takes seconds.

mod common;

use cn_edu_pilots::{AdminLevel, DivisionCode, ErrorKind, FocusTheme, Province, ThemeSet, pilots};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A valid code: a mainland province prefix, then any two-digit prefecture
/// and county parts that make a valid code.
fn division_code() -> impl Strategy<Value = DivisionCode> {
    let prefixes: Vec<u32> = Province::ALL
        .iter()
        .filter_map(|p| p.gb2260_code())
        .map(DivisionCode::get)
        .collect();
    (proptest::sample::select(prefixes), 0u32..100, 0u32..100).prop_filter_map(
        "middle 00 needs last 00",
        |(province, middle, last)| {
            let last = if middle == 0 { 0 } else { last };
            DivisionCode::try_from(province + middle * 100 + last).ok()
        },
    )
}

/// The six digits of a code without its trailing `00` pairs (at most two).
fn stem(code: DivisionCode) -> String {
    let digits = code.to_string();
    let mut s = digits.as_str();
    for _ in 0..2 {
        s = s.strip_suffix("00").unwrap_or(s);
    }
    s.to_owned()
}

/// Strings near and far from the accepted forms: any Unicode, long runs,
/// control characters, and pieces of real names and codes.
fn odd_string() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,64}",
        "[\\x00-\\x1f 0-9A-Za-z-]{0,12}",
        proptest::collection::vec(
            proptest::sample::select(vec![
                "河",
                "南",
                "省",
                "豫",
                "CN",
                "-",
                "HA",
                "4",
                "1",
                "0",
                " ",
                "\t",
                "\u{0}",
                "兵团",
                "自治区",
                "廣",
                "東",
                "ＣＮ",
                "－",
                "\u{3000}",
                "Province",
                "Inner"
            ]),
            0..10,
        )
        .prop_map(|parts| parts.concat()),
        (any::<char>(), 1000usize..20_000).prop_map(|(c, n)| std::iter::repeat_n(c, n).collect()),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn fields_never_panic_and_agree_with_the_strict_parse(s in odd_string()) {
        // A field is read as its digits once folded, trimmed and without a
        // zero fraction; where it is six plain digits, as `FromStr` reads it.
        match cn_edu_pilots::DivisionCode::from_field(&s) {
            Ok(code) => prop_assert!(code.to_string().len() == 6),
            Err(err) => prop_assert!(s.starts_with(err.input())),
        }
        if s.trim().len() == 6 && s.trim().bytes().all(|b| b.is_ascii_digit()) {
            prop_assert_eq!(cn_edu_pilots::DivisionCode::from_field(&s), s.parse());
        }
        if let Ok(year) = cn_edu_pilots::codes::read_year(&s) {
            prop_assert!((1000..=9999).contains(&year));
        }
    }

    #[test]
    fn province_parsing_never_panics_and_round_trips(s in odd_string()) {
        match s.parse::<Province>() {
            Ok(p) => {
                prop_assert_eq!(p.to_string().parse::<Province>(), Ok(p));
                prop_assert_eq!(p.name_en().parse::<Province>(), Ok(p));
            }
            Err(err) => {
                prop_assert!(err.input().len() <= 40);
                prop_assert!(s.starts_with(err.input()));
                let message = err.to_string();
                prop_assert!(
                    message.starts_with("unknown province \"")
                        || message.starts_with("province outside the list \""),
                    "{}", message
                );
            }
        }
    }

    #[test]
    fn strict_province_constructors_never_panic_and_agree_with_from_str(s in odd_string()) {
        for strict in [
            Province::from_iso(&s),
            Province::from_abbreviation(&s),
            Province::from_name_zh(&s),
            Province::from_name_en(&s),
        ] {
            match strict {
                // What a strict constructor takes, `FromStr` takes too.
                Ok(p) => prop_assert_eq!(s.parse::<Province>(), Ok(p)),
                Err(err) => prop_assert!(s.starts_with(err.input())),
            }
        }
    }

    #[test]
    fn division_code_parsing_never_panics(s in odd_string()) {
        if let Ok(code) = s.parse::<DivisionCode>() {
            prop_assert_eq!(code.to_string(), s.trim());
        } else {
            let err = s.parse::<DivisionCode>().unwrap_err();
            prop_assert!(err.to_string().starts_with("invalid division code \""));
        }
    }

    #[test]
    fn division_code_numbers_never_panic(n in any::<u32>()) {
        match DivisionCode::try_from(n) {
            Ok(code) => {
                prop_assert_eq!(code.get(), n);
                prop_assert_eq!(code.to_string().parse::<DivisionCode>(), Ok(code));
            }
            Err(err) => prop_assert_eq!(err.input(), n.to_string()),
        }
    }

    #[test]
    fn contains_agrees_with_the_digit_structure(a in division_code(), b in division_code()) {
        // a contains b exactly when b's digits start with a's digits less
        // their trailing 00 pairs.
        prop_assert_eq!(a.contains(b), b.to_string().starts_with(&stem(a)));
        prop_assert!(a.contains(a));
        prop_assert!(a.province_code().contains(a));
        if let Some(prefecture) = a.prefecture_code() {
            prop_assert!(prefecture.contains(a));
            prop_assert!(a.province_code().contains(prefecture));
        }
        if a.contains(b) && b.contains(a) {
            prop_assert_eq!(a, b);
        }
        prop_assert_eq!(a.province() == b.province(), a.province_code() == b.province_code());
    }

    #[test]
    fn covering_and_within_agree_with_their_oracles(code in division_code()) {
        prop_assert_eq!(common::covering(code.get()), common::covering_by_scan(code.get()));
        prop_assert_eq!(common::within(code.get()), common::within_by_scan(code.get()));
    }

    #[test]
    fn classify_is_monotone_and_explained(a in "\\PC{0,40}", b in "\\PC{0,40}", id in 1u8..=56) {
        let focus = pilots::get(id).unwrap().focus();
        let grown = FocusTheme::classify(&format!("{a}{focus}{b}"));
        for part in [a.as_str(), focus, b.as_str()] {
            let themes = FocusTheme::classify(part);
            prop_assert_eq!(themes & grown, themes);
        }
        let explained: ThemeSet = FocusTheme::explain(&a).map(|(t, _, _)| t).collect();
        prop_assert_eq!(explained, FocusTheme::classify(&a));
    }
}

/// A query: a piece of a name or focus text, or odd text.
fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        (
            1u8..=56,
            0usize..4,
            any::<proptest::sample::Index>(),
            0usize..8,
            any::<bool>(),
        )
            .prop_map(|(id, text, start, len, upper)| {
                let unit = pilots::get(id).unwrap();
                let text = [unit.name(), unit.focus(), unit.name_en(), unit.focus_en()][text];
                let text = if upper {
                    text.to_ascii_uppercase()
                } else {
                    text.to_owned()
                };
                let chars: Vec<char> = text.chars().collect();
                let start = start.index(chars.len());
                chars[start..(start + len).min(chars.len())]
                    .iter()
                    .collect()
            }),
        "\\PC{0,6}",
        proptest::collection::vec(
            proptest::sample::select(vec!['教', '育', '局', '市', '省', ' ', '探', '索', '云']),
            0..5
        )
        .prop_map(|cs| cs.into_iter().collect()),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn search_agrees_with_a_scan(q in query()) {
        prop_assert_eq!(common::ids(pilots::search(&q)), common::search_by_scan(&q));
    }
}

#[cfg(feature = "serde")]
proptest! {
    #![proptest_config(config())]

    #[test]
    fn serde_round_trips_codes_and_theme_sets(code in division_code(), bits in any::<u32>()) {
        let json = serde_json::to_string(&code).unwrap();
        prop_assert_eq!(serde_json::from_str::<DivisionCode>(&json).unwrap(), code);
        prop_assert_eq!(serde_json::from_str::<DivisionCode>(&code.get().to_string()).unwrap(), code);
        let bytes = postcard::to_allocvec(&code).unwrap();
        prop_assert_eq!(postcard::from_bytes::<DivisionCode>(&bytes).unwrap(), code);
        let bytes = bincode::serialize(&code).unwrap();
        prop_assert_eq!(bincode::deserialize::<DivisionCode>(&bytes).unwrap(), code);
        let set: ThemeSet = FocusTheme::ALL.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, t)| *t).collect();
        let json = serde_json::to_string(&set).unwrap();
        prop_assert_eq!(serde_json::from_str::<ThemeSet>(&json).unwrap(), set);
        // Formats that write a sequence's length before its elements.
        let mut cbor = Vec::new();
        ciborium::into_writer(&(code, set), &mut cbor).unwrap();
        prop_assert_eq!(ciborium::from_reader::<(DivisionCode, ThemeSet), _>(cbor.as_slice()).unwrap(), (code, set));
        let bytes = rmp_serde::to_vec(&(code, set)).unwrap();
        prop_assert_eq!(rmp_serde::from_slice::<(DivisionCode, ThemeSet)>(&bytes).unwrap(), (code, set));
    }

}

/// The lookup by name (feature `names`).
#[cfg(feature = "names")]
mod names {
    use super::*;
    use cn_edu_pilots::codes::{self, NameForm, Within};

    /// Names near and far from the lists' names: any string, pieces of names,
    /// and the names of the lists themselves with noise around them.
    fn name() -> impl Strategy<Value = String> {
        let names: Vec<&'static str> = codes::all()
            .filter_map(|c| c.names().next().map(|(_, name)| name))
            .step_by(7)
            .collect();
        prop_oneof![
            any::<String>(),
            "\\PC{0,24}",
            proptest::collection::vec(
                proptest::sample::select(vec![
                    "楚雄",
                    "彝族",
                    "自治州",
                    "州",
                    "市",
                    "县",
                    "区",
                    "地区",
                    "盟",
                    "巴",
                    "城区",
                    "北京",
                    "朝阳",
                    "哈密",
                    "昌都",
                    " ",
                    "\u{3000}",
                    "Ａ",
                    "\u{0}",
                    "族",
                ]),
                0..8,
            )
            .prop_map(|parts| parts.concat()),
            (proptest::sample::select(names), "\\PC{0,2}", "\\PC{0,2}")
                .prop_map(|(name, before, after)| format!("{before}{name}{after}")),
        ]
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn name_lookup_never_panics_and_answers_listed_codes(
            s in name(),
            year in 1995u16..2030,
            level in proptest::option::of(proptest::sample::select(vec![
                AdminLevel::Provincial, AdminLevel::Prefectural, AdminLevel::County,
            ])),
            parent in proptest::option::of(division_code()),
        ) {
            let mut lookup = codes::named(&s, year);
            if let Some(level) = level {
                lookup = lookup.level(level);
            }
            if let Some(parent) = parent {
                lookup = lookup.within(Within::Code(parent));
            }
            match lookup.find() {
                Ok(found) => {
                    prop_assert!(!found.is_empty());
                    prop_assert_eq!(found.len(), found.count());
                    prop_assert_eq!(found.single().is_some(), found.len() == 1);
                    let name = s.trim();
                    for m in found {
                        // A listed code, under the name it matched in the years given.
                        let code = codes::listed(m.code().code());
                        prop_assert_eq!(code, Some(m.code()));
                        let years = m.years_named();
                        prop_assert_eq!(m.code().name_zh(*years.start()), Some(m.name_zh()));
                        prop_assert_eq!(m.through_other_year(), !years.contains(&year));
                        if m.form() == NameForm::ListName {
                            prop_assert_eq!(m.name_zh(), name);
                        }
                        if m.form() == NameForm::Short {
                            prop_assert!(m.name_zh().starts_with(name) && m.name_zh() != name);
                        }
                    }
                }
                Err(err) => {
                    prop_assert!(matches!(err.kind(), ErrorKind::UnknownName | ErrorKind::YearOutOfRange));
                    prop_assert!(err.input().len() <= 40);
                    let _ = err.to_string();
                }
            }
            match Within::parse(&s, year) {
                Ok(_) => {}
                Err(err) => {
                    prop_assert!(err.input().len() <= 40);
                    let _ = err.to_string();
                }
            }
        }
    }
}
