//! Queries over the list. None allocates; those returning [`Units`] answer
//! with a set that costs nothing to make and composes with the others.
//!
//! A query by key reads one mask from an array indexed by the key, derived
//! from the table of units at compile time; [`covering`] is at most three
//! binary searches in a sorted table of areas, and [`covering_in`] two, one
//! for the years the code is listed and one in a table of codes by year,
//! all generated from the code lists; [`search`] scans the texts.
//!
//! # Example
//! ```
//! use cn_edu_pilots::{EconomicRegion, FocusTheme, Province, pilots};
//!
//! assert_eq!(pilots::all().len(), 56);
//! for unit in pilots::by_province(Province::Henan) {
//!     println!("{} {}: {}", unit.id(), unit.name(), unit.focus());
//! }
//! assert_eq!(pilots::by_theme(FocusTheme::CloudComputing).len(), 6);
//! let western_cloud = pilots::by_region(EconomicRegion::Western) & pilots::search("云计算");
//! assert_eq!(western_cloud.iter().map(|u| u.id()).collect::<Vec<_>>(), [34, 36, 38]);
//! ```

use crate::codes;
use crate::data::coverage::{self, AREAS, INSTITUTIONAL, WHOLE_PROVINCES};
use crate::division::DivisionCode;
use crate::error::{Error, ErrorKind, Quoted};
use crate::unit::{MEMBERS, UNIT_COUNT, UNITS};
use crate::{Coverage, Reading};
use crate::{
    EconomicRegion, FocusTheme, Member, MemberKind, PilotUnit, Province, ThemeCategory, Units,
};

/// Every unit: the same set as [`Units::ALL`], iterated in the notice's
/// order. For one unit by its id, see [`get`].
///
/// # Example
/// ```
/// use cn_edu_pilots::{Units, pilots};
///
/// let all = pilots::all();
/// assert_eq!(all.len(), 56);
/// assert_eq!(all, Units::ALL);
/// assert_eq!(all.iter().next_back().unwrap().name(), "广东省深圳市教育局");
/// let organisations: usize = all.iter().map(|u| u.members().len()).sum();
/// assert_eq!(organisations, 63);
/// ```
#[inline]
#[must_use]
pub const fn all() -> Units {
    Units::ALL
}

/// The unit with this id (its position in the notice, 1 to 56), or `None`.
///
/// # Example
/// ```
/// use cn_edu_pilots::pilots;
///
/// assert_eq!(pilots::get(1).unwrap().name(), "北京市东城区教育委员会");
/// assert!(pilots::get(0).is_none());
/// assert!(pilots::get(57).is_none());
/// ```
#[inline]
#[must_use]
pub fn get(id: u8) -> Option<&'static PilotUnit> {
    UNITS.get(usize::from(id).checked_sub(1)?)
}

/// Every unit with at least one member in `province`, in notice order. A
/// joint entry appears under each of its members' provinces: the Henan entry
/// (28) is also a Xinjiang pilot, through 哈密地区. Hainan has none.
///
/// # Example
/// ```
/// use cn_edu_pilots::{Province, pilots};
///
/// let ids: Vec<u8> = pilots::by_province(Province::Xinjiang).iter().map(|u| u.id()).collect();
/// assert_eq!(ids, [28, 53, 54]);
/// assert_eq!(pilots::by_province(Province::Hainan).len(), 0);
/// ```
#[inline]
#[must_use]
pub fn by_province(province: Province) -> Units {
    Units::from_mask(INDEX.province[province as usize])
}

/// Every unit with at least one member in a province of `region`, in notice
/// order.
///
/// # Example
/// ```
/// use cn_edu_pilots::{EconomicRegion, pilots};
///
/// assert_eq!(pilots::by_region(EconomicRegion::Northeast).len(), 5);
/// ```
#[inline]
#[must_use]
pub fn by_region(region: EconomicRegion) -> Units {
    Units::from_mask(INDEX.region[region as usize])
}

