//! Every parser of the crate on arbitrary bytes: none may panic, and what
//! they accept must print back to something they accept again.
#![no_main]

use cn_edu_pilots::panel::{NeverTreated, ProvinceMembers};
use cn_edu_pilots::{
    DivisionCode, EconomicRegion, FocusTheme, MemberId, MemberKind, Province, codes, pilots,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    match s.parse::<Province>() {
        Ok(p) => assert_eq!(p.to_string().parse::<Province>(), Ok(p)),
        Err(err) => assert!(s.starts_with(err.input())),
    }
    // What a strict constructor takes, `FromStr` takes too.
    for strict in [
        Province::from_iso(s),
        Province::from_abbreviation(s),
        Province::from_name_zh(s),
        Province::from_name_en(s),
    ] {
        if let Ok(p) = strict {
            assert_eq!(s.parse::<Province>(), Ok(p));
        }
    }
    if let Ok(code) = s.parse::<DivisionCode>() {
        assert_eq!(code.to_string(), s.trim());
        let _ = pilots::covering(code).len();
        let _ = pilots::within(code).len();
    }
    if data.len() >= 4 {
        let n = u32::from_le_bytes([data[0], data[1], data[2], data[3]]);
        if let Ok(code) = DivisionCode::try_from(n) {
            assert_eq!(code.get(), n);
        }
    }
    // A field as data files write it, a year, a member id, the rules' forms.
    if let Ok(code) = DivisionCode::from_field(s) {
        assert_eq!(code.to_string().len(), 6);
    }
    let year = codes::read_year(s).unwrap_or(2012);
    if let Ok(id) = s.parse::<MemberId>() {
        assert_eq!(id.to_string().parse::<MemberId>(), Ok(id));
    }
    let _ = s.parse::<NeverTreated>();
    let _ = s.parse::<ProvinceMembers>();
    // A name: every code answered is listed; a parent of any text.
    if let Ok(found) = codes::named(s, year).find() {
        for m in found {
            assert!(codes::listed(m.code().code()).is_some());
        }
    }
    if let Ok(within) = codes::Within::parse(s, year) {
        let _ = codes::named("城区", year).within(within).find();
    }
    let _ = s.parse::<FocusTheme>();
    let _ = s.parse::<EconomicRegion>();
    let _ = s.parse::<MemberKind>();
    let _ = pilots::member_by_name(s);
    let themes = FocusTheme::classify(s);
    assert_eq!(themes, FocusTheme::explain(s).map(|(t, _, _)| t).collect());
    for unit in pilots::search(s) {
        let q = s.trim();
        let lower = q.to_ascii_lowercase();
        let english = |t: &str| q.is_ascii() && t.to_ascii_lowercase().contains(&lower);
        assert!(
            unit.name().contains(q)
                || unit.focus().contains(q)
                || english(unit.name_en())
                || english(unit.focus_en())
        );
    }
});
