//! The focus-theme taxonomy: what each pilot's focus of work (试点工作重点内容)
//! is about, as a multi-label classification by keyword. The themes
//! themselves are the table in `src/data/themes.rs`.

use core::fmt;
use core::iter::FusedIterator;
use core::ops::{BitAnd, BitAndAssign, BitOr, BitOrAssign};

use crate::labels::labelled_enum;

pub use crate::data::themes::FocusTheme;

labelled_enum! {
    /// The four groups of [`FocusTheme`]s.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{FocusTheme, ThemeCategory};
    ///
    /// assert_eq!(FocusTheme::CloudComputing.category(), ThemeCategory::Infrastructure);
    /// assert_eq!(ThemeCategory::Infrastructure.themes().len(), 4);
    /// ```
    pub enum ThemeCategory ("theme category") {
        /// 基础设施: networks, cloud and the internet of things.
        Infrastructure => "基础设施", "Infrastructure";
        /// 资源与服务: shared resources and public service systems.
        ResourcesAndServices => "资源与服务", "Resources and services";
        /// 教与学: teaching models, ways of learning, teachers and research.
        TeachingAndLearning => "教与学", "Teaching and learning";
        /// 公平与均衡: equity, balance and help for disadvantaged areas.
        EquityAndBalance => "公平与均衡", "Equity and balance";
    }
}

impl ThemeCategory {
    /// The themes in this category, as a set.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{FocusTheme, ThemeCategory};
    ///
    /// let themes = ThemeCategory::EquityAndBalance.themes();
    /// assert!(themes.contains(FocusTheme::EducationalEquity));
    /// assert!(!themes.contains(FocusTheme::CloudComputing));
    /// ```
    #[inline]
    #[must_use]
    pub const fn themes(self) -> ThemeSet {
        let mut set = ThemeSet::EMPTY;
        let mut i = 0;
        while i < FocusTheme::ALL.len() {
            let theme = FocusTheme::ALL[i];
            if theme.category() as u8 == self as u8 {
                set = set.with(theme);
            }
            i += 1;
        }
        set
    }
}

/// Declares [`FocusTheme`] from the table in `src/data/themes.rs`: the
/// variants with their labels (through `labelled_enum!`), the table in the
/// enum's docs, `category` and `keywords`.
macro_rules! theme_table {
    (
        $(#[$first_doc:meta])*
        $first:ident => $first_category:ident, $first_zh:literal, $first_en:literal,
            [$($first_keyword:literal),+];
        $(
            $(#[$doc:meta])*
            $theme:ident => $category:ident, $zh:literal, $en:literal, [$($keyword:literal),+];
        )*
    ) => {
        crate::labels::labelled_enum! {
            /// What a pilot's focus of work is about: one label of a
            /// multi-label taxonomy of themes in [`ThemeCategory`](crate::ThemeCategory)s.
            ///
            /// A text has a theme when it contains one of the theme's
            /// [`keywords`](FocusTheme::keywords) as a substring; see
            /// [`FocusTheme::classify`]. Each unit's themes are written in its
            /// row of the table, and a test checks them against `classify`.
            ///
            /// | category | theme | 中文 | English | keywords |
            /// |---|---|---|---|---|
            #[doc = concat!(
                "| ", stringify!($first_category), " | `", stringify!($first), "` | ", $first_zh,
                " | ", $first_en, " |", $(" ", $first_keyword,)+ " |"
            )]
            $(
                #[doc = concat!(
                    "| ", stringify!($category), " | `", stringify!($theme), "` | ", $zh,
                    " | ", $en, " |", $(" ", $keyword,)+ " |"
                )]
            )*
            ///
            /// # Example
            /// ```
            /// use cn_edu_pilots::{FocusTheme, ThemeCategory};
            ///
            /// let theme: FocusTheme = "云计算".parse()?;
            /// assert_eq!(theme, FocusTheme::CloudComputing);
            /// assert_eq!(theme.label_en(), "Cloud computing");
            /// assert_eq!(theme.keywords(), ["云计算"]);
            /// assert_eq!(theme.category(), ThemeCategory::Infrastructure);
            /// # Ok::<(), cn_edu_pilots::ParseEnumError>(())
            /// ```
            pub enum FocusTheme ("focus theme") {
                $(#[$first_doc])*
                $first => $first_zh, $first_en;
                $(
                    $(#[$doc])*
                    $theme => $zh, $en;
                )*
            }
        }

        impl FocusTheme {
            /// The category this theme belongs to.
            ///
            /// # Example
            /// ```
            /// use cn_edu_pilots::{FocusTheme, ThemeCategory};
            ///
            /// assert_eq!(FocusTheme::EducationalEquity.category(), ThemeCategory::EquityAndBalance);
            /// ```
            #[inline]
            #[must_use]
            pub const fn category(self) -> crate::ThemeCategory {
                match self {
                    FocusTheme::$first => crate::ThemeCategory::$first_category,
                    $(FocusTheme::$theme => crate::ThemeCategory::$category,)*
                }
            }

            /// The keywords that mark a text as having this theme: a text has
            /// the theme when it contains any of them.
            ///
            /// # Example
            /// ```
            /// use cn_edu_pilots::FocusTheme;
            ///
            /// assert_eq!(FocusTheme::UnderdevelopedAreas.keywords(), ["欠发达", "偏远"]);
            /// ```
            #[inline]
            #[must_use]
            pub const fn keywords(self) -> &'static [&'static str] {
                match self {
                    FocusTheme::$first => &[$($first_keyword),+],
                    $(FocusTheme::$theme => &[$($keyword),+],)*
                }
            }
        }
    };
}
pub(crate) use theme_table;

