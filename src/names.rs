//! The codes a division's name denotes in a year: [`named`], re-exported
//! in [`codes`](crate::codes) with the types of its answer.
//!
//! Data keyed by names (yearbooks, surveys) writes them as the lists do
//! (楚雄彝族自治州), without the generic suffix (楚雄, 锡林郭勒, 北京), with
//! 州 or 县 for an autonomous prefecture or county (楚雄州, 保亭县), by an
//! abbreviation (巴州), and
//! by the name of its own year (昌都地区 after 2013, 哈密 for two different
//! codes before and after 2016). A lookup finds every listed code the name
//! can denote and says how each matched; it never picks one of several.
//!
//! The forms come from the lists: each name's stem, the name without its
//! generic suffix, is generated from the names of the lists
//! (`src/data/names.rs`); the few abbreviations no rule derives are a
//! hand-written table with their sources (`src/data/abbreviations.rs`).
//! No lookup allocates: a name's candidates are found by binary search,
//! one for each prefix of the name, and read lazily.

use core::fmt;
use core::iter::FusedIterator;
use core::ops::RangeInclusive;

use crate::codes::{
    FIRST_YEAR, LAST_YEAR, ListedCode, Named, code_of, from_of, listed_table_code, name_of, to_of,
};
use crate::data::abbreviations::ABBREVIATIONS;
use crate::data::codes::NAMES;
use crate::data::names::{BY_KEY, KEY_LEN, LONGEST_NAME};
use crate::division::{AdminLevel, DivisionCode};
use crate::error::{Error, ErrorKind, Quoted};
use crate::province::{FOLDED_MAX, Province, fold_full_width};

/// The room for a name, in bytes: no name of the lists is longer, so a
/// longer input names nothing.
const ROOM: usize = 64;
const _: () = assert!(LONGEST_NAME <= ROOM && ROOM <= u8::MAX as usize);
const _: () = assert!(KEY_LEN.len() == NAMES.len() && BY_KEY.len() == 2 * NAMES.len());

/// The four municipalities, which city yearbooks list among the
/// prefecture-level cities: 北京, 天津, 上海, 重庆.
/// The generic words of an autonomous prefecture, county and banner, and
/// the word data write after their short names (楚雄州, 保亭县).
const GENERIC: [(&str, &str); 3] = [("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")];

/// What the message of an unknown name says was expected.
const EXPECTED_NAME: &str = "expected the name of a division in a year-end list of 2000 to 2024, \
     as the list writes it (楚雄彝族自治州), without its generic suffix (楚雄), with 州, 县 or 旗 \
     for an autonomous prefecture, county or banner (楚雄州, 保亭县), or a known abbreviation (巴州); none matched, in the year \
     asked or in another";
const EXPECTED_FILTERED: &str = "the lists of 2000 to 2024 have divisions of this name, but \
     none of the level and within the parent asked, in the year asked or in another";
const EXPECTED_PARENT: &str = "expected a province in any form `Province` reads (河南, 豫, \
     410000), a division code (532300) or the name of a prefecture-level division in the year's \
     list (楚雄州, 锡林郭勒)";
const AMBIGUOUS_PARENT: &str = "it names more than one prefecture-level division in the year's \
     list; give its code or its province instead";
const PROVINCE_OR_PREFECTURE: &str = "it names a province and more than one prefecture-level \
     division of the year's list; write the province's full name or the prefecture's code";

/// Looks `name` up in the list of `year`: see [`NameLookup`] for the
/// rules, and [`NameLookup::level`] and [`NameLookup::within`] to narrow
/// the search before [`find`](NameLookup::find).
///
/// # Example
/// ```
/// use cn_edu_pilots::{AdminLevel, codes};
///
/// let chuxiong = codes::named("楚雄州", 2015).find()?.single().unwrap();
/// assert_eq!(chuxiong.code().code().get(), 532300); // 楚雄彝族自治州
/// // 楚雄 is the prefecture and its 楚雄市: the level tells them apart.
/// assert_eq!(codes::named("楚雄", 2015).find()?.len(), 2);
/// let city = codes::named("楚雄", 2015).level(AdminLevel::County).find()?.single().unwrap();
/// assert_eq!(city.code().code().get(), 532301);
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[must_use]
#[inline]
pub fn named(name: &str, year: u16) -> NameLookup<'_> {
    NameLookup {
        name,
        year,
        level: None,
        within: None,
    }
}

