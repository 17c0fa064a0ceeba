//! What each division code denoted in the year-end lists of 2000 to 2024:
//! its names, the years it is listed, its parent, and where its territory
//! went when it changed or was retired, and what it came from.
//!
//! Every code listed at the end of any year 2000 to 2024 is here (but those
//! of Taiwan, Hong Kong and Macao, which a [`DivisionCode`] does not hold),
//! from the Ministry of Civil Affairs lists as compiled by yescallop/areacodes
//! ([`CODES_EDITION`](crate::CODES_EDITION)). Years outside 2000 to 2024
//! are answered `None`, as years a code is not listed in. No lookup
//! allocates: each is a binary search in a generated table.
//!
//! The other way round, `named` (feature `names`, on by default) gives
//! the codes a division's name denotes in a year, as yearbooks and surveys
//! write it (楚雄州, 锡林郭勒, 北京, 昌都地区 after 2013), each with how it
//! matched (`NameMatch`), narrowed by a level and a parent (`Within`), and
//! never a pick among several.
//!
//! # Example
//! ```
//! use cn_edu_pilots::{AdminLevel, DivisionCode, Extent, codes};
//!
//! let huangzhong = codes::listed(DivisionCode::try_from(630122)?).unwrap();
//! assert_eq!(huangzhong.name_zh(2018), Some("湟中县"));
//! assert_eq!(huangzhong.name_zh(2019), None); // 湟中区 630106 from 2019
//! assert_eq!(huangzhong.level(), AdminLevel::County);
//! assert_eq!(huangzhong.parent(2018).map(|p| p.get()), Some(630100)); // 西宁市
//! assert_eq!((huangzhong.years().first(), huangzhong.years().last()), (2000, 2018));
//! let change = huangzhong.became().next().unwrap();
//! assert_eq!((change.year(), change.to().get(), change.extent()), (2019, 630106, Extent::Wholly));
//! assert_eq!(change.document(), Some("国函〔2019〕106号"));
//! assert!(codes::listed(DivisionCode::try_from(630199)?).is_none()); // never a code
//!
//! // By name (feature `names`): 湟中县 in a list of 2020, which has 湟中区 instead.
//! # #[cfg(feature = "names")] {
//! let found = codes::named("湟中县", 2020).find()?.single().unwrap();
//! assert_eq!((found.code().code().get(), found.through_other_year()), (630122, true));
//! # }
//! # Ok::<(), cn_edu_pilots::Error>(())
//! ```

use core::fmt;
use core::iter::FusedIterator;
use core::ops::RangeInclusive;

#[cfg(feature = "names")]
#[cfg_attr(docsrs, doc(cfg(feature = "names")))]
pub use crate::names::{
    Crosswalk, NameForm, NameLookup, NameMatch, NameMatches, NameRow, NameText, Within, crosswalk,
    named,
};

use crate::data::codes::{CAME_FROM, DOCUMENT_TEXT, MOVES, NAME_TEXT, NAMES, PARTLY};
use crate::division::{AdminLevel, DivisionCode};

/// The first year-end list compiled in. For a year outside
/// `FIRST_YEAR..=LAST_YEAR` the lookups answer as for a year a code is not
/// listed in (`false`, `None`): check the year against these first where
/// that difference matters, as [`pilots::covering_in`](crate::pilots::covering_in)
/// does with its error.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, codes};
///
/// let dongcheng = codes::listed(DivisionCode::try_from(110101)?).unwrap();
/// assert_eq!(dongcheng.years().first(), codes::FIRST_YEAR);
/// // 1999 is before the lists: not known, not "unlisted".
/// assert!(!(codes::FIRST_YEAR..=codes::LAST_YEAR).contains(&1999));
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
pub const FIRST_YEAR: u16 = 2000;

/// The last year-end list compiled in (see [`FIRST_YEAR`] for years
/// outside them).
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, codes};
///
/// let huangzhong = codes::listed(DivisionCode::try_from(630106)?).unwrap(); // 湟中区
/// assert_eq!(huangzhong.years().last(), codes::LAST_YEAR);
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
pub const LAST_YEAR: u16 = 2024;

