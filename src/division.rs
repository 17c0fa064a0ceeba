//! GB/T 2260 administrative division codes (行政区划代码) and the divisions
//! the pilot members sit in.

use core::fmt;
use core::num::NonZeroU32;
use core::str::FromStr;

use crate::data::english::DIVISION_NAMES_EN;
use crate::data::history::CHANGES as CHANGE_ROWS;
use crate::data::provinces::OUTSIDE_SCOPE;
use crate::error::{Error, ErrorKind, Quoted};
use crate::labels::{labelled_enum, same};
use crate::province::Province;

labelled_enum! {
    /// The level of an administrative division, read off its code.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{AdminLevel, DivisionCode};
    ///
    /// let code: DivisionCode = "532301".parse()?;
    /// assert_eq!(code.level(), AdminLevel::County);
    /// assert_eq!(AdminLevel::County.to_string(), "县级");
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    pub enum AdminLevel ("administrative level") {
        /// 省级: a province, autonomous region or municipality (`XX0000`).
        Provincial => "省级", "Provincial";
        /// 地级: a prefecture-level city, prefecture, league or autonomous
        /// prefecture (`XXYY00`).
        Prefectural => "地级", "Prefectural";
        /// 县级: a county, county-level city, district or banner (`XXYYZZ`).
        County => "县级", "County";
    }
}

/// A six-digit GB/T 2260 administrative division code.
///
/// Always valid: six digits whose first two are a mainland province-level
/// prefix (11 to 65, as in [`Province::gb2260_code`]) and whose middle two
/// are not `00` unless the last two are too, or a code of that form that a
/// year-end list has (海南省's counties, `4600ZZ`, in the list of 2000). Codes of Taiwan, Hong Kong and
/// Macao (71, 81, 82), which the notice does not cover, are rejected with
/// [`ErrorKind::CodeOutsideScope`](crate::ErrorKind::CodeOutsideScope).
///
/// `Display` prints the six digits. With `serde` it is written as that
/// string in human-readable formats (JSON) and as the integer in binary
/// ones, and read back from either form.
///
/// # Example
/// ```
/// use cn_edu_pilots::{AdminLevel, DivisionCode, Province};
///
/// let xiaodian: DivisionCode = "140105".parse()?;
/// assert_eq!(xiaodian.to_string(), "140105");
/// assert_eq!(xiaodian.level(), AdminLevel::County);
/// assert_eq!(xiaodian.province(), Province::Shanxi);
/// assert_eq!(xiaodian.prefecture_code(), Some(DivisionCode::try_from(140100)?));
/// assert!(DivisionCode::try_from(140000)?.contains(xiaodian));
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DivisionCode(NonZeroU32);

impl DivisionCode {
    /// Checks the digit structure of `code`: the one validation behind
    /// `FromStr` and `TryFrom<u32>`. A number below 100000 is a code with
    /// leading zeros, whose prefix no province has.
    #[inline]
    fn check(code: u32) -> Result<DivisionCode, ErrorKind> {
        if code > 999_999 {
            return Err(ErrorKind::MalformedCode);
        }
        let prefix = code / 10_000;
        if Province::from_code_prefix(prefix).is_none() {
            let outside = OUTSIDE_SCOPE.iter().any(|(_, p)| u32::from(*p) == prefix);
            return Err(if outside {
                ErrorKind::CodeOutsideScope
            } else {
                ErrorKind::UnknownCodePrefix
            });
        }
        if (code / 100) % 100 == 0
            && code % 100 != 0
            && crate::codes::rows(DivisionCode::from_table(code)).is_empty()
        {
            return Err(ErrorKind::CountyWithoutPrefecture);
        }
        // Every mainland prefix is at least 11, so the code is not zero.
        Ok(DivisionCode::from_table(code))
    }

    /// A code of the crate's own tables, taken as written; the tests check
    /// every one against [`check`](Self::check) and the reference editions.
    #[inline]
    pub(crate) const fn from_table(code: u32) -> DivisionCode {
        match NonZeroU32::new(code) {
            Some(code) => DivisionCode(code),
            None => panic!("a division code of 0"),
        }
    }

