//! The crate's one error type: every parse, and the lookups that can
//! fail, answer [`Error`], which quotes the input it rejected (shortened
//! when long), says what was expected, and has a [`kind`](Error::kind)
//! for a program to act on.
//!
//! The quoted input is kept in a fixed inline buffer, so building an error
//! never allocates; only formatting it does.

use core::fmt;

use crate::codes::{FIRST_YEAR, LAST_YEAR};
use crate::data::provinces::OUTSIDE_SCOPE;

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
    #[inline]
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
    #[inline]
    pub(crate) fn number(n: u32) -> Self {
        Quoted::digits(n, 1)
    }

    /// A number, as its decimal digits padded with zeros to at least
    /// `width` of them: `digits(40000, 6)` is `040000`. A `u32` has at most
    /// ten digits, and so has the result.
    #[inline]
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
    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        core::str::from_utf8(&self.buf[..usize::from(self.len)])
            .expect("`new` cuts the input at a character boundary")
    }
}

impl fmt::Debug for Quoted {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for Quoted {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())?;
        if self.cut {
            f.write_str("…")?;
        }
        Ok(())
    }
}

/// What an [`Error`] is about, for a program to act on without reading the
/// message.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, ErrorKind, FocusTheme, Province, pilots};
///
/// let code = |s: &str| s.parse::<DivisionCode>().unwrap_err().kind();
/// assert_eq!(code("41000"), ErrorKind::MalformedCode);
/// assert_eq!(code("810000"), ErrorKind::CodeOutsideScope);
/// assert_eq!(code("000000"), ErrorKind::UnknownCodePrefix);
/// assert_eq!(code("410001"), ErrorKind::CountyWithoutPrefecture);
/// let province = |s: &str| s.parse::<Province>().unwrap_err().kind();
/// assert_eq!(province("北平"), ErrorKind::UnknownProvince);
/// assert_eq!(province("香港"), ErrorKind::ProvinceOutsideScope);
/// assert_eq!("Nope".parse::<FocusTheme>().unwrap_err().kind(), ErrorKind::UnknownVariant);
/// let beijing = DivisionCode::try_from(110101)?;
/// assert_eq!(pilots::covering_in(beijing, 1999).unwrap_err().kind(), ErrorKind::YearOutOfRange);
/// let never = DivisionCode::try_from(630199)?;
/// assert_eq!(pilots::covering_in(never, 2020).unwrap_err().kind(), ErrorKind::NeverListed);
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A division code that is not six ASCII digits.
    MalformedCode,
    /// A division code of Taiwan (71), Hong Kong (81) or Macao (82): real
    /// divisions that the notice does not cover.
    CodeOutsideScope,
    /// A division code whose first two digits are no province's prefix
    /// (`000000`, `990000`).
    UnknownCodePrefix,
    /// A county-level code with `00` for its prefecture (`XX00ZZ`) that no
    /// year-end list of 2000 to 2024 has (海南省's counties had such codes
    /// in 2000).
    CountyWithoutPrefecture,
    /// No form of any province.
    UnknownProvince,
    /// Taiwan, Hong Kong or Macao, in a form the province parser knows:
    /// real places that the notice does not cover.
    ProvinceOutsideScope,
    /// No variant of one of the crate's classification enums
    /// ([`FocusTheme`](crate::FocusTheme), [`ThemeCategory`](crate::ThemeCategory),
    /// [`EconomicRegion`](crate::EconomicRegion), [`ProvinceKind`](crate::ProvinceKind),
    /// [`MemberKind`](crate::MemberKind), [`AdminLevel`](crate::AdminLevel),
    /// [`ChangeKind`](crate::ChangeKind)), or of a choice of the
    /// `panel::Rules` (feature `panel`); the message names which.
    UnknownVariant,
    /// A text that names no member as [`MemberId`](crate::MemberId) writes
    /// them (`28a`).
    UnknownMember,
    /// A year outside the year-end lists compiled in, 2000 to 2024
    /// ([`pilots::covering_in`](crate::pilots::covering_in)).
    YearOutOfRange,
    /// A division code in none of the year-end lists of 2000 to 2024
    /// ([`pilots::covering_in`](crate::pilots::covering_in)).
    NeverListed,
    /// A year that is not four digits in any form
    /// [`codes::read_year`](crate::codes::read_year) reads.
    MalformedYear,
    /// A name that no division of the year-end lists of 2000 to 2024 has in
    /// any form `codes::named` (feature `names`) reads, or none of the
    /// level and within the parent asked; or, for `codes::Within::parse`,
    /// a text that is no province, code or prefecture's name.
    UnknownName,
    /// The name of more than one division where one was needed: a parent
    /// for `codes::Within::parse` (feature `names`). (A lookup by
    /// `codes::named` answers every code a name denotes instead.)
    AmbiguousName,
}

