//! The parse errors. Every error quotes the input it rejected (shortened
//! when long) and says what was expected; those whose cause a program may
//! act on have a `kind()`.
//!
//! The quoted input is kept in a fixed inline buffer, so building an error
//! never allocates; only formatting it does.

use core::fmt;

/// At most this many bytes of the rejected input are kept for the message.
const KEEP: usize = 40;

/// The rejected input as kept inside an error: at most [`KEEP`] bytes, cut at
/// a character boundary. Its `Display` is the Rust string literal form
/// (`"北平"`, control characters escaped) followed by `…` when it was cut.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Quoted {
    buf: [u8; KEEP],
    len: u8,
    cut: bool,
}

impl Quoted {
    pub(crate) fn new(input: &str) -> Self {
        let mut end = input.len().min(KEEP);
        while !input.is_char_boundary(end) {
            end -= 1;
        }
        let mut buf = [0; KEEP];
        buf[..end].copy_from_slice(&input.as_bytes()[..end]);
        Quoted {
            buf,
            len: u8::try_from(end).expect("`end` is at most `KEEP`, which fits in a u8"),
            cut: end < input.len(),
        }
    }

    /// A number, as its decimal digits.
    pub(crate) fn number(n: u32) -> Self {
        Quoted::digits(n, 1)
    }

    /// A number, as its decimal digits padded with zeros to at least
    /// `width` of them: `digits(40000, 6)` is `040000`. A `u32` has at most
    /// ten digits, and so has the result.
    pub(crate) fn digits(mut n: u32, width: usize) -> Self {
        let mut digits = [b'0'; 10];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + u8::try_from(n % 10).expect("a remainder of 10 is a digit");
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let start = start.min(digits.len().saturating_sub(width));
        Quoted::new(core::str::from_utf8(&digits[start..]).expect("digits are ASCII"))
    }

    /// The kept prefix of the input.
    pub(crate) fn as_str(&self) -> &str {
        core::str::from_utf8(&self.buf[..usize::from(self.len)])
            .expect("`new` cuts the input at a character boundary")
    }
}

impl fmt::Debug for Quoted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for Quoted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())?;
        if self.cut {
            f.write_str("…")?;
        }
        Ok(())
    }
}

/// What kind of input a [`ParseProvinceError`] rejected.
///
/// # Example
/// ```
/// use cn_edu_pilots::{Province, ProvinceErrorKind};
///
/// let kind = |s: &str| s.parse::<Province>().unwrap_err().kind();
/// assert_eq!(kind("北平"), ProvinceErrorKind::Unknown);
/// assert_eq!(kind("香港"), ProvinceErrorKind::OutsideScope);
/// assert_eq!(kind("CN-TW"), ProvinceErrorKind::OutsideScope);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProvinceErrorKind {
    /// No form of any province.
    Unknown,
    /// Taiwan, Hong Kong or Macao, in a form the parser knows: real places
    /// that the notice does not cover.
    OutsideScope,
}

/// Which forms the parser that failed accepts: `FromStr` takes any, each
/// strict constructor one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Expected {
    AnyForm,
    Iso,
    Abbreviation,
    NameZh,
    NameEn,
}

impl ParseProvinceError {
    /// What the message says the input is.
    fn head(&self) -> &'static str {
        match self.kind {
            ProvinceErrorKind::Unknown => "unknown province",
            ProvinceErrorKind::OutsideScope => "province outside the list",
        }
    }

    /// What the message says after the input.
    fn tail(&self) -> &'static str {
        match (self.kind, self.expected) {
            (ProvinceErrorKind::OutsideScope, _) => {
                "the notice covers the 31 mainland provincial-level divisions and the Xinjiang \
                 Production and Construction Corps, not Taiwan, Hong Kong or Macao"
            }
            (ProvinceErrorKind::Unknown, Expected::AnyForm) => {
                "expected a Chinese name in simplified or traditional characters (河南省, 河南, \
                 廣東), a one-character abbreviation (豫), an English or pinyin name (Henan, \
                 Henan Province), a GB/T 2260 code (410000) or an ISO 3166-2 code (CN-HA, CN-41)"
            }
            (ProvinceErrorKind::Unknown, Expected::Iso) => {
                "expected an ISO 3166-2 code as the standard writes it, such as CN-HA or CN-41"
            }
            (ProvinceErrorKind::Unknown, Expected::Abbreviation) => {
                "expected a one-character abbreviation (简称) in simplified characters, such as \
                 豫, 川 or 蜀"
            }
            (ProvinceErrorKind::Unknown, Expected::NameZh) => {
                "expected a full or short Chinese name in simplified characters, such as 河南省 \
                 or 河南"
            }
            (ProvinceErrorKind::Unknown, Expected::NameEn) => {
                "expected an English name as the province table writes it, such as Henan or \
                 Henan Province"
            }
        }
    }
}

