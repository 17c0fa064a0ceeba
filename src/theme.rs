//! The focus-theme taxonomy: what each pilot's focus of work (试点工作重点内容)
//! is about, as a multi-label classification by keyword.

use core::fmt;
use core::iter::FusedIterator;
use core::ops::{BitAnd, BitAndAssign, BitOr, BitOrAssign};

use crate::labels::labelled_enum;
use crate::text::{occurs_at, utf8_width};

/// The four groups of [`FocusTheme`]s.
///
/// # Example
/// ```
/// use cn_edu_pilots::{FocusTheme, ThemeCategory};
///
/// assert_eq!(FocusTheme::CloudComputing.category(), ThemeCategory::Infrastructure);
/// assert_eq!(ThemeCategory::Infrastructure.themes().len(), 4);
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumIter,
    strum::EnumCount,
    strum::IntoStaticStr,
)]
pub enum ThemeCategory {
    /// 基础设施: networks, cloud and the internet of things.
    Infrastructure,
    /// 资源与服务: shared resources and public service systems.
    ResourcesAndServices,
    /// 教与学: teaching models, ways of learning, teachers and research.
    TeachingAndLearning,
    /// 公平与均衡: equity, balance and help for disadvantaged areas.
    EquityAndBalance,
}

labelled_enum!(ThemeCategory, "theme category",
    "one of Infrastructure, ResourcesAndServices, TeachingAndLearning, EquityAndBalance or their Chinese names (基础设施, 资源与服务, 教与学, 公平与均衡)", {
    Infrastructure => "基础设施", "Infrastructure";
    ResourcesAndServices => "资源与服务", "Resources and services";
    TeachingAndLearning => "教与学", "Teaching and learning";
    EquityAndBalance => "公平与均衡", "Equity and balance";
});

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

/// What a pilot's focus of work is about: one label of a multi-label
/// taxonomy of 20 themes in 4 [`ThemeCategory`]s.
///
/// A text has a theme when it contains one of the theme's
/// [`keywords`](FocusTheme::keywords) as a substring; see
/// [`FocusTheme::classify`].
///
/// | category | theme | 中文 | keywords |
/// |---|---|---|---|
/// | `` | `Infrastructure` | Broadband | 宽带网络校校通 | 宽带, 校校通 |
/// | `` | `Infrastructure` | NextGenerationInternet | 下一代互联网 | 下一代互联网 |
/// | `` | `Infrastructure` | CloudComputing | 云计算 | 云计算 |
/// | `` | `Infrastructure` | InternetOfThings | 物联网 | 物联网 |
/// | `` | `ResourcesAndServices` | ResourceSharing | 优质资源共建共享 | 资源 |
/// | `` | `ResourcesAndServices` | PublicServiceSystem | 公共服务体系 | 公共服务 |
/// | `` | `ResourcesAndServices` | Standardization | 标准化建设 | 标准化 |
/// | `` | `ResourcesAndServices` | Sustainability | 可持续发展 | 可持续 |
/// | `` | `TeachingAndLearning` | TeachingModelInnovation | 教学模式创新 | 教学模式, 教学融合, 教学质量 |
/// | `` | `TeachingAndLearning` | LearningTransformation | 学习方式变革 | 方式变革, 自主学习, 泛在学习 |
/// | `` | `TeachingAndLearning` | OnlineLearningSpace | 网络学习空间 | 网络学习空间 |
/// | `` | `TeachingAndLearning` | TeacherDevelopment | 教师专业发展 | 教师专业发展, 特级教师, 校本研修 |
/// | `` | `TeachingAndLearning` | TeachingResearch | 网络教研 | 教研 |
/// | `` | `TeachingAndLearning` | LearningSociety | 学习型社会 | 学习型社会 |
/// | `` | `EquityAndBalance` | BalancedDevelopment | 均衡发展 | 均衡 |
/// | `` | `EquityAndBalance` | EducationalEquity | 教育公平 | 公平 |
/// | `` | `EquityAndBalance` | UrbanRuralIntegration | 城乡一体化 | 城乡 |
/// | `` | `EquityAndBalance` | UnderdevelopedAreas | 欠发达与偏远地区 | 欠发达, 偏远 |
/// | `` | `EquityAndBalance` | EthnicAndBorderAreas | 民族与边疆地区 | 民族, 边疆 |
/// | `` | `EquityAndBalance` | RegionalCollaboration | 区域协作 | 跨区域, 区域间, 协作, 对口支援 |
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
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumIter,
    strum::EnumCount,
    strum::IntoStaticStr,
)]
#[repr(u8)]
pub enum FocusTheme {
    /// 宽带网络校校通: broadband to every school.
    Broadband,
    /// 下一代互联网: the next-generation internet (IPv6).
    NextGenerationInternet,
    /// 云计算: cloud computing.
    CloudComputing,
    /// 物联网: the internet of things.
    InternetOfThings,
    /// 优质资源共建共享: building and sharing quality educational resources.
    ResourceSharing,
    /// 公共服务体系: public service systems and platforms.
    PublicServiceSystem,
    /// 标准化建设: standardized school informatization.
    Standardization,
    /// 可持续发展: sustainable development of informatization.
    Sustainability,
    /// 教学模式创新: new models of teaching, and integrating IT with teaching.
    TeachingModelInnovation,
    /// 学习方式变革: new ways of learning (self-directed, ubiquitous).
    LearningTransformation,
    /// 网络学习空间: online learning spaces.
    OnlineLearningSpace,
    /// 教师专业发展: teachers' professional development, including
    /// master-teacher studios and school-based training.
    TeacherDevelopment,
    /// 网络教研: (online) teaching research (教研, the collective study of
    /// teaching by teachers, not academic research).
    TeachingResearch,
    /// 学习型社会: a learning society.
    LearningSociety,
    /// 均衡发展: balanced development of education across a region.
    BalancedDevelopment,
    /// 教育公平: educational equity.
    EducationalEquity,
    /// 城乡一体化: integrating urban and rural education.
    UrbanRuralIntegration,
    /// 欠发达与偏远地区: economically underdeveloped and remote areas.
    UnderdevelopedAreas,
    /// 民族与边疆地区: ethnic-minority and border areas.
    EthnicAndBorderAreas,
    /// 区域协作: collaboration across regions, including paired assistance
    /// (对口支援).
    RegionalCollaboration,
}