/// How much of one area lies in another: all of it, or part.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, Extent, codes};
///
/// // 2011: most of 和县 stayed 和县 (340523); its 沈巷镇 went to 鸠江区.
/// let hexian = codes::listed(DivisionCode::try_from(341424)?).unwrap();
/// let to: Vec<(u32, Extent)> = hexian.became().map(|c| (c.to().get(), c.extent())).collect();
/// assert_eq!(to, [(340207, Extent::Partly), (340523, Extent::Partly)]);
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Extent {
    /// All of it.
    Wholly,
    /// Part of it, not all.
    Partly,
}

/// One row of the generated table of names, `[code, from, to, start,
/// end]`: `code` is listed under `NAME_TEXT[start..end]` at the end of each
/// year `from` to `to`. Numbers, not a struct with a `&str`: the compiler
/// spends much less on a table of them (docs/performance.md, "What it costs a build").
pub(crate) type Named = [u32; 5];

/// One row of the generated table of moves, `[year, from, to, extent,
/// start, end]`: in the list of `year`, the territory `from` had in the
/// list before lies, wholly or partly (`data::codes`'s `WHOLLY`, `PARTLY`), in `to`,
/// by the document `DOCUMENT_TEXT[start..end]` (none where it is empty).
pub(crate) type Moved = [u32; 6];

/// The code of a row of `NAMES`.
#[inline]
pub(crate) fn code_of(row: &Named) -> u32 {
    row[0]
}

/// The first year of a row of `NAMES`.
#[inline]
pub(crate) fn from_of(row: &Named) -> u16 {
    year(row[1])
}

/// The last year of a row of `NAMES`.
#[inline]
pub(crate) fn to_of(row: &Named) -> u16 {
    year(row[2])
}

/// The name of a row of `NAMES`.
#[inline]
pub(crate) fn name_of(row: &Named) -> &'static str {
    text(NAME_TEXT, row[3], row[4])
}

/// A year of a generated row; every one is a year of the lists.
#[inline]
fn year(year: u32) -> u16 {
    u16::try_from(year).unwrap_or(u16::MAX)
}

/// `text[start..end]` of a generated row, whose ranges all lie in it.
#[inline]
fn text(text: &'static str, start: u32, end: u32) -> &'static str {
    let at = |i: u32| usize::try_from(i).unwrap_or(usize::MAX);
    text.get(at(start)..at(end)).unwrap_or_default()
}

/// The rows of `NAMES` for `code`, by first year; empty for a code never
/// listed.
#[inline]
pub(crate) fn rows(code: DivisionCode) -> &'static [Named] {
    let code = code.get();
    let start = NAMES.partition_point(|row| code_of(row) < code);
    let len = NAMES[start..].partition_point(|row| code_of(row) == code);
    &NAMES[start..start + len]
}

/// Reads a year in the forms data files carry it: four digits, no
/// leading zero, with surrounding white space, a fraction of zeros
/// (`2020.0`), `年` after it (`2020年`), or in full-width digits
/// (`２０２０`), as [`DivisionCode::from_field`] reads a code. It does not
/// check that the lists cover the year ([`FIRST_YEAR`] to [`LAST_YEAR`]):
/// [`pilots::covering_in`](crate::pilots::covering_in) does.
///
/// # Errors
/// An [`Error`](crate::Error) of kind
/// [`MalformedYear`](crate::ErrorKind::MalformedYear) quoting the field.
///
/// # Example
/// ```
/// use cn_edu_pilots::codes;
///
/// for field in ["2020", " 2020", "2020.0", "2020年", "２０２０ 年"] {
///     assert_eq!(codes::read_year(field)?, 2020);
/// }
/// for field in ["02020", "20２0", "2020.5", "20", "二〇二〇", ""] {
///     assert!(codes::read_year(field).is_err(), "{field}");
/// }
/// assert_eq!(codes::read_year("1999")?, 1999); // read, though no list has it
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[inline]
pub fn read_year(field: &str) -> Result<u16, crate::Error> {
    let mut buf = [0; 8];
    crate::division::field_digits(field, Some('年'), &mut buf)
        .filter(|d| d.len() == 4 && !d.starts_with('0'))
        .and_then(|d| d.parse().ok())
        .ok_or_else(|| {
            crate::Error::new(
                crate::ErrorKind::MalformedYear,
                crate::error::Quoted::new(field),
            )
        })
}

