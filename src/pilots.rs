//! Queries over the list. Every function here is free: it allocates nothing,
//! and those returning [`Units`] read a slice of an index built at compile
//! time, so they cost O(1) to call and O(answer) to iterate.
//!
//! # Example
//! ```
//! use cn_edu_pilots::{FocusTheme, Province, pilots};
//!
//! assert_eq!(pilots::all().len(), 56);
//! for unit in pilots::by_province(Province::Henan) {
//!     println!("{} {}: {}", unit.id(), unit.name(), unit.focus());
//! }
//! assert_eq!(pilots::by_theme(FocusTheme::CloudComputing).count(), 6);
//! ```

use core::fmt;
use core::iter::FusedIterator;

use crate::data::UNITS;
use crate::division::DivisionCode;
use crate::{EconomicRegion, FocusTheme, MemberKind, PilotUnit, Province, ThemeCategory, Units};
use crate::{index, text_index};

/// Every unit, in the notice's order (`all()[i].id() == i + 1`).
///
/// # Example
/// ```
/// let all = cn_edu_pilots::pilots::all();
/// assert_eq!(all.len(), 56);
/// assert_eq!(all[55].name(), "广东省深圳市教育局");
/// let organisations: usize = all.iter().map(|u| u.members().len()).sum();
/// assert_eq!(organisations, 63);
/// ```
#[must_use]
pub fn all() -> &'static [PilotUnit] {
    &UNITS
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
/// let ids: Vec<u8> = pilots::by_province(Province::Xinjiang).map(|u| u.id()).collect();
/// assert_eq!(ids, [28, 53, 54]);
/// assert_eq!(pilots::by_province(Province::Hainan).len(), 0);
/// ```
#[must_use]
pub fn by_province(province: Province) -> Units {
    index::by_province(province)
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
#[must_use]
pub fn by_region(region: EconomicRegion) -> Units {
    index::by_region(region)
}

/// Every unit whose focus has `theme` (see [`FocusTheme::classify`]), in
/// notice order.
///
/// # Example
/// ```
/// use cn_edu_pilots::{FocusTheme, pilots};
///
/// let ids: Vec<u8> = pilots::by_theme(FocusTheme::Broadband).map(|u| u.id()).collect();
/// assert_eq!(ids, [13, 25, 54]);
/// ```
#[must_use]
pub fn by_theme(theme: FocusTheme) -> Units {
    index::by_theme(theme)
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
#[must_use]
pub fn by_category(category: ThemeCategory) -> Units {
    index::by_category(category)
}

/// Every unit with at least one member of `kind`, in notice order.
///
/// # Example
/// ```
/// use cn_edu_pilots::{MemberKind, pilots};
///
/// let ids: Vec<u8> = pilots::by_kind(MemberKind::University).map(|u| u.id()).collect();
/// assert_eq!(ids, [28, 33]);
/// ```
#[must_use]
pub fn by_kind(kind: MemberKind) -> Units {
    index::by_kind(kind)
}

/// The units one of whose territorial members (see
/// [`MemberKind::is_territorial`]) administers an area containing `code`,
/// in notice order: "is this place inside a pilot region?".
///
/// A member's area is its 2012 division ([`Member::division`](crate::Member::division))
/// and, where that division was later renamed, recoded or merged, its 2019
/// successor ([`Division::successor`](crate::Division::successor)), so codes
/// of either edition are answered. Containment is by the GB/T 2260 digit
/// structure ([`DivisionCode::contains`]). Where a division was merged into a
/// larger one (小河区 into 花溪区, 520111), the successor's whole area counts.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, pilots};
///
/// let ids = |code: u32| -> Vec<u8> {
///     pilots::covering(DivisionCode::try_from(code).unwrap()).map(|u| u.id()).collect()
/// };
/// assert_eq!(ids(140105), [7]); // 太原市小店区: the 太原市 pilot
/// assert_eq!(ids(411502), [28]); // a county of Henan: the provincial 电教馆
/// assert_eq!(ids(440305), [32, 56]); // 南山区: its own pilot and 深圳市's
/// assert_eq!(ids(440106), []); // 广州市天河区: none
/// assert_eq!(ids(540302), [43]); // 卡若区, a 2019 code of 昌都市 (昌都地区 in 2012)
/// ```
#[must_use]
pub fn covering(code: DivisionCode) -> Units {
    index::covering(code)
}

/// The units whose name or focus contains `query`, trimmed of surrounding
/// whitespace, in notice order. An empty query matches nothing.
///
/// The answer comes from a suffix array of all the texts, built at compile
/// time: no text is scanned.
///
/// # Example
/// ```
/// use cn_edu_pilots::pilots;
///
/// let ids: Vec<u8> = pilots::search(" 深圳 ").map(|u| u.id()).collect();
/// assert_eq!(ids, [32, 56]);
/// assert_eq!(pilots::search("云计算").count(), 6);
/// assert_eq!(pilots::search("").count(), 0);
/// ```
#[must_use]
pub fn search(query: &str) -> Search {
    let query = query.trim();
    Search {
        units: if query.is_empty() {
            0
        } else {
            text_index::search_units(query)
        },
    }
}

/// The iterator returned by [`search`]: matching units in notice order.
///
/// # Example
/// ```
/// let mut found = cn_edu_pilots::pilots::search("物联网");
/// assert_eq!(format!("{found:?}"), "[18]");
/// assert_eq!(found.next().map(|u| u.id()), Some(18));
/// assert!(found.next().is_none());
/// ```
#[derive(Clone)]
pub struct Search {
    /// Positions of the matching units not yet returned.
    units: u64,
}

impl fmt::Debug for Search {
    /// The ids of the remaining units, like [`Units`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.clone().map(PilotUnit::id))
            .finish()
    }
}

impl Iterator for Search {
    type Item = &'static PilotUnit;

    fn next(&mut self) -> Option<&'static PilotUnit> {
        if self.units == 0 {
            return None;
        }
        let position = self.units.trailing_zeros() as usize;
        self.units &= self.units - 1;
        UNITS.get(position)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.units.count_ones() as usize;
        (n, Some(n))
    }
}

impl ExactSizeIterator for Search {}
impl FusedIterator for Search {}