/// A lookup of the codes a name denotes in a year, made by [`named`] and
/// answered by [`find`](Self::find).
///
/// The name is read as [`Province`] reads its input (trimmed, full-width
/// ASCII and ideographic spaces folded), and nothing else is rewritten. A
/// code matches when the name is, in one of its rows of the lists:
/// - its name as the list writes it ([`NameForm::ListName`]: 楚雄彝族自治州),
/// - its stem, the name without its generic suffix and, for an autonomous
///   prefecture, county or banner, without the ethnic groups' names
///   ([`NameForm::Short`]: 楚雄, 锡林郭勒, 北京, 昌都; a stem of one
///   character is none: 城区, 易县),
/// - for an autonomous prefecture, county or banner, the stem and 州, 县
///   or 旗 ([`NameForm::Generic`]: 楚雄州, 保亭县),
/// - or an abbreviation of a short sourced table ([`NameForm::Abbreviation`]:
///   巴州, 克州, 博州).
///
/// The names of the year asked come first: only where none of them
/// matches are the names of other years read (昌都地区 in 2015 is 542100,
/// which the lists retire after 2013), each match then marked
/// ([`NameMatch::through_other_year`]). A level and a parent narrow the
/// candidates before that choice.
///
/// # Example
/// ```
/// use cn_edu_pilots::{AdminLevel, codes};
///
/// // 哈密: a prefecture (地区) and its county-level city to 2015, a
/// // prefecture-level city from 2016.
/// let before = codes::named("哈密", 2010).level(AdminLevel::Prefectural).find()?;
/// assert_eq!(before.single().unwrap().code().code().get(), 652200);
/// assert_eq!(codes::named("哈密", 2016).find()?.single().unwrap().code().code().get(), 650500);
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NameLookup<'a> {
    name: &'a str,
    year: u16,
    level: Option<AdminLevel>,
    within: Option<Within>,
}

impl NameLookup<'_> {
    /// Keeps the codes of `level`; with [`AdminLevel::Prefectural`], the
    /// four municipalities (北京 110000, 天津, 上海, 重庆) count as
    /// prefecture-level cities, as city yearbooks list them.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{AdminLevel, codes};
    ///
    /// // 芜湖: 芜湖市 and its 芜湖县 (to 2019).
    /// assert_eq!(codes::named("芜湖", 2012).find()?.len(), 2);
    /// let city = codes::named("芜湖", 2012).level(AdminLevel::Prefectural).find()?;
    /// assert_eq!(city.single().unwrap().code().code().get(), 340200);
    /// let beijing = codes::named("北京", 2012).level(AdminLevel::Prefectural).find()?;
    /// assert_eq!(beijing.single().unwrap().code().code().get(), 110000);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn level(self, level: AdminLevel) -> Self {
        NameLookup {
            level: Some(level),
            ..self
        }
    }

    /// Keeps the codes within `parent`: see [`Within`].
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, Province, codes::{self, Within}};
    ///
    /// // 朝阳区: in 北京 and in 长春.
    /// assert_eq!(codes::named("朝阳区", 2015).find()?.len(), 2);
    /// let beijing = codes::named("朝阳区", 2015).within(Within::Province(Province::Beijing)).find()?;
    /// assert_eq!(beijing.single().unwrap().code().code().get(), 110105);
    /// let changchun = Within::Code(DivisionCode::try_from(220100)?);
    /// let found = codes::named("朝阳区", 2015).within(changchun).find()?;
    /// assert_eq!(found.single().unwrap().code().code().get(), 220104);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn within(self, parent: Within) -> Self {
        NameLookup {
            within: Some(parent),
            ..self
        }
    }

    /// Every listed code the name denotes under the rules of
    /// [`NameLookup`]: one is the answer, several an ambiguity to resolve
    /// with a level or a parent, never by picking one.
    ///
    /// # Errors
    /// [`ErrorKind::YearOutOfRange`] for a year outside 2000 to 2024;
    /// [`ErrorKind::UnknownName`] where no code matches, in the year asked
    /// or another (the message quotes the name and says whether the level
    /// and parent left none).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{ErrorKind, codes};
    ///
    /// let err = codes::named("北平", 2012).find().unwrap_err();
    /// assert_eq!((err.kind(), err.input()), (ErrorKind::UnknownName, "北平"));
    /// assert!(err.to_string().starts_with(r#"unknown division name "北平": expected"#));
    /// let err = codes::named("北京", 1999).find().unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::YearOutOfRange);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    pub fn find(self) -> Result<NameMatches, Error> {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&self.year) {
            return Err(Error::new(
                ErrorKind::YearOutOfRange,
                Quoted::number(u32::from(self.year)),
            ));
        }
        let trimmed = self.name.trim();
        let unknown = |expected| {
            Error::expecting(
                ErrorKind::UnknownName,
                Quoted::new(trimmed),
                "division name",
                expected,
            )
        };
        let mut buffer = [0; FOLDED_MAX];
        let text = fold_full_width(trimmed, &mut buffer)
            .and_then(Text::new)
            .ok_or_else(|| unknown(EXPECTED_NAME))?;
        let mut matches = NameMatches {
            text,
            year: self.year,
            level: self.level,
            within: self.within,
            other_years: false,
            cursor: Cursor::START,
        };
        if !matches.is_empty() {
            return Ok(matches);
        }
        matches.other_years = true;
        if !matches.is_empty() {
            return Ok(matches);
        }
        let unfiltered = NameMatches {
            level: None,
            within: None,
            ..matches
        };
        Err(unknown(if unfiltered.is_empty() {
            EXPECTED_NAME
        } else {
            EXPECTED_FILTERED
        }))
    }
}