/// The listed code of a code of the generated tables, which are all listed.
#[inline]
#[cfg(feature = "names")]
pub(crate) fn listed_table_code(code: u32) -> ListedCode {
    let code = DivisionCode::from_table(code);
    ListedCode {
        code,
        rows: rows(code),
    }
}

/// The code as the lists of 2000 to 2024 give it, or `None` for a code
/// listed at the end of none of those years.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, codes};
///
/// let chongwen = codes::listed(DivisionCode::try_from(110103)?).unwrap();
/// assert_eq!(chongwen.name_zh(2005), Some("崇文区"));
/// assert!(codes::listed(DivisionCode::try_from(110199)?).is_none());
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[must_use]
#[inline]
pub fn listed(code: DivisionCode) -> Option<ListedCode> {
    let rows = rows(code);
    (!rows.is_empty()).then_some(ListedCode { code, rows })
}

/// Every code listed at the end of at least one year 2000 to 2024, in the
/// order of the codes: to walk a year's list, keep those whose
/// [`years`](ListedCode::years) contain it.
///
/// # Example
/// ```
/// use cn_edu_pilots::{AdminLevel, codes};
///
/// // The county-level units of the list of 2012.
/// let counties = codes::all()
///     .filter(|code| code.years().contains(2012) && code.level() == AdminLevel::County)
///     .count();
/// assert_eq!(counties, 2852); // as data/areacodes/data/2012.txt counts them
/// assert_eq!(codes::all().next().unwrap().name_zh(2000), Some("北京市"));
/// ```
#[must_use]
#[inline]
pub fn all() -> ListedCodes {
    ListedCodes { rows: &NAMES }
}

/// The listed codes from `lo` to `hi`, in order.
#[inline]
#[cfg(feature = "panel")]
pub(crate) fn between(lo: u32, hi: u32) -> ListedCodes {
    let start = NAMES.partition_point(|row| code_of(row) < lo);
    let len = NAMES[start..].partition_point(|row| code_of(row) <= hi);
    ListedCodes {
        rows: &NAMES[start..start + len],
    }
}

/// The iterator of [`all`]: every listed code, in the order of the codes.
///
/// # Example
/// ```
/// use cn_edu_pilots::codes;
///
/// let mut all = codes::all();
/// assert_eq!(all.next().unwrap().code().get(), 110000); // 北京市
/// assert_eq!(all.next().unwrap().code().get(), 110101); // 东城区
/// ```
#[derive(Debug, Clone)]
pub struct ListedCodes {
    rows: &'static [Named],
}

impl Iterator for ListedCodes {
    type Item = ListedCode;

    #[inline]
    fn next(&mut self) -> Option<ListedCode> {
        let code = code_of(self.rows.first()?);
        let len = self.rows.partition_point(|row| code_of(row) == code);
        let (rows, rest) = self.rows.split_at(len);
        self.rows = rest;
        Some(ListedCode {
            code: DivisionCode::from_table(code),
            rows,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        // Each code has at least one row.
        (usize::from(!self.rows.is_empty()), Some(self.rows.len()))
    }
}

impl FusedIterator for ListedCodes {}

/// A code listed at the end of at least one year 2000 to 2024: see
/// [`listed`].
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, codes};
///
/// let dongcheng = codes::listed(DivisionCode::try_from(110101)?).unwrap();
/// assert_eq!(dongcheng.code().get(), 110101);
/// assert!(dongcheng.years().contains(2024));
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ListedCode {
    code: DivisionCode,
    rows: &'static [Named],
}

impl ListedCode {
    /// The code.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// let code = DivisionCode::try_from(341422)?;
    /// assert_eq!(codes::listed(code).unwrap().code(), code);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn code(self) -> DivisionCode {
        self.code
    }