/// Declares the theme table once: labels (through `labelled_enum!`),
/// category and keywords all come from the same rows.
macro_rules! theme_table {
    ($($theme:ident => $category:ident, $zh:literal, $en:literal, [$($keyword:literal),+];)*) => {
        labelled_enum!(FocusTheme, "focus theme",
            "a theme name such as CloudComputing, its English label (Cloud computing) or its Chinese label (云计算)", {
            $($theme => $zh, $en;)*
        });

        impl FocusTheme {
            /// The category this theme belongs to.
            ///
            /// # Example
            /// ```
            /// use cn_edu_pilots::{FocusTheme, ThemeCategory};
            ///
            /// assert_eq!(FocusTheme::EducationalEquity.category(), ThemeCategory::EquityAndBalance);
            /// ```
            #[must_use]
            pub const fn category(self) -> ThemeCategory {
                match self { $(FocusTheme::$theme => ThemeCategory::$category,)* }
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
            #[must_use]
            pub const fn keywords(self) -> &'static [&'static str] {
                match self { $(FocusTheme::$theme => &[$($keyword),+],)* }
            }
        }
    };
}

#[rustfmt::skip]
theme_table! {
    Broadband => Infrastructure, "宽带网络校校通", "Broadband for every school", ["宽带", "校校通"];
    NextGenerationInternet => Infrastructure, "下一代互联网", "Next-generation internet", ["下一代互联网"];
    CloudComputing => Infrastructure, "云计算", "Cloud computing", ["云计算"];
    InternetOfThings => Infrastructure, "物联网", "Internet of things", ["物联网"];
    ResourceSharing => ResourcesAndServices, "优质资源共建共享", "Sharing quality resources", ["资源"];
    PublicServiceSystem => ResourcesAndServices, "公共服务体系", "Public service system", ["公共服务"];
    Standardization => ResourcesAndServices, "标准化建设", "Standardization", ["标准化"];
    Sustainability => ResourcesAndServices, "可持续发展", "Sustainable development", ["可持续"];
    TeachingModelInnovation => TeachingAndLearning, "教学模式创新", "Teaching model innovation", ["教学模式", "教学融合", "教学质量"];
    LearningTransformation => TeachingAndLearning, "学习方式变革", "Transforming how students learn", ["方式变革", "自主学习", "泛在学习"];
    OnlineLearningSpace => TeachingAndLearning, "网络学习空间", "Online learning spaces", ["网络学习空间"];
    TeacherDevelopment => TeachingAndLearning, "教师专业发展", "Teacher professional development", ["教师专业发展", "特级教师", "校本研修"];
    TeachingResearch => TeachingAndLearning, "网络教研", "Teaching research", ["教研"];
    LearningSociety => TeachingAndLearning, "学习型社会", "Learning society", ["学习型社会"];
    BalancedDevelopment => EquityAndBalance, "均衡发展", "Balanced development", ["均衡"];
    EducationalEquity => EquityAndBalance, "教育公平", "Educational equity", ["公平"];
    UrbanRuralIntegration => EquityAndBalance, "城乡一体化", "Urban-rural integration", ["城乡"];
    UnderdevelopedAreas => EquityAndBalance, "欠发达与偏远地区", "Underdeveloped and remote areas", ["欠发达", "偏远"];
    EthnicAndBorderAreas => EquityAndBalance, "民族与边疆地区", "Ethnic-minority and border areas", ["民族", "边疆"];
    RegionalCollaboration => EquityAndBalance, "区域协作", "Regional collaboration", ["跨区域", "区域间", "协作", "对口支援"];
}