impl FocusTheme {
    /// Every theme a text has: those with at least one keyword that `text`
    /// contains. Works on any text, not only the notice's.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{FocusTheme, ThemeSet};
    ///
    /// let themes = FocusTheme::classify("利用云计算技术促进优质资源城乡共享机制探索");
    /// let expected: ThemeSet = [
    ///     FocusTheme::CloudComputing,
    ///     FocusTheme::ResourceSharing,
    ///     FocusTheme::UrbanRuralIntegration,
    /// ]
    /// .into_iter()
    /// .collect();
    /// assert_eq!(themes, expected);
    /// assert!(FocusTheme::classify("").is_empty());
    /// ```
    #[inline]
    #[must_use]
    pub fn classify(text: &str) -> ThemeSet {
        FocusTheme::ALL
            .into_iter()
            .filter(|theme| theme.keywords().iter().any(|k| text.contains(k)))
            .collect()
    }

    /// Why [`classify`](FocusTheme::classify) gave what it gave: every
    /// `(theme, keyword)` pair whose keyword `text` contains, in
    /// [`FocusTheme::ALL`] order and then keyword order.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::FocusTheme;
    ///
    /// let why: Vec<_> = FocusTheme::explain("区域网络教研及跨区域网络协同教研模式探索").collect();
    /// assert_eq!(why, [
    ///     (FocusTheme::TeachingResearch, "教研"),
    ///     (FocusTheme::RegionalCollaboration, "跨区域"),
    /// ]);
    /// ```
    pub fn explain(text: &str) -> impl Iterator<Item = (FocusTheme, &'static str)> + '_ {
        FocusTheme::ALL.into_iter().flat_map(move |theme| {
            theme
                .keywords()
                .iter()
                .filter(move |keyword| text.contains(*keyword))
                .map(move |keyword| (theme, *keyword))
        })
    }

    const fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// A set of [`FocusTheme`]s: a `Copy` bitset, iterated in
/// [`FocusTheme::ALL`] order.
///
/// `Display` joins the Chinese labels with 、.
///
/// # Example
/// ```
/// use cn_edu_pilots::{FocusTheme, ThemeSet};
///
/// let a: ThemeSet = [FocusTheme::CloudComputing, FocusTheme::ResourceSharing].into_iter().collect();
/// let b = ThemeSet::EMPTY.with(FocusTheme::ResourceSharing);
/// assert_eq!(a.len(), 2);
/// assert_eq!(a & b, b);
/// assert_eq!((a | b).len(), 2);
/// assert_eq!(a.to_string(), "云计算、优质资源共建共享");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ThemeSet(u32);

impl ThemeSet {
    /// The set with no themes.
    ///
    /// # Example
    /// ```
    /// assert!(cn_edu_pilots::ThemeSet::EMPTY.is_empty());
    /// ```
    pub const EMPTY: ThemeSet = ThemeSet(0);

    /// The set of the themes in `themes`, in `const` context.
    pub(crate) const fn of(themes: &[FocusTheme]) -> ThemeSet {
        let mut set = ThemeSet::EMPTY;
        let mut i = 0;
        while i < themes.len() {
            set = set.with(themes[i]);
            i += 1;
        }
        set
    }

    /// This set with `theme` added.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{FocusTheme, ThemeSet};
    ///
    /// let set = ThemeSet::EMPTY.with(FocusTheme::Broadband);
    /// assert!(set.contains(FocusTheme::Broadband));
    /// ```
    #[inline]
    #[must_use]
    pub const fn with(self, theme: FocusTheme) -> ThemeSet {
        ThemeSet(self.0 | theme.bit())
    }

    /// Whether `theme` is in the set.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{FocusTheme, ThemeSet};
    ///
    /// assert!(!ThemeSet::EMPTY.contains(FocusTheme::Broadband));
    /// ```
    #[inline]
    #[must_use]
    pub const fn contains(self, theme: FocusTheme) -> bool {
        self.0 & theme.bit() != 0
    }

    /// How many themes the set holds.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::FocusTheme;
    ///
    /// assert_eq!(FocusTheme::classify("教育信息化促进教育公平、均衡发展").len(), 2);
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
    /// use cn_edu_pilots::FocusTheme;
    ///
    /// assert!(FocusTheme::classify("无关的文字").is_empty());
    /// ```
    #[inline]
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The themes in either set.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{FocusTheme, ThemeSet};
    ///
    /// let a = ThemeSet::EMPTY.with(FocusTheme::Broadband);
    /// let b = ThemeSet::EMPTY.with(FocusTheme::CloudComputing);
    /// assert_eq!(a.union(b).len(), 2);
    /// ```
    #[inline]
    #[must_use]
    pub const fn union(self, other: ThemeSet) -> ThemeSet {
        ThemeSet(self.0 | other.0)
    }

    /// The themes in both sets.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{FocusTheme, ThemeSet};
    ///
    /// let a = ThemeSet::EMPTY.with(FocusTheme::Broadband);
    /// let b = ThemeSet::EMPTY.with(FocusTheme::CloudComputing);
    /// assert!(a.intersection(b).is_empty());
    /// ```
    #[inline]
    #[must_use]
    pub const fn intersection(self, other: ThemeSet) -> ThemeSet {
        ThemeSet(self.0 & other.0)
    }

    /// The themes, in [`FocusTheme::ALL`] order.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::FocusTheme;
    ///
    /// let themes: Vec<_> = FocusTheme::classify("民族地区宽带网络校校通建设").iter().collect();
    /// assert_eq!(themes, [FocusTheme::Broadband, FocusTheme::EthnicAndBorderAreas]);
    /// ```
    #[inline]
    #[must_use]
    pub const fn iter(self) -> ThemeSetIter {
        ThemeSetIter(self.0)
    }
}

impl fmt::Debug for ThemeSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl fmt::Display for ThemeSet {
    /// The Chinese labels joined with 、; nothing for the empty set.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, theme) in self.iter().enumerate() {
            if i > 0 {
                f.write_str("、")?;
            }
            f.write_str(theme.label_zh())?;
        }
        Ok(())
    }
}

