//! The treatment rules that the commands writing treatment columns share:
//! the year treatment starts, how never-treated units are coded, and what
//! counts as treated. `data/CODEBOOK.md` gives the evidence for each.

use std::fmt;

use cn_edu_pilots::{AdminLevel, Coverage, Member};

/// The default first year of treatment: 2013. The notice (教技函〔2012〕70号)
/// was issued in November 2012 and asked for the pilots' implementation
/// plans by 1 January 2013, so the pilots' work began in 2013; a division
/// code's year is the list at the end of the year, and by the end of 2012
/// at most the six weeks of a notice and a plan had passed.
pub const DEFAULT_TREAT_YEAR: u16 = 2013;

/// The years a study may take as the first year of treatment: the year
/// of the notice, and the year its plans were due by.
pub const TREAT_YEARS: [u16; 2] = [2012, 2013];

/// How the first year of treatment is written for a never-treated row, as
/// the estimators expect it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NeverTreated {
    /// `0`: Stata's `csdid` and R's `did` (`gvar`, `gname`). The default.
    Zero,
    /// An empty field, a missing value in Stata and R.
    Empty,
    /// `Inf`: R's `staggered`. Stata has no infinity: a .dta file holds a
    /// missing value instead.
    Inf,
}

impl NeverTreated {
    /// The forms the option takes, as its usage lists them.
    pub const FORMS: &str = "0, empty or inf";

    /// Reads the value of `--never-treated`.
    pub fn parse(parser: &mut lexopt::Parser) -> Result<NeverTreated, String> {
        let value = parser.value().map_err(|e| e.to_string())?;
        match value.to_str() {
            Some("0") => Ok(NeverTreated::Zero),
            Some("empty") => Ok(NeverTreated::Empty),
            Some("inf" | "Inf") => Ok(NeverTreated::Inf),
            _ => Err(format!(
                "unknown never-treated coding {value:?}: expected {}",
                NeverTreated::FORMS
            )),
        }
    }

    /// The text of a never-treated row's first year of treatment in CSV.
    pub fn csv(self) -> &'static str {
        match self {
            NeverTreated::Zero => "0",
            NeverTreated::Empty => "",
            NeverTreated::Inf => "Inf",
        }
    }

    /// The name of the coding, as the option takes it.
    pub fn as_str(self) -> &'static str {
        match self {
            NeverTreated::Zero => "0",
            NeverTreated::Empty => "empty",
            NeverTreated::Inf => "inf",
        }
    }
}

/// Reads the value of `--treat-year`: one of [`TREAT_YEARS`].
pub fn parse_treat_year(parser: &mut lexopt::Parser) -> Result<u16, String> {
    let value = parser.value().map_err(|e| e.to_string())?;
    let year = value.to_str().and_then(|v| v.parse::<u16>().ok());
    match year {
        Some(year) if TREAT_YEARS.contains(&year) => Ok(year),
        _ => Err(format!(
            "unknown treatment year {value:?}: expected 2012 (the notice) or 2013 (its plans' deadline)"
        )),
    }
}

/// The timing of treatment and the coding of never-treated rows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Timing {
    /// The first year of treatment.
    pub year: u16,
    /// How a never-treated row's first year of treatment is written.
    pub never: NeverTreated,
}

impl Default for Timing {
    fn default() -> Timing {
        Timing {
            year: DEFAULT_TREAT_YEAR,
            never: NeverTreated::Zero,
        }
    }
}

impl Timing {
    /// Whether `year` is in the treatment period, for every row treated or
    /// not: a time dummy; `treated * post` is the interaction.
    pub fn post(self, year: u16) -> bool {
        year >= self.year
    }

    /// The first year of treatment of a row, `None` where it is never
    /// treated (written as [`NeverTreated`] says).
    pub fn first_treat(self, treated: bool) -> Option<u16> {
        treated.then_some(self.year)
    }
}

/// What counts as treated in a code's row of a year: its area, in that
/// year's list, meets a pilot's 2012 area (`treated`), or lies wholly in
/// one (`treated_wholly`); and whether it is treated only through a
/// province-level member (`via_province_member`: 河南省电教馆, which makes
/// every code of Henan part of entry 28), which a study may keep or drop.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Status {
    /// Some pilot's 2012 area holds all or part of the area.
    pub treated: bool,
    /// Some pilot's 2012 area holds all of it.
    pub treated_wholly: bool,
    /// Treated, and every member through which it is is a province-level
    /// one: a Henan county outside 郑州市 and 焦作市.
    pub via_province_member: bool,
}

impl Status {
    /// The status that a code's coverage gives.
    pub fn of(coverage: Coverage) -> Status {
        let mut members = coverage.members().peekable();
        let through_members = members.peek().is_some();
        let provincial = members.all(|(member, _)| {
            member
                .division()
                .is_some_and(|d| d.level() == AdminLevel::Provincial)
        });
        Status {
            treated: !coverage.any().is_empty(),
            treated_wholly: !coverage.wholly().is_empty(),
            via_province_member: through_members && provincial,
        }
    }
}

/// The id of a member in `members.csv`: its entry's id and its letter
/// among the entry's members in the notice's order (`28a`, 河南省电教馆).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct MemberId {
    unit: u8,
    letter: char,
}

impl MemberId {
    /// The id of `member`.
    pub fn of(member: &'static Member) -> MemberId {
        let unit = member.unit();
        let place = unit
            .members()
            .iter()
            .position(|m| std::ptr::eq(m, member))
            .expect("a member is among its unit's members");
        let place = u8::try_from(place)
            .ok()
            .filter(|&place| place < 26)
            .expect("an entry has at most 26 members: the notice's have 5 at most");
        MemberId {
            unit: unit.id(),
            letter: char::from(b'a' + place),
        }
    }
}

impl fmt::Display for MemberId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.unit, self.letter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_never_treated_codings_are_the_estimators() {
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
}