impl FocusTheme {
    /// Every theme a text has: those with at least one keyword that `text`
    /// contains. Works on any text, not only the notice's, and in `const`
    /// context.
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
    #[must_use]
    pub const fn classify(text: &str) -> ThemeSet {
        // One pass over the text: at each character, the keywords whose
        // first six bytes (their first two characters, every keyword having
        // at least two of three bytes each) hash like the text's next six
        // bytes are compared; most characters have none.
        let bytes = text.as_bytes();
        let mut set = ThemeSet::EMPTY;
        if bytes.len() < HEAD {
            return set;
        }
        let last = bytes.len() - HEAD;
        let mut i = 0;
        while i <= last {
            // Runs of three-byte characters (Chinese text) step by three
            // without waiting on the bytes to know where the next one is.
            while i <= last && bytes[i] & 0xF0 == 0xE0 {
                set = set.union(matches_at(bytes, i));
                i += 3;
            }
            if i <= last {
                set = set.union(matches_at(bytes, i));
                i += utf8_width(bytes[i]);
            }
        }
        set
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

/// The number of keywords of all themes.
const KEYWORD_COUNT: usize = {
    let mut n = 0;
    let mut t = 0;
    while t < FocusTheme::ALL.len() {
        n += FocusTheme::ALL[t].keywords().len();
        t += 1;
    }
    n
};

/// Every keyword with its theme, in [`FocusTheme::ALL`] order.
static KEYWORDS: [(FocusTheme, &str); KEYWORD_COUNT] = {
    let mut keywords = [(FocusTheme::Broadband, ""); KEYWORD_COUNT];
    let mut n = 0;
    let mut t = 0;
    while t < FocusTheme::ALL.len() {
        let theme = FocusTheme::ALL[t];
        let mut k = 0;
        while k < theme.keywords().len() {
            keywords[n] = (theme, theme.keywords()[k]);
            n += 1;
            k += 1;
        }
        t += 1;
    }
    keywords
};

/// The bytes of a keyword's head: its first two characters.
const HEAD: usize = 6;

/// The themes of the keywords found at byte `i` of `bytes` (with at least
/// [`HEAD`] bytes from `i`).
#[inline(always)]
const fn matches_at(bytes: &[u8], i: usize) -> ThemeSet {
    let mut set = ThemeSet::EMPTY;
    let mut candidates = KEYWORD_BUCKETS[bucket(bytes, i)];
    while candidates != 0 {
        let k = candidates.trailing_zeros() as usize;
        candidates &= candidates - 1;
        let (theme, keyword) = KEYWORDS[k];
        if occurs_at(bytes, i, keyword.as_bytes()) {
            set = set.with(theme);
        }
    }
    set
}

/// The bucket of the [`HEAD`] bytes of `bytes` from `i`, for
/// [`KEYWORD_BUCKETS`]: a multiplicative hash, so that the few keyword heads
/// rarely share a bucket with ordinary text.
#[inline(always)]
const fn bucket(bytes: &[u8], i: usize) -> usize {
    let rest = bytes.split_at(i).1;
    // Eight bytes read as one word where there are eight, masked to six.
    let head = if rest.len() >= 8 {
        let w = rest.split_at(8).0;
        u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]) & 0xFFFF_FFFF_FFFF
    } else {
        u64::from_le_bytes([rest[0], rest[1], rest[2], rest[3], rest[4], rest[5], 0, 0])
    };
    (head.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
}

/// For each bucket, the keywords (bits index [`KEYWORDS`]) whose head falls
/// in it.
static KEYWORD_BUCKETS: [u64; 256] = {
    let mut buckets = [0u64; 256];
    let mut k = 0;
    while k < KEYWORD_COUNT {
        buckets[bucket(KEYWORDS[k].1.as_bytes(), 0)] |= 1 << k;
        k += 1;
    }
    buckets
};

// Keyword sets are `u64` bitmasks, and every keyword starts with two
// three-byte characters, as `classify` assumes.
const _: () = {
    assert!(KEYWORD_COUNT <= 64);
    let mut k = 0;
    while k < KEYWORD_COUNT {
        let bytes = KEYWORDS[k].1.as_bytes();
        assert!(bytes.len() >= HEAD && utf8_width(bytes[0]) == 3 && utf8_width(bytes[3]) == 3);
        k += 1;
    }
};

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

    /// This set with `theme` added.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{FocusTheme, ThemeSet};
    ///
    /// let set = ThemeSet::EMPTY.with(FocusTheme::Broadband);
    /// assert!(set.contains(FocusTheme::Broadband));
    /// ```
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
const _: () = assert!(FocusTheme::ALL.len() <= u32::BITS as usize);
const _: () = assert!(<FocusTheme as strum::EnumCount>::COUNT == 20);
const _: () = assert!(<ThemeCategory as strum::EnumCount>::COUNT == 4);
