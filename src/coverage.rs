//! [`Coverage`]: which pilots' 2012 areas hold a division of a given year,
//! wholly or in part, and [`Reading`]: in which year's list the code was
//! read.

use core::fmt;

use core::iter::FusedIterator;

use crate::codes::{Extent, ListedCode};
use crate::unit::{MEMBER_COUNT, MEMBERS};
use crate::{Member, Units};

/// The pilots whose 2012 areas hold the area of a division code of a given
/// year: those that hold it wholly, and those that hold only part of it,
/// with the list the code was read in ([`reading`](Coverage::reading)).
/// The answer of [`pilots::covering_in`](crate::pilots::covering_in).
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, pilots};
///
/// // 拱墅区 absorbed 下城区 in 2021: from then on the pilot area is part of it.
/// let gongshu = DivisionCode::try_from(330105)?;
/// let before = pilots::covering_in(gongshu, 2020)?;
/// let after = pilots::covering_in(gongshu, 2021)?;
/// assert_eq!(before.wholly().iter().map(|u| u.id()).collect::<Vec<_>>(), [20]);
/// assert!(after.wholly().is_empty());
/// assert_eq!(after.partly().iter().map(|u| u.id()).collect::<Vec<_>>(), [20]);
/// assert_eq!(after.any(), before.any());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Coverage {
    /// The members whose own areas hold the whole area, and part of it, as
    /// bits by their position in `pilots::members()`; the units are theirs.
    members_wholly: u64,
    members_partly: u64,
    /// The year asked.
    year: u16,
    reading: Reading,
    listed: ListedCode,
}

// The members of a coverage are bits of a `u64`.
const _: () = assert!(MEMBER_COUNT <= 64, "a mask of members is a u64");

impl Coverage {
    pub(crate) const fn new(
        members_wholly: u64,
        members_partly: u64,
        year: u16,
        reading: Reading,
        listed: ListedCode,
    ) -> Coverage {
        Coverage {
            members_wholly,
            members_partly,
            year,
            reading,
            listed,
        }
    }

    /// The year asked: the year whose list the code is read in, unless
    /// [`reading`](Coverage::reading) names another.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, pilots};
    ///
    /// let huangzhong = DivisionCode::try_from(630106)?; // 湟中区, from 2019
    /// assert_eq!(pilots::covering_in(huangzhong, 2018)?.year(), 2018);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The code asked about, as the lists give it: the years it is listed
    /// and, where the year's list lacks it, what it became or came from.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, Reading, pilots};
    ///
    /// let found = pilots::covering_in(DivisionCode::try_from(630122)?, 2020)?; // 湟中县
    /// assert_eq!(found.reading(), Reading::Retired { read_in: 2018 });
    /// assert_eq!(found.listed().years().last(), 2018);
    /// let became: Vec<u32> = found.listed().became().map(|c| c.to().get()).collect();
    /// assert_eq!(became, [630106]); // 湟中区
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn listed(self) -> ListedCode {
        self.listed
    }

    /// How the code was read: in the list of the year asked, or, where it
    /// is not in that list, in which other year's.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, Reading, pilots};
    ///
    /// let huangzhong_county = DivisionCode::try_from(630122)?; // 湟中县, 湟中区 630106 from 2019
    /// let found = pilots::covering_in(huangzhong_county, 2020)?;
    /// assert_eq!(found.reading(), Reading::Retired { read_in: 2018 });
    /// assert_eq!(found.wholly().iter().map(|u| u.id()).collect::<Vec<_>>(), [50]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn reading(self) -> Reading {
        self.reading
    }

    /// The year of the list the code was read in: the year asked where the
    /// code is listed in it, else the one [`reading`](Coverage::reading)
    /// names.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, pilots};
    ///
    /// let huangzhong = DivisionCode::try_from(630106)?; // 湟中区, from 2019
    /// assert_eq!(pilots::covering_in(huangzhong, 2018)?.year_read(), 2019);
    /// assert_eq!(pilots::covering_in(huangzhong, 2020)?.year_read(), 2020);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn year_read(self) -> u16 {
        self.reading.year_read(self.year)
    }

    /// The units one of whose members' 2012 areas holds the whole area.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, pilots};
    ///
    /// let huangzhong = DivisionCode::try_from(630106)?; // 湟中区, 湟中县 in the lists to 2018
    /// let ids: Vec<u8> = pilots::covering_in(huangzhong, 2020)?.wholly().iter().map(|u| u.id()).collect();
    /// assert_eq!(ids, [50]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn wholly(self) -> Units {
        units_of(self.members_wholly, Units::EMPTY)
    }

    /// The units whose members' 2012 areas hold part of the area, and none
    /// of them all of it.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, pilots};
    ///
    /// // Part of 宣化县 went to 张家口市桥东区 in 2016.
    /// let qiaodong = DivisionCode::try_from(130702)?;
    /// let ids: Vec<u8> = pilots::covering_in(qiaodong, 2017)?.partly().iter().map(|u| u.id()).collect();
    /// assert_eq!(ids, [6]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn partly(self) -> Units {
        units_of(self.members_partly, self.wholly())
    }

    /// The units that hold the area wholly or in part.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, pilots};
    ///
    /// let jianyang = DivisionCode::try_from(510185)?; // joined 成都市 in 2016
    /// assert!(pilots::covering_in(jianyang, 2017)?.any().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn any(self) -> Units {
        units_of(self.members_wholly | self.members_partly, Units::EMPTY)
    }

    /// The members through which the units hold the area: each member of
    /// a unit in [`any`](Coverage::any) whose own 2012 area meets it, with
    /// how much of it that area holds, in the notice's order. A
    /// province-level member (河南省电教馆) holds every code of its province
    /// wholly; the member of entry 55 holds the land of 铁门关市 by the
    /// institutional rule (see [`pilots::covering_in`](crate::pilots::covering_in)).
    /// Members that are not territorial (universities, companies) are never
    /// among them.
    ///
    /// A unit holds the area wholly when one of its members does, so a
    /// unit of [`wholly`](Coverage::wholly) may also have a member that
    /// holds only part (河南省 410000: the 电教馆 wholly, 郑州市 partly).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, Extent, pilots};
    ///
    /// let through = |code: u32, year: u16| -> Vec<(&str, Extent)> {
    ///     let found = pilots::covering_in(DivisionCode::try_from(code).unwrap(), year).unwrap();
    ///     found.members().map(|(m, extent)| (m.name(), extent)).collect()
    /// };
    /// // 中原区, a district of 郑州市: entry 28 through two of its members.
    /// assert_eq!(
    ///     through(410102, 2012),
    ///     [("河南省电教馆", Extent::Wholly), ("郑州市教育局", Extent::Wholly)]
    /// );
    /// // 洛阳市西工区: through the 电教馆 alone.
    /// assert_eq!(through(410303, 2012), [("河南省电教馆", Extent::Wholly)]);
    /// // 花溪区 with 小河区 from 2012: part of it is the 2012 小河区.
    /// assert_eq!(through(520111, 2013), [("贵州省贵阳市小河区教育科研培训中心", Extent::Partly)]);
    /// ```
    #[inline]
    #[must_use]
    pub fn members(self) -> CoveringMembers {
        CoveringMembers {
            wholly: self.members_wholly,
            left: self.members_wholly | self.members_partly,
        }
    }
}

