//! [`Units`]: the one answer type of every query that returns pilot units.

use core::fmt;
use core::iter::FusedIterator;
use core::ops::{BitAnd, BitAndAssign, BitOr, BitOrAssign, Sub, SubAssign};

use crate::unit::PilotUnit;
use crate::unit::{UNIT_COUNT, UNITS};

// A set of units is one bit per position in the notice.
const _: () = assert!(
    UNIT_COUNT <= u64::BITS as usize,
    "a Units mask holds at most 64 units"
);

/// A set of pilot units: what every query of [`pilots`](crate::pilots)
/// that returns units answers.
///
/// It is one bit per entry of the notice, so it is `Copy`, costs nothing to
/// make, and combines with other answers: `&` (in both), `|` (in either) and
/// `-` (in the first, not the second). [`Units::iter`] (or a `for` loop)
/// gives the units as `&'static PilotUnit` in the notice's order, from
/// either end; the set itself knows its length and what it contains.
///
/// For the whole list, [`pilots::all`](crate::pilots::all) gives a slice to
/// index or iterate, and [`Units::ALL`] the same units as a set, to combine.
///
/// # Example
/// ```
/// use cn_edu_pilots::{EconomicRegion, FocusTheme, Province, Units, pilots};
///
/// let guangdong = pilots::by_province(Province::Guangdong);
/// assert_eq!(guangdong.len(), 3);
/// let ids: Vec<u8> = guangdong.iter().map(|u| u.id()).collect();
/// assert_eq!(ids, [32, 33, 56]);
///
/// // Queries compose: western pilots on teacher development, and the rest.
/// let west = pilots::by_region(EconomicRegion::Western);
/// let teachers = pilots::by_theme(FocusTheme::TeacherDevelopment);
/// assert_eq!((west & teachers).iter().map(|u| u.id()).collect::<Vec<_>>(), [40]);
/// assert_eq!((teachers - west).len(), teachers.len() - 1);
/// assert_eq!(Units::ALL.len(), pilots::all().len());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Units(u64);

impl Units {
    /// No units.
    ///
    /// # Example
    /// ```
    /// assert!(cn_edu_pilots::Units::EMPTY.is_empty());
    /// ```
    pub const EMPTY: Units = Units(0);

    /// Every unit of the list.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{Units, pilots};
    ///
    /// assert_eq!(Units::ALL.len(), 56);
    /// assert!(Units::ALL.iter().eq(pilots::all()));
    /// ```
    pub const ALL: Units = Units(u64::MAX >> (u64::BITS as usize - UNIT_COUNT));

    /// The set of the units at the positions whose bits are set.
    pub(crate) const fn from_mask(mask: u64) -> Units {
        Units(mask & Units::ALL.0)
    }

    /// The set of one unit.
    pub(crate) const fn of(unit: &PilotUnit) -> Units {
        Units(1 << (unit.id() - 1))
    }

    /// How many units the set holds.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{MemberKind, pilots};
    ///
    /// assert_eq!(pilots::by_kind(MemberKind::University).len(), 2);
    /// ```
    #[inline]
    #[must_use]
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{Province, pilots};
    ///
    /// assert!(pilots::by_province(Province::Hainan).is_empty());
    /// ```
    #[inline]
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether `unit` is in the set.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{Province, pilots};
    ///
    /// let xinjiang = pilots::by_province(Province::Xinjiang);
    /// assert!(xinjiang.contains(pilots::get(28).unwrap()));
    /// assert!(!xinjiang.contains(pilots::get(1).unwrap()));
    /// ```
    #[inline]
    #[must_use]
    pub const fn contains(self, unit: &PilotUnit) -> bool {
        self.0 & Units::of(unit).0 != 0
    }
}

impl Units {
    /// The units of the set as `&'static PilotUnit`, in the notice's order
    /// (from either end). The set itself is unchanged: iterate it as often
    /// as needed.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{Province, pilots};
    ///
    /// let guangdong = pilots::by_province(Province::Guangdong);
    /// let ids: Vec<u8> = guangdong.iter().map(|u| u.id()).collect();
    /// assert_eq!(ids, [32, 33, 56]);
    /// assert_eq!(guangdong.iter().next_back().map(|u| u.id()), Some(56));
    /// assert_eq!(guangdong.len(), 3);
    /// ```
    #[inline]
    #[must_use]
    pub const fn iter(self) -> UnitsIter {
        UnitsIter(self.0)
    }
}