    /// The level, by the digits as the lists read them (`XX0000`
    /// provincial, `XXYY00` prefectural, the rest county level), the same
    /// in every year.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{AdminLevel, DivisionCode, codes};
    ///
    /// let chaohu = codes::listed(DivisionCode::try_from(341400)?).unwrap(); // 巢湖市, to 2010
    /// assert_eq!(chaohu.level(), AdminLevel::Prefectural);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn level(self) -> AdminLevel {
        self.code.level()
    }

    /// The name in the list at the end of `year`, or `None` where the code
    /// is not in that list (a year outside 2000 to 2024 among them).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// let chamdo = codes::listed(DivisionCode::try_from(542100)?).unwrap();
    /// assert_eq!(chamdo.name_zh(2013), Some("昌都地区"));
    /// assert_eq!(chamdo.name_zh(2014), None); // 昌都市 540300
    /// assert_eq!(chamdo.name_zh(1999), None);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn name_zh(self, year: u16) -> Option<&'static str> {
        self.rows
            .iter()
            .find(|row| (from_of(row)..=to_of(row)).contains(&year))
            .map(name_of)
    }

    /// Each run of years with one name, in order: the years and the name.
    /// A code renamed in place has one run for each name.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// let xindu = codes::listed(DivisionCode::try_from(130503)?).unwrap();
    /// let names: Vec<(u16, &str)> = xindu.names().map(|(years, name)| (*years.start(), name)).collect();
    /// assert_eq!(names, [(2000, "桥西区"), (2020, "信都区")]);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn names(self) -> impl DoubleEndedIterator<Item = (RangeInclusive<u16>, &'static str)> {
        self.rows
            .iter()
            .map(|row| (from_of(row)..=to_of(row), name_of(row)))
    }

    /// The code of its parent in the list at the end of `year`: its
    /// prefecture where that list has it, else its province; `None` for a
    /// province, or where the code is not in that list.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// // 无为县: under 巢湖市 to 2010, under 芜湖市 (as 340225) from 2011.
    /// let wuwei = codes::listed(DivisionCode::try_from(341422)?).unwrap();
    /// assert_eq!(wuwei.parent(2010).map(|p| p.get()), Some(341400));
    /// assert_eq!(wuwei.parent(2011), None);
    /// // 济源市, a county-level city directly under 河南省.
    /// let jiyuan = codes::listed(DivisionCode::try_from(419001)?).unwrap();
    /// assert_eq!(jiyuan.parent(2010).map(|p| p.get()), Some(410000));
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn parent(self, year: u16) -> Option<DivisionCode> {
        self.name_zh(year)?;
        let prefecture = self.code.prefecture_code();
        if let Some(prefecture) = prefecture.filter(|p| *p != self.code && is_listed(*p, year)) {
            return Some(prefecture);
        }
        let province = self.code.province_code();
        (province != self.code && is_listed(province, year)).then_some(province)
    }

    /// The years the code is listed at the end of.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// let years = codes::listed(DivisionCode::try_from(630106)?).unwrap().years();
    /// assert_eq!((years.first(), years.last()), (2019, 2024));
    /// assert!(!years.contains(2018));
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn years(self) -> ListedYears {
        ListedYears { rows: self.rows }
    }

    /// Where its territory went, in order of year and code: each record
    /// of a later list that received it, wholly or in part, with the
    /// approving document where the change file names one. Empty for a
    /// code that kept its territory (renamed or not) throughout.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, Extent, codes};
    ///
    /// let chongwen = codes::listed(DivisionCode::try_from(110103)?).unwrap();
    /// let change = chongwen.became().next().unwrap();
    /// assert_eq!((change.year(), change.to().get(), change.extent()), (2010, 110101, Extent::Wholly));
    /// assert_eq!(change.document(), Some("国函〔2010〕55号"));
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn became(self) -> CodeChanges {
        let code = self.code.get();
        let start = MOVES.partition_point(|m| m[1] < code);
        let len = MOVES[start..].partition_point(|m| m[1] == code);
        CodeChanges {
            rows: Rows::Moves(&MOVES[start..start + len]),
        }
    }

    /// What its territory came from, in order of year and code: each
    /// record of an earlier list whose territory, wholly or in part, it
    /// received.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// let wuwei = codes::listed(DivisionCode::try_from(340225)?).unwrap(); // 芜湖市无为县, 2011
    /// let from: Vec<(u16, u32)> = wuwei.came_from().map(|c| (c.year(), c.from().get())).collect();
    /// assert_eq!(from, [(2011, 341422)]);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn came_from(self) -> CodeChanges {
        let code = self.code.get();
        let to = |&i: &u16| MOVES[usize::from(i)][2];
        let start = CAME_FROM.partition_point(|i| to(i) < code);
        let len = CAME_FROM[start..].partition_point(|i| to(i) == code);
        CodeChanges {
            rows: Rows::Indexed(&CAME_FROM[start..start + len]),
        }
    }
}