/// The error returned when a string is not a [`Province`](crate::Province).
///
/// # Example
/// ```
/// use cn_edu_pilots::{Province, ProvinceErrorKind};
///
/// let err = "北平".parse::<Province>().unwrap_err();
/// assert_eq!(err.input(), "北平");
/// assert_eq!(err.kind(), ProvinceErrorKind::Unknown);
/// assert!(err.to_string().starts_with(r#"unknown province "北平": expected"#));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{} {input}: {}", self.head(), self.tail())]
pub struct ParseProvinceError {
    input: Quoted,
    kind: ProvinceErrorKind,
    expected: Expected,
}

impl ParseProvinceError {
    pub(crate) fn new(input: &str, kind: ProvinceErrorKind, expected: Expected) -> Self {
        ParseProvinceError {
            input: Quoted::new(input),
            kind,
            expected,
        }
    }

    /// The rejected input, shortened to its first 40 bytes when longer.
    ///
    /// # Example
    /// ```
    /// let err = "Peking".parse::<cn_edu_pilots::Province>().unwrap_err();
    /// assert_eq!(err.input(), "Peking");
    /// ```
    #[inline]
    #[must_use]
    pub fn input(&self) -> &str {
        self.input.as_str()
    }

    /// Whether the input was unknown or a place outside the list.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{Province, ProvinceErrorKind};
    ///
    /// let err = "Macao".parse::<Province>().unwrap_err();
    /// assert_eq!(err.kind(), ProvinceErrorKind::OutsideScope);
    /// ```
    #[inline]
    #[must_use]
    pub fn kind(&self) -> ProvinceErrorKind {
        self.kind
    }
}

/// The error returned when a string names no variant of one of the crate's
/// classification enums ([`FocusTheme`](crate::FocusTheme),
/// [`ThemeCategory`](crate::ThemeCategory),
/// [`EconomicRegion`](crate::EconomicRegion),
/// [`ProvinceKind`](crate::ProvinceKind), [`MemberKind`](crate::MemberKind),
/// [`AdminLevel`](crate::AdminLevel)).
///
/// # Example
/// ```
/// use cn_edu_pilots::EconomicRegion;
///
/// let err = "Southern".parse::<EconomicRegion>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"unknown economic region "Southern": expected one of Eastern, Central, Western, Northeast or their Chinese names (东部, 中部, 西部, 东北)"#
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown {what} {input}: expected {expected}")]
pub struct ParseEnumError {
    what: &'static str,
    input: Quoted,
    expected: &'static str,
}

impl ParseEnumError {
    pub(crate) fn new(what: &'static str, input: &str, expected: &'static str) -> Self {
        ParseEnumError {
            what,
            input: Quoted::new(input),
            expected,
        }
    }

    /// The rejected input, shortened to its first 40 bytes when longer.
    ///
    /// # Example
    /// ```
    /// let err = "Nope".parse::<cn_edu_pilots::FocusTheme>().unwrap_err();
    /// assert_eq!(err.input(), "Nope");
    /// ```
    #[inline]
    #[must_use]
    pub fn input(&self) -> &str {
        self.input.as_str()
    }

    /// What was being parsed, in words (`"focus theme"`, `"economic region"`, …).
    ///
    /// # Example
    /// ```
    /// let err = "Nope".parse::<cn_edu_pilots::FocusTheme>().unwrap_err();
    /// assert_eq!(err.what(), "focus theme");
    /// ```
    #[inline]
    #[must_use]
    pub fn what(&self) -> &'static str {
        self.what
    }
}

