//! Reading a division's name as `mark --name` and `lookup NAME` do: the
//! level of `--level`, each candidate of a name described for a message,
//! and the answers `mark` keeps per distinct name, year and parent.

use std::fmt::Write as _;

use cn_edu_pilots::codes::{self, NameForm, NameMatch, NameMatches};
use cn_edu_pilots::{AdminLevel, DivisionCode};

use crate::report::Quote;

/// The most candidates a message names; the rest are counted.
pub const CANDIDATES: usize = 8;

/// A level as `--level` takes it: `province`, `prefecture` or `county`
/// (and the library's names, `Provincial`, `地级`, …).
pub fn parse_level(value: &str) -> Result<AdminLevel, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "province" | "provincial" => Ok(AdminLevel::Provincial),
        "prefecture" | "prefectural" => Ok(AdminLevel::Prefectural),
        "county" => Ok(AdminLevel::County),
        other => other.parse().map_err(|_| {
            format!(
                "unknown level {}: expected province, prefecture or county",
                Quote(value.as_bytes())
            )
        }),
    }
}

/// A level's word, as `--level` takes it.
pub fn level_word(level: AdminLevel) -> &'static str {
    match level {
        AdminLevel::Provincial => "province",
        AdminLevel::Prefectural => "prefecture",
        AdminLevel::County => "county",
    }
}

/// How a name matched, in words.
pub fn form_words(form: NameForm) -> &'static str {
    match form {
        NameForm::ListName => "the name as the list writes it",
        NameForm::Short => "its short name, without the generic suffix",
        NameForm::Generic => "its short name with 州, 县 or 旗 for an autonomous division",
        NameForm::Abbreviation => "a known abbreviation",
        _ => "a form of its name",
    }
}

/// The year whose list a match is described in: the year asked, or for a
/// name of another year, the last year the code had it.
pub fn year_of(found: NameMatch, year: u16) -> u16 {
    if found.through_other_year() {
        (*found.years_named().end()).clamp(codes::FIRST_YEAR, codes::LAST_YEAR)
    } else {
        year
    }
}

/// A code's name in the list of `year`, or `?` where that list lacks it.
fn name_in(code: DivisionCode, year: u16) -> &'static str {
    codes::listed(code)
        .and_then(|listed| listed.name_zh(year))
        .unwrap_or("?")
}

/// One candidate, for a message: `532301 楚雄市 (county, in 楚雄彝族自治州)`,
/// and the years of a name of another year.
pub fn describe(found: NameMatch, year: u16) -> String {
    let code = found.code();
    let at = year_of(found, year);
    let mut text = format!(
        "{} {} ({}",
        code.code(),
        found.name_zh(),
        level_word(code.level())
    );
    if let Some(parent) = code.parent(at) {
        let _ = write!(text, ", in {}", name_in(parent, at));
    }
    if found.through_other_year() {
        let years = found.years_named();
        let _ = write!(text, ", so named in {}–{}", years.start(), years.end());
    }
    text.push(')');
    text
}

/// The message for a name that denotes several codes: each candidate, at
/// most [`CANDIDATES`], and what tells them apart.
pub fn ambiguous(name: &str, year: u16, found: NameMatches) -> String {
    let n = found.len();
    let mut text = format!(
        "name {} denotes {n} codes in {year}: ",
        Quote(name.trim().as_bytes())
    );
    for (i, candidate) in found.take(CANDIDATES).enumerate() {
        if i > 0 {
            text.push_str("; ");
        }
        text.push_str(&describe(candidate, year));
    }
    if n > CANDIDATES {
        let _ = write!(text, "; and {} more", n - CANDIDATES);
    }
    text.push_str(": give a parent (--parent) or a level (--level) to tell them apart");
    text
}

/// The message for a name read through another year's name.
pub fn other_year(name: &str, year: u16, found: NameMatch) -> String {
    let years = found.years_named();
    format!(
        "name {} is no name of the {year} list: read as {} {}, its name in {}–{}",
        Quote(name.trim().as_bytes()),
        found.code().code(),
        found.name_zh(),
        years.start(),
        years.end()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_read_in_the_words_of_the_option_and_of_the_library() {
        for (text, level) in [
            ("prefecture", AdminLevel::Prefectural),
            ("County", AdminLevel::County),
            ("province", AdminLevel::Provincial),
            ("Prefectural", AdminLevel::Prefectural),
            ("地级", AdminLevel::Prefectural),
        ] {
            assert_eq!(parse_level(text), Ok(level), "{text}");
        }
        assert_eq!(
            parse_level("city"),
            Err("unknown level \"city\": expected province, prefecture or county".into())
        );
    }

    #[test]
    fn a_message_names_at_most_eight_candidates() {
        // 郊区: 17 districts in data/areacodes/data/2000.txt.
        let found = codes::named("郊区", 2000).find().unwrap();
        let n = found.len();
        assert_eq!(n, 17);
        let message = ambiguous("郊区", 2000, found);
        assert_eq!(message.matches(" (county").count(), CANDIDATES, "{message}");
        assert!(
            message.contains(&format!("; and {} more:", n - CANDIDATES)),
            "{message}"
        );
    }
}