#[expect(
    clippy::missing_fields_in_debug,
    reason = "the rows are shown as the names they give"
)]
impl fmt::Debug for ListedCode {
    /// The code and its names as [`names`](Self::names) gives them, not
    /// the numbers of its rows.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ListedCode")
            .field("code", &self.code)
            .field("names", &List(|| self.names()))
            .finish()
    }
}

/// A `Debug` list of what the iterator a closure makes gives, without
/// collecting it.
struct List<F>(F);

impl<F: Fn() -> I, I: Iterator<Item: fmt::Debug>> fmt::Debug for List<F> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries((self.0)()).finish()
    }
}

/// Whether `code` is in the list at the end of `year`.
#[inline]
fn is_listed(code: DivisionCode, year: u16) -> bool {
    ListedYears { rows: rows(code) }.contains(year)
}

/// The years a code is listed at the end of: [`ListedCode::years`].
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, codes};
///
/// let years = codes::listed(DivisionCode::try_from(110101)?).unwrap().years();
/// assert!(years.contains(2000) && years.contains(2024) && !years.contains(2025));
/// assert_eq!(years.spans().collect::<Vec<_>>(), [2000..=2024]);
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ListedYears {
    rows: &'static [Named],
}

impl ListedYears {
    /// Whether the code is in the list at the end of `year`; `false` too
    /// for a year outside [`FIRST_YEAR`]`..=`[`LAST_YEAR`], which no list
    /// compiled in answers.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// let years = codes::listed(DivisionCode::try_from(654223)?).unwrap().years(); // 沙湾县
    /// assert!(years.contains(2020) && !years.contains(2021));
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn contains(self, year: u16) -> bool {
        self.rows
            .iter()
            .any(|row| (from_of(row)..=to_of(row)).contains(&year))
    }

    /// The first year listed.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// assert_eq!(codes::listed(DivisionCode::try_from(540300)?).unwrap().years().first(), 2014);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn first(self) -> u16 {
        self.rows.first().map_or(FIRST_YEAR, from_of)
    }

    /// The last year listed.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// assert_eq!(codes::listed(DivisionCode::try_from(542100)?).unwrap().years().last(), 2013);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn last(self) -> u16 {
        self.rows.last().map_or(FIRST_YEAR, to_of)
    }

    /// The last year listed before `year`, if any.
    #[inline]
    pub(crate) fn last_before(self, year: u16) -> Option<u16> {
        self.rows
            .iter()
            .rev()
            .find(|row| from_of(row) < year)
            .map(|row| to_of(row).min(year - 1))
    }

    /// The runs of consecutive years listed, in order; a code absent from
    /// some years and listed again has more than one.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// let years = codes::listed(DivisionCode::try_from(630106)?).unwrap().years();
    /// assert_eq!(years.spans().collect::<Vec<_>>(), [2019..=2024]);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn spans(self) -> ListedSpans {
        ListedSpans { rows: self.rows }
    }
}

impl fmt::Debug for ListedYears {
    /// The runs of years, as [`spans`](Self::spans) gives them.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ListedYears")
            .field(&List(|| self.spans()))
            .finish()
    }
}

/// The runs of years of [`ListedYears::spans`].
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, codes};
///
/// let mut spans = codes::listed(DivisionCode::try_from(110103)?).unwrap().years().spans();
/// assert_eq!(spans.next(), Some(2000..=2009)); // 崇文区, into 东城区 in 2010
/// assert_eq!(spans.next(), None);
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct ListedSpans {
    rows: &'static [Named],
}

impl Iterator for ListedSpans {
    type Item = RangeInclusive<u16>;

    #[inline]
    fn next(&mut self) -> Option<RangeInclusive<u16>> {
        let (first, _) = self.rows.split_first()?;
        let mut to = to_of(first);
        // Runs of one name that follow each other are one span of years.
        let joined = self.rows[1..]
            .iter()
            .take_while(|row| {
                let next = from_of(row) == to + 1;
                if next {
                    to = to_of(row);
                }
                next
            })
            .count();
        self.rows = &self.rows[1 + joined..];
        Some(from_of(first)..=to)
    }
}

impl FusedIterator for ListedSpans {}