/// Every unit whose focus has `theme` ([`PilotUnit::themes`]), in notice
/// order.
///
/// # Example
/// ```
/// use cn_edu_pilots::{FocusTheme, pilots};
///
/// let ids: Vec<u8> = pilots::by_theme(FocusTheme::Broadband).iter().map(|u| u.id()).collect();
/// assert_eq!(ids, [13, 25, 54]);
/// ```
#[inline]
#[must_use]
pub fn by_theme(theme: FocusTheme) -> Units {
    Units::from_mask(INDEX.theme[theme as usize])
}

/// Every unit whose focus has at least one theme of `category`, in notice
/// order.
///
/// # Example
/// ```
/// use cn_edu_pilots::{ThemeCategory, pilots};
///
/// for unit in pilots::by_category(ThemeCategory::Infrastructure) {
///     assert!(unit.themes().iter().any(|t| t.category() == ThemeCategory::Infrastructure));
/// }
/// ```
#[inline]
#[must_use]
pub fn by_category(category: ThemeCategory) -> Units {
    Units::from_mask(INDEX.category[category as usize])
}

/// Every unit with at least one member of `kind`, in notice order.
///
/// # Example
/// ```
/// use cn_edu_pilots::{MemberKind, pilots};
///
/// let ids: Vec<u8> = pilots::by_kind(MemberKind::University).iter().map(|u| u.id()).collect();
/// assert_eq!(ids, [28, 33]);
/// ```
#[inline]
#[must_use]
pub fn by_kind(kind: MemberKind) -> Units {
    Units::from_mask(INDEX.kind[kind as usize])
}

/// The units one of whose territorial members (see
/// [`MemberKind::is_territorial`]) administers an area containing `code`,
/// in notice order: "is this place inside a pilot region?".
///
/// Without a year, a member's area is its 2012 division
/// ([`Member::division`](crate::Member::division)) and, where that division
/// was later renamed, recoded or merged, what it is in the 2024 list
/// ([`Division::successor`](crate::Division::successor)), so codes of 2012
/// and of today are answered; containment is by the GB/T 2260 digit
/// structure ([`DivisionCode::contains`]). Where a division was merged into
/// a larger one (小河区 into 花溪区, 520111), the successor's whole area
/// counts, and a code that joined a pilot prefecture later (简阳市 510185)
/// counts as inside it. For data keyed by the codes of a given year,
/// [`covering_in`] follows the territory and tells wholly from partly.
///
/// One institutional rule adds an area. Entry 55's member,
/// 新疆生产建设兵团农二师教育局, has no division (the Corps' Second Division
/// has no GB/T 2260 code). 铁门关市 (659006) is that division's city under
/// 师市合一, so it counts as entry 55's area; here by its digits, so the
/// 巴音郭楞 counties whose regimental land it took are not found (see
/// [`covering_in`] for them). The other Corps cities (6590xx) are in no
/// pilot's area.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, pilots};
///
/// let ids = |code: u32| -> Vec<u8> {
///     pilots::covering(DivisionCode::try_from(code).unwrap()).iter().map(|u| u.id()).collect()
/// };
/// assert_eq!(ids(140105), [7]); // 太原市小店区: the 太原市 pilot
/// assert_eq!(ids(411502), [28]); // a county of Henan: the provincial 电教馆
/// assert_eq!(ids(440305), [32, 56]); // 南山区: its own pilot and 深圳市's
/// assert_eq!(ids(440106), []); // 广州市天河区: none
/// assert_eq!(ids(540302), [43]); // 卡若区, in 昌都市 (昌都地区 until 2014)
/// assert_eq!(ids(659006), [55]); // 铁门关市: the Second Division's city
/// ```
#[inline]
#[must_use]
pub fn covering(code: DivisionCode) -> Units {
    // The areas containing a code are itself, its prefecture and its
    // province; every member area is a key, and a key's units are those
    // with an area containing it, so the deepest key found answers.
    let deepest_first = [
        Some(code),
        code.prefecture_code(),
        Some(code.province_code()),
    ];
    deepest_first
        .into_iter()
        .flatten()
        .find_map(|candidate| {
            let key = candidate.get();
            let start = AREAS.partition_point(|&(area, _)| area < key);
            let rows = AREAS[start..].iter().take_while(|&&(area, _)| area == key);
            let units = rows.fold(0, |mask, &(_, unit)| mask | bit(unit));
            (units != 0).then(|| Units::from_mask(units))
        })
        .unwrap_or(Units::EMPTY)
}

