//! [`Units`]: the one answer type of every query that returns pilot units.

use core::fmt;

use crate::set::bit_set;
use crate::unit::PilotUnit;
use crate::unit::{UNIT_COUNT, UNITS};

bit_set! {
    /// A set of pilot units: what every query of [`pilots`](crate::pilots)
    /// that returns units answers, [`pilots::all`](crate::pilots::all) (the
    /// same as [`Units::ALL`]) among them.
    ///
    /// It is one bit per entry of the notice, so it is `Copy`, costs nothing
    /// to make, and combines with other answers: `&` (in both), `|` (in
    /// either) and `-` (in the first, not the second). [`Units::iter`] (or a
    /// `for` loop) gives the units as `&'static PilotUnit` in the notice's
    /// order, from either end; the set itself knows its length and what it
    /// contains. It has the operations of [`ThemeSet`](crate::ThemeSet).
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
    /// assert_eq!(Units::ALL, pilots::all());
    ///
    /// let joint: Units = pilots::all().iter().filter(|u| u.is_joint()).collect();
    /// assert_eq!(joint.iter().map(|u| u.id()).collect::<Vec<_>>(), [27, 28, 33]);
    /// ```
    pub struct Units(u64) of UNIT_COUNT;

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
    pub struct UnitsIter;

    const fn bit(unit: &PilotUnit) -> u64 {
        1 << (unit.id() - 1)
    }

    fn item(position: usize) -> Option<&'static PilotUnit> {
        UNITS.get(position)
    }

    examples:
        "use cn_edu_pilots::{Units, pilots};",
        "pilots::get(28).unwrap()",
        "pilots::get(56).unwrap()",
        "56";
}

impl fmt::Debug for Units {
    /// The ids of the units.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.iter().map(PilotUnit::id))
            .finish()
    }
}