/// A parent to look a name up in ([`NameLookup::within`]).
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, Province, codes::Within};
///
/// assert_eq!(Within::parse("河南", 2012)?, Within::Province(Province::Henan));
/// assert_eq!(Within::parse("532300", 2012)?, Within::Code(DivisionCode::try_from(532300)?));
/// assert_eq!(Within::parse("楚雄州", 2012)?, Within::Code(DivisionCode::try_from(532300)?));
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Within {
    /// The codes of a province (its two-digit prefix), the province's own
    /// among them; none for the Corps, which has no code of the lists.
    Province(Province),
    /// The codes under a division: for a province's code, those of its
    /// prefix; for a prefecture's, the codes whose parent it is in the
    /// year's list or, for a name of another year, whose code has its
    /// prefix (`XXYY..`); none for a county-level code.
    Code(DivisionCode),
    /// A text that is both a province's form and a prefecture's name in
    /// the year (海南: 海南省 and 海南藏族自治州): the codes within either,
    /// so that a name is answered only where one reading holds it, and
    /// with every code where both do.
    ProvinceOrPrefecture(Province, DivisionCode),
}

impl Within {
    /// A parent as data writes it: a province in any form [`Province`]
    /// reads (河南, 豫, Henan, 410000), a division code (532300), or the
    /// name of a prefecture-level division in the list of `year` as
    /// [`named`] reads it with [`AdminLevel::Prefectural`] (楚雄州,
    /// 锡林郭勒, 昌都地区 in 2015).
    ///
    /// # Errors
    /// That of [`Province`] for a province outside the list (香港), that of
    /// [`DivisionCode`] for six digits that are no code, that of
    /// [`NameLookup::find`] for a year outside 2000 to 2024;
    /// [`ErrorKind::UnknownName`] for a text that is none of the three, and
    /// [`ErrorKind::AmbiguousName`] for the name of more than one
    /// prefecture.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{ErrorKind, codes::Within};
    ///
    /// assert_eq!(Within::parse("锡林郭勒", 2012)?.to_string(), "152500");
    /// assert_eq!(Within::parse("楚雄市", 2012).unwrap_err().kind(), ErrorKind::UnknownName);
    /// // 吉林 names the province and 吉林市, 海南 the province and 海南藏族自治州:
    /// // both readings are kept, never one guessed.
    /// assert_eq!(Within::parse("吉林", 2012)?.to_string(), "吉林省 or 220200");
    /// assert_eq!(Within::parse("海南", 2012)?.to_string(), "海南省 or 632500");
    /// assert_eq!(Within::parse("吉林省", 2012)?.to_string(), "吉林省");
    /// assert_eq!(Within::parse("吉林市", 2012)?.to_string(), "220200");
    /// // 北京 is the municipality, whether a province or a city.
    /// assert_eq!(Within::parse("北京", 2012)?.to_string(), "北京市");
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    pub fn parse(text: &str, year: u16) -> Result<Within, Error> {
        let trimmed = text.trim();
        match text.parse::<Province>() {
            Ok(province) => {
                // A province's form that is also a prefecture's name of the
                // year (吉林, 海南) is read as neither.
                let own = province.gb2260_code().map(DivisionCode::get);
                let prefectures = named(text, year).level(AdminLevel::Prefectural).find();
                let mut others = prefectures
                    .into_iter()
                    .flatten()
                    .filter(|m| Some(m.code().code().get()) != own && !m.through_other_year());
                return match (others.next(), others.next()) {
                    (None, _) => Ok(Within::Province(province)),
                    (Some(prefecture), None) => Ok(Within::ProvinceOrPrefecture(
                        province,
                        prefecture.code().code(),
                    )),
                    (Some(_), Some(_)) => Err(Error::expecting(
                        ErrorKind::AmbiguousName,
                        Quoted::new(trimmed),
                        "parent",
                        PROVINCE_OR_PREFECTURE,
                    )),
                };
            }
            Err(err) if err.kind() == ErrorKind::ProvinceOutsideScope => return Err(err),
            Err(_) => {}
        }
        let mut buffer = [0; FOLDED_MAX];
        let folded = fold_full_width(trimmed, &mut buffer).unwrap_or(trimmed);
        if folded.len() == 6 && folded.bytes().all(|b| b.is_ascii_digit()) {
            return folded.parse().map(Within::Code);
        }
        let fail =
            |kind, expected| Error::expecting(kind, Quoted::new(trimmed), "parent", expected);
        let found = named(text, year)
            .level(AdminLevel::Prefectural)
            .find()
            .map_err(|err| match err.kind() {
                ErrorKind::UnknownName => fail(ErrorKind::UnknownName, EXPECTED_PARENT),
                _ => err,
            })?;
        found
            .single()
            .map(|m| Within::Code(m.code().code()))
            .ok_or_else(|| fail(ErrorKind::AmbiguousName, AMBIGUOUS_PARENT))
    }

    /// Whether the code of `row`, matched in the list of `year` or, where
    /// `other_year`, in another year's, lies within.
    #[inline]
    fn holds(self, row: &Named, year: u16, other_year: bool) -> bool {
        let code = DivisionCode::from_table(code_of(row));
        let parent = match self {
            Within::Province(province) => match province.gb2260_code() {
                Some(parent) => parent,
                None => return false,
            },
            Within::Code(parent) => parent,
            Within::ProvinceOrPrefecture(province, prefecture) => {
                return Within::Province(province).holds(row, year, other_year)
                    || Within::Code(prefecture).holds(row, year, other_year);
            }
        };
        match parent.level() {
            AdminLevel::Provincial => parent.get() / 10_000 == code.get() / 10_000,
            AdminLevel::Prefectural if other_year => {
                code != parent && code.prefecture_code() == Some(parent)
            }
            AdminLevel::Prefectural => listed_table_code(code.get()).parent(year) == Some(parent),
            AdminLevel::County => false,
        }
    }
}