impl FromIterator<FocusTheme> for ThemeSet {
    fn from_iter<I: IntoIterator<Item = FocusTheme>>(iter: I) -> Self {
        let mut set = ThemeSet::EMPTY;
        set.extend(iter);
        set
    }
}

impl Extend<FocusTheme> for ThemeSet {
    fn extend<I: IntoIterator<Item = FocusTheme>>(&mut self, iter: I) {
        for theme in iter {
            *self = self.with(theme);
        }
    }
}

impl From<FocusTheme> for ThemeSet {
    fn from(theme: FocusTheme) -> Self {
        ThemeSet::EMPTY.with(theme)
    }
}

impl IntoIterator for ThemeSet {
    type Item = FocusTheme;
    type IntoIter = ThemeSetIter;

    fn into_iter(self) -> ThemeSetIter {
        self.iter()
    }
}

impl BitOr for ThemeSet {
    type Output = ThemeSet;

    fn bitor(self, other: ThemeSet) -> ThemeSet {
        self.union(other)
    }
}

impl BitOrAssign for ThemeSet {
    fn bitor_assign(&mut self, other: ThemeSet) {
        *self = self.union(other);
    }
}

impl BitAnd for ThemeSet {
    type Output = ThemeSet;

    fn bitand(self, other: ThemeSet) -> ThemeSet {
        self.intersection(other)
    }
}

impl BitAndAssign for ThemeSet {
    fn bitand_assign(&mut self, other: ThemeSet) {
        *self = self.intersection(other);
    }
}

/// The iterator returned by [`ThemeSet::iter`]: themes in
/// [`FocusTheme::ALL`] order.
///
/// # Example
/// ```
/// use cn_edu_pilots::{FocusTheme, ThemeSet};
///
/// let mut iter = ThemeSet::from(FocusTheme::Broadband).iter();
/// assert_eq!(iter.len(), 1);
/// assert_eq!(iter.next(), Some(FocusTheme::Broadband));
/// assert_eq!(iter.next(), None);
/// ```
#[derive(Debug, Clone)]
pub struct ThemeSetIter(u32);

impl Iterator for ThemeSetIter {
    type Item = FocusTheme;

    fn next(&mut self) -> Option<FocusTheme> {
        let index = self.0.trailing_zeros() as usize;
        let theme = *FocusTheme::ALL.get(index)?;
        self.0 &= self.0 - 1; // clear the lowest set bit
        Some(theme)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.0.count_ones() as usize;
        (n, Some(n))
    }
}

impl ExactSizeIterator for ThemeSetIter {}
impl FusedIterator for ThemeSetIter {}

// The bitset has room for every theme.
const _: () = assert!(
    FocusTheme::COUNT <= u32::BITS as usize,
    "a ThemeSet holds at most 32 themes"
);
