//! The panels: every code of every year-end list 2000–2024 as one row per
//! code and year, with the pilots covering it and the treatment columns of
//! a difference-in-differences study. The rules of treatment ([`Rules`])
//! and every column ([`Column`]: its name, label, type and how its value
//! is computed) are defined here once; the program's `panel` and `mark`,
//! and any other writer, read them from here. The module is there with
//! the feature `panel` (`features = ["panel"]` in `Cargo.toml`).
//!
//! A [`Row`] is one code in one year, read as
//! [`pilots::covering_in`](crate::pilots::covering_in) reads it; a
//! [`Column`] gives a row's [`Cell`], whose `Display` is its CSV text.
//! [`rows`] walks a level's panel in the order of the committed files
//! (code, then year) and [`columns`] gives that panel's columns in order.
//!
//! # Example
//! ```
//! use cn_edu_pilots::{AdminLevel, DivisionCode, panel::{self, Column, Row, Rules}};
//!
//! // 湟中县 (630122) in 2014: wholly in entry 50's 2012 area.
//! let row = Row::new(DivisionCode::try_from(630122)?, 2014, Rules::DEFAULT)?;
//! assert!(row.treated() && row.treated_wholly());
//! assert_eq!(row.first_treat(), Some(2013));
//! let header: Vec<&str> = panel::columns(AdminLevel::County).iter().map(|c| c.name()).collect();
//! assert_eq!(header[..3], ["year", "code", "name"]);
//! assert_eq!(Column::PilotIds.cell(&row).to_string(), "50");
//! assert_eq!(Column::Name.cell(&row).to_string(), "湟中县");
//!
//! // The county-year panel has one row per listed code and year.
//! assert_eq!(panel::rows(AdminLevel::County, Rules::DEFAULT).count(), 71_376);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::fmt;

use crate::codes::{self, Extent, ListedCode, ListedCodes};
use crate::error::Quoted;
use crate::{
    AdminLevel, Coverage, Division, DivisionCode, Error, ErrorKind, Member, MemberId, PilotUnit,
    ThemeSet, Units,
};

/// The years a study may take as the first year of treatment: the notice's
/// (2012) and the year its plans were due by (2013, the default).
///
/// # Example
/// ```
/// use cn_edu_pilots::panel::{Rules, TREAT_YEARS};
///
/// assert_eq!(TREAT_YEARS, [2012, 2013]);
/// assert_eq!(Rules::DEFAULT.treat_year(), TREAT_YEARS[1]);
/// for year in TREAT_YEARS {
///     assert!(Rules::DEFAULT.with_treat_year(year).is_ok());
/// }
/// assert!(Rules::DEFAULT.with_treat_year(2014).is_err());
/// ```
pub const TREAT_YEARS: [u16; 2] = [2012, 2013];

/// How the first year of treatment (`first_treat`) is written for a row
/// that is never treated, as the estimators expect it.
///
/// # Example
/// ```
/// use cn_edu_pilots::panel::NeverTreated;
///
/// assert_eq!("inf".parse(), Ok(NeverTreated::Inf));
/// assert_eq!(NeverTreated::Empty.to_string(), "empty");
/// assert!("none".parse::<NeverTreated>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, Default)]
pub enum NeverTreated {
    /// `0`: Stata's `csdid` and R's `did` (`gvar`, `gname`). The default.
    #[default]
    Zero,
    /// An empty field: a missing value in Stata, R and pandas.
    Empty,
    /// `Inf`: R's `staggered`. Stata has no infinity, so a .dta file holds
    /// a missing value.
    Inf,
}

impl NeverTreated {
    /// Every coding, in the order of the forms the program lists.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::NeverTreated;
    ///
    /// let forms: Vec<String> = NeverTreated::ALL.iter().map(ToString::to_string).collect();
    /// assert_eq!(forms, ["0", "empty", "inf"]);
    /// assert_eq!(NeverTreated::ALL[0], NeverTreated::default());
    /// ```
    pub const ALL: [NeverTreated; 3] = [NeverTreated::Zero, NeverTreated::Empty, NeverTreated::Inf];

    /// The coding's name as `FromStr` reads it: `0`, `empty` or `inf`.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::NeverTreated;
    ///
    /// for coding in NeverTreated::ALL {
    ///     assert_eq!(coding.as_str().parse(), Ok(coding));
    /// }
    /// ```
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            NeverTreated::Zero => "0",
            NeverTreated::Empty => "empty",
            NeverTreated::Inf => "inf",
        }
    }
}

impl fmt::Display for NeverTreated {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl core::str::FromStr for NeverTreated {
    type Err = Error;

    /// Reads `0`, `empty` or `inf` (also `Inf`), surrounding whitespace
    /// ignored.
    ///
    /// # Errors
    /// A [`Error`] quoting the input.
    #[inline]
    fn from_str(input: &str) -> Result<NeverTreated, Error> {
        match input.trim() {
            "0" => Ok(NeverTreated::Zero),
            "empty" => Ok(NeverTreated::Empty),
            "inf" | "Inf" => Ok(NeverTreated::Inf),
            _ => Err(Error::expecting(
                ErrorKind::UnknownVariant,
                Quoted::new(input),
                "never-treated coding",
                "expected 0, empty or inf",
            )),
        }
    }
}

/// Whether a code counts as treated when the only members whose 2012 areas
/// meet its area act for a whole province: 河南省电教馆 (member `28a`),
/// which puts every code of Henan in entry 28's area.
///
/// # Example
/// ```
/// use cn_edu_pilots::panel::ProvinceMembers;
///
/// assert_eq!("include".parse(), Ok(ProvinceMembers::Include));
/// assert_eq!(ProvinceMembers::Exclude.as_str(), "exclude");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum ProvinceMembers {
    /// Coverage through a province-level member is treatment.
    Include,
    /// Only members acting for a prefecture-level division or below count;
    /// coverage through a province-level member stays in the pilot and
    /// member columns and in `via_province_member`.
    Exclude,
}

impl ProvinceMembers {
    /// Both choices.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::{ProvinceMembers, Rules};
    ///
    /// let choices: Vec<String> = ProvinceMembers::ALL.iter().map(ToString::to_string).collect();
    /// assert_eq!(choices, ["include", "exclude"]);
    /// assert_eq!(Rules::DEFAULT.province_members(), ProvinceMembers::ALL[1]);
    /// ```
    pub const ALL: [ProvinceMembers; 2] = [ProvinceMembers::Include, ProvinceMembers::Exclude];

    /// The choice's name as `FromStr` reads it: `include` or `exclude`.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::ProvinceMembers;
    ///
    /// for choice in ProvinceMembers::ALL {
    ///     assert_eq!(choice.as_str().parse(), Ok(choice));
    /// }
    /// ```
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            ProvinceMembers::Include => "include",
            ProvinceMembers::Exclude => "exclude",
        }
    }
}

impl fmt::Display for ProvinceMembers {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl core::str::FromStr for ProvinceMembers {
    type Err = Error;

    /// Reads `include` or `exclude`, surrounding whitespace ignored.
    ///
    /// # Errors
    /// A [`Error`] quoting the input.
    #[inline]
    fn from_str(input: &str) -> Result<ProvinceMembers, Error> {
        match input.trim() {
            "include" => Ok(ProvinceMembers::Include),
            "exclude" => Ok(ProvinceMembers::Exclude),
            _ => Err(Error::expecting(
                ErrorKind::UnknownVariant,
                Quoted::new(input),
                "choice of province-level members",
                "expected include or exclude",
            )),
        }
    }
}

/// The research-design choices behind the treatment columns: the first
/// year of treatment, how never-treated rows are coded, and whether
/// coverage through a province-level member is treatment.
/// `data/CODEBOOK.md` in the repository gives the evidence for each
/// default.
///
/// # Example
/// ```
/// use cn_edu_pilots::panel::{NeverTreated, Rules};
///
/// let rules = Rules::DEFAULT.with_treat_year(2012)?.with_never_treated(NeverTreated::Inf);
/// assert_eq!((rules.treat_year(), rules.never_treated()), (2012, NeverTreated::Inf));
/// assert!(rules.post(2012) && !Rules::DEFAULT.post(2012));
/// assert!(Rules::DEFAULT.with_treat_year(2014).is_err());
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct Rules {
    treat_year: u16,
    never_treated: NeverTreated,
    province_members: ProvinceMembers,
}

impl Default for Rules {
    #[inline]
    fn default() -> Rules {
        Rules::DEFAULT
    }
}

impl Rules {
    /// The defaults: treated from 2013 (the notice of November 2012 asked
    /// for the pilots' plans by 1 January 2013, and a code's year is the
    /// list at its end), never-treated coded 0, and coverage through a
    /// province-level member not counted as treatment: 河南省电教馆 is one
    /// of five members of a joint entry whose focus is resource sharing
    /// among 郑州, 焦作 and 哈密, and counting it would make every code of
    /// Henan treated (`data/CODEBOOK.md` gives the counts both ways).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::{NeverTreated, ProvinceMembers, Rules};
    ///
    /// assert_eq!(Rules::DEFAULT.treat_year(), 2013);
    /// assert_eq!(Rules::DEFAULT.never_treated(), NeverTreated::Zero);
    /// assert_eq!(Rules::DEFAULT.province_members(), ProvinceMembers::Exclude);
    /// ```
    pub const DEFAULT: Rules = Rules {
        treat_year: 2013,
        never_treated: NeverTreated::Zero,
        province_members: ProvinceMembers::Exclude,
    };

    /// The rules with `year` as the first year of treatment: one of
    /// [`TREAT_YEARS`].
    ///
    /// # Errors
    /// A [`Error`] quoting the year where it is not one of them.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::Rules;
    ///
    /// assert_eq!(Rules::DEFAULT.with_treat_year(2012).unwrap().treat_year(), 2012);
    /// let err = Rules::DEFAULT.with_treat_year(2011).unwrap_err();
    /// assert_eq!(err.to_string(), r#"unknown first year of treatment "2011": expected 2012 (the notice) or 2013 (its plans' deadline)"#);
    /// ```
    #[inline]
    pub fn with_treat_year(self, year: u16) -> Result<Rules, Error> {
        if TREAT_YEARS.contains(&year) {
            return Ok(Rules {
                treat_year: year,
                ..self
            });
        }
        let mut digits = [0; 5];
        Err(Error::expecting(
            ErrorKind::UnknownVariant,
            Quoted::new(decimal(year, &mut digits)),
            "first year of treatment",
            "expected 2012 (the notice) or 2013 (its plans' deadline)",
        ))
    }

    /// The rules with never-treated rows coded as `coding` says.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::{NeverTreated, Rules};
    ///
    /// let rules = Rules::DEFAULT.with_never_treated(NeverTreated::Empty);
    /// assert_eq!(rules.never_treated(), NeverTreated::Empty);
    /// ```
    #[must_use]
    #[inline]
    pub const fn with_never_treated(self, coding: NeverTreated) -> Rules {
        Rules {
            never_treated: coding,
            ..self
        }
    }

    /// The rules with coverage through a province-level member counted as
    /// `choice` says.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::{ProvinceMembers, Rules};
    ///
    /// let rules = Rules::DEFAULT.with_province_members(ProvinceMembers::Exclude);
    /// assert_eq!(rules.province_members(), ProvinceMembers::Exclude);
    /// ```
    #[must_use]
    #[inline]
    pub const fn with_province_members(self, choice: ProvinceMembers) -> Rules {
        Rules {
            province_members: choice,
            ..self
        }
    }