impl fmt::Display for Within {
    /// A province by its Chinese name, a code by its six digits.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Within::Province(province) => f.write_str(province.name_zh()),
            Within::Code(code) => fmt::Display::fmt(code, f),
            Within::ProvinceOrPrefecture(province, code) => {
                write!(f, "{} or {code}", province.name_zh())
            }
        }
    }
}

/// How a name matched a code: the forms of [`NameLookup`].
///
/// # Example
/// ```
/// use cn_edu_pilots::codes::{self, NameForm};
///
/// let form = |name| codes::named(name, 2012).find().unwrap().single().unwrap().form();
/// assert_eq!(form("楚雄彝族自治州"), NameForm::ListName);
/// assert_eq!(form("锡林郭勒"), NameForm::Short);
/// assert_eq!(form("楚雄州"), NameForm::Generic);
/// assert_eq!(form("保亭县"), NameForm::Generic); // 保亭黎族苗族自治县
/// assert_eq!(form("莫力达瓦旗"), NameForm::Generic); // 莫力达瓦达斡尔族自治旗
/// assert_eq!(form("克州"), NameForm::Abbreviation);
/// // 巴州 is also the short name of 巴中市's 巴州区: both are answered.
/// let bazhou: Vec<NameForm> = codes::named("巴州", 2012).find().unwrap().map(|m| m.form()).collect();
/// assert_eq!(bazhou, [NameForm::Short, NameForm::Abbreviation]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NameForm {
    /// The name as the list writes it (楚雄彝族自治州, 昌都地区).
    ListName,
    /// The name without its generic suffix, and for an autonomous
    /// division without the ethnic groups' names (楚雄, 锡林郭勒, 北京).
    Short,
    /// For an autonomous prefecture, county or banner, the short name and
    /// the generic word of its kind, as data write it: 楚雄州 for
    /// 楚雄彝族自治州, 保亭县 for 保亭黎族苗族自治县, 莫力达瓦旗 for
    /// 莫力达瓦达斡尔族自治旗.
    Generic,
    /// An abbreviation of the crate's sourced table (巴州, 克州, 博州).
    Abbreviation,
}

impl NameForm {
    /// The form's name as the crosswalk's `form` column writes it:
    /// `ListName`, `Short`, `Generic` or `Abbreviation`.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes::NameForm;
    ///
    /// assert_eq!(NameForm::Generic.as_str(), "Generic");
    /// ```
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            NameForm::ListName => "ListName",
            NameForm::Short => "Short",
            NameForm::Generic => "Generic",
            NameForm::Abbreviation => "Abbreviation",
        }
    }
}

/// One code a name denotes, and how it matched: see [`NameLookup`].
///
/// # Example
/// ```
/// use cn_edu_pilots::codes::{self, NameForm};
///
/// // 襄樊市 was renamed 襄阳市 in 2010, its code kept.
/// let found = codes::named("襄樊", 2012).find()?.single().unwrap();
/// assert_eq!(found.code().code().get(), 420600);
/// assert_eq!((found.form(), found.name_zh()), (NameForm::Short, "襄樊市"));
/// assert!(found.through_other_year());
/// assert_eq!(found.years_named(), 2000..=2009);
/// assert_eq!(found.code().name_zh(2012), Some("襄阳市"));
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct NameMatch {
    code: ListedCode,
    form: NameForm,
    row: &'static Named,
    other_year: bool,
}

impl NameMatch {
    /// The code.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes;
    ///
    /// let found = codes::named("锡林郭勒", 2012).find()?.single().unwrap();
    /// assert_eq!(found.code().code().get(), 152500);
    /// assert_eq!(found.code().name_zh(2012), Some("锡林郭勒盟"));
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn code(self) -> ListedCode {
        self.code
    }

    /// How the name matched.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes::{self, NameForm};
    ///
    /// assert_eq!(codes::named("北京", 2012).find()?.single().unwrap().form(), NameForm::Short);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn form(self) -> NameForm {
        self.form
    }

    /// The list's name that the name matched a form of: the code's name in
    /// the year asked, or in [`years_named`](Self::years_named) for a
    /// name of another year.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes;
    ///
    /// assert_eq!(codes::named("楚雄州", 2012).find()?.single().unwrap().name_zh(), "楚雄彝族自治州");
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn name_zh(self) -> &'static str {
        name_of(self.row)
    }

    /// The years the lists give the code that name ([`name_zh`](Self::name_zh)),
    /// the year asked among them unless the match is
    /// [`through_other_year`](Self::through_other_year).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes;
    ///
    /// let chamdo = codes::named("昌都地区", 2015).find()?.single().unwrap();
    /// assert_eq!(chamdo.years_named(), 2000..=2013);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn years_named(self) -> RangeInclusive<u16> {
        from_of(self.row)..=to_of(self.row)
    }

    /// Whether the name matched a name of another year than the one asked,
    /// no name of that year matching: the code may not be in that year's
    /// list at all (昌都地区, 542100, in 2015), which
    /// [`pilots::covering_in`](crate::pilots::covering_in) reads by its
    /// rule for such codes.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes;
    ///
    /// let chamdo = codes::named("昌都地区", 2015).find()?.single().unwrap();
    /// assert!(chamdo.through_other_year());
    /// assert_eq!(chamdo.code().code().get(), 542100);
    /// assert!(!chamdo.code().years().contains(2015));
    /// assert!(!codes::named("昌都地区", 2012).find()?.single().unwrap().through_other_year());
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn through_other_year(self) -> bool {
        self.other_year
    }
}