/// The pilots whose 2012 areas hold the area that `code` denotes in the
/// year-end list of `year` (2000 to 2024): those that hold it wholly and
/// those that hold part of it ([`Coverage`]), and how the code was read
/// ([`Coverage::reading`]).
///
/// Division codes change their meaning over time: a code can be new (湟中区
/// 630106, 2019), stand for a larger area (拱墅区 330105 after absorbing
/// 下城区 in 2021), or lie under a pilot's prefecture without having been
/// part of its 2012 area (简阳市 510185, in 成都市 since 2016). The answer
/// follows the territory through the Ministry of Civil Affairs lists and
/// their changes ([`CODES_EDITION`](crate::CODES_EDITION)); a code of a
/// year before 2012 gets the pilots whose 2012 areas its area meets
/// (无为县 341422, in 巢湖市 to 2010, lies wholly in 芜湖市's). As in
/// [`covering`], only territorial members count; a province-level member
/// (河南省电教馆) holds every code of its province wholly.
///
/// A code that is not in the list of `year` is read as its area in
/// another year's list, and the answer says so ([`Reading`]): a code
/// listed before `year` as in its last listed year before it
/// ([`Reading::Retired`]: 湟中县 630122 asked in 2020 is read in 2018;
/// this also covers a code absent some years and back later), a code
/// first listed after `year` as in its first listed year
/// ([`Reading::NotYetListed`]: 湟中区 630106 asked in 2018 is read in
/// 2019). Such an answer is never one of a listed code in no pilot.
///
/// One area comes from an institutional rule. Entry 55's member
/// (新疆生产建设兵团农二师教育局) has no division; its area is the land of the
/// Corps' Second Division that the lists give its city 铁门关市 (659006,
/// 师市合一): all the territory 659006 holds in any year, read against each
/// code territorially like the other areas. 铁门关市 lies wholly in it
/// 2012–2024 (before 2012 it is [`Reading::NotYetListed`], read in 2012).
/// The 巴音郭楞 counties whose regimental land moved to it hold part of it
/// up to the year before their land moved: 和硕县 and 若羌县 to 2019 (国函
/// 〔2020〕1号), 和静县, 焉耆回族自治县, 博湖县, 且末县 and 尉犁县 to 2023 (the
/// 2024 move), none in 2024; 巴音郭楞 to 2023 and 新疆 every year partly.
/// The division's other regiments, which the lists place nowhere, are not
/// in it, and the other Corps cities are in no pilot's area.
///
/// # Errors
/// [`Error`] when `year` is outside 2000 to 2024
/// ([`ErrorKind::YearOutOfRange`]), or `code` is in none of those lists
/// ([`ErrorKind::NeverListed`]).
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, Reading, pilots};
///
/// let at = |code: u32, year: u16| {
///     let found = pilots::covering_in(DivisionCode::try_from(code).unwrap(), year).unwrap();
///     let ids = |units: cn_edu_pilots::Units| units.iter().map(|u| u.id()).collect::<Vec<_>>();
///     (ids(found.wholly()), ids(found.partly()), found.reading())
/// };
/// assert_eq!(at(630106, 2020), (vec![50], vec![], Reading::Listed)); // 湟中区: the 湟中县 pilot
/// assert_eq!(at(330105, 2021), (vec![], vec![20], Reading::Listed)); // 拱墅区 with 下城区
/// assert_eq!(at(510185, 2017), (vec![], vec![], Reading::Listed)); // 简阳市: not in 成都 in 2012
/// assert_eq!(at(411502, 2024), (vec![28], vec![], Reading::Listed)); // any code of Henan
/// assert_eq!(at(341422, 2010), (vec![22], vec![], Reading::Listed)); // 无为县, then in 巢湖市
/// assert_eq!(at(630122, 2020), (vec![50], vec![], Reading::Retired { read_in: 2018 }));
/// assert_eq!(at(630106, 2018), (vec![50], vec![], Reading::NotYetListed { read_in: 2019 }));
/// assert_eq!(at(659006, 2012), (vec![55], vec![], Reading::Listed)); // 铁门关市, by the rule
/// assert_eq!(at(652827, 2023), (vec![], vec![55], Reading::Listed)); // 和静县: regiments to move in 2024
/// assert_eq!(at(652827, 2024), (vec![], vec![], Reading::Listed)); // 和静县, after the move
/// assert_eq!(at(659001, 2012), (vec![], vec![], Reading::Listed)); // 石河子市: none
/// let never = pilots::covering_in(DivisionCode::try_from(630199).unwrap(), 2020).unwrap_err();
/// assert_eq!(never.to_string(), "630199 is in no year-end list of 2000 to 2024");
/// assert!(pilots::covering_in(DivisionCode::try_from(110101).unwrap(), 1999).is_err());
/// ```
#[inline]
pub fn covering_in(code: DivisionCode, year: u16) -> Result<Coverage, Error> {
    if !(codes::FIRST_YEAR..=codes::LAST_YEAR).contains(&year) {
        return Err(Error::new(
            ErrorKind::YearOutOfRange,
            Quoted::number(year.into()),
        ));
    }
    let Some(listed) = codes::listed(code) else {
        return Err(Error::new(
            ErrorKind::NeverListed,
            Quoted::digits(code.get(), 6),
        ));
    };
    let years = listed.years();
    let reading = if years.contains(year) {
        Reading::Listed
    } else if let Some(read_in) = years.last_before(year) {
        Reading::Retired { read_in }
    } else {
        Reading::NotYetListed {
            read_in: years.first(),
        }
    };
    let read_in = reading.year_read(year);
    let rows = &COVERAGE[COVERAGE.partition_point(|row| row.code < code.get())..];
    // The members, as masks of bits by position; the units are theirs.
    let (mut members_wholly, mut members_partly) = (0, 0);
    for row in rows.iter().take_while(|row| row.code == code.get()) {
        if row.has(read_in) {
            let member = member_bit(row.unit, row.member());
            if row.is_partly() {
                members_partly |= member;
            } else {
                members_wholly |= member;
            }
        }
    }
    let province = code.province_code().get();
    for &(_, unit, member) in WHOLE_PROVINCES.iter().filter(|row| row.0 == province) {
        members_wholly |= member_bit(unit, member);
    }
    Ok(Coverage::new(
        members_wholly,
        members_partly,
        year,
        reading,
        listed,
    ))
}