    /// The code as a number.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::DivisionCode;
    ///
    /// assert_eq!(DivisionCode::try_from(110101)?.get(), 110101);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn get(self) -> u32 {
        self.0.get()
    }

    /// The level read off the digits: `XX0000` provincial, `XXYY00`
    /// prefectural, anything else county level.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{AdminLevel, DivisionCode};
    ///
    /// assert_eq!(DivisionCode::try_from(410100)?.level(), AdminLevel::Prefectural);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn level(self) -> AdminLevel {
        if self.get() % 10_000 == 0 {
            AdminLevel::Provincial
        } else if self.get() % 100 == 0 {
            AdminLevel::Prefectural
        } else {
            AdminLevel::County
        }
    }

    /// The code of the province-level division this one lies in (`XX0000`);
    /// itself for a provincial code.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::DivisionCode;
    ///
    /// assert_eq!(DivisionCode::try_from(532301)?.province_code().get(), 530000);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn province_code(self) -> DivisionCode {
        DivisionCode::from_table(self.get() / 10_000 * 10_000)
    }

    /// The code of the prefecture-level division this one lies in
    /// (`XXYY00`); itself for a prefectural code, `None` for a provincial
    /// one and for a county-level code without one (`XX00ZZ`, as 海南省's
    /// counties in 2000). For a county-level division directly under a
    /// province (`XX90ZZ`) this is the `XX9000` grouping code
    /// (省直辖县级行政区划).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::DivisionCode;
    ///
    /// assert_eq!(DivisionCode::try_from(532301)?.prefecture_code(), Some(DivisionCode::try_from(532300)?));
    /// assert_eq!(DivisionCode::try_from(530000)?.prefecture_code(), None);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn prefecture_code(self) -> Option<DivisionCode> {
        match self.level() {
            AdminLevel::Provincial => None,
            _ if (self.get() / 100) % 100 == 0 => None,
            _ => Some(DivisionCode::from_table(self.get() / 100 * 100)),
        }
    }

    /// The province the code lies in.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, Province};
    ///
    /// assert_eq!(DivisionCode::try_from(652200)?.province(), Province::Xinjiang);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn province(self) -> Province {
        match Province::from_code_prefix(self.get() / 10_000) {
            Some(province) => province,
            // Unreachable: every DivisionCode has a province prefix.
            None => Province::Xpcc,
        }
    }

    /// Whether the area of `self` contains the area of `other`, by the digit
    /// structure: `XX0000` ⊃ `XXYY00` ⊃ `XXYYZZ`. Every code contains itself.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::DivisionCode;
    ///
    /// let taiyuan = DivisionCode::try_from(140100)?;
    /// let xiaodian = DivisionCode::try_from(140105)?;
    /// assert!(taiyuan.contains(xiaodian));
    /// assert!(!xiaodian.contains(taiyuan));
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn contains(self, other: DivisionCode) -> bool {
        match self.level() {
            AdminLevel::Provincial => self.get() / 10_000 == other.get() / 10_000,
            AdminLevel::Prefectural => self.get() / 100 == other.get() / 100,
            AdminLevel::County => self.get() == other.get(),
        }
    }
}

impl fmt::Display for DivisionCode {
    /// The six digits.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:06}", self.get())
    }
}

/// Parses exactly six ASCII digits, after trimming surrounding whitespace.
///
/// # Errors
/// [`Error`] quoting the input when it is not six ASCII
/// digits (`+41000`, `0410000` and `41 000` are not) or the digits are not a
/// valid code.
///
/// # Example
/// ```
/// use cn_edu_pilots::DivisionCode;
///
/// assert_eq!("410000".parse::<DivisionCode>()?.get(), 410000);
/// assert!("+41000".parse::<DivisionCode>().is_err());
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
impl FromStr for DivisionCode {
    type Err = Error;