#[expect(
    clippy::missing_fields_in_debug,
    reason = "the row is shown as the name and years it gives"
)]
impl fmt::Debug for NameMatch {
    /// The match as its accessors give it.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NameMatch")
            .field("code", &self.code.code())
            .field("form", &self.form)
            .field("name_zh", &self.name_zh())
            .field("years_named", &self.years_named())
            .field("through_other_year", &self.other_year)
            .finish()
    }
}

/// The codes a name denotes, as [`NameLookup::find`] answers: an iterator
/// of [`NameMatch`]es, read lazily from the tables, in the order of the
/// stems matched and then of the codes. [`single`](Self::single) is the
/// answer where there is one; [`len`](Self::len) above one is an ambiguity.
///
/// # Example
/// ```
/// use cn_edu_pilots::codes;
///
/// let chaoyang = codes::named("朝阳区", 2015).find()?;
/// assert_eq!(chaoyang.len(), 2);
/// assert!(chaoyang.single().is_none());
/// let codes: Vec<u32> = chaoyang.map(|m| m.code().code().get()).collect();
/// assert_eq!(codes, [110105, 220104]);
/// # Ok::<(), cn_edu_pilots::Error>(())
/// ```
#[derive(Clone, Copy)]
pub struct NameMatches {
    text: Text,
    year: u16,
    level: Option<AdminLevel>,
    within: Option<Within>,
    /// Whether no name of the year matched, so the names of other years
    /// are read.
    other_years: bool,
    cursor: Cursor,
}

impl NameMatches {
    /// How many codes the name denotes (what the iterator has left to
    /// give).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes;
    ///
    /// // 鼓楼区: in 南京 and in 徐州 (and elsewhere outside 江苏).
    /// let jiangsu = codes::Within::Province(cn_edu_pilots::Province::Jiangsu);
    /// assert_eq!(codes::named("鼓楼区", 2012).within(jiangsu).find()?.len(), 2);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn len(&self) -> usize {
        (*self).count()
    }

    /// Whether the iterator has nothing left to give (an answer of
    /// [`NameLookup::find`] has at least one match).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes;
    ///
    /// let mut found = codes::named("北京", 2012).find()?;
    /// assert!(!found.is_empty());
    /// found.next();
    /// assert!(found.is_empty());
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn is_empty(&self) -> bool {
        let mut matches = *self;
        matches.next().is_none()
    }

    /// The one code the name denotes, or `None` where it denotes several
    /// (or the iterator has nothing left).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes;
    ///
    /// assert_eq!(codes::named("鄂尔多斯", 2012).find()?.single().unwrap().code().code().get(), 150600);
    /// assert!(codes::named("城区", 2012).find()?.single().is_none()); // 山西 has four
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn single(&self) -> Option<NameMatch> {
        let mut matches = *self;
        let first = matches.next()?;
        matches.next().is_none().then_some(first)
    }

    /// Whether the code of `row` is one this answer keeps: of its years,
    /// its level and within its parent.
    #[inline]
    fn keeps(&self, row: &Named) -> bool {
        let in_year = (from_of(row)..=to_of(row)).contains(&self.year);
        if !in_year && !self.other_years {
            return false;
        }
        let code = code_of(row);
        let level_kept = self.level.is_none_or(|level| {
            DivisionCode::from_table(code).level() == level
                || (level == AdminLevel::Prefectural
                    && crate::province::is_municipality(DivisionCode::from_table(code)))
        });
        level_kept
            && self
                .within
                .is_none_or(|parent| parent.holds(row, self.year, self.other_years))
    }

    /// Whether one of the first `before` candidates is kept with `code`.
    #[inline]
    fn kept_before(&self, code: u32, before: u16) -> bool {
        let mut cursor = Cursor::START;
        while cursor.produced < before {
            match cursor.next_candidate(self.text.as_str(), self.year) {
                Some((row, _)) if code_of(row) == code && self.keeps(row) => return true,
                Some(_) => {}
                None => return false,
            }
        }
        false
    }
}

#[expect(
    clippy::copy_iterator,
    reason = "an answer is read more than once (its length, its single match, its matches); \
              it holds no more than a short name and a position"
)]
impl Iterator for NameMatches {
    type Item = NameMatch;