    /// The first year of treatment.
    ///
    /// # Example
    /// ```
    /// assert_eq!(cn_edu_pilots::panel::Rules::DEFAULT.treat_year(), 2013);
    /// ```
    #[must_use]
    #[inline]
    pub const fn treat_year(self) -> u16 {
        self.treat_year
    }

    /// How never-treated rows are coded.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::{NeverTreated, Rules};
    ///
    /// assert_eq!(Rules::DEFAULT.never_treated(), NeverTreated::Zero);
    /// ```
    #[must_use]
    #[inline]
    pub const fn never_treated(self) -> NeverTreated {
        self.never_treated
    }

    /// Whether coverage through a province-level member is treatment.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::{ProvinceMembers, Rules};
    ///
    /// assert_eq!(Rules::DEFAULT.province_members(), ProvinceMembers::Exclude);
    /// ```
    #[must_use]
    #[inline]
    pub const fn province_members(self) -> ProvinceMembers {
        self.province_members
    }

    /// Whether `year` is in the treatment period: `post`, a time dummy on
    /// every row, treated or not (`treated × post` is the interaction).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::Rules;
    ///
    /// assert!(!Rules::DEFAULT.post(2012));
    /// assert!(Rules::DEFAULT.post(2013));
    /// ```
    #[must_use]
    #[inline]
    pub const fn post(self, year: u16) -> bool {
        year >= self.treat_year
    }

    /// Whether coverage through `member` counts as treatment: every
    /// territorial member's does, a province-level member's only with
    /// [`ProvinceMembers::Include`].
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{pilots, panel::{ProvinceMembers, Rules}};
    ///
    /// let dianjiaoguan = pilots::member_by_name("河南省电教馆").unwrap();
    /// let zhengzhou = pilots::member_by_name("郑州市教育局").unwrap();
    /// let include = Rules::DEFAULT.with_province_members(ProvinceMembers::Include);
    /// assert!(include.counts(dianjiaoguan));
    /// assert!(!Rules::DEFAULT.counts(dianjiaoguan) && Rules::DEFAULT.counts(zhengzhou));
    /// ```
    #[must_use]
    #[inline]
    pub fn counts(self, member: &Member) -> bool {
        self.province_members == ProvinceMembers::Include || !is_provincial(member)
    }
}

/// Whether `member` acts for a whole province (河南省电教馆).
#[inline]
fn is_provincial(member: &Member) -> bool {
    member
        .division()
        .is_some_and(|d| d.level() == AdminLevel::Provincial)
}

/// `n` in decimal, written into `buf`.
#[inline]
fn decimal(mut n: u16, buf: &mut [u8; 5]) -> &str {
    let mut start = buf.len();
    loop {
        start -= 1;
        // A remainder of 10 is one digit.
        buf[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    core::str::from_utf8(&buf[start..]).unwrap_or_default()
}

/// What a row's members make of it under the rules.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
struct Status {
    treated: bool,
    wholly: bool,
    via_province_member: bool,
}

impl Status {
    #[inline]
    fn of(coverage: Coverage, rules: Rules) -> Status {
        let mut status = Status::default();
        let (mut any, mut all_provincial) = (false, true);
        for (member, extent) in coverage.members() {
            any = true;
            all_provincial &= is_provincial(member);
            if rules.counts(member) {
                status.treated = true;
                status.wholly |= extent == Extent::Wholly;
            }
        }
        status.via_province_member = any && all_provincial;
        status
    }
}

/// The county-level units under a prefecture or province in a year's
/// list, and how many of them are treated: the intensity columns of the
/// prefecture and province panels.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
///
/// // 太原市 (140100) in 2014: entry 7 is its education bureau.
/// let taiyuan = Row::new(DivisionCode::try_from(140100)?, 2014, Rules::DEFAULT)?;
/// let counties = taiyuan.counties().unwrap();
/// assert_eq!(counties.total(), 10);
/// assert_eq!(counties.treated(), 10);
/// assert_eq!(counties.share_treated(), Some(1.0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Counties {
    total: u32,
    treated: u32,
    wholly: u32,
}

impl Counties {
    /// How many county-level units it has in the year's list.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 太原市 (140100) in 2014: entry 7 is its education bureau.
    /// let taiyuan = Row::new(DivisionCode::try_from(140100)?, 2014, Rules::DEFAULT)?;
    /// let counties = taiyuan.counties().unwrap();
    /// assert_eq!(counties.total(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn total(self) -> u32 {
        self.total
    }

    /// How many of them are treated.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 太原市 (140100) in 2014: entry 7 is its education bureau.
    /// let taiyuan = Row::new(DivisionCode::try_from(140100)?, 2014, Rules::DEFAULT)?;
    /// let counties = taiyuan.counties().unwrap();
    /// assert_eq!(counties.treated(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn treated(self) -> u32 {
        self.treated
    }

    /// How many of them are wholly treated.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 太原市 (140100) in 2014: entry 7 is its education bureau.
    /// let taiyuan = Row::new(DivisionCode::try_from(140100)?, 2014, Rules::DEFAULT)?;
    /// let counties = taiyuan.counties().unwrap();
    /// assert_eq!(counties.treated_wholly(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn treated_wholly(self) -> u32 {
        self.wholly
    }

    /// The share treated; `None` where it has no county-level unit.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 太原市 (140100) in 2014: entry 7 is its education bureau.
    /// let taiyuan = Row::new(DivisionCode::try_from(140100)?, 2014, Rules::DEFAULT)?;
    /// let counties = taiyuan.counties().unwrap();
    /// assert_eq!(counties.share_treated(), Some(1.0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn share_treated(self) -> Option<f64> {
        (self.total > 0).then(|| f64::from(self.treated) / f64::from(self.total))
    }

    /// The share wholly treated; `None` where it has no county-level unit.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 太原市 (140100) in 2014: entry 7 is its education bureau.
    /// let taiyuan = Row::new(DivisionCode::try_from(140100)?, 2014, Rules::DEFAULT)?;
    /// let counties = taiyuan.counties().unwrap();
    /// assert_eq!(counties.share_treated_wholly(), Some(1.0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn share_treated_wholly(self) -> Option<f64> {
        (self.total > 0).then(|| f64::from(self.wholly) / f64::from(self.total))
    }

    /// The county-level units under `code` in the list of `year`.
    #[inline]
    fn of(code: ListedCode, year: u16, rules: Rules) -> Counties {
        let code = code.code();
        let province = code.province_code();
        let (lo, hi) = if code == province {
            (code.get(), code.get() + 9999)
        } else {
            (code.get(), code.get() + 99)
        };
        let mut counties = Counties::default();
        for child in codes::between(lo, hi) {
            if child.level() != AdminLevel::County || !child.years().contains(year) {
                continue;
            }
            // A province counts each of its county-level units; a
            // prefecture those the lists put under it.
            if code != province && child.parent(year) != Some(code) {
                continue;
            }
            let Ok(coverage) = crate::pilots::covering_in(child.code(), year) else {
                continue;
            };
            let status = Status::of(coverage, rules);
            counties.total += 1;
            counties.treated += u32::from(status.treated);
            counties.wholly += u32::from(status.wholly);
        }
        counties
    }
}

/// One code in one year's list, with the pilots covering it and its
/// treatment under [`Rules`]: a row of a panel, or of a file that `mark`
/// marks. A code not listed in the year is read as
/// [`pilots::covering_in`](crate::pilots::covering_in) reads it.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, panel::{ProvinceMembers, Row, Rules}};
///
/// // 兰考县 (410225), a Henan county outside 郑州 and 焦作: in entry 28's
/// // area only through 河南省电教馆: not treated by default.
/// let lankao = DivisionCode::try_from(410225)?;
/// let row = Row::new(lankao, 2014, Rules::DEFAULT)?;
/// assert!(!row.treated() && row.via_province_member());
/// assert_eq!(row.first_treat(), None);
/// let include = Rules::DEFAULT.with_province_members(ProvinceMembers::Include);
/// let row = Row::new(lankao, 2014, include)?;
/// assert!(row.treated() && row.via_province_member());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Row {
    year: u16,
    coverage: Coverage,
    rules: Rules,
    status: Status,
    /// Filled in by [`rows`], which works it out once per code.
    varies: Option<bool>,
    /// Filled in by [`rows`] for a prefecture or province, so that its five
    /// intensity columns take one count.
    counties: Option<Counties>,
    /// Filled in by [`rows`], once per code.
    unit_years: Option<(u16, u16)>,
}