/// Why a [`ParseDivisionCodeError`] rejected its input.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, DivisionCodeErrorKind};
///
/// let kind = |s: &str| s.parse::<DivisionCode>().unwrap_err().kind();
/// assert_eq!(kind("41000"), DivisionCodeErrorKind::Malformed);
/// assert_eq!(kind("810000"), DivisionCodeErrorKind::OutsideMainland);
/// assert_eq!(kind("000000"), DivisionCodeErrorKind::UnknownProvince);
/// assert_eq!(kind("410001"), DivisionCodeErrorKind::CountyWithoutPrefecture);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DivisionCodeErrorKind {
    /// Not six ASCII digits.
    Malformed,
    /// A code of Taiwan (71), Hong Kong (81) or Macao (82): real divisions
    /// that the notice does not cover.
    OutsideMainland,
    /// Six digits whose first two are no province's prefix (`000000`,
    /// `990000`).
    UnknownProvince,
    /// A county-level code with `00` for its prefecture (`XX00ZZ`) that no
    /// year-end list of 2000 to 2024 has (海南省's counties had such codes
    /// in 2000).
    CountyWithoutPrefecture,
}

/// Why a code was rejected, with what the message needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum CodeProblem {
    Malformed,
    OutsideMainland(&'static str),
    UnknownProvince(u8),
    CountyWithoutPrefecture,
}

impl fmt::Display for CodeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeProblem::Malformed => f.write_str("expected six ASCII digits, such as 410000"),
            CodeProblem::OutsideMainland(place) => write!(
                f,
                "a code of {place}, which the notice does not cover (it covers the mainland, \
                 prefixes 11 to 65)"
            ),
            CodeProblem::UnknownProvince(prefix) => write!(
                f,
                "no province has the prefix {prefix:02} (mainland prefixes run from 11 to 65, \
                 such as 41 for 河南省)"
            ),
            CodeProblem::CountyWithoutPrefecture => f.write_str(
                "expected the middle two digits to be 00 only when the last two are 00 too",
            ),
        }
    }
}

/// The error returned when a string or number is not a valid
/// [`DivisionCode`](crate::DivisionCode).
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, DivisionCodeErrorKind};
///
/// let err = "41000".parse::<DivisionCode>().unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid division code "41000": expected six ASCII digits, such as 410000"#);
/// let err = DivisionCode::try_from(810000).unwrap_err();
/// assert_eq!(err.input(), "810000");
/// assert_eq!(err.kind(), DivisionCodeErrorKind::OutsideMainland);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("invalid division code {input}: {problem}")]
pub struct ParseDivisionCodeError {
    input: Quoted,
    problem: CodeProblem,
}

impl ParseDivisionCodeError {
    pub(crate) fn new(input: Quoted, problem: CodeProblem) -> Self {
        ParseDivisionCodeError { input, problem }
    }

    /// The rejected input (a number as its decimal digits), shortened to its
    /// first 40 bytes when longer.
    ///
    /// # Example
    /// ```
    /// let err = "abc".parse::<cn_edu_pilots::DivisionCode>().unwrap_err();
    /// assert_eq!(err.input(), "abc");
    /// ```
    #[inline]
    #[must_use]
    pub fn input(&self) -> &str {
        self.input.as_str()
    }

    /// Why the input was rejected, for a program to act on without reading
    /// the message.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, DivisionCodeErrorKind};
    ///
    /// let err = "710000".parse::<DivisionCode>().unwrap_err();
    /// assert_eq!(err.kind(), DivisionCodeErrorKind::OutsideMainland);
    /// ```
    #[inline]
    #[must_use]
    pub fn kind(&self) -> DivisionCodeErrorKind {
        match self.problem {
            CodeProblem::Malformed => DivisionCodeErrorKind::Malformed,
            CodeProblem::OutsideMainland(_) => DivisionCodeErrorKind::OutsideMainland,
            CodeProblem::UnknownProvince(_) => DivisionCodeErrorKind::UnknownProvince,
            CodeProblem::CountyWithoutPrefecture => DivisionCodeErrorKind::CountyWithoutPrefecture,
        }
    }
}

/// What a [`CoveringError`] is about, for a program to act on without
/// reading the message.
///
/// # Example
/// ```
/// use cn_edu_pilots::{CoveringErrorKind, DivisionCode, pilots};
///
/// let code = DivisionCode::try_from(110101)?;
/// assert_eq!(pilots::covering_in(code, 1999).unwrap_err().kind(), CoveringErrorKind::YearOutOfRange);
/// let never = DivisionCode::try_from(630199)?;
/// assert_eq!(pilots::covering_in(never, 2020).unwrap_err().kind(), CoveringErrorKind::NeverListed);
/// # Ok::<(), cn_edu_pilots::ParseDivisionCodeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CoveringErrorKind {
    /// The year is outside the year-end lists compiled in, 2000 to 2024.
    YearOutOfRange,
    /// The code is in none of the year-end lists of 2000 to 2024.
    NeverListed,
}