/// The bit of the unit with id `unit` in a mask of units.
const fn bit(unit: u8) -> u64 {
    1 << (unit - 1)
}

/// The bit of the `place`-th member (from 1) of the unit with id `unit` in
/// a mask of members by their position in [`members`].
#[inline]
fn member_bit(unit: u8, place: u8) -> u64 {
    let first = UNITS[usize::from(unit - 1)].first_member();
    1 << (usize::from(first) + usize::from(place) - 1)
}

/// The generated coverage table as it is kept, made at compile time from
/// its plain rows (`src/data/coverage.rs`).
static COVERAGE: [Run; coverage::COVERAGE.len()] = runs(&coverage::COVERAGE);

/// A row of the generated coverage table, `(code, from, to, unit, member,
/// partly)`: in the lists of the years `from` to `to`, the area of `code`
/// lies inside the 2012 area of the `member`-th member (from 1) of the unit
/// with id `unit`, wholly or (`partly`) in part; kept as a [`Run`], the
/// years as years after 2000 and the member and extent in one byte, in 8
/// bytes where the row takes 12.
#[derive(Clone, Copy)]
struct Run {
    code: u32,
    from: u8,
    to: u8,
    unit: u8,
    /// The member's place in its unit, with [`Run::PARTLY`] set where the
    /// member's area holds only part of the code's.
    member: u8,
}

impl Run {
    /// The bit of [`Run::member`] that says "partly".
    const PARTLY: u8 = 0x80;

    /// Whether the run is of `year`, 2000 or later.
    #[inline]
    fn has(self, year: u16) -> bool {
        (u16::from(self.from)..=u16::from(self.to)).contains(&(year - 2000))
    }

    /// The member's place among its unit's, from 1.
    #[inline]
    fn member(self) -> u8 {
        self.member & !Run::PARTLY
    }

    /// Whether the member's area holds only part of the code's.
    #[inline]
    fn is_partly(self) -> bool {
        self.member & Run::PARTLY != 0
    }
}

