//! [`Coverage`]: which pilots' 2012 areas hold a division of a given year,
//! wholly or in part.

use core::fmt;

use crate::Units;

/// The pilots whose 2012 areas hold the area of a division code of a given
/// year: those that hold it wholly, and those that hold only part of it.
/// The answer of [`pilots::covering_in`](crate::pilots::covering_in).
///
/// # Example
/// ```
/// use cn_edu_pilots::{DivisionCode, pilots};
///
/// // 拱墅区 absorbed 下城区 in 2021: from then on the pilot area is part of it.
/// let gongshu = DivisionCode::try_from(330105)?;
/// let before = pilots::covering_in(gongshu, 2020).unwrap();
/// let after = pilots::covering_in(gongshu, 2021).unwrap();
/// assert_eq!(before.wholly().iter().map(|u| u.id()).collect::<Vec<_>>(), [20]);
/// assert!(after.wholly().is_empty());
/// assert_eq!(after.partly().iter().map(|u| u.id()).collect::<Vec<_>>(), [20]);
/// assert_eq!(after.any(), before.any());
/// # Ok::<(), cn_edu_pilots::ParseDivisionCodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Coverage {
    wholly: Units,
    partly: Units,
}

impl Coverage {
    pub(crate) const fn new(wholly: Units, partly: Units) -> Coverage {
        Coverage { wholly, partly }
    }

    /// The units one of whose members' 2012 areas holds the whole area.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, pilots};
    ///
    /// let huangzhong = DivisionCode::try_from(630106)?; // 湟中区, 湟中县 in the lists to 2018
    /// let ids: Vec<u8> = pilots::covering_in(huangzhong, 2020).unwrap().wholly().iter().map(|u| u.id()).collect();
    /// assert_eq!(ids, [50]);
    /// # Ok::<(), cn_edu_pilots::ParseDivisionCodeError>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn wholly(self) -> Units {
        self.wholly
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
    /// let ids: Vec<u8> = pilots::covering_in(qiaodong, 2017).unwrap().partly().iter().map(|u| u.id()).collect();
    /// assert_eq!(ids, [6]);
    /// # Ok::<(), cn_edu_pilots::ParseDivisionCodeError>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn partly(self) -> Units {
        self.partly
    }

    /// The units that hold the area wholly or in part.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, pilots};
    ///
    /// let jianyang = DivisionCode::try_from(510185)?; // joined 成都市 in 2016
    /// assert!(pilots::covering_in(jianyang, 2017).unwrap().any().is_empty());
    /// # Ok::<(), cn_edu_pilots::ParseDivisionCodeError>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn any(self) -> Units {
        self.wholly | self.partly
    }
}

impl fmt::Debug for Coverage {
    /// The ids of the units, wholly and partly.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Coverage")
            .field("wholly", &self.wholly)
            .field("partly", &self.partly)
            .finish()
    }
}