/// What was asked that the lists cannot answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum CoveringProblem {
    Year(u16),
    Code(u32),
}

impl fmt::Display for CoveringProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CoveringProblem::Year(year) => write!(
                f,
                "year {year} is outside the code lists, which cover {} to {}",
                crate::codes::FIRST_YEAR,
                crate::codes::LAST_YEAR
            ),
            CoveringProblem::Code(code) => write!(
                f,
                "{code:06} is in no year-end list of {} to {}",
                crate::codes::FIRST_YEAR,
                crate::codes::LAST_YEAR
            ),
        }
    }
}

/// The error of [`pilots::covering_in`](crate::pilots::covering_in): a year
/// outside the lists compiled in, or a code that none of them has.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, pilots};
///
/// let code = DivisionCode::try_from(110101)?;
/// let err = pilots::covering_in(code, 1999).unwrap_err();
/// assert_eq!(err.to_string(), "year 1999 is outside the code lists, which cover 2000 to 2024");
/// let err = pilots::covering_in(DivisionCode::try_from(630199)?, 2020).unwrap_err();
/// assert_eq!(err.to_string(), "630199 is in no year-end list of 2000 to 2024");
/// # Ok::<(), cn_edu_pilots::ParseDivisionCodeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{problem}")]
pub struct CoveringError {
    problem: CoveringProblem,
}

impl CoveringError {
    pub(crate) fn year_out_of_range(year: u16) -> Self {
        CoveringError {
            problem: CoveringProblem::Year(year),
        }
    }

    pub(crate) fn never_listed(code: crate::DivisionCode) -> Self {
        CoveringError {
            problem: CoveringProblem::Code(code.get()),
        }
    }

    /// What the error is about.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{CoveringErrorKind, DivisionCode, pilots};
    ///
    /// let err = pilots::covering_in(DivisionCode::try_from(110101)?, 2025).unwrap_err();
    /// assert_eq!(err.kind(), CoveringErrorKind::YearOutOfRange);
    /// # Ok::<(), cn_edu_pilots::ParseDivisionCodeError>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn kind(&self) -> CoveringErrorKind {
        match self.problem {
            CoveringProblem::Year(_) => CoveringErrorKind::YearOutOfRange,
            CoveringProblem::Code(_) => CoveringErrorKind::NeverListed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Quoted;

    #[test]
    fn quoted_keeps_short_input_whole() {
        let q = Quoted::new("北平");
        assert_eq!(q.as_str(), "北平");
        assert_eq!(q.to_string(), "\"北平\"");
    }

    #[test]
    fn quoted_cuts_long_input_at_a_char_boundary() {
        // 14 three-byte characters = 42 bytes: 13 of them (39 bytes) are kept.
        let long = "测".repeat(14);
        let q = Quoted::new(&long);
        assert_eq!(q.as_str(), "测".repeat(13));
        assert_eq!(q.to_string(), format!("\"{}\"…", "测".repeat(13)));
    }

    #[test]
    #[allow(
        clippy::unreadable_literal,
        reason = "a division code, written as GB/T 2260 prints it"
    )]
    fn quoted_numbers_are_their_digits() {
        assert_eq!(Quoted::number(0).as_str(), "0");
        assert_eq!(Quoted::number(810000).as_str(), "810000");
        assert_eq!(Quoted::number(u32::MAX).as_str(), "4294967295");
        assert_eq!(Quoted::digits(40000, 6).as_str(), "040000");
        assert_eq!(Quoted::digits(7, 6).as_str(), "000007");
        assert_eq!(Quoted::digits(810000, 6).as_str(), "810000");
        assert_eq!(Quoted::digits(u32::MAX, 6).as_str(), "4294967295");
        assert_eq!(Quoted::digits(0, 12).as_str(), "0000000000");
    }

    #[test]
    fn quoted_escapes_control_characters() {
        assert_eq!(Quoted::new("a\nb\0").to_string(), r#""a\nb\0""#);
    }
}