/// The error of every parse (`FromStr` and `TryFrom` of the crate's types)
/// and of [`pilots::covering_in`](crate::pilots::covering_in): what the
/// input was ([`input`](Error::input)), what about it was wrong
/// ([`kind`](Error::kind)), and a lowercase message quoting the input and
/// saying what was expected.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, EconomicRegion, ErrorKind, Province, pilots};
///
/// let err = "北平".parse::<Province>().unwrap_err();
/// assert_eq!((err.input(), err.kind()), ("北平", ErrorKind::UnknownProvince));
/// assert!(err.to_string().starts_with(r#"unknown province "北平": expected"#));
///
/// let err = "41000".parse::<DivisionCode>().unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid division code "41000": expected six ASCII digits, such as 410000"#);
///
/// let err = "Southern".parse::<EconomicRegion>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"unknown economic region "Southern": expected one of Eastern, Central, Western, Northeast or their Chinese names (东部, 中部, 西部, 东北)"#
/// );
///
/// let err = pilots::covering_in(DivisionCode::try_from(110101)?, 1999).unwrap_err();
/// assert_eq!(err.to_string(), "year 1999 is outside the code lists, which cover 2000 to 2024");
/// let err = pilots::covering_in(DivisionCode::try_from(630199)?, 2020).unwrap_err();
/// assert_eq!(err.to_string(), "630199 is in no year-end list of 2000 to 2024");
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Error {
    kind: ErrorKind,
    input: Quoted,
    /// What was parsed, in words (`"province"`, `"focus theme"`), and what
    /// was expected, for the messages of an unknown province or variant;
    /// else empty.
    what: &'static str,
    expected: &'static str,
}

impl Error {
    /// An error of `kind` about `input`, whose message the kind says.
    #[inline]
    pub(crate) fn new(kind: ErrorKind, input: Quoted) -> Self {
        Error::expecting(kind, input, "", "")
    }

    /// An error whose message names `what` was parsed and what was
    /// `expected`.
    #[inline]
    pub(crate) fn expecting(
        kind: ErrorKind,
        input: Quoted,
        what: &'static str,
        expected: &'static str,
    ) -> Self {
        Error {
            kind,
            input,
            what,
            expected,
        }
    }

    /// The rejected input, shortened to its first 40 bytes when longer: the
    /// string parsed, a number as its decimal digits, or for
    /// [`pilots::covering_in`](crate::pilots::covering_in) the year
    /// ([`ErrorKind::YearOutOfRange`]) or the code ([`ErrorKind::NeverListed`]).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, Province};
    ///
    /// assert_eq!("Peking".parse::<Province>().unwrap_err().input(), "Peking");
    /// assert_eq!(DivisionCode::try_from(810000).unwrap_err().input(), "810000");
    /// ```
    #[inline]
    #[must_use]
    pub fn input(&self) -> &str {
        self.input.as_str()
    }

    /// What the error is about.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, ErrorKind};
    ///
    /// let err = "710000".parse::<DivisionCode>().unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::CodeOutsideScope);
    /// ```
    #[inline]
    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for Error {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let input = &self.input;
        // The prefix of the code quoted, for the two kinds whose input is
        // always six digits or a number below a million.
        let prefix = || {
            input
                .as_str()
                .trim()
                .parse::<u32>()
                .map_or(0, |code| code / 10_000)
        };
        match self.kind {
            ErrorKind::MalformedCode => write!(
                f,
                "invalid division code {input}: expected six ASCII digits, such as 410000"
            ),
            ErrorKind::CodeOutsideScope => {
                let place = OUTSIDE_SCOPE
                    .iter()
                    .find(|&&(_, p)| u32::from(p) == prefix())
                    .map_or("", |&(place, _)| place);
                write!(
                    f,
                    "invalid division code {input}: a code of {place}, which the notice does not \
                     cover (it covers the mainland, prefixes 11 to 65)"
                )
            }
            ErrorKind::UnknownCodePrefix => write!(
                f,
                "invalid division code {input}: no province has the prefix {:02} (mainland \
                 prefixes run from 11 to 65, such as 41 for 河南省)",
                prefix()
            ),
            ErrorKind::CountyWithoutPrefecture => write!(
                f,
                "invalid division code {input}: expected the middle two digits to be 00 only \
                 when the last two are 00 too"
            ),
            ErrorKind::UnknownProvince
            | ErrorKind::UnknownVariant
            | ErrorKind::UnknownMember
            | ErrorKind::UnknownName => {
                write!(f, "unknown {} {input}: {}", self.what, self.expected)
            }
            ErrorKind::AmbiguousName => {
                write!(f, "ambiguous {} {input}: {}", self.what, self.expected)
            }
            ErrorKind::ProvinceOutsideScope => write!(
                f,
                "province outside the list {input}: the notice covers the 31 mainland \
                 provincial-level divisions and the Xinjiang Production and Construction Corps, \
                 not Taiwan, Hong Kong or Macao"
            ),
            ErrorKind::YearOutOfRange => write!(
                f,
                "year {} is outside the code lists, which cover {FIRST_YEAR} to {LAST_YEAR}",
                input.as_str()
            ),
            ErrorKind::NeverListed => write!(
                f,
                "{} is in no year-end list of {FIRST_YEAR} to {LAST_YEAR}",
                input.as_str()
            ),
            ErrorKind::MalformedYear => write!(
                f,
                "invalid year {input}: expected four digits, such as 2020 (or 2020.0, 2020年, ２０２０)"
            ),
        }
    }
}

impl core::error::Error for Error {}

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