/// The units of the members whose bits are set in `members`, but for those
/// in `except`.
const fn units_of(mut members: u64, except: Units) -> Units {
    let mut units = Units::EMPTY;
    while members != 0 {
        let unit = MEMBERS[members.trailing_zeros() as usize].unit();
        if !except.contains(unit) {
            units = units.with(unit);
        }
        members &= members - 1; // clear the lowest set bit
    }
    units
}

/// The members of a [`Coverage`], each with how much of the area its own
/// 2012 area holds: see [`Coverage::members`].
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, Extent, pilots};
///
/// let dongcheng = pilots::covering_in(DivisionCode::try_from(110101)?, 2024)?;
/// let mut members = dongcheng.members();
/// assert_eq!(members.len(), 1);
/// let (member, extent) = members.next().unwrap();
/// assert_eq!((member.name(), extent), ("北京市东城区教育委员会", Extent::Wholly));
/// assert!(members.next().is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct CoveringMembers {
    /// The members holding the whole area, by position.
    wholly: u64,
    /// The members not yet yielded, by position.
    left: u64,
}

impl Iterator for CoveringMembers {
    type Item = (&'static Member, Extent);

    #[inline]
    fn next(&mut self) -> Option<(&'static Member, Extent)> {
        if self.left == 0 {
            return None;
        }
        let bit = self.left & self.left.wrapping_neg();
        self.left &= !bit;
        let extent = if self.wholly & bit == 0 {
            Extent::Partly
        } else {
            Extent::Wholly
        };
        Some((&MEMBERS[bit.trailing_zeros() as usize], extent))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.left.count_ones() as usize;
        (len, Some(len))
    }
}

impl ExactSizeIterator for CoveringMembers {}
impl FusedIterator for CoveringMembers {}

impl fmt::Debug for CoveringMembers {
    /// The members' names, each with its extent.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.clone().map(|(member, extent)| (member.name(), extent)))
            .finish()
    }
}

// The members' masks are shown as the members they stand for.
#[allow(
    clippy::missing_fields_in_debug,
    reason = "the members' two masks are shown as the units and one list of members"
)]
impl fmt::Debug for Coverage {
    /// The ids of the units, wholly and partly, the members, the year, and
    /// the reading.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Coverage")
            .field("wholly", &self.wholly())
            .field("partly", &self.partly())
            .field("members", &self.members())
            .field("year", &self.year)
            .field("reading", &self.reading)
            .field("year_read", &self.year_read())
            .field("code", &self.listed.code())
            .finish()
    }
}

/// How [`pilots::covering_in`](crate::pilots::covering_in) read a code: in
/// the list of the year asked, or, where that list lacks it, as its area in
/// another year's list, named here.
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, Reading, pilots};
///
/// let reading = |code: u32, year: u16| pilots::covering_in(DivisionCode::try_from(code).unwrap(), year).unwrap().reading();
/// assert_eq!(reading(630106, 2020), Reading::Listed);
/// assert_eq!(reading(630122, 2020), Reading::Retired { read_in: 2018 }); // 湟中县
/// assert_eq!(reading(630106, 2018), Reading::NotYetListed { read_in: 2019 }); // 湟中区
/// assert_eq!(reading(654223, 2024), Reading::Retired { read_in: 2020 }); // 沙湾县
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
// Later lists may call for other readings.
#[non_exhaustive]
pub enum Reading {
    /// The code is in the list of the year asked, and was read there.
    Listed,
    /// The code is not in the list of the year asked but was listed
    /// before it: read as its area in `read_in`, the last year before it
    /// that lists it (a code absent some years and listed again is read
    /// so too).
    Retired {
        /// The year of the list the code was read in.
        read_in: u16,
    },
    /// The code is first listed after the year asked: read as its area in
    /// `read_in`, the first year that lists it.
    NotYetListed {
        /// The year of the list the code was read in.
        read_in: u16,
    },
}

impl Reading {
    /// The year of the list read, for a code asked about in `year`.
    pub(crate) const fn year_read(self, year: u16) -> u16 {
        match self {
            Reading::Listed => year,
            Reading::Retired { read_in } | Reading::NotYetListed { read_in } => read_in,
        }
    }
}