/// The rows as they are kept, at compile time: one step a row.
const fn runs<const N: usize>(rows: &[(u32, u16, u16, u8, u8, bool); N]) -> [Run; N] {
    let blank = Run {
        code: 0,
        from: 0,
        to: 0,
        unit: 0,
        member: 0,
    };
    let mut runs = [blank; N];
    let mut i = 0;
    while i < N {
        let (code, from, to, unit, member, partly) = rows[i];
        assert!(2000 <= from && from <= to && to < 2256);
        assert!(0 < member && member < Run::PARTLY);
        #[expect(clippy::cast_possible_truncation, reason = "asserted: 0 to 255")]
        let (from, to) = ((from - 2000) as u8, (to - 2000) as u8);
        let partly = if partly { Run::PARTLY } else { 0 };
        runs[i] = Run {
            code,
            from,
            to,
            unit,
            member: member | partly,
        };
        i += 1;
    }
    runs
}

/// The units one of whose texts contains `query`, trimmed of surrounding
/// whitespace, in notice order: the entry's name and focus, its members'
/// names, and their English renderings, the English compared in any ASCII
/// case. An empty query matches nothing.
///
/// # Example
/// ```
/// use cn_edu_pilots::pilots;
///
/// let ids: Vec<u8> = pilots::search(" 深圳 ").iter().map(|u| u.id()).collect();
/// assert_eq!(ids, [32, 56]);
/// assert_eq!(pilots::search("云计算").len(), 6);
/// assert_eq!(pilots::search("Shenzhen").len(), 2);
/// assert_eq!(pilots::search("cloud computing").len(), 6);
/// assert!(pilots::search("").is_empty());
/// ```
#[must_use]
#[inline]
pub fn search(query: &str) -> Units {
    let query = query.trim();
    if query.is_empty() {
        return Units::EMPTY;
    }
    // An English query, lowercased on the stack; the longest English text
    // is shorter than this.
    let mut buffer = [0; 256];
    let english = match buffer.get_mut(..query.len()) {
        Some(lower) if query.is_ascii() => {
            lower.copy_from_slice(query.as_bytes());
            lower.make_ascii_lowercase();
            core::str::from_utf8(lower).ok()
        }
        _ => None,
    };
    UNITS
        .iter()
        .filter(|unit| {
            // An entry's names hold its members' names.
            unit.name().contains(query)
                || unit.focus().contains(query)
                || english.is_some_and(|english| {
                    contains_lowercase(unit.name_en(), english)
                        || contains_lowercase(unit.focus_en(), english)
                })
        })
        .collect()
}

/// Whether `haystack` contains `needle`, ASCII letters compared in any
/// case: `needle` is lowercase, and `haystack` is lowercased into a buffer
/// on the stack (the texts are short) for `str::contains`, which is fast; a
/// longer text is compared window by window.
#[inline]
fn contains_lowercase(haystack: &str, needle: &str) -> bool {
    let mut buffer = [0; 256];
    let Some(lower) = buffer.get_mut(..haystack.len()) else {
        return haystack
            .as_bytes()
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle.as_bytes()));
    };
    lower.copy_from_slice(haystack.as_bytes());
    lower.make_ascii_lowercase();
    // Lowercasing ASCII letters keeps UTF-8 valid.
    core::str::from_utf8(lower).is_ok_and(|lower| lower.contains(needle))
}

/// Every member of every unit, unit after unit in the notice's order: the
/// 63 organisations.
///
/// # Example
/// ```
/// use cn_edu_pilots::pilots;
///
/// assert_eq!(pilots::members().len(), 63);
/// assert_eq!(pilots::members()[28].name(), "河南省电教馆"); // entry 27 has two
/// assert_eq!(pilots::members()[28].unit().id(), 28);
/// ```
#[inline]
#[must_use]
pub fn members() -> &'static [Member] {
    &MEMBERS
}