    #[inline]
    fn next(&mut self) -> Option<NameMatch> {
        loop {
            let before = self.cursor.produced;
            let (row, form) = self.cursor.next_candidate(self.text.as_str(), self.year)?;
            let code = code_of(row);
            // A code of several rows of other years can match through more
            // than one: it is one answer.
            if self.keeps(row) && !self.kept_before(code, before) {
                return Some(NameMatch {
                    code: listed_table_code(code),
                    form,
                    row,
                    other_year: self.other_years,
                });
            }
        }
    }
}

impl FusedIterator for NameMatches {}

impl fmt::Debug for NameMatches {
    /// The matches left, as the iterator gives them.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(*self).finish()
    }
}

/// A name as read, in a buffer of its own so that an answer holds it.
#[derive(Clone, Copy)]
struct Text {
    buf: [u8; ROOM],
    len: u8,
}

impl Text {
    /// `s` in a buffer, or `None` where it is longer than any name.
    #[inline]
    fn new(s: &str) -> Option<Text> {
        let mut buf = [0; ROOM];
        buf.get_mut(..s.len())?.copy_from_slice(s.as_bytes());
        Some(Text {
            buf,
            len: u8::try_from(s.len()).ok()?,
        })
    }

    #[inline]
    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or_default()
    }
}

/// Where a walk through a name's candidates is: the rows whose key (stem,
/// or name where it has none) is a prefix of the name, prefix by prefix,
/// then the abbreviations.
#[derive(Clone, Copy)]
struct Cursor {
    /// The end in bytes of the prefix whose rows are being read.
    prefix_end: u8,
    /// Whether no longer prefix can be a key.
    prefixes_done: bool,
    /// The rows of the prefix left to read, as a range of `BY_KEY`.
    at: u16,
    stop: u16,
    /// The abbreviations read.
    abbreviation: u8,
    /// How many candidates the walk has given.
    produced: u16,
}

impl Cursor {
    const START: Cursor = Cursor {
        prefix_end: 0,
        prefixes_done: false,
        at: 0,
        stop: 0,
        abbreviation: 0,
        produced: 0,
    };

    /// The next row that `name` matches a form of, and the form; of an
    /// abbreviation's code, its row of `year` where it has one.
    #[inline]
    fn next_candidate(&mut self, name: &str, year: u16) -> Option<(&'static Named, NameForm)> {
        let found = self.next_row(name, year)?;
        self.produced = self.produced.saturating_add(1);
        Some(found)
    }

    #[inline]
    fn next_row(&mut self, name: &str, year: u16) -> Option<(&'static Named, NameForm)> {
        loop {
            if self.at < self.stop {
                let index = by_key(usize::from(self.at));
                self.at += 1;
                if let Some(form) = form_of(index, name) {
                    return Some((&NAMES[index], form));
                }
                continue;
            }
            if !self.prefixes_done {
                self.next_prefix(name);
                continue;
            }
            let (abbreviation, code) = ABBREVIATIONS.get(usize::from(self.abbreviation))?;
            self.abbreviation += 1;
            if *abbreviation == name {
                return Some((abbreviated_row(*code, year)?, NameForm::Abbreviation));
            }
        }
    }

    /// Moves to the rows of the next prefix of `name` one character longer.
    #[inline]
    fn next_prefix(&mut self, name: &str) {
        let start = usize::from(self.prefix_end);
        let Some(c) = name.get(start..).and_then(|rest| rest.chars().next()) else {
            self.prefixes_done = true;
            return;
        };
        let end = start + c.len_utf8();
        // `name` fits in `ROOM` bytes.
        self.prefix_end = u8::try_from(end).unwrap_or(u8::MAX);
        let prefix = &name[..end];
        if prefix.chars().nth(1).is_none() {
            return; // one character: no key
        }
        let key = |at: usize| key_of(by_key(at));
        let lower = partition_point(0, NAMES.len(), |at| key(at) < prefix);
        let upper = partition_point(lower, NAMES.len(), |at| key(at) == prefix);
        // Where no key starts with this prefix, none is a longer one.
        if lower == NAMES.len() || !key(lower).starts_with(prefix) {
            self.prefixes_done = true;
        }
        self.at = u16::try_from(lower).unwrap_or(u16::MAX);
        self.stop = u16::try_from(upper).unwrap_or(u16::MAX);
    }
}

/// The row of an abbreviation's code: that of `year`, else its last.
#[inline]
fn abbreviated_row(code: u32, year: u16) -> Option<&'static Named> {
    let start = NAMES.partition_point(|row| code_of(row) < code);
    let len = NAMES[start..].partition_point(|row| code_of(row) == code);
    let rows = &NAMES[start..start + len];
    rows.iter()
        .find(|row| (from_of(row)..=to_of(row)).contains(&year))
        .or(rows.last())
}

/// The key of row `index` of `NAMES`: its stem, or its name where it has
/// none.
#[inline]
fn key_of(index: usize) -> &'static str {
    let name = name_of(&NAMES[index]);
    name.get(..usize::from(KEY_LEN[index])).unwrap_or(name)
}

/// The row of `NAMES` at `at` in the order of the keys.
#[inline]
fn by_key(at: usize) -> usize {
    usize::from(u16::from_le_bytes([BY_KEY[2 * at], BY_KEY[2 * at + 1]]))
}