    #[inline]
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let fail = |kind| Error::new(kind, Quoted::new(input));
        let s = input.trim();
        if s.len() != 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(fail(ErrorKind::MalformedCode));
        }
        let code = s.bytes().fold(0, |acc, b| acc * 10 + u32::from(b - b'0'));
        DivisionCode::check(code).map_err(fail)
    }
}

impl DivisionCode {
    /// Reads a code in the forms data files carry it: six digits with
    /// surrounding white space, with a fraction of zeros (`630122.0`, as
    /// Excel and pandas write a number), or in full-width digits
    /// (`６３０１２２`); not digits of both widths in one field, a fraction
    /// that is not zero, or a leading zero (`0630122` is seven digits).
    /// [`FromStr`](#impl-FromStr-for-DivisionCode) reads six digits only.
    ///
    /// # Errors
    /// An [`Error`] quoting the field, as `FromStr` gives for its text.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, ErrorKind};
    ///
    /// for field in ["630122", " 630122 ", "630122.0", "６３０１２２", "630122．00"] {
    ///     assert_eq!(DivisionCode::from_field(field)?.get(), 630122);
    /// }
    /// for field in ["0630122", "630122.5", "63０122", "630122e0", ""] {
    ///     let err = DivisionCode::from_field(field).unwrap_err();
    ///     assert_eq!((err.kind(), err.input()), (ErrorKind::MalformedCode, field));
    /// }
    /// assert_eq!(DivisionCode::from_field("710000.0").unwrap_err().kind(), ErrorKind::CodeOutsideScope);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    pub fn from_field(field: &str) -> Result<DivisionCode, Error> {
        let fail = |kind| Error::new(kind, Quoted::new(field));
        let mut buf = [0; 8];
        match field_digits(field, None, &mut buf) {
            Some(digits) if digits.len() == 6 => {
                let code = digits
                    .bytes()
                    .fold(0, |acc, b| acc * 10 + u32::from(b - b'0'));
                DivisionCode::check(code).map_err(fail)
            }
            _ => Err(fail(ErrorKind::MalformedCode)),
        }
    }
}

/// The ASCII digits of a number as data files write it: with surrounding
/// white space, in full-width digits, with a fraction of zeros (`2020.0`)
/// and, when `unit` is given, followed by it (`2020年`); written into
/// `buf`. `None` for any other form, for digits of both widths in one field
/// (`20２0`, a slip rather than a form), or for more than eight digits.
#[inline]
pub(crate) fn field_digits<'a>(
    field: &'a str,
    unit: Option<char>,
    buf: &'a mut [u8; 8],
) -> Option<&'a str> {
    let mut s = field.trim();
    if let Some(unit) = unit {
        s = s.strip_suffix(unit).map_or(s, str::trim_end);
    }
    let ascii = |c: char| match c {
        '0'..='9' => u8::try_from(c).ok(),
        '０'..='９' => char::from_u32(u32::from(c) - 0xFEE0).and_then(|c| u8::try_from(c).ok()),
        _ => None,
    };
    let mut len = 0;
    let mut wide = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if let Some(d) = ascii(c) {
            if *wide.get_or_insert(!c.is_ascii()) == c.is_ascii() {
                return None;
            }
            *buf.get_mut(len)? = d;
            len += 1;
        } else if matches!(c, '.' | '．') {
            let mut zeros = chars.clone().peekable();
            if zeros.peek().is_none() || !zeros.all(|c| ascii(c) == Some(b'0')) {
                return None;
            }
            break;
        } else {
            return None;
        }
    }
    core::str::from_utf8(&buf[..len])
        .ok()
        .filter(|s| !s.is_empty())
}

impl TryFrom<u32> for DivisionCode {
    type Error = Error;

    /// Validates a code given as a number.
    ///
    /// # Errors
    /// [`Error`] quoting the number when it is not a valid six-digit code.
    #[inline]
    fn try_from(code: u32) -> Result<Self, Self::Error> {
        DivisionCode::check(code).map_err(|kind| Error::new(kind, Quoted::number(code)))
    }
}