impl Row {
    /// The row of `code` in `year`.
    ///
    /// # Errors
    /// A [`Error`] where [`pilots::covering_in`](crate::pilots::covering_in)
    /// gives one: a code in no list of 2000–2024, or a year outside them.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// let row = Row::new(DivisionCode::try_from(110101)?, 2020, Rules::DEFAULT)?;
    /// assert_eq!((row.year(), row.code().code().get()), (2020, 110101));
    /// assert!(Row::new(DivisionCode::try_from(110101)?, 1999, Rules::DEFAULT).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn new(code: DivisionCode, year: u16, rules: Rules) -> Result<Row, Error> {
        let coverage = crate::pilots::covering_in(code, year)?;
        Ok(Row::of(coverage, year, rules))
    }

    /// The row of a coverage that [`pilots::covering_in`](crate::pilots::covering_in)
    /// gave for `year`.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, pilots, panel::{Row, Rules}};
    ///
    /// let coverage = pilots::covering_in(DivisionCode::try_from(110101)?, 2020)?;
    /// assert!(Row::of(coverage, 2020, Rules::DEFAULT).treated());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn of(coverage: Coverage, year: u16, rules: Rules) -> Row {
        Row {
            year,
            coverage,
            rules,
            status: Status::of(coverage, rules),
            varies: None,
            counties: None,
            unit_years: None,
        }
    }

    /// The year of the row.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 湟中县 (630122), entry 50's 2012 area, in 2014.
    /// let row = Row::new(DivisionCode::try_from(630122)?, 2014, Rules::DEFAULT)?;
    /// assert_eq!(row.year(), 2014);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn year(&self) -> u16 {
        self.year
    }

    /// The code, as the lists give it.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 湟中县 (630122), entry 50's 2012 area, in 2014.
    /// let row = Row::new(DivisionCode::try_from(630122)?, 2014, Rules::DEFAULT)?;
    /// assert_eq!(row.code().code().get(), 630122);
    /// assert_eq!(row.code().years().last(), 2018); // then 湟中区 630106
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn code(&self) -> ListedCode {
        self.coverage.listed()
    }

    /// The pilots covering the code in the year, and how it was read.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, Extent, MemberId, panel::{Row, Rules}};
    ///
    /// // 湟中县 (630122), entry 50's 2012 area, in 2014.
    /// let row = Row::new(DivisionCode::try_from(630122)?, 2014, Rules::DEFAULT)?;
    /// let members: Vec<_> = row.coverage().members().collect();
    /// assert_eq!(members.len(), 1);
    /// assert_eq!(members[0].0.id(), "50a".parse::<MemberId>()?);
    /// assert_eq!(members[0].1, Extent::Wholly);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn coverage(&self) -> Coverage {
        self.coverage
    }

    /// The rules the row's treatment follows.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 湟中县 (630122), entry 50's 2012 area, in 2014.
    /// let row = Row::new(DivisionCode::try_from(630122)?, 2014, Rules::DEFAULT)?;
    /// assert_eq!(row.rules(), Rules::DEFAULT);
    /// assert_eq!(row.rules().treat_year(), 2013);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn rules(&self) -> Rules {
        self.rules
    }

    /// `treated`: a member's 2012 area that counts under the rules holds
    /// all or part of its area.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 湟中县 (630122), entry 50's 2012 area, in 2014.
    /// let row = Row::new(DivisionCode::try_from(630122)?, 2014, Rules::DEFAULT)?;
    /// assert!(row.treated());
    /// // 城东区 (630102), a district of 西宁市 beside 城北区 (entry 49).
    /// let chengdong = Row::new(DivisionCode::try_from(630102)?, 2014, Rules::DEFAULT)?;
    /// assert!(!chengdong.treated());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn treated(&self) -> bool {
        self.status.treated
    }

    /// `treated_wholly`: a member's 2012 area that counts under the rules
    /// holds all of its area.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 湟中县 (630122), entry 50's 2012 area, in 2014.
    /// let row = Row::new(DivisionCode::try_from(630122)?, 2014, Rules::DEFAULT)?;
    /// assert!(row.treated_wholly());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn treated_wholly(&self) -> bool {
        self.status.wholly
    }

    /// `via_province_member`: some pilot's area meets it, and only through
    /// province-level members (a Henan county outside 郑州 and 焦作), under
    /// either rule.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 兰考县 (410225): in entry 28's area only through 河南省电教馆.
    /// let lankao = Row::new(DivisionCode::try_from(410225)?, 2014, Rules::DEFAULT)?;
    /// assert!(lankao.via_province_member());
    /// // 湟中县 (630122), entry 50's 2012 area, in 2014.
    /// let row = Row::new(DivisionCode::try_from(630122)?, 2014, Rules::DEFAULT)?;
    /// assert!(!row.via_province_member());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn via_province_member(&self) -> bool {
        self.status.via_province_member
    }

    /// `post`: the year is in the treatment period.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// let code = DivisionCode::try_from(630122)?; // 湟中县
    /// assert!(!Row::new(code, 2012, Rules::DEFAULT)?.post());
    /// assert!(Row::new(code, 2013, Rules::DEFAULT)?.post());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn post(&self) -> bool {
        self.rules.post(self.year)
    }

    /// `first_treat`: the first year of treatment where the row is
    /// treated, `None` where it is not ([`NeverTreated`] says how that is
    /// written).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 湟中县 (630122), entry 50's 2012 area, in 2014.
    /// let row = Row::new(DivisionCode::try_from(630122)?, 2014, Rules::DEFAULT)?;
    /// assert_eq!(row.first_treat(), Some(2013));
    /// let chengdong = Row::new(DivisionCode::try_from(630102)?, 2014, Rules::DEFAULT)?;
    /// assert_eq!(chengdong.first_treat(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn first_treat(&self) -> Option<u16> {
        if self.status.treated {
            Some(self.rules.treat_year)
        } else {
            None
        }
    }

    /// `treated_varies`: `treated` is not the same in every year the code
    /// is listed (its area changed across a pilot's border).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 简阳市 joined 成都市 in 2016; entry 37 is 成都市教育局.
    /// let jianyang = Row::new(DivisionCode::try_from(510185)?, 2017, Rules::DEFAULT)?;
    /// assert!(!jianyang.treated_varies());
    /// // 拱墅区 took in 下城区 in 2021: partly treated after, wholly before.
    /// let gongshu = Row::new(DivisionCode::try_from(330105)?, 2021, Rules::DEFAULT)?;
    /// assert!(gongshu.treated() && !gongshu.treated_varies());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn treated_varies(&self) -> bool {
        self.varies
            .unwrap_or_else(|| treated_varies(self.code(), self.rules))
    }

    /// `unit_code`: the code it continues as through pure recodings, one
    /// id for 湟中县 630122 and 湟中区 630106 (see [`unit_code`]).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 湟中县 (630122), entry 50's 2012 area, in 2014.
    /// let row = Row::new(DivisionCode::try_from(630122)?, 2014, Rules::DEFAULT)?;
    /// assert_eq!(row.unit_code().get(), 630106); // 湟中区
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn unit_code(&self) -> DivisionCode {
        unit_code(self.code())
    }

    /// `first_year` and `last_year`: the first and the last year its unit
    /// (the codes [`unit_code`] joins) is listed. A unit first listed in
    /// or after the first year of treatment has no pre-treatment year
    /// ([`has_pre_period`](Row::has_pre_period)); one listed in a single
    /// year has one row.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// let years = |code: u32| Row::new(DivisionCode::try_from(code).unwrap(), 2020, Rules::DEFAULT).unwrap().unit_years();
    /// assert_eq!(years(630122), (2000, 2024)); // 湟中县, then 湟中区 630106
    /// assert_eq!(years(150603), (2016, 2024)); // 康巴什区
    /// ```
    #[must_use]
    #[inline]
    pub fn unit_years(&self) -> (u16, u16) {
        self.unit_years.unwrap_or_else(|| unit_years(self.code()))
    }

    /// `has_pre_period`: its unit is listed in a year before the first
    /// year of treatment.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// let kangbashi = Row::new(DivisionCode::try_from(150603)?, 2016, Rules::DEFAULT)?;
    /// assert!(!kangbashi.has_pre_period());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn has_pre_period(&self) -> bool {
        self.unit_years().0 < self.rules.treat_year
    }

    /// For a prefecture or a province, its county-level units in the year's
    /// list and how many are treated; `None` for a county-level row.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Row, Rules}};
    ///
    /// // 太原市 (140100) in 2014: entry 7 is its education bureau.
    /// let taiyuan = Row::new(DivisionCode::try_from(140100)?, 2014, Rules::DEFAULT)?;
    /// let counties = taiyuan.counties().unwrap();
    /// assert_eq!(counties.total(), 10);
    /// let huangzhong = Row::new(DivisionCode::try_from(630122)?, 2014, Rules::DEFAULT)?;
    /// assert_eq!(huangzhong.counties(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn counties(&self) -> Option<Counties> {
        if self.code().level() == AdminLevel::County {
            return None;
        }
        Some(
            self.counties
                // Its units in the list it was read in.
                .unwrap_or_else(|| {
                    Counties::of(self.code(), self.coverage.year_read(), self.rules)
                }),
        )
    }
}

/// Whether `treated` differs between the years `code` is listed.
#[inline]
fn treated_varies(code: ListedCode, rules: Rules) -> bool {
    let mut seen = [false; 2];
    for year in codes::FIRST_YEAR..=codes::LAST_YEAR {
        if code.years().contains(year) {
            if let Ok(coverage) = crate::pilots::covering_in(code.code(), year) {
                seen[usize::from(Status::of(coverage, rules).treated)] = true;
            }
        }
    }
    seen == [true, true]
}

/// The code that `code` continues as, to follow one unit across pure
/// recodings (湟中县 630122 became 湟中区 630106 in 2019): the last code of
/// its chain of them, else the code itself. A step from A to B is a pure
/// recoding when, in the first list without A, all of A's territory went
/// to B and nowhere else (A's one change of that year, wholly), B is new
/// in that list and came wholly from A alone (it may have taken in parts
/// of others too), and the two are of one level. What A lost while it was
/// listed does not matter: 公主岭市 (220381) lost part of its area in 2005
/// and became 220184 in 2020. A merger is no recoding: 崇文区 (110103) went
/// wholly into 东城区 (110101) in 2010, but 东城区 was listed before. A
/// change of level ends a chain, the codes being in different panels:
/// 儋州市, county-level 469003 to 2014, prefecture-level 460400 from 2015.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, codes, panel};
///
/// let code = |n: u32| codes::listed(DivisionCode::try_from(n).unwrap()).unwrap();
/// assert_eq!(panel::unit_code(code(630122)).get(), 630106); // 湟中县 → 湟中区
/// assert_eq!(panel::unit_code(code(220381)).get(), 220184); // 公主岭市
/// assert_eq!(panel::unit_code(code(110103)).get(), 110103); // 崇文区: merged
/// assert_eq!(panel::unit_code(code(469003)).get(), 469003); // 儋州市: level changed
/// ```
#[must_use]
#[inline]
pub fn unit_code(code: ListedCode) -> DivisionCode {
    let mut current = code;
    // Each step goes to a code first listed after the last year of the one
    // before, so the chain ends.
    while let Some(next) = recoded_as(current) {
        current = next;
    }
    current.code()
}

/// The code that `code` is purely recoded as, by the rule of
/// [`unit_code`].
#[inline]
fn recoded_as(code: ListedCode) -> Option<ListedCode> {
    let gone = code.years().last() + 1;
    let mut became = code.became().filter(|c| c.year() == gone);
    let (Some(change), None) = (became.next(), became.next()) else {
        return None;
    };
    let next = codes::listed(change.to())?;
    let mut wholly = next
        .came_from()
        .filter(|c| c.year() == gone && c.extent() == Extent::Wholly);
    let sole_source =
        wholly.next().is_some_and(|c| c.from() == code.code()) && wholly.next().is_none();
    let pure = change.extent() == Extent::Wholly
        && sole_source
        && next.years().first() == gone
        && next.level() == code.level();
    pure.then_some(next)
}

/// The first and the last year that the unit of `code` (the codes one
/// [`unit_code`] joins) is listed.
#[inline]
fn unit_years(code: ListedCode) -> (u16, u16) {
    let mut last = code;
    while let Some(next) = recoded_as(last) {
        last = next;
    }
    let mut first = code;
    loop {
        let start = first.years().first();
        let before = first
            .came_from()
            .filter(|c| c.year() == start && c.extent() == Extent::Wholly)
            .filter_map(|c| codes::listed(c.from()))
            .find(|&from| recoded_as(from).is_some_and(|next| next.code() == first.code()));
        match before {
            Some(before) => first = before,
            None => break,
        }
    }
    (first.years().first(), last.years().last())
}

/// The rows of a level's panel, code by code in the order of the codes,
/// each code's years in order: every code of that level in every year's
/// list 2000–2024. See [`rows`].
///
/// # Example
/// ```
/// use cn_edu_pilots::{AdminLevel, panel::{self, Rules}};
///
/// // 北京市 (110000) opens the province-year panel, 2000 to 2024.
/// let mut rows = panel::rows(AdminLevel::Provincial, Rules::DEFAULT);
/// let first = rows.next().unwrap();
/// assert_eq!((first.code().code().get(), first.year()), (110000, 2000));
/// assert_eq!(rows.nth(23).map(|r| r.year()), Some(2024));
/// assert_eq!(rows.next().map(|r| r.code().code().get()), Some(120000)); // 天津市
/// ```
#[derive(Clone, Debug)]
pub struct Rows {
    codes: ListedCodes,
    level: AdminLevel,
    rules: Rules,
    /// The code whose years are being walked, whether its treatment
    /// varies, its unit's years, and the next year to look at.
    current: Option<(ListedCode, bool, (u16, u16), u16)>,
}

impl Iterator for Rows {
    type Item = Row;