/// The member whose name is `name`, trimmed of surrounding whitespace: its
/// Chinese name as published or its English name, exactly.
///
/// # Example
/// ```
/// use cn_edu_pilots::pilots;
///
/// let scnu = pilots::member_by_name(" 华南师范大学教育信息技术学院 ").unwrap();
/// assert_eq!(scnu.unit().id(), 33);
/// let same = pilots::member_by_name("School of Information Technology in Education, South China Normal University");
/// assert_eq!(same, Some(scnu));
/// assert_eq!(pilots::member_by_name("华南师范大学"), None);
/// ```
#[must_use]
#[inline]
pub fn member_by_name(name: &str) -> Option<&'static Member> {
    let name = name.trim();
    MEMBERS
        .iter()
        .find(|member| member.name() == name || member.name_en() == name)
}

/// The units with a member whose division lies inside the area of `code`:
/// the converse of [`covering`]. A member's division counts by its 2012
/// code and, where it changed, by its 2024 successor's; every member with a
/// division counts, universities and companies too. Entry 55, whose member
/// has no division, counts by the institutional rule: its area is 铁门关市
/// (659006; see [`covering_in`]).
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, pilots};
///
/// let ids = |code: u32| -> Vec<u8> {
///     pilots::within(DivisionCode::try_from(code).unwrap()).iter().map(|u| u.id()).collect()
/// };
/// assert_eq!(ids(440300), [32, 56]); // 深圳市: 南山区 and 深圳市
/// assert_eq!(ids(440000), [32, 33, 56]); // 广东省
/// assert_eq!(ids(650000), [28, 53, 54, 55]); // 新疆: 哈密地区 of the Henan entry, and 铁门关市
/// assert_eq!(ids(540300), [43]); // 昌都市, 昌都地区 since 2014
/// assert_eq!(ids(659006), [55]); // 铁门关市, by the institutional rule
/// ```
#[must_use]
#[inline]
pub fn within(code: DivisionCode) -> Units {
    let mut units = Units::EMPTY;
    for member in &MEMBERS {
        let Some(division) = member.division() else {
            continue;
        };
        let later = division.successor().unwrap_or(division);
        if code.contains(division.code()) || code.contains(later.code()) {
            units = units.with(member.unit());
        }
    }
    for &(area, unit) in &INSTITUTIONAL {
        if code.contains(DivisionCode::from_table(area)) {
            units |= Units::from_mask(bit(unit));
        }
    }
    units
}

// The indexes: for each key, a mask of the units filed under it (bit i for
// the unit at position i), derived from the table at compile time in one
// pass over the units and their members.

/// The masks of the units by each key of the queries.
struct Index {
    province: [u64; Province::COUNT],
    region: [u64; EconomicRegion::COUNT],
    kind: [u64; MemberKind::COUNT],
    theme: [u64; FocusTheme::COUNT],
    category: [u64; ThemeCategory::COUNT],
}

static INDEX: Index = {
    let mut index = Index {
        province: [0; Province::COUNT],
        region: [0; EconomicRegion::COUNT],
        kind: [0; MemberKind::COUNT],
        theme: [0; FocusTheme::COUNT],
        category: [0; ThemeCategory::COUNT],
    };
    let mut i = 0;
    while i < UNIT_COUNT {
        let bit = 1 << i;
        let members = UNITS[i].members();
        let mut m = 0;
        while m < members.len() {
            let province = members[m].province();
            index.province[province as usize] |= bit;
            index.region[province.region() as usize] |= bit;
            index.kind[members[m].kind() as usize] |= bit;
            m += 1;
        }
        let themes = UNITS[i].themes();
        let mut t = 0;
        while t < FocusTheme::COUNT {
            let theme = FocusTheme::ALL[t];
            if themes.contains(theme) {
                index.theme[t] |= bit;
                index.category[theme.category() as usize] |= bit;
            }
            t += 1;
        }
        i += 1;
    }
    index
};

#[cfg(test)]
mod tests {
    use super::contains_lowercase;

    #[test]
    fn case_insensitive_search_on_short_and_long_texts() {
        assert!(contains_lowercase("Shenzhen City", "shenzhen"));
        assert!(contains_lowercase("SHENZHEN", "zhen"));
        assert!(!contains_lowercase("Shenzhen", "shenzhen city"));
        // Longer than the stack buffer: compared window by window.
        let long = format!("{}Internet of Things", "x".repeat(300));
        assert!(contains_lowercase(&long, "internet of things"));
        assert!(!contains_lowercase(&long, "internet of thing s"));
    }
}