impl From<DivisionCode> for u32 {
    fn from(code: DivisionCode) -> u32 {
        code.get()
    }
}

/// An administrative division as written in a given edition of GB/T 2260:
/// the place a pilot [`Member`](crate::Member) sits in.
///
/// # Example
/// ```
/// use cn_edu_pilots::{AdminLevel, Province, pilots};
///
/// let chamdo = pilots::get(43).unwrap().members()[0].division().unwrap();
/// assert_eq!(chamdo.code().get(), 542100);
/// assert_eq!(chamdo.name_zh(), "昌都地区");
/// assert_eq!(chamdo.level(), AdminLevel::Prefectural);
/// assert_eq!(chamdo.province(), Province::Tibet);
/// let now = chamdo.successor().unwrap();
/// assert_eq!((now.code().get(), now.name_zh()), (540300, "昌都市"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Division {
    code: DivisionCode,
    name_zh: &'static str,
}

impl Division {
    pub(crate) const fn new(code: u32, name_zh: &'static str) -> Division {
        Division {
            code: DivisionCode::from_table(code),
            name_zh,
        }
    }

    /// The GB/T 2260 code.
    ///
    /// # Example
    /// ```
    /// let taiyuan = cn_edu_pilots::pilots::get(7).unwrap().members()[0].division().unwrap();
    /// assert_eq!(taiyuan.code().to_string(), "140100");
    /// ```
    #[inline]
    #[must_use]
    pub const fn code(self) -> DivisionCode {
        self.code
    }