/// The first of `lo..hi` where `before` turns false, as
/// `slice::partition_point` finds it (`before` is true, then false).
#[inline]
fn partition_point(mut lo: usize, mut hi: usize, before: impl Fn(usize) -> bool) -> usize {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The form of row `index`'s name that `name` is, if any.
#[inline]
fn form_of(index: usize, name: &str) -> Option<NameForm> {
    let list_name = name_of(&NAMES[index]);
    let key = key_of(index);
    if name == list_name {
        Some(NameForm::ListName)
    } else if key.len() == list_name.len() {
        None // no stem
    } else if name == key {
        Some(NameForm::Short)
    } else if GENERIC
        .iter()
        .any(|&(kind, word)| list_name.ends_with(kind) && name.strip_prefix(key) == Some(word))
    {
        Some(NameForm::Generic)
    } else {
        None
    }
}

/// One name of a listed code in a year, in one of the forms [`named`]
/// reads: a row of the names crosswalk ([`crosswalk`]).
///
/// # Example
/// ```
/// use cn_edu_pilots::codes::{self, NameForm};
///
/// let chuxiong: Vec<String> = codes::crosswalk()
///     .filter(|r| r.code().code().get() == 532300 && r.year() == 2012)
///     .map(|r| format!("{} {:?} {}", r.name(), r.form(), r.n_codes()))
///     .collect();
/// assert_eq!(chuxiong, ["楚雄彝族自治州 ListName 1", "楚雄 Short 2", "楚雄州 Generic 1"]);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct NameRow {
    row: &'static Named,
    year: u16,
    form: NameForm,
    /// The name's text: a prefix of the list's name and what follows it
    /// (the generic word), or an abbreviation.
    text: (&'static str, &'static str),
}

impl NameRow {
    /// The code the name denotes.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes::{self, NameForm};
    ///
    /// // 楚雄州, 楚雄彝族自治州 (532300) with its generic word, in 2012.
    /// let row = codes::crosswalk()
    ///     .find(|r| r.code().code().get() == 532300 && r.year() == 2012 && r.form() == NameForm::Generic)
    ///     .unwrap();
    /// assert_eq!(row.code().code().get(), 532300);
    /// ```
    #[must_use]
    #[inline]
    pub fn code(&self) -> ListedCode {
        listed_table_code(code_of(self.row))
    }

    /// The year in whose list the code has this name.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes::{self, NameForm};
    ///
    /// // 楚雄州, 楚雄彝族自治州 (532300) with its generic word, in 2012.
    /// let row = codes::crosswalk()
    ///     .find(|r| r.code().code().get() == 532300 && r.year() == 2012 && r.form() == NameForm::Generic)
    ///     .unwrap();
    /// assert_eq!(row.year(), 2012);
    /// ```
    #[must_use]
    #[inline]
    pub fn year(&self) -> u16 {
        self.year
    }

    /// How the name is formed from the list's.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes::{self, NameForm};
    ///
    /// // 楚雄州, 楚雄彝族自治州 (532300) with its generic word, in 2012.
    /// let row = codes::crosswalk()
    ///     .find(|r| r.code().code().get() == 532300 && r.year() == 2012 && r.form() == NameForm::Generic)
    ///     .unwrap();
    /// assert_eq!(row.form(), NameForm::Generic);
    /// assert_eq!(row.form().as_str(), "Generic");
    /// ```
    #[must_use]
    #[inline]
    pub fn form(&self) -> NameForm {
        self.form
    }

    /// The name as the list writes it that year.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes::{self, NameForm};
    ///
    /// // 楚雄州, 楚雄彝族自治州 (532300) with its generic word, in 2012.
    /// let row = codes::crosswalk()
    ///     .find(|r| r.code().code().get() == 532300 && r.year() == 2012 && r.form() == NameForm::Generic)
    ///     .unwrap();
    /// assert_eq!(row.name_zh(), "楚雄彝族自治州");
    /// ```
    #[must_use]
    #[inline]
    pub fn name_zh(&self) -> &'static str {
        name_of(self.row)
    }

    /// The name in its form, as data write it (楚雄州): its `Display`.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes::{self, NameForm};
    ///
    /// // 楚雄州, 楚雄彝族自治州 (532300) with its generic word, in 2012.
    /// let row = codes::crosswalk()
    ///     .find(|r| r.code().code().get() == 532300 && r.year() == 2012 && r.form() == NameForm::Generic)
    ///     .unwrap();
    /// assert_eq!(row.name().to_string(), "楚雄州");
    /// ```
    #[must_use]
    #[inline]
    pub fn name(&self) -> NameText {
        NameText(self.text)
    }

    /// How many listed codes the name denotes in the year, this one among
    /// them ([`named`] without a level or parent): more than one is a name
    /// a join by name alone cannot use.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes;
    ///
    /// let of_2012 = |text: &str| {
    ///     codes::crosswalk().find(|r| r.year() == 2012 && r.name().to_string() == text).unwrap()
    /// };
    /// assert_eq!(of_2012("湟中县").n_codes(), 1);
    /// // The prefecture 532300 and its county-level city 532301.
    /// assert_eq!(of_2012("楚雄").n_codes(), 2);
    /// ```
    #[must_use]
    #[inline]
    pub fn n_codes(&self) -> usize {
        self.count(None)
    }

    /// How many listed codes of this code's level the name denotes in the
    /// year ([`named`] with that level): what a join by name and level
    /// meets. Above one, the name needs a parent too.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::codes;
    ///
    /// // 楚雄 is the prefecture and its county-level city: one of each.
    /// let chuxiong = codes::crosswalk()
    ///     .find(|r| r.code().code().get() == 532300 && r.year() == 2012 && r.name().to_string() == "楚雄")
    ///     .unwrap();
    /// assert_eq!((chuxiong.n_codes(), chuxiong.n_codes_of_level()), (2, 1));
    /// ```
    #[must_use]
    #[inline]
    pub fn n_codes_of_level(&self) -> usize {
        self.count(Some(self.code().code().level()))
    }

    /// How many codes the name denotes in the year, of `level` if given.
    #[inline]
    fn count(&self, level: Option<AdminLevel>) -> usize {
        let mut buf = [0; ROOM];
        let (head, tail) = self.text;
        let Some(text) = buf
            .get_mut(..head.len() + tail.len())
            .map(|room| {
                let (a, b) = room.split_at_mut(head.len());
                a.copy_from_slice(head.as_bytes());
                b.copy_from_slice(tail.as_bytes());
                &*room
            })
            .and_then(|room| core::str::from_utf8(room).ok())
        else {
            return 1;
        };
        let lookup = named(text, self.year);
        let lookup = match level {
            Some(level) => lookup.level(level),
            None => lookup,
        };
        lookup.find().map_or(1, |found| found.len())
    }
}