    #[inline]
    fn next(&mut self) -> Option<Row> {
        loop {
            if let Some((code, varies, unit_years, year)) = self.current {
                if year <= codes::LAST_YEAR {
                    self.current = Some((code, varies, unit_years, year + 1));
                    if !code.years().contains(year) {
                        continue;
                    }
                    // A listed code in a year of the lists always reads.
                    if let Ok(coverage) = crate::pilots::covering_in(code.code(), year) {
                        let mut row = Row::of(coverage, year, self.rules);
                        row.varies = Some(varies);
                        row.counties = row.counties();
                        row.unit_years = Some(unit_years);
                        return Some(row);
                    }
                    continue;
                }
            }
            let level = self.level;
            let code = self.codes.find(|&c| {
                c.level() == level
                    || (level == AdminLevel::Prefectural
                        && crate::province::is_municipality(c.code()))
            })?;
            let varies = treated_varies(code, self.rules);
            self.current = Some((code, varies, unit_years(code), codes::FIRST_YEAR));
        }
    }
}

impl core::iter::FusedIterator for Rows {}

/// The rows of the `level` panel under `rules`: one per code of that level
/// and year whose list has it, code by code, as the committed files have
/// them.
///
/// # Example
/// ```
/// use cn_edu_pilots::{AdminLevel, panel::{self, Rules}};
///
/// let provinces = panel::rows(AdminLevel::Provincial, Rules::DEFAULT);
/// let (mut rows, mut treated) = (0, 0);
/// for row in provinces {
///     rows += 1;
///     treated += usize::from(row.treated());
/// }
/// assert_eq!(rows, 775); // 31 provinces in each of 25 years
/// assert!(treated > 0);
/// ```
#[must_use]
#[inline]
pub fn rows(level: AdminLevel, rules: Rules) -> Rows {
    Rows {
        codes: codes::all(),
        level,
        rules,
        current: None,
    }
}

/// The file name of a level's panel without its extension:
/// `county_year`, `prefecture_year`, `province_year`.
///
/// # Example
/// ```
/// use cn_edu_pilots::{AdminLevel, panel};
///
/// assert_eq!(panel::name(AdminLevel::Prefectural), "prefecture_year");
/// ```
#[must_use]
#[inline]
pub const fn name(level: AdminLevel) -> &'static str {
    match level {
        AdminLevel::County => "county_year",
        AdminLevel::Prefectural => "prefecture_year",
        AdminLevel::Provincial => "province_year",
    }
}

/// The label of a level's panel (a .dta file's data label), naming the
/// first year of treatment.
///
/// # Example
/// ```
/// use cn_edu_pilots::{AdminLevel, panel::{self, Rules}};
///
/// assert_eq!(
///     panel::title(AdminLevel::County, Rules::DEFAULT).to_string(),
///     "County-year panel 2000-2024, pilots of 教技函〔2012〕70号, treated from 2013"
/// );
/// ```
#[must_use]
#[inline]
pub fn title(level: AdminLevel, rules: Rules) -> impl fmt::Display {
    struct Title(AdminLevel, u16);
    impl fmt::Display for Title {
        #[inline]
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            let word = match self.0 {
                AdminLevel::County => "County",
                AdminLevel::Prefectural => "Prefecture",
                AdminLevel::Provincial => "Province",
            };
            write!(
                f,
                "{word}-year panel 2000-2024, pilots of 教技函〔2012〕70号, treated from {}",
                self.1
            )
        }
    }
    Title(level, rules.treat_year)
}

/// How a column's values are stored: the narrowest Stata type that holds
/// them, which other formats map as they need (a .dta `byte`, `int`,
/// `long`, `double` or `str#`; Arrow's int8, int16, int32, float64, utf8).
///
/// # Example
/// ```
/// use cn_edu_pilots::panel::{Column, ColumnType};
///
/// assert_eq!(Column::Treated.column_type(), ColumnType::Byte);
/// assert_eq!(Column::Code.column_type(), ColumnType::Long);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum ColumnType {
    /// A flag or a small count, -127 to 100.
    Byte,
    /// A year or a count, to 32,740.
    Int,
    /// A division code.
    Long,
    /// A share.
    Double,
    /// Text: ids and names.
    Text,
}

/// One value of a row. Its `Display` is the CSV text: a number, the text,
/// nothing for a missing value, `Inf` for an infinite first year of
/// treatment.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, panel::{Cell, Column, NeverTreated, Row, Rules}};
///
/// let rules = Rules::DEFAULT.with_never_treated(NeverTreated::Inf);
/// let row = Row::new(DivisionCode::try_from(510185)?, 2017, rules)?; // 简阳市
/// assert_eq!(Column::FirstTreat.cell(&row), Cell::Inf);
/// assert_eq!(Column::FirstTreat.cell(&row).to_string(), "Inf");
/// assert_eq!(Column::Year.cell(&row), Cell::Int(2017));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Cell {
    /// A whole number: a year, a code, a count or a flag.
    Int(i32),
    /// A share.
    Real(f64),
    /// Text.
    Text(Text),
    /// A missing value: empty in CSV.
    Missing,
    /// An infinite first year of treatment: `Inf` in CSV, a missing value
    /// where the format has no infinity (Stata).
    Inf,
}

impl Cell {
    #[inline]
    fn flag(value: bool) -> Cell {
        Cell::Int(i32::from(value))
    }

    #[inline]
    fn code(code: DivisionCode) -> Cell {
        // Six digits fit an i32.
        Cell::Int(i32::try_from(code.get()).unwrap_or(i32::MAX))
    }

    #[inline]
    fn count(n: usize) -> Cell {
        Cell::Int(i32::try_from(n).unwrap_or(i32::MAX))
    }
}

impl fmt::Display for Cell {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Int(n) => write!(f, "{n}"),
            Cell::Real(x) => write!(f, "{x}"),
            Cell::Text(text) => fmt::Display::fmt(text, f),
            Cell::Missing => Ok(()),
            Cell::Inf => f.write_str("Inf"),
        }
    }
}

/// The text of a [`Cell`]: a name, or a `;`-separated list of pilot or
/// member ids, written by its `Display` without allocating.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, panel::{Cell, Column, Row, Rules}};
///
/// let row = Row::new(DivisionCode::try_from(410102)?, 2014, Rules::DEFAULT)?; // 中原区
/// let Cell::Text(members) = Column::ViaMembers.cell(&row) else { unreachable!() };
/// assert_eq!(members.to_string(), "28a;28b");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Text(TextKind);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum TextKind {
    Str(&'static str),
    Units(Units),
    /// Members by their position in `pilots::members()`.
    Members(u64),
    /// A member's id.
    Member(MemberId),
    /// The provinces of a unit's members, each once.
    Provinces(&'static PilotUnit),
    /// The divisions of a unit's territorial members, each once, in 2012
    /// or as of the last list.
    Divisions(&'static PilotUnit, Edition),
    Themes(ThemeSet),
    /// The names of units.
    Names(Units),
    /// For each unit of a coverage, `wholly` or `partly`.
    Extents(Coverage),
    /// The year of a row and the year of the list its code was read in.
    Note(u16, u16),
    /// What a code read in another year's list became after it, or came
    /// from by then.
    Changes(Coverage),
    /// A name of the crosswalk.
    Name(codes::NameText),
}

/// Which code of a member's division a cell gives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Edition {
    /// The 2012-10 edition's.
    Of2012,
    /// The last year-end list's.
    Last,
}

/// The divisions of `unit`'s territorial members, each once, as `edition`
/// gives them.
#[inline]
fn divisions(unit: &'static PilotUnit, edition: Edition) -> impl Iterator<Item = Division> {
    let of_2012 = unit
        .members()
        .iter()
        .filter(|m| m.kind().is_territorial())
        .filter_map(Member::division);
    of_2012
        .clone()
        .enumerate()
        // Each once: skip a division an earlier member has.
        .filter(move |&(i, d)| !of_2012.clone().take(i).any(|e| e.code() == d.code()))
        .filter_map(move |(_, d)| match edition {
            Edition::Of2012 => Some(d),
            Edition::Last => d.as_of(codes::LAST_YEAR),
        })
}

impl fmt::Display for Text {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        let mut sep = |f: &mut fmt::Formatter<'_>| {
            let was = first;
            first = false;
            if was { Ok(()) } else { f.write_str(";") }
        };
        match self.0 {
            TextKind::Str(s) => f.write_str(s),
            TextKind::Units(units) => {
                for unit in units {
                    sep(f)?;
                    write!(f, "{}", unit.id())?;
                }
                Ok(())
            }
            TextKind::Members(mask) => {
                for (i, member) in crate::pilots::members().iter().enumerate() {
                    if mask & (1 << i) != 0 {
                        sep(f)?;
                        write!(f, "{}", member.id())?;
                    }
                }
                Ok(())
            }
            TextKind::Member(id) => write!(f, "{id}"),
            TextKind::Provinces(unit) => {
                for province in unit.provinces() {
                    sep(f)?;
                    f.write_str(province.as_str())?;
                }
                Ok(())
            }
            TextKind::Divisions(unit, edition) => {
                for division in divisions(unit, edition) {
                    sep(f)?;
                    write!(f, "{}", division.code())?;
                }
                Ok(())
            }
            TextKind::Names(units) => {
                for unit in units {
                    sep(f)?;
                    f.write_str(unit.name())?;
                }
                Ok(())
            }
            TextKind::Extents(coverage) => {
                for unit in coverage.any() {
                    sep(f)?;
                    let wholly = coverage.wholly().contains(unit);
                    f.write_str(if wholly { "wholly" } else { "partly" })?;
                }
                Ok(())
            }
            TextKind::Changes(coverage) => {
                for (i, code) in changes(coverage).enumerate() {
                    // A code that two changes name is written once.
                    if !changes(coverage).take(i).any(|earlier| earlier == code) {
                        sep(f)?;
                        write!(f, "{code}")?;
                    }
                }
                Ok(())
            }
            TextKind::Name(name) => fmt::Display::fmt(&name, f),
            TextKind::Note(year, read_in) => {
                write!(f, "not in the {year} list: read in the {read_in} list")
            }
            TextKind::Themes(themes) => {
                for theme in themes {
                    sep(f)?;
                    f.write_str(theme.as_str())?;
                }
                Ok(())
            }
        }
    }
}