    /// The name as written in the edition the division comes from.
    ///
    /// # Example
    /// ```
    /// let xiaohe = cn_edu_pilots::pilots::get(40).unwrap().members()[0].division().unwrap();
    /// assert_eq!(xiaohe.name_zh(), "小河区");
    /// ```
    #[inline]
    #[must_use]
    pub const fn name_zh(self) -> &'static str {
        self.name_zh
    }

    /// The English name: the place in Hanyu Pinyin (or its established
    /// English form) and the kind of division, as the convention in
    /// [`PilotUnit::name_en`](crate::PilotUnit::name_en) writes them.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::pilots;
    ///
    /// let chamdo = pilots::get(43).unwrap().members()[0].division().unwrap();
    /// assert_eq!(chamdo.name_en(), "Qamdo Prefecture");
    /// assert_eq!(chamdo.successor().unwrap().name_en(), "Qamdo City");
    /// ```
    #[inline]
    #[must_use]
    pub fn name_en(self) -> &'static str {
        let found = DIVISION_NAMES_EN.binary_search_by_key(&self.code.get(), |&(code, _)| code);
        // Every division of the tables has an English name (tests/english.rs).
        found.map_or("", |i| DIVISION_NAMES_EN[i].1)
    }

    /// The level, read off the code.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::AdminLevel;
    ///
    /// let henan = cn_edu_pilots::pilots::get(28).unwrap().members()[0].division().unwrap();
    /// assert_eq!(henan.level(), AdminLevel::Provincial);
    /// ```
    #[inline]
    #[must_use]
    pub const fn level(self) -> AdminLevel {
        self.code.level()
    }

    /// The province the division lies in.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::Province;
    ///
    /// let hami = cn_edu_pilots::pilots::get(28).unwrap().members()[2].division().unwrap();
    /// assert_eq!(hami.province(), Province::Xinjiang);
    /// ```
    #[inline]
    #[must_use]
    pub const fn province(self) -> Province {
        self.code.province()
    }

    /// What the division became by the latest list compiled in (year-end
    /// 2024, [`CODES_EDITION`](crate::CODES_EDITION)), where its code or
    /// name changed since 2012; `None` where neither did. A division that
    /// only gained or lost territory keeps its code: see
    /// [`history`](Division::history).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::pilots;
    ///
    /// let xiaohe = pilots::get(40).unwrap().members()[0].division().unwrap();
    /// assert_eq!(xiaohe.successor().map(|d| d.name_zh()), Some("花溪区"));
    /// let huangzhong = pilots::get(50).unwrap().members()[0].division().unwrap();
    /// assert_eq!(huangzhong.successor().map(|d| d.code().get()), Some(630106)); // 湟中区, 2019
    /// let dongcheng = pilots::get(1).unwrap().members()[0].division().unwrap();
    /// assert_eq!(dongcheng.successor(), None);
    /// ```
    #[inline]
    #[must_use]
    pub fn successor(self) -> Option<Division> {
        match self.as_of(LAST_LIST) {
            Some(now) if now.code != self.code || now.name_zh != self.name_zh => Some(now),
            _ => None,
        }
    }

    /// The division as it stood in the list at the end of `year`, 2012 to
    /// 2024: itself until its code or name changed, then what it became.
    /// `None` for other years.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::pilots;
    ///
    /// let chamdo = pilots::get(43).unwrap().members()[0].division().unwrap();
    /// assert_eq!(chamdo.as_of(2013).map(|d| d.name_zh()), Some("昌都地区"));
    /// assert_eq!(chamdo.as_of(2014).map(|d| d.name_zh()), Some("昌都市"));
    /// assert_eq!(chamdo.as_of(2011), None);
    /// ```
    #[inline]
    #[must_use]
    pub fn as_of(self, year: u16) -> Option<Division> {
        if !(FIRST_LIST..=LAST_LIST).contains(&year) {
            return None;
        }
        // The changes are in order: the last by `year` says what it was.
        let last = self
            .history()
            .iter()
            .rev()
            .find(|change| change.year <= year);
        Some(last.map_or(self, |change| change.division))
    }

    /// Every change to the division's code, name or area from 2012 to 2024,
    /// in order, each with its year, what happened, the approving document
    /// where the source names one, and the division after it. Empty where
    /// nothing changed.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{ChangeKind, pilots};
    ///
    /// let gongshu = pilots::get(20).unwrap().members()[0].division().unwrap();
    /// let change = gongshu.history()[0];
    /// assert_eq!((change.year(), change.kind()), (2021, ChangeKind::Absorbed)); // 下城区
    /// assert_eq!(change.division().code(), gongshu.code());
    /// let huangzhong = pilots::get(50).unwrap().members()[0].division().unwrap();
    /// assert_eq!(huangzhong.history()[0].document(), Some("国函〔2019〕106号"));
    /// ```
    #[inline]
    #[must_use]
    pub fn history(self) -> &'static [DivisionChange] {
        let code = self.code.get();
        let start = CHANGED.partition_point(|&changed| changed < code);
        let end = CHANGED.partition_point(|&changed| changed <= code);
        CHANGES.get(start..end).unwrap_or_default()
    }
}

impl fmt::Display for Division {
    /// The name followed by the code: `东城区 (110101)`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name_zh, self.code)
    }
}

/// The years of the members' division history: `history` and `as_of`
/// answer for these (the lists compiled in, for `codes` and
/// `pilots::covering_in`, run from 2000).
pub(crate) const FIRST_LIST: u16 = 2012;
pub(crate) const LAST_LIST: u16 = 2024;

labelled_enum! {
    /// What happened to a division in a [`DivisionChange`].
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{ChangeKind, pilots};
    ///
    /// let xiaohe = pilots::get(40).unwrap().members()[0].division().unwrap();
    /// assert_eq!(xiaohe.history()[0].kind(), ChangeKind::MergedInto); // into 花溪区
    /// assert_eq!(ChangeKind::MergedInto.to_string(), "并入");
    /// ```
    // Later lists may record kinds of change not seen to 2024.
    #[non_exhaustive]
    pub enum ChangeKind ("change kind") {
        /// 更名: the same code under a new name.
        Renamed => "更名", "Renamed";
        /// 撤销设立: a new code (and usually a new name) for the same area, as
        /// when a county becomes a city or a district.
        Recoded => "撤销设立", "Recoded";
        /// 并入: merged into another division, which keeps its code.
        MergedInto => "并入", "Merged into";
        /// 合并: took in the whole of another division.
        Absorbed => "合并", "Absorbed";
        /// 区域扩大: took in part of another division, or a division joined it.
        GainedTerritory => "区域扩大", "Gained territory";
        /// 区域缩小: gave part of its territory to another division.
        LostTerritory => "区域缩小", "Lost territory";
    }
}