/// One move of territory between two year-end lists, as
/// [`ListedCode::became`] and [`ListedCode::came_from`] give it.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, Extent, codes};
///
/// let shawan = codes::listed(DivisionCode::try_from(654223)?).unwrap(); // 沙湾县
/// let change = shawan.became().next().unwrap();
/// assert_eq!(change.year(), 2021);
/// assert_eq!((change.from().get(), change.to().get()), (654223, 654203)); // 沙湾市
/// assert_eq!(change.extent(), Extent::Wholly);
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct CodeChange {
    row: &'static Moved,
}

impl CodeChange {
    /// The year of the first list that shows the change.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// let chongwen = codes::listed(DivisionCode::try_from(110103)?).unwrap();
    /// assert_eq!(chongwen.became().next().unwrap().year(), 2010);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn year(self) -> u16 {
        year(self.row[0])
    }

    /// The code whose territory moved, as in the list of the year before.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// let dongcheng = codes::listed(DivisionCode::try_from(110101)?).unwrap();
    /// let from: Vec<u32> = dongcheng.came_from().map(|c| c.from().get()).collect();
    /// assert_eq!(from, [110103]); // 崇文区, 2010
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn from(self) -> DivisionCode {
        DivisionCode::from_table(self.row[1])
    }

    /// The code the territory lies in, in the list of [`year`](Self::year).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// let chongwen = codes::listed(DivisionCode::try_from(110103)?).unwrap();
    /// assert_eq!(chongwen.became().next().unwrap().to().get(), 110101);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn to(self) -> DivisionCode {
        DivisionCode::from_table(self.row[2])
    }

    /// Whether all of [`from`](Self::from)'s territory went to
    /// [`to`](Self::to), or part of it (it was divided, or kept the rest).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, Extent, codes};
    ///
    /// let chongwen = codes::listed(DivisionCode::try_from(110103)?).unwrap();
    /// assert_eq!(chongwen.became().next().unwrap().extent(), Extent::Wholly);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn extent(self) -> Extent {
        if self.row[3] == PARTLY {
            Extent::Partly
        } else {
            Extent::Wholly
        }
    }

    /// The number (文号) of the approving document, where the change file
    /// names one.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, codes};
    ///
    /// let wuwei = codes::listed(DivisionCode::try_from(341422)?).unwrap();
    /// assert_eq!(wuwei.became().next().unwrap().document(), Some("国函〔2011〕84号"));
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn document(self) -> Option<&'static str> {
        Some(text(DOCUMENT_TEXT, self.row[4], self.row[5])).filter(|d| !d.is_empty())
    }
}

impl fmt::Debug for CodeChange {
    /// The change as its accessors give it, not the numbers of its row.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CodeChange")
            .field("year", &self.year())
            .field("from", &self.from())
            .field("to", &self.to())
            .field("extent", &self.extent())
            .field("document", &self.document())
            .finish()
    }
}

/// The rows a [`CodeChanges`] walks: a run of the table, or of its index
/// by destination.
#[derive(Debug, Clone)]
enum Rows {
    Moves(&'static [Moved]),
    Indexed(&'static [u16]),
}

/// The changes of [`ListedCode::became`] and [`ListedCode::came_from`].
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, codes};
///
/// let chaohu = codes::listed(DivisionCode::try_from(341400)?).unwrap(); // 巢湖市, divided in 2011
/// let to: Vec<u32> = chaohu.became().map(|c| c.to().get()).collect();
/// assert_eq!(to, [340100, 340200, 340500]); // 合肥市, 芜湖市, 马鞍山市
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct CodeChanges {
    rows: Rows,
}

impl Iterator for CodeChanges {
    type Item = CodeChange;

    #[inline]
    fn next(&mut self) -> Option<CodeChange> {
        let row = match &mut self.rows {
            Rows::Moves(rows) => {
                let (first, rest) = rows.split_first()?;
                *rows = rest;
                first
            }
            Rows::Indexed(rows) => {
                let (first, rest) = rows.split_first()?;
                *rows = rest;
                &MOVES[usize::from(*first)]
            }
        };
        Some(CodeChange { row })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = match self.rows {
            Rows::Moves(rows) => rows.len(),
            Rows::Indexed(rows) => rows.len(),
        };
        (len, Some(len))
    }
}

impl ExactSizeIterator for CodeChanges {}
impl FusedIterator for CodeChanges {}