/// A column of the panels: its name, label and type, and how a row's
/// value is computed ([`Column::cell`]). [`columns`] lists a level's
/// columns in order; `data/CODEBOOK.md` in the repository describes each.
///
/// # Example
/// ```
/// use cn_edu_pilots::panel::{Column, Rules};
///
/// assert_eq!(Column::FirstTreat.name(), "first_treat");
/// assert_eq!(
///     Column::FirstTreat.label(Rules::DEFAULT).to_string(),
///     "First treated year: 2013 if treated, 0 if never"
/// );
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[non_exhaustive]
pub enum Column {
    /// `year`: the year of the year-end list.
    Year,
    /// `code`: the code in that year's list.
    Code,
    /// `name`: its name in that year's list.
    Name,
    /// `level`: `County`, `Prefectural` or `Provincial`.
    Level,
    /// `province`: the code of its province.
    Province,
    /// `parent`: its prefecture, else its province, in that year's list.
    Parent,
    /// `n_pilots`: how many pilots' 2012 areas meet its area.
    NPilots,
    /// `pilot_ids`: those pilots' ids.
    PilotIds,
    /// `pilot_ids_wholly`: the pilots holding all its area.
    PilotIdsWholly,
    /// `pilot_ids_partly`: the pilots holding part of it only.
    PilotIdsPartly,
    /// `via_members`: the members whose 2012 areas meet its area.
    ViaMembers,
    /// `via_members_wholly`: those holding all of it.
    ViaMembersWholly,
    /// `via_members_partly`: those holding part of it only.
    ViaMembersPartly,
    /// `treated`: [`Row::treated`].
    Treated,
    /// `treated_wholly`: [`Row::treated_wholly`].
    TreatedWholly,
    /// `via_province_member`: [`Row::via_province_member`].
    ViaProvinceMember,
    /// `treated_varies`: [`Row::treated_varies`].
    TreatedVaries,
    /// `post`: [`Row::post`].
    Post,
    /// `first_treat`: [`Row::first_treat`], coded as [`NeverTreated`] says
    /// where it is never treated.
    FirstTreat,
    /// `unit_code`: [`Row::unit_code`], a stable id.
    UnitCode,
    /// `first_year`: the first year its unit is listed ([`Row::unit_years`]).
    FirstYear,
    /// `last_year`: the last year its unit is listed.
    LastYear,
    /// `has_pre_period`: [`Row::has_pre_period`].
    HasPrePeriod,
    /// `n_counties`: its county-level units ([`Counties`]).
    NCounties,
    /// `n_counties_treated`: of them, treated.
    NCountiesTreated,
    /// `n_counties_treated_wholly`: of them, wholly treated.
    NCountiesTreatedWholly,
    /// `share_treated`: the share of them treated.
    ShareTreated,
    /// `share_treated_wholly`: the share of them wholly treated.
    ShareTreatedWholly,
    /// `municipality`: one of the four municipalities (直辖市), which the
    /// prefecture panel has as prefecture-level cities, as city yearbooks
    /// do.
    Municipality,
    /// `pilot_names`: the names of the pilots of `pilot_ids`, as published.
    PilotNames,
    /// `pilot_coverage`: for each of them, `wholly` or `partly`.
    PilotCoverage,
    /// `pilot_note`: where the code is not in the list of the row's year,
    /// the year of the list it was read in
    /// ([`Coverage::reading`](crate::Coverage::reading)).
    PilotNote,
    /// `reading`: how the code was read in the row's year: `Listed`, or
    /// `Retired` or `NotYetListed` and read in another year's list
    /// ([`Reading`](crate::Reading)).
    Reading,
    /// `year_read`: the year of the list the code was read in.
    YearRead,
    /// `became`: for a code read as `Retired`, the codes its territory went
    /// to after the year it was read in.
    Became,
    /// `came_from`: for a code read as `NotYetListed`, the codes its
    /// territory came from by the year it was read in.
    CameFrom,
}

/// The columns of the county panel, in order. The id columns stay the 8th
/// to the 13th, as Stata's `import delimited … stringcols(8/13)` takes
/// them, so new columns go after them.
const COUNTY: [Column; 23] = [
    Column::Year,
    Column::Code,
    Column::Name,
    Column::Level,
    Column::Province,
    Column::Parent,
    Column::NPilots,
    Column::PilotIds,
    Column::PilotIdsWholly,
    Column::PilotIdsPartly,
    Column::ViaMembers,
    Column::ViaMembersWholly,
    Column::ViaMembersPartly,
    Column::Treated,
    Column::TreatedWholly,
    Column::ViaProvinceMember,
    Column::TreatedVaries,
    Column::Post,
    Column::FirstTreat,
    Column::UnitCode,
    Column::FirstYear,
    Column::LastYear,
    Column::HasPrePeriod,
];

/// The intensity of treatment among a prefecture's or province's
/// county-level units.
const INTENSITY: [Column; 5] = [
    Column::NCounties,
    Column::NCountiesTreated,
    Column::NCountiesTreatedWholly,
    Column::ShareTreated,
    Column::ShareTreatedWholly,
];

/// `a` then `b`, at compile time.
#[inline]
const fn concat<const N: usize>(a: &[Column], b: &[Column]) -> [Column; N] {
    assert!(a.len() + b.len() == N, "the lengths add up");
    let mut columns = [Column::Year; N];
    let mut i = 0;
    while i < N {
        columns[i] = if i < a.len() { a[i] } else { b[i - a.len()] };
        i += 1;
    }
    columns
}

/// The columns of the province panel.
const PROVINCE: [Column; 28] = concat(&COUNTY, &INTENSITY);

/// The columns of the prefecture panel: the province panel's, and the flag
/// of the municipalities' rows.
const PREFECTURE: [Column; 29] = concat(&PROVINCE, &[Column::Municipality]);

/// The columns of the `level` panel, in order.
///
/// # Example
/// ```
/// use cn_edu_pilots::{AdminLevel, panel::{self, Column}};
///
/// assert_eq!(panel::columns(AdminLevel::County).len(), 23);
/// assert_eq!(panel::columns(AdminLevel::Provincial).last(), Some(&Column::ShareTreatedWholly));
/// assert_eq!(panel::columns(AdminLevel::Prefectural).last(), Some(&Column::Municipality));
/// ```
#[must_use]
#[inline]
pub fn columns(level: AdminLevel) -> &'static [Column] {
    match level {
        AdminLevel::County => &COUNTY,
        AdminLevel::Prefectural => &PREFECTURE,
        AdminLevel::Provincial => &PROVINCE,
    }
}

impl Column {
    /// The columns that `mark` appends to every row, in order, before the
    /// treatment columns.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Column, Row, Rules}};
    ///
    /// let names: Vec<&str> = Column::MARK.iter().map(|c| c.name()).collect();
    /// assert_eq!(names, ["pilot_ids", "pilot_names", "pilot_coverage", "pilot_note"]);
    /// let row = Row::new(DivisionCode::try_from(630122)?, 2020, Rules::DEFAULT)?; // 湟中县
    /// let cells: Vec<String> = Column::MARK.iter().map(|c| c.cell(&row).to_string()).collect();
    /// assert_eq!(cells, ["50", "青海省湟中县教育局", "wholly", "not in the 2020 list: read in the 2018 list"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const MARK: [Column; 4] = [
        Column::PilotIds,
        Column::PilotNames,
        Column::PilotCoverage,
        Column::PilotNote,
    ];

    /// The treatment columns that `mark --treatment` appends to a file, in
    /// order.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::Column;
    ///
    /// let names: Vec<&str> = Column::TREATMENT.iter().map(|c| c.name()).collect();
    /// assert_eq!(names, ["via_members", "treated", "treated_wholly", "via_province_member", "post", "first_treat"]);
    /// ```
    pub const TREATMENT: [Column; 6] = [
        Column::ViaMembers,
        Column::Treated,
        Column::TreatedWholly,
        Column::ViaProvinceMember,
        Column::Post,
        Column::FirstTreat,
    ];

    /// The column's name, as the files' header and Stata have it.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::Column;
    ///
    /// assert_eq!(Column::ViaProvinceMember.name(), "via_province_member");
    /// ```
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        match self {
            Column::Year => "year",
            Column::Code => "code",
            Column::Name => "name",
            Column::Level => "level",
            Column::Province => "province",
            Column::Parent => "parent",
            Column::NPilots => "n_pilots",
            Column::PilotIds => "pilot_ids",
            Column::PilotIdsWholly => "pilot_ids_wholly",
            Column::PilotIdsPartly => "pilot_ids_partly",
            Column::ViaMembers => "via_members",
            Column::ViaMembersWholly => "via_members_wholly",
            Column::ViaMembersPartly => "via_members_partly",
            Column::Treated => "treated",
            Column::TreatedWholly => "treated_wholly",
            Column::ViaProvinceMember => "via_province_member",
            Column::TreatedVaries => "treated_varies",
            Column::Post => "post",
            Column::FirstTreat => "first_treat",
            Column::UnitCode => "unit_code",
            Column::FirstYear => "first_year",
            Column::LastYear => "last_year",
            Column::HasPrePeriod => "has_pre_period",
            Column::Municipality => "municipality",
            Column::PilotNames => "pilot_names",
            Column::PilotCoverage => "pilot_coverage",
            Column::PilotNote => "pilot_note",
            Column::Reading => "reading",
            Column::YearRead => "year_read",
            Column::Became => "became",
            Column::CameFrom => "came_from",
            Column::NCounties => "n_counties",
            Column::NCountiesTreated => "n_counties_treated",
            Column::NCountiesTreatedWholly => "n_counties_treated_wholly",
            Column::ShareTreated => "share_treated",
            Column::ShareTreatedWholly => "share_treated_wholly",
        }
    }

    /// How the column's values are stored.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::{Column, ColumnType};
    ///
    /// assert_eq!(Column::ShareTreated.column_type(), ColumnType::Double);
    /// ```
    #[must_use]
    #[inline]
    pub const fn column_type(self) -> ColumnType {
        match self {
            Column::Year
            | Column::FirstTreat
            | Column::FirstYear
            | Column::LastYear
            | Column::NCounties
            | Column::NCountiesTreated
            | Column::NCountiesTreatedWholly
            | Column::YearRead => ColumnType::Int,
            Column::Code | Column::Province | Column::Parent | Column::UnitCode => ColumnType::Long,
            Column::Name
            | Column::Level
            | Column::PilotIds
            | Column::PilotIdsWholly
            | Column::PilotIdsPartly
            | Column::ViaMembers
            | Column::ViaMembersWholly
            | Column::ViaMembersPartly
            | Column::PilotNames
            | Column::PilotCoverage
            | Column::PilotNote
            | Column::Reading
            | Column::Became
            | Column::CameFrom => ColumnType::Text,
            Column::NPilots
            | Column::Treated
            | Column::TreatedWholly
            | Column::ViaProvinceMember
            | Column::TreatedVaries
            | Column::Post
            | Column::HasPrePeriod
            | Column::Municipality => ColumnType::Byte,
            Column::ShareTreated | Column::ShareTreatedWholly => ColumnType::Double,
        }
    }

    /// The column's label (a .dta variable label, at most 80 bytes), which
    /// names the first year of treatment where the column depends on it.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::{Column, Rules};
    ///
    /// let rules = Rules::DEFAULT.with_treat_year(2012)?;
    /// assert_eq!(Column::Post.label(rules).to_string(), "1 if year >= 2012, the first treated year");
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn label(self, rules: Rules) -> Label {
        Label {
            column: self,
            rules,
        }
    }

    /// The fixed part of the label.
    #[inline]
    const fn label_text(self) -> &'static str {
        match self {
            Column::Year => "Year of the year-end list of codes",
            Column::Code => "GB/T 2260 code in that year's list",
            Column::Name => "Name in that year's list",
            Column::Level => "Level: County, Prefectural or Provincial",
            Column::Province => "Code of its province (XX0000)",
            Column::Parent => "Parent code in that year's list: prefecture, else province",
            Column::NPilots => "Number of pilots whose 2012 areas meet its area",
            Column::PilotIds => {
                "Ids (1-56) of the pilots whose 2012 areas meet its area, ;-separated"
            }
            Column::PilotIdsWholly => "Ids of the pilots whose 2012 areas hold all its area",
            Column::PilotIdsPartly => {
                "Ids of the pilots whose 2012 areas hold part of its area only"
            }
            Column::ViaMembers => "Ids (members.csv) of the members whose 2012 areas meet its area",
            Column::ViaMembersWholly => "Ids of the members whose 2012 areas hold all its area",
            Column::ViaMembersPartly => {
                "Ids of the members whose 2012 areas hold part of its area only"
            }
            Column::ViaProvinceMember => {
                "1 if covered only through a province-level member (河南省电教馆)"
            }
            Column::TreatedVaries => "1 if treated differs between the years the code is listed",
            // Written by `Label`, as they depend on the rules.
            Column::Post
            | Column::FirstTreat
            | Column::Treated
            | Column::TreatedWholly
            | Column::HasPrePeriod => "",
            Column::FirstYear => "First year its unit (unit_code) is listed",
            Column::LastYear => "Last year its unit (unit_code) is listed",
            Column::Municipality => "1 for 北京, 天津, 上海, 重庆, as prefecture-level cities",
            Column::PilotNames => "Names of the pilots of pilot_ids, as published, ;-separated",
            Column::PilotCoverage => "For each of them, wholly or partly, ;-separated",
            Column::PilotNote => {
                "Where the code is not in the year's list, the list it was read in"
            }
            Column::Reading => "How the code was read: Listed, Retired or NotYetListed",
            Column::YearRead => "Year of the list the code was read in",
            Column::Became => "Retired: the codes it became after the year read, ;-separated",
            Column::CameFrom => "NotYetListed: the codes it came from, ;-separated",
            Column::UnitCode => "Stable id: the latest code it continues as through pure recodings",
            Column::NCounties => "County-level units under it in that year's list",
            Column::NCountiesTreated => "Of them, treated (treated = 1)",
            Column::NCountiesTreatedWholly => "Of them, wholly treated (treated_wholly = 1)",
            Column::ShareTreated => "Share of its county-level units treated",
            Column::ShareTreatedWholly => "Share of its county-level units wholly treated",
        }
    }

    /// The row's value in this column.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, panel::{Cell, Column, Row, Rules}};
    ///
    /// let row = Row::new(DivisionCode::try_from(630122)?, 2014, Rules::DEFAULT)?; // 湟中县
    /// assert_eq!(Column::Treated.cell(&row), Cell::Int(1));
    /// assert_eq!(Column::UnitCode.cell(&row), Cell::Int(630106)); // 湟中区 from 2019
    /// assert_eq!(Column::NCounties.cell(&row), Cell::Missing); // a county has none
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn cell(self, row: &Row) -> Cell {
        let code = row.code();
        let coverage = row.coverage;
        let text = |kind| Cell::Text(Text(kind));
        let members = |extent: Option<Extent>| {
            let mask = coverage
                .members()
                .filter(|(_, e)| extent.is_none_or(|extent| *e == extent))
                .fold(0u64, |mask, (member, _)| mask | 1 << member.position());
            text(TextKind::Members(mask))
        };
        // Counted only for the columns that ask: a row not made by `rows`
        // counts its county-level units each time.
        let count = |of: fn(Counties) -> u32| {
            row.counties().map_or(Cell::Missing, |c| {
                Cell::Int(i32::try_from(of(c)).unwrap_or(i32::MAX))
            })
        };
        let share = |of: fn(Counties) -> Option<f64>| {
            row.counties()
                .and_then(of)
                .map_or(Cell::Missing, Cell::Real)
        };
        match self {
            Column::Year => Cell::Int(i32::from(row.year)),
            Column::Code => Cell::code(code.code()),
            Column::Name => code
                .name_zh(row.year)
                .map_or(Cell::Missing, |name| text(TextKind::Str(name))),
            Column::Level => text(TextKind::Str(code.level().as_str())),
            Column::Province => Cell::code(code.code().province_code()),
            Column::Parent => code.parent(row.year).map_or(Cell::Missing, Cell::code),
            Column::NPilots => Cell::count(coverage.any().len()),
            Column::PilotIds => text(TextKind::Units(coverage.any())),
            Column::PilotIdsWholly => text(TextKind::Units(coverage.wholly())),
            Column::PilotIdsPartly => text(TextKind::Units(coverage.partly())),
            Column::ViaMembers => members(None),
            Column::ViaMembersWholly => members(Some(Extent::Wholly)),
            Column::ViaMembersPartly => members(Some(Extent::Partly)),
            Column::Treated => Cell::flag(row.treated()),
            Column::TreatedWholly => Cell::flag(row.treated_wholly()),
            Column::ViaProvinceMember => Cell::flag(row.via_province_member()),
            Column::TreatedVaries => Cell::flag(row.treated_varies()),
            Column::Post => Cell::flag(row.post()),
            Column::FirstTreat => match (row.first_treat(), row.rules.never_treated) {
                (Some(year), _) => Cell::Int(i32::from(year)),
                (None, NeverTreated::Zero) => Cell::Int(0),
                (None, NeverTreated::Empty) => Cell::Missing,
                (None, NeverTreated::Inf) => Cell::Inf,
            },
            Column::UnitCode => Cell::code(row.unit_code()),
            Column::FirstYear => Cell::Int(i32::from(row.unit_years().0)),
            Column::LastYear => Cell::Int(i32::from(row.unit_years().1)),
            Column::HasPrePeriod => Cell::flag(row.has_pre_period()),
            Column::Municipality => Cell::flag(crate::province::is_municipality(code.code())),
            Column::PilotNames => text(TextKind::Names(coverage.any())),
            Column::PilotCoverage => text(TextKind::Extents(coverage)),
            Column::PilotNote => match coverage.reading() {
                crate::Reading::Listed => Cell::Missing,
                _ => text(TextKind::Note(row.year, coverage.year_read())),
            },
            Column::Reading => text(TextKind::Str(match coverage.reading() {
                crate::Reading::Retired { .. } => "Retired",
                crate::Reading::NotYetListed { .. } => "NotYetListed",
                _ => "Listed",
            })),
            Column::YearRead => Cell::Int(i32::from(coverage.year_read())),
            Column::Became | Column::CameFrom => {
                let wanted = matches!(
                    (self, coverage.reading()),
                    (Column::Became, crate::Reading::Retired { .. })
                        | (Column::CameFrom, crate::Reading::NotYetListed { .. })
                );
                if wanted {
                    text(TextKind::Changes(coverage))
                } else {
                    Cell::Missing
                }
            }
            Column::NCounties => count(Counties::total),
            Column::NCountiesTreated => count(Counties::treated),
            Column::NCountiesTreatedWholly => count(Counties::treated_wholly),
            Column::ShareTreated => share(Counties::share_treated),
            Column::ShareTreatedWholly => share(Counties::share_treated_wholly),
        }
    }
}