/// The 2012 codes of the generated rows of changes (`src/data/history.rs`),
/// in their order, for [`Division::history`]'s search.
static CHANGED: [u32; CHANGE_ROWS.len()] = {
    let mut codes = [0; CHANGE_ROWS.len()];
    let mut i = 0;
    while i < codes.len() {
        codes[i] = CHANGE_ROWS[i].0;
        i += 1;
    }
    codes
};

/// The generated rows of changes as [`DivisionChange`]s, made at compile
/// time: a kind that is no variant's name fails the build.
static CHANGES: [DivisionChange; CHANGE_ROWS.len()] = {
    let blank = DivisionChange::new(0, ChangeKind::Renamed, None, 110_000, "");
    let mut changes = [blank; CHANGE_ROWS.len()];
    let mut i = 0;
    while i < changes.len() {
        let (_, year, kind, document, code, name_zh) = CHANGE_ROWS[i];
        let mut k = 0;
        while !same(ChangeKind::ALL[k].as_str(), kind) {
            k += 1;
        }
        changes[i] = DivisionChange::new(year, ChangeKind::ALL[k], document, code, name_zh);
        i += 1;
    }
    changes
};

/// One change to a division: see [`Division::history`].
///
/// # Example
/// ```
/// use cn_edu_pilots::{ChangeKind, pilots};
///
/// let chamdo = pilots::get(43).unwrap().members()[0].division().unwrap();
/// let change = chamdo.history()[0];
/// assert_eq!(change.year(), 2014);
/// assert_eq!(change.kind(), ChangeKind::Recoded);
/// assert_eq!(change.document(), Some("国函〔2014〕143号"));
/// assert_eq!((change.division().code().get(), change.division().name_zh()), (540300, "昌都市"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DivisionChange {
    year: u16,
    kind: ChangeKind,
    document: Option<&'static str>,
    division: Division,
}

impl DivisionChange {
    pub(crate) const fn new(
        year: u16,
        kind: ChangeKind,
        document: Option<&'static str>,
        code: u32,
        name_zh: &'static str,
    ) -> DivisionChange {
        DivisionChange {
            year,
            kind,
            document,
            division: Division::new(code, name_zh),
        }
    }

    /// The year of the list that first shows the change.
    ///
    /// # Example
    /// ```
    /// let hami = cn_edu_pilots::pilots::get(28).unwrap().members()[2].division().unwrap();
    /// assert_eq!(hami.history()[0].year(), 2016);
    /// ```
    #[inline]
    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// What happened.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::ChangeKind;
    ///
    /// let hami = cn_edu_pilots::pilots::get(28).unwrap().members()[2].division().unwrap();
    /// assert_eq!(hami.history()[0].kind(), ChangeKind::Recoded);
    /// ```
    #[inline]
    #[must_use]
    pub const fn kind(self) -> ChangeKind {
        self.kind
    }

    /// The number (文号) of the document that approved the change, where
    /// the source names one.
    ///
    /// # Example
    /// ```
    /// let hami = cn_edu_pilots::pilots::get(28).unwrap().members()[2].division().unwrap();
    /// assert_eq!(hami.history()[0].document(), Some("国函〔2016〕9号"));
    /// ```
    #[inline]
    #[must_use]
    pub const fn document(self) -> Option<&'static str> {
        self.document
    }

    /// The division after the change.
    ///
    /// # Example
    /// ```
    /// let hami = cn_edu_pilots::pilots::get(28).unwrap().members()[2].division().unwrap();
    /// assert_eq!(hami.history()[0].division().name_zh(), "哈密市");
    /// ```
    #[inline]
    #[must_use]
    pub const fn division(self) -> Division {
        self.division
    }
}