impl IntoIterator for Units {
    type Item = &'static PilotUnit;
    type IntoIter = UnitsIter;

    /// The units in the notice's order, as [`Units::iter`].
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{FocusTheme, pilots};
    ///
    /// for unit in pilots::by_theme(FocusTheme::InternetOfThings) {
    ///     assert!(unit.themes().contains(FocusTheme::InternetOfThings));
    /// }
    /// ```
    #[inline]
    fn into_iter(self) -> UnitsIter {
        self.iter()
    }
}

impl IntoIterator for &Units {
    type Item = &'static PilotUnit;
    type IntoIter = UnitsIter;

    /// The units in the notice's order, as [`Units::iter`].
    #[inline]
    fn into_iter(self) -> UnitsIter {
        self.iter()
    }
}

/// The iterator of [`Units::iter`]: the units of a set in the notice's
/// order, from either end.
///
/// # Example
/// ```
/// use cn_edu_pilots::{MemberKind, pilots};
///
/// let mut universities = pilots::by_kind(MemberKind::University).iter();
/// assert_eq!(universities.len(), 2);
/// assert!(universities.next().is_some());
/// assert_eq!(universities.len(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct UnitsIter(u64);

impl Iterator for UnitsIter {
    type Item = &'static PilotUnit;

    #[inline]
    fn next(&mut self) -> Option<&'static PilotUnit> {
        if self.0 == 0 {
            return None;
        }
        let position = self.0.trailing_zeros() as usize;
        self.0 &= self.0 - 1; // clear the lowest set bit
        UNITS.get(position)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.0.count_ones() as usize;
        (len, Some(len))
    }

    #[inline]
    fn count(self) -> usize {
        self.0.count_ones() as usize
    }
}

impl DoubleEndedIterator for UnitsIter {
    #[inline]
    fn next_back(&mut self) -> Option<&'static PilotUnit> {
        if self.0 == 0 {
            return None;
        }
        let position = (u64::BITS - 1 - self.0.leading_zeros()) as usize;
        self.0 &= !(1 << position);
        UNITS.get(position)
    }
}

impl ExactSizeIterator for UnitsIter {}
impl FusedIterator for UnitsIter {}

impl FromIterator<&'static PilotUnit> for Units {
    /// The set of the units collected.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{Units, pilots};
    ///
    /// let joint: Units = pilots::all().iter().filter(|u| u.is_joint()).collect();
    /// assert_eq!(joint.iter().map(|u| u.id()).collect::<Vec<_>>(), [27, 28, 33]);
    /// ```
    fn from_iter<I: IntoIterator<Item = &'static PilotUnit>>(iter: I) -> Self {
        iter.into_iter()
            .fold(Units::EMPTY, |set, unit| set | Units::of(unit))
    }
}

impl fmt::Debug for Units {
    /// The ids of the units.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.iter().map(PilotUnit::id))
            .finish()
    }
}

impl BitAnd for Units {
    type Output = Units;

    /// The units in both sets.
    fn bitand(self, other: Units) -> Units {
        Units(self.0 & other.0)
    }
}

impl BitOr for Units {
    type Output = Units;

    /// The units in either set.
    fn bitor(self, other: Units) -> Units {
        Units(self.0 | other.0)
    }
}

impl Sub for Units {
    type Output = Units;

    /// The units in `self` but not in `other`.
    fn sub(self, other: Units) -> Units {
        Units(self.0 & !other.0)
    }
}

impl BitAndAssign for Units {
    fn bitand_assign(&mut self, other: Units) {
        *self = *self & other;
    }
}

impl BitOrAssign for Units {
    fn bitor_assign(&mut self, other: Units) {
        *self = *self | other;
    }
}

impl SubAssign for Units {
    fn sub_assign(&mut self, other: Units) {
        *self = *self - other;
    }
}