/// A column's label under a set of rules: see [`Column::label`].
///
/// # Example
/// ```
/// use cn_edu_pilots::panel::{Column, NeverTreated, Rules};
///
/// let rules = Rules::DEFAULT.with_never_treated(NeverTreated::Inf);
/// assert_eq!(
///     Column::FirstTreat.label(rules).to_string(),
///     "First treated year: 2013 if treated, missing if never"
/// );
/// assert_eq!(Column::Year.label(rules).to_string(), "Year of the year-end list of codes");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Label {
    column: Column,
    rules: Rules,
}

impl fmt::Display for Label {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = self.rules.treat_year;
        match self.column {
            Column::Post => write!(f, "1 if year >= {year}, the first treated year"),
            Column::HasPrePeriod => write!(
                f,
                "1 if its unit is listed before {year}, the first treated year"
            ),
            Column::Treated | Column::TreatedWholly => {
                let how = if self.column == Column::Treated {
                    "all or part of"
                } else {
                    "all"
                };
                match self.rules.province_members {
                    ProvinceMembers::Include => {
                        write!(f, "1 if a pilot's 2012 area holds {how} its area")
                    }
                    ProvinceMembers::Exclude => {
                        // "all or part of it", "all of it".
                        let how = how.trim_end_matches(" of");
                        write!(
                            f,
                            "1 if a pilot member below province level holds {how} of it"
                        )
                    }
                }
            }
            Column::FirstTreat => {
                let never = match self.rules.never_treated {
                    NeverTreated::Zero => "0",
                    NeverTreated::Empty | NeverTreated::Inf => "missing",
                };
                write!(f, "First treated year: {year} if treated, {never} if never")
            }
            column => f.write_str(column.label_text()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_fits_a_stata_variable_label() {
        for level in AdminLevel::ALL {
            for &column in columns(level) {
                for year in TREAT_YEARS {
                    for never in NeverTreated::ALL {
                        for members in ProvinceMembers::ALL {
                            let rules = Rules::DEFAULT
                                .with_treat_year(year)
                                .unwrap()
                                .with_never_treated(never)
                                .with_province_members(members);
                            let label = column.label(rules).to_string();
                            assert!(!label.is_empty(), "{column:?} has no label");
                            assert!(label.len() <= 80, "{column:?}: {label} is over 80 bytes");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn every_name_is_a_stata_name_and_appears_once_per_panel() {
        for level in AdminLevel::ALL {
            let names: Vec<&str> = columns(level).iter().map(|c| c.name()).collect();
            for (i, name) in names.iter().enumerate() {
                assert!(
                    name.len() <= 32 && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                );
                assert!(!names[..i].contains(name), "{name} twice");
            }
        }
    }

    #[test]
    fn a_member_id_reads_back() {
        for member in crate::pilots::members() {
            let id = member.id();
            assert_eq!(id.to_string().parse::<MemberIdAlias>(), Ok(id));
            assert!(core::ptr::eq(id.member(), member));
        }
        for bad in [
            "", "0a", "28", "28f", "057a", "28A", "a28", "28aa", "５a", "2８a",
        ] {
            assert!(bad.parse::<MemberIdAlias>().is_err(), "{bad}");
        }
    }

    type MemberIdAlias = crate::MemberId;
}

/// A column of `units.csv`, one row per entry of the notice: its name,
/// label and type, and a unit's value ([`UnitColumn::cell`]).
///
/// # Example
/// ```
/// use cn_edu_pilots::{pilots, panel::UnitColumn};
///
/// let henan = pilots::get(28).unwrap();
/// assert_eq!(UnitColumn::MemberIds.cell(henan).to_string(), "28a;28b;28c;28d;28e");
/// assert_eq!(UnitColumn::Provinces.cell(henan).to_string(), "Henan;Xinjiang");
/// assert_eq!(UnitColumn::ALL[0].name(), "unit_id");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[non_exhaustive]
pub enum UnitColumn {
    /// `unit_id`: the entry's id, 1 to 56.
    UnitId,
    /// `name`: as published.
    Name,
    /// `name_en`: in English.
    NameEn,
    /// `joint`: a joint entry of several members.
    Joint,
    /// `n_members`: how many members.
    NMembers,
    /// `member_ids`: its members' ids.
    MemberIds,
    /// `lead_province`: its first member's province.
    LeadProvince,
    /// `provinces`: its members' provinces.
    Provinces,
    /// `codes_2012`: its territorial members' divisions, 2012 edition.
    Codes2012,
    /// `codes_2024`: the same divisions in the list of 2024.
    Codes2024,
    /// `themes`: its focus themes, the crate's coding.
    Themes,
    /// `focus`: its focus of work as published.
    Focus,
    /// `focus_en`: in English.
    FocusEn,
}

impl UnitColumn {
    /// The columns of `units.csv`, in order.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::UnitColumn;
    ///
    /// let header: Vec<&str> = UnitColumn::ALL.iter().map(|c| c.name()).collect();
    /// assert_eq!(
    ///     header.join(","),
    ///     "unit_id,name,name_en,joint,n_members,member_ids,lead_province,provinces,\
    ///      codes_2012,codes_2024,themes,focus,focus_en"
    /// );
    /// ```
    pub const ALL: [UnitColumn; 13] = [
        UnitColumn::UnitId,
        UnitColumn::Name,
        UnitColumn::NameEn,
        UnitColumn::Joint,
        UnitColumn::NMembers,
        UnitColumn::MemberIds,
        UnitColumn::LeadProvince,
        UnitColumn::Provinces,
        UnitColumn::Codes2012,
        UnitColumn::Codes2024,
        UnitColumn::Themes,
        UnitColumn::Focus,
        UnitColumn::FocusEn,
    ];

    /// The column's name.
    ///
    /// # Example
    /// ```
    /// assert_eq!(cn_edu_pilots::panel::UnitColumn::Codes2012.name(), "codes_2012");
    /// ```
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        self.about().0
    }

    /// How the column's values are stored.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::{ColumnType, UnitColumn};
    ///
    /// assert_eq!(UnitColumn::UnitId.column_type(), ColumnType::Int);
    /// ```
    #[must_use]
    #[inline]
    pub const fn column_type(self) -> ColumnType {
        self.about().1
    }

    /// The column's label.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::UnitColumn;
    ///
    /// assert_eq!(UnitColumn::Joint.label(), "1 if a joint entry of several members");
    /// ```
    #[must_use]
    #[inline]
    pub const fn label(self) -> &'static str {
        self.about().2
    }

    /// The name, type and label.
    #[inline]
    const fn about(self) -> (&'static str, ColumnType, &'static str) {
        use ColumnType::{Byte, Int, Text};
        match self {
            UnitColumn::UnitId => ("unit_id", Int, "Entry id, 1-56, in the notice's order"),
            UnitColumn::Name => ("name", Text, "Name as published"),
            UnitColumn::NameEn => ("name_en", Text, "English name"),
            UnitColumn::Joint => ("joint", Byte, "1 if a joint entry of several members"),
            UnitColumn::NMembers => ("n_members", Byte, "Number of member organisations"),
            UnitColumn::MemberIds => (
                "member_ids",
                Text,
                "Its members' ids (members.csv), ;-separated",
            ),
            UnitColumn::LeadProvince => ("lead_province", Text, "Province of its first member"),
            UnitColumn::Provinces => ("provinces", Text, "Provinces of its members, ;-separated"),
            UnitColumn::Codes2012 => (
                "codes_2012",
                Text,
                "Divisions (2012) of its territorial members",
            ),
            UnitColumn::Codes2024 => ("codes_2024", Text, "The same divisions in the list of 2024"),
            UnitColumn::Themes => (
                "themes",
                Text,
                "Focus themes (the crate's coding), ;-separated",
            ),
            UnitColumn::Focus => (
                "focus",
                Text,
                "Focus of work (试点工作重点内容) as published",
            ),
            UnitColumn::FocusEn => ("focus_en", Text, "Focus of work in English"),
        }
    }

    /// The value of `unit` in this column.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{pilots, panel::UnitColumn};
    ///
    /// let unit = pilots::get(43).unwrap(); // 昌都地区, 昌都市 from 2014
    /// assert_eq!(UnitColumn::Codes2012.cell(unit).to_string(), "542100");
    /// assert_eq!(UnitColumn::Codes2024.cell(unit).to_string(), "540300");
    /// ```
    #[must_use]
    #[inline]
    pub fn cell(self, unit: &'static PilotUnit) -> Cell {
        let text = |kind| Cell::Text(Text(kind));
        match self {
            UnitColumn::UnitId => Cell::Int(i32::from(unit.id())),
            UnitColumn::Name => text(TextKind::Str(unit.name())),
            UnitColumn::NameEn => text(TextKind::Str(unit.name_en())),
            UnitColumn::Joint => Cell::flag(unit.is_joint()),
            UnitColumn::NMembers => Cell::count(unit.members().len()),
            UnitColumn::MemberIds => text(TextKind::Members(
                unit.members()
                    .iter()
                    .fold(0, |mask, m| mask | 1 << m.position()),
            )),
            UnitColumn::LeadProvince => text(TextKind::Str(unit.lead_province().as_str())),
            UnitColumn::Provinces => text(TextKind::Provinces(unit)),
            UnitColumn::Codes2012 => text(TextKind::Divisions(unit, Edition::Of2012)),
            UnitColumn::Codes2024 => text(TextKind::Divisions(unit, Edition::Last)),
            UnitColumn::Themes => text(TextKind::Themes(unit.themes())),
            UnitColumn::Focus => text(TextKind::Str(unit.focus())),
            UnitColumn::FocusEn => text(TextKind::Str(unit.focus_en())),
        }
    }
}

/// A column of `members.csv`, one row per member organisation: its name,
/// label and type, and a member's value ([`MemberColumn::cell`]).
///
/// # Example
/// ```
/// use cn_edu_pilots::{pilots, panel::{Cell, MemberColumn}};
///
/// let member = pilots::member_by_name("河南省电教馆").unwrap();
/// assert_eq!(MemberColumn::MemberId.cell(member).to_string(), "28a");
/// assert_eq!(MemberColumn::Code2012.cell(member), Cell::Int(410000));
/// assert_eq!(MemberColumn::Level.cell(member).to_string(), "Provincial");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[non_exhaustive]
pub enum MemberColumn {
    /// `member_id`: [`Member::id`].
    MemberId,
    /// `unit_id`: its entry's id.
    UnitId,
    /// `member`: as published.
    Member,
    /// `member_en`: in English.
    MemberEn,
    /// `kind`: the kind of organisation.
    Kind,
    /// `territorial`: it acts for a territory.
    Territorial,
    /// `province`: its province.
    Province,
    /// `code_2012`: its division, 2012 edition.
    Code2012,
    /// `name_2012`: the division's name in 2012.
    Name2012,
    /// `name_2012_en`: in English.
    Name2012En,
    /// `level`: the division's level.
    Level,
    /// `code_2024`: the division in the list of 2024.
    Code2024,
    /// `name_2024`: its name then.
    Name2024,
}

impl MemberColumn {
    /// The columns of `members.csv`, in order.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::MemberColumn;
    ///
    /// let header: Vec<&str> = MemberColumn::ALL.iter().map(|c| c.name()).collect();
    /// assert_eq!(
    ///     header.join(","),
    ///     "member_id,unit_id,member,member_en,kind,territorial,province,code_2012,\
    ///      name_2012,name_2012_en,level,code_2024,name_2024"
    /// );
    /// ```
    pub const ALL: [MemberColumn; 13] = [
        MemberColumn::MemberId,
        MemberColumn::UnitId,
        MemberColumn::Member,
        MemberColumn::MemberEn,
        MemberColumn::Kind,
        MemberColumn::Territorial,
        MemberColumn::Province,
        MemberColumn::Code2012,
        MemberColumn::Name2012,
        MemberColumn::Name2012En,
        MemberColumn::Level,
        MemberColumn::Code2024,
        MemberColumn::Name2024,
    ];

    /// The column's name.
    ///
    /// # Example
    /// ```
    /// assert_eq!(cn_edu_pilots::panel::MemberColumn::Code2024.name(), "code_2024");
    /// ```
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        self.about().0
    }

    /// How the column's values are stored.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::{ColumnType, MemberColumn};
    ///
    /// assert_eq!(MemberColumn::Code2012.column_type(), ColumnType::Long);
    /// ```
    #[must_use]
    #[inline]
    pub const fn column_type(self) -> ColumnType {
        self.about().1
    }

    /// The column's label.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::MemberColumn;
    ///
    /// assert_eq!(MemberColumn::MemberId.label(), "Member id: entry id and letter, 28a");
    /// ```
    #[must_use]
    #[inline]
    pub const fn label(self) -> &'static str {
        self.about().2
    }

    /// The name, type and label.
    #[inline]
    const fn about(self) -> (&'static str, ColumnType, &'static str) {
        use ColumnType::{Byte, Int, Long, Text};
        match self {
            MemberColumn::MemberId => ("member_id", Text, "Member id: entry id and letter, 28a"),
            MemberColumn::UnitId => ("unit_id", Int, "Its entry's id"),
            MemberColumn::Member => ("member", Text, "Name as published"),
            MemberColumn::MemberEn => ("member_en", Text, "English name"),
            MemberColumn::Kind => ("kind", Text, "Kind of organisation"),
            MemberColumn::Territorial => (
                "territorial",
                Byte,
                "1 if it acts for a territory (bureaus, governments, centres)",
            ),
            MemberColumn::Province => ("province", Text, "Province"),
            MemberColumn::Code2012 => ("code_2012", Long, "Its division, 2012-10 edition"),
            MemberColumn::Name2012 => ("name_2012", Text, "Name of the division in 2012"),
            MemberColumn::Name2012En => ("name_2012_en", Text, "English name of the division"),
            MemberColumn::Level => ("level", Text, "Level of the division"),
            MemberColumn::Code2024 => ("code_2024", Long, "The division in the list of 2024"),
            MemberColumn::Name2024 => ("name_2024", Text, "Its name in the list of 2024"),
        }
    }

    /// The value of `member` in this column.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{pilots, panel::{Cell, MemberColumn}};
    ///
    /// let scnu = pilots::member_by_name("华南师范大学教育信息技术学院").unwrap();
    /// assert_eq!(MemberColumn::Code2012.cell(scnu), Cell::Missing);
    /// assert_eq!(MemberColumn::Territorial.cell(scnu), Cell::Int(0));
    /// ```
    #[must_use]
    #[inline]
    pub fn cell(self, member: &'static Member) -> Cell {
        let text = |kind| Cell::Text(Text(kind));
        let str_or_missing =
            |s: Option<&'static str>| s.map_or(Cell::Missing, |s| text(TextKind::Str(s)));
        let division = member.division();
        let now = division.and_then(|d| d.as_of(codes::LAST_YEAR));
        match self {
            MemberColumn::MemberId => text(TextKind::Member(member.id())),
            MemberColumn::UnitId => Cell::Int(i32::from(member.unit().id())),
            MemberColumn::Member => text(TextKind::Str(member.name())),
            MemberColumn::MemberEn => text(TextKind::Str(member.name_en())),
            MemberColumn::Kind => text(TextKind::Str(member.kind().as_str())),
            MemberColumn::Territorial => Cell::flag(member.kind().is_territorial()),
            MemberColumn::Province => text(TextKind::Str(member.province().as_str())),
            MemberColumn::Code2012 => division.map_or(Cell::Missing, |d| Cell::code(d.code())),
            MemberColumn::Name2012 => str_or_missing(division.map(Division::name_zh)),
            MemberColumn::Name2012En => str_or_missing(division.map(Division::name_en)),
            MemberColumn::Level => str_or_missing(division.map(|d| d.level().as_str())),
            MemberColumn::Code2024 => now.map_or(Cell::Missing, |d| Cell::code(d.code())),
            MemberColumn::Name2024 => str_or_missing(now.map(Division::name_zh)),
        }
    }
}

/// A column of `names.csv`, the names crosswalk ([`codes::crosswalk`]):
/// one row per name of a listed code in a year, in each form
/// [`codes::named`] reads; its name, label and type, and a row's value
/// ([`NameColumn::cell`]).
///
/// # Example
/// ```
/// use cn_edu_pilots::{codes, panel::{Cell, NameColumn}};
///
/// let row = codes::crosswalk()
///     .find(|r| r.code().code().get() == 532300 && r.year() == 2012 && r.form().as_str() == "Generic")
///     .unwrap();
/// assert_eq!(NameColumn::Name.cell(&row).to_string(), "楚雄州");
/// assert_eq!(NameColumn::NameZh.cell(&row).to_string(), "楚雄彝族自治州");
/// assert_eq!(NameColumn::Parent.cell(&row), Cell::Int(530000));
/// assert_eq!(NameColumn::Shared.cell(&row), Cell::Int(0));
/// assert_eq!(NameColumn::ALL[0].name(), "name");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[non_exhaustive]
pub enum NameColumn {
    /// `name`: the name in its form, as data write it ([`codes::NameRow::name`]).
    Name,
    /// `year`: the year of the list.
    Year,
    /// `code`: the code the name denotes.
    Code,
    /// `name_zh`: the code's name as that year's list writes it.
    NameZh,
    /// `level`: the code's level.
    Level,
    /// `parent`: the code's parent in that year's list.
    Parent,
    /// `form`: how the name is formed from the list's ([`codes::NameForm`]).
    Form,
    /// `n_codes`: how many codes have the name that year.
    NCodes,
    /// `n_codes_level`: how many codes of the row's level have it.
    NCodesLevel,
    /// `shared`: more than one code has the name that year.
    Shared,
}

impl NameColumn {
    /// The columns of `names.csv`, in order.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::NameColumn;
    ///
    /// let header: Vec<&str> = NameColumn::ALL.iter().map(|c| c.name()).collect();
    /// assert_eq!(
    ///     header.join(","),
    ///     "name,year,code,name_zh,level,parent,form,n_codes,n_codes_level,shared"
    /// );
    /// ```
    pub const ALL: [NameColumn; 10] = [
        NameColumn::Name,
        NameColumn::Year,
        NameColumn::Code,
        NameColumn::NameZh,
        NameColumn::Level,
        NameColumn::Parent,
        NameColumn::Form,
        NameColumn::NCodes,
        NameColumn::NCodesLevel,
        NameColumn::Shared,
    ];

    /// The column's name.
    ///
    /// # Example
    /// ```
    /// assert_eq!(cn_edu_pilots::panel::NameColumn::NCodes.name(), "n_codes");
    /// ```
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        self.about().0
    }

    /// How the column's values are stored.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::{ColumnType, NameColumn};
    ///
    /// assert_eq!(NameColumn::Code.column_type(), ColumnType::Long);
    /// ```
    #[must_use]
    #[inline]
    pub const fn column_type(self) -> ColumnType {
        self.about().1
    }

    /// The column's label.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::panel::NameColumn;
    ///
    /// assert_eq!(NameColumn::Shared.label(), "1 if more than one code has the name that year");
    /// ```
    #[must_use]
    #[inline]
    pub const fn label(self) -> &'static str {
        self.about().2
    }

    /// The name, type and label.
    #[inline]
    const fn about(self) -> (&'static str, ColumnType, &'static str) {
        use ColumnType::{Byte, Int, Long, Text};
        match self {
            NameColumn::Name => ("name", Text, "Name in its form, as data write it"),
            NameColumn::Year => ("year", Int, "Year of the year-end list of codes"),
            NameColumn::Code => ("code", Long, "GB/T 2260 code the name denotes"),
            NameColumn::NameZh => ("name_zh", Text, "The code's name in that year's list"),
            NameColumn::Level => ("level", Text, "Level: County, Prefectural or Provincial"),
            NameColumn::Parent => (
                "parent",
                Long,
                "Parent code in that year's list: prefecture, else province",
            ),
            NameColumn::Form => (
                "form",
                Text,
                "Form: ListName, Short, Generic (州/县/旗) or Abbreviation",
            ),
            NameColumn::NCodes => ("n_codes", Int, "Number of codes with the name that year"),
            NameColumn::NCodesLevel => (
                "n_codes_level",
                Int,
                "Number of codes of this level with the name that year",
            ),
            NameColumn::Shared => (
                "shared",
                Byte,
                "1 if more than one code has the name that year",
            ),
        }
    }

    /// The value of `row` in this column.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{codes, panel::{Cell, NameColumn}};
    ///
    /// // 楚雄 names the prefecture and its county-level city in 2012.
    /// let row = codes::crosswalk()
    ///     .find(|r| r.code().code().get() == 532301 && r.year() == 2012 && r.form().as_str() == "Short")
    ///     .unwrap();
    /// assert_eq!(NameColumn::Name.cell(&row).to_string(), "楚雄");
    /// assert_eq!(NameColumn::NCodes.cell(&row), Cell::Int(2));
    /// assert_eq!(NameColumn::NCodesLevel.cell(&row), Cell::Int(1));
    /// assert_eq!(NameColumn::Shared.cell(&row), Cell::Int(1));
    /// ```
    #[must_use]
    #[inline]
    pub fn cell(self, row: &codes::NameRow) -> Cell {
        let text = |kind| Cell::Text(Text(kind));
        let code = row.code();
        match self {
            NameColumn::Name => text(TextKind::Name(row.name())),
            NameColumn::Year => Cell::Int(i32::from(row.year())),
            NameColumn::Code => Cell::code(code.code()),
            NameColumn::NameZh => text(TextKind::Str(row.name_zh())),
            NameColumn::Level => text(TextKind::Str(code.level().as_str())),
            NameColumn::Parent => code.parent(row.year()).map_or(Cell::Missing, Cell::code),
            NameColumn::Form => text(TextKind::Str(row.form().as_str())),
            NameColumn::NCodes => Cell::count(row.n_codes()),
            NameColumn::NCodesLevel => Cell::count(row.n_codes_of_level()),
            NameColumn::Shared => Cell::flag(row.n_codes() > 1),
        }
    }
}

/// The cells of [`Column::MARK`] for a code read without a year, by its
/// digits against each member's 2012 division and what it became by 2024
/// ([`pilots::covering`](crate::pilots::covering)): the pilots' ids and
/// names; how much of the area each holds, and the note, are not known.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, panel};
///
/// let nanshan = DivisionCode::try_from(440305)?;
/// let cells = panel::marks_by_code(nanshan).map(|c| c.to_string());
/// assert_eq!(cells, ["32;56", "广东省深圳市南山区教育局;广东省深圳市教育局", "", ""]);
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[must_use]
#[inline]
pub fn marks_by_code(code: DivisionCode) -> [Cell; 4] {
    let units = crate::pilots::covering(code);
    [
        Cell::Text(Text(TextKind::Units(units))),
        Cell::Text(Text(TextKind::Names(units))),
        Cell::Missing,
        Cell::Missing,
    ]
}

/// The codes a code read in another year's list became after that year
/// (read as retired), or came from by then (read as not yet listed).
#[inline]
fn changes(coverage: Coverage) -> impl Iterator<Item = DivisionCode> {
    let listed = coverage.listed();
    let read_in = coverage.year_read();
    let retired = matches!(coverage.reading(), crate::Reading::Retired { .. });
    let not_yet = matches!(coverage.reading(), crate::Reading::NotYetListed { .. });
    let became = listed
        .became()
        .filter(move |c| retired && c.year() > read_in)
        .map(codes::CodeChange::to);
    let came_from = listed
        .came_from()
        .filter(move |c| not_yet && c.year() <= read_in)
        .map(codes::CodeChange::from);
    became.chain(came_from)
}

/// The columns of `code_year`: every code of any list 2000–2024 in every
/// year 2000–2024, as `mark` reads it ([`code_year_rows`]).
const CODE_YEAR: [Column; 21] = [
    Column::Code,
    Column::Year,
    Column::Reading,
    Column::YearRead,
    Column::Became,
    Column::CameFrom,
    Column::PilotIds,
    Column::PilotNames,
    Column::PilotCoverage,
    Column::PilotNote,
    Column::PilotIdsWholly,
    Column::PilotIdsPartly,
    Column::ViaMembers,
    Column::ViaMembersWholly,
    Column::ViaMembersPartly,
    Column::Treated,
    Column::TreatedWholly,
    Column::ViaProvinceMember,
    Column::Post,
    Column::FirstTreat,
    Column::UnitCode,
];

/// The columns of the `code_year` table, in order: the code and year, how
/// the code reads in that year, the columns `mark` appends, the pilots and
/// members wholly and partly, the treatment columns, and the unit's code.
///
/// # Example
/// ```
/// use cn_edu_pilots::panel;
///
/// let names: Vec<&str> = panel::code_year_columns().iter().map(|c| c.name()).collect();
/// assert_eq!(names[..4], ["code", "year", "reading", "year_read"]);
/// ```
#[must_use]
#[inline]
pub fn code_year_columns() -> &'static [Column] {
    &CODE_YEAR
}

/// Every code of any year-end list 2000–2024 in every year 2000–2024, read
/// as [`pilots::covering_in`](crate::pilots::covering_in) reads it (in the
/// year's list, or as a retired or not-yet-listed code in another's), with
/// its treatment under `rules`: the whole of `mark` as one table, to join
/// on (code, year) in any engine. Code by code, each code's years in
/// order.
///
/// # Example
/// ```
/// use cn_edu_pilots::{codes, panel::{self, Column, Rules}};
///
/// let rows: Vec<_> = panel::code_year_rows(Rules::DEFAULT).collect();
/// assert_eq!(rows.len(), codes::all().count() * 25);
/// let huangzhong = rows.iter().find(|r| r.code().code().get() == 630122 && r.year() == 2020).unwrap();
/// assert_eq!(Column::Reading.cell(huangzhong).to_string(), "Retired");
/// assert_eq!(Column::YearRead.cell(huangzhong).to_string(), "2018");
/// assert_eq!(Column::Became.cell(huangzhong).to_string(), "630106");
/// let early = rows.iter().find(|r| r.code().code().get() == 630106 && r.year() == 2015).unwrap();
/// assert_eq!(Column::CameFrom.cell(early).to_string(), "630122");
/// ```
#[must_use]
#[inline]
pub fn code_year_rows(rules: Rules) -> CodeYearRows {
    CodeYearRows {
        codes: codes::all(),
        rules,
        current: None,
    }
}

/// The iterator of [`code_year_rows`].
///
/// # Example
/// ```
/// use cn_edu_pilots::panel::{self, Rules};
///
/// // The first code, 北京市 (110000), in each of the 25 years 2000–2024.
/// let mut rows = panel::code_year_rows(Rules::DEFAULT);
/// let first = rows.next().unwrap();
/// assert_eq!((first.code().code().get(), first.year()), (110000, 2000));
/// assert_eq!(rows.nth(23).map(|r| r.year()), Some(2024));
/// ```
#[derive(Clone, Debug)]
pub struct CodeYearRows {
    codes: ListedCodes,
    rules: Rules,
    current: Option<(ListedCode, u16)>,
}

impl Iterator for CodeYearRows {
    type Item = Row;

    #[inline]
    fn next(&mut self) -> Option<Row> {
        loop {
            if let Some((code, year)) = self.current {
                if year <= codes::LAST_YEAR {
                    self.current = Some((code, year + 1));
                    // Every listed code reads in every year of the lists.
                    if let Ok(coverage) = crate::pilots::covering_in(code.code(), year) {
                        return Some(Row::of(coverage, year, self.rules));
                    }
                    continue;
                }
            }
            let code = self.codes.next()?;
            self.current = Some((code, codes::FIRST_YEAR));
        }
    }
}

impl core::iter::FusedIterator for CodeYearRows {}