/// The text of a [`NameRow`]'s name, written by its `Display`.
///
/// # Example
/// ```
/// use cn_edu_pilots::codes::{self, NameForm};
///
/// let short = codes::crosswalk()
///     .find(|r| r.code().code().get() == 630122 && r.year() == 2012 && r.form() == NameForm::Short)
///     .unwrap();
/// assert_eq!(short.name().to_string(), "湟中"); // 湟中县
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameText((&'static str, &'static str));

impl fmt::Display for NameText {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.0)?;
        f.write_str(self.0.1)
    }
}

/// Every name of every listed code in every year 2000–2024, in each form
/// [`named`] reads it (the list's name, its short name, with 州, 县 or 旗
/// for an autonomous division, an abbreviation): the crosswalk a join by
/// name uses, by code, year and form. A name that several codes have in
/// a year ([`NameRow::n_codes`]) needs a parent or a level to be read.
///
/// # Example
/// ```
/// use cn_edu_pilots::codes;
///
/// // Every name of the list of 2012 is in it as the list writes it.
/// let of_2012 = codes::crosswalk()
///     .filter(|r| r.year() == 2012 && r.form() == codes::NameForm::ListName)
///     .count();
/// assert_eq!(of_2012, codes::all().filter(|c| c.years().contains(2012)).count());
/// ```
#[must_use]
#[inline]
pub fn crosswalk() -> Crosswalk {
    Crosswalk {
        row: 0,
        year: 0,
        form: 0,
    }
}

/// The iterator of [`crosswalk`].
///
/// # Example
/// ```
/// use cn_edu_pilots::codes;
///
/// // 湟中县 (630122), listed 2000–2018, by the list's name and as 湟中.
/// let huangzhong = codes::crosswalk().filter(|r| r.code().code().get() == 630122);
/// assert_eq!(huangzhong.count(), 2 * 19);
/// ```
#[derive(Clone, Debug)]
pub struct Crosswalk {
    /// The row of `NAMES`, its year, and the next of its forms to give:
    /// the list's name, the short name, the generic word, then each
    /// abbreviation.
    row: usize,
    year: u16,
    form: usize,
}

impl Iterator for Crosswalk {
    type Item = NameRow;

    #[inline]
    fn next(&mut self) -> Option<NameRow> {
        loop {
            let row = NAMES.get(self.row)?;
            let (from, to) = (from_of(row).max(FIRST_YEAR), to_of(row).min(LAST_YEAR));
            if self.year == 0 {
                self.year = from;
            }
            if self.year > to {
                self.row += 1;
                self.year = 0;
                self.form = 0;
                continue;
            }
            let form = self.form;
            self.form += 1;
            let name = name_of(row);
            let key = key_of(self.row);
            let found = match form {
                0 => Some((NameForm::ListName, (name, ""))),
                1 => (key.len() < name.len()).then_some((NameForm::Short, (key, ""))),
                2 => GENERIC
                    .into_iter()
                    .find(|(kind, _)| key.len() < name.len() && name.ends_with(kind))
                    .map(|(_, word)| (NameForm::Generic, (key, word))),
                _ => {
                    let abbreviation = ABBREVIATIONS
                        .iter()
                        .filter(|&&(_, code)| code == code_of(row))
                        .nth(form - 3);
                    let Some(&(abbreviation, _)) = abbreviation else {
                        self.year += 1;
                        self.form = 0;
                        continue;
                    };
                    Some((NameForm::Abbreviation, (abbreviation, "")))
                }
            };
            if let Some((form, text)) = found {
                return Some(NameRow {
                    row,
                    year: self.year,
                    form,
                    text,
                });
            }
        }
    }
}

impl FusedIterator for Crosswalk {}
