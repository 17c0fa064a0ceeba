//! The focus-theme taxonomy: what each pilot's focus of work (试点工作重点内容)
//! is about, as a multi-label classification by keyword. The themes
//! themselves are the table in `src/data/themes.rs`.

use core::fmt;

use crate::labels::labelled_enum;
use crate::set::bit_set;

pub use crate::data::themes::FocusTheme;

labelled_enum! {
    /// The five groups of [`FocusTheme`]s.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{FocusTheme, ThemeCategory};
    ///
    /// assert_eq!(FocusTheme::CloudComputing.category(), ThemeCategory::Infrastructure);
    /// assert_eq!(ThemeCategory::Infrastructure.themes().len(), 4);
    /// ```
    pub enum ThemeCategory ("theme category") {
        /// 基础设施: networks, cloud and the Internet of Things.
        Infrastructure => "基础设施", "Infrastructure";
        /// 资源与服务: shared resources, public service systems and
        /// standards.
        ResourcesAndServices => "资源与服务", "Resources and services";
        /// 教与学: teaching models, ways of learning, teachers and research.
        TeachingAndLearning => "教与学", "Teaching and learning";
        /// 公平与均衡: equity, balance and help for disadvantaged areas.
        EquityAndBalance => "公平与均衡", "Equity and balance";
        /// 推进方式: how informatization is advanced — by use at scale,
        /// across a whole region, and sustainably (the notice's directions
        /// 应用驱动 and 机制创新).
        Advancement => "推进方式", "Ways of advancing";
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

/// Declares [`FocusTheme`] from the codebook in `src/data/themes.rs`: the
/// variants with their labels (through `labelled_enum!`), a summary table in
/// the enum's docs and each theme's codebook entry in its variant's docs,
/// and the accessors of each row.
macro_rules! theme_table {
    // A list of keywords in the docs.
    (@words) => { "none" };
    (@words $first:literal $(, $more:literal)*) => {
        concat!("`", $first, "`", $(", `", $more, "`",)*)
    };
    (
        education_words: [$($education:literal),* $(,)?];
        $(#[$first_doc:meta])*
        $first:ident => $first_category:ident, $first_zh:literal, $first_en:literal {
            definition: $first_definition:literal,
            includes: $first_includes:literal,
            excludes: $first_excludes:literal,
            keywords: [$($first_keyword:literal),*],
            context_keywords: [$($first_context:literal),*],
        };
        $(
            $(#[$doc:meta])*
            $theme:ident => $category:ident, $zh:literal, $en:literal {
                definition: $definition:literal,
                includes: $includes:literal,
                excludes: $excludes:literal,
                keywords: [$($keyword:literal),*],
                context_keywords: [$($context:literal),*],
            };
        )*
    ) => {
        crate::labels::labelled_enum! {
            /// What a pilot's focus of work is about: one label of a
            /// multi-label taxonomy of themes in [`ThemeCategory`](crate::ThemeCategory)s,
            /// made for the focus texts of the notice and anchored in the
            /// directions the notice states (信息技术与教育教学深度融合, 应用驱动,
            /// 机制创新, 模式探索) and in the framework of the time, 三通两平台.
            ///
            /// Each theme's codebook entry (its definition, what it includes
            /// and excludes, its keywords) is in its variant's docs, under
            /// Variants below; the table sums them up.
            ///
            /// Each unit's themes are written in its row, decided by reading
            /// its focus text against the codebook;
            /// [`pilots::by_theme`](crate::pilots::by_theme) gives the
            /// units that have a theme. For any other text there are two
            /// keyword heuristics. A theme is found when the text contains
            /// one of its [`keywords`](FocusTheme::keywords), or one of its
            /// [`context_keywords`](FocusTheme::context_keywords) in a text
            /// about education:
            /// - [`FocusTheme::classify`] is for a text that may be about
            ///   anything: it takes a text to be about education when it has
            ///   a keyword of any theme or one of the
            ///   [`EDUCATION_WORDS`](FocusTheme::EDUCATION_WORDS), so that
            ///   政务云平台建设 has no theme.
            /// - [`FocusTheme::classify_education_text`] is for a text known
            ///   to be about education (a pilot's focus of work, an item of
            ///   an education department's plan), where the context says what
            ///   the text may not: the notice's entry 56,
            ///   采用云计算技术的公共服务体系建设与应用探索, names no education
            ///   word.
            ///
            /// On the notice's 56 texts, `classify` gives the rows' themes
            /// for 54 and `classify_education_text` for 55;
            /// `cargo run --example validate_themes -- --notice` gives the
            /// figures per theme, and without `--notice` on a labelled
            /// corpus of texts from outside the notice.
            ///
            /// | theme | 中文 | English | category |
            /// |---|---|---|---|
            #[doc = concat!(
                "| [`", stringify!($first), "`](FocusTheme::", stringify!($first), ") | ",
                $first_zh, " | ", $first_en, " | [`", stringify!($first_category),
                "`](crate::ThemeCategory::", stringify!($first_category), ") |"
            )]
            $(
                #[doc = concat!(
                    "| [`", stringify!($theme), "`](FocusTheme::", stringify!($theme), ") | ",
                    $zh, " | ", $en, " | [`", stringify!($category),
                    "`](crate::ThemeCategory::", stringify!($category), ") |"
                )]
            )*
            ///
            /// # Example
            /// ```
            /// use cn_edu_pilots::{FocusTheme, ThemeCategory, pilots};
            ///
            /// let theme: FocusTheme = "云计算".parse()?;
            /// assert_eq!(theme, FocusTheme::CloudComputing);
            /// assert_eq!(theme.label_en(), "Cloud computing");
            /// assert_eq!(theme.keywords(), ["教育云"]);
            /// assert_eq!(theme.context_keywords(), ["云计算", "云平台", "云服务"]);
            /// assert_eq!(theme.category(), ThemeCategory::Infrastructure);
            ///
            /// // The entries whose rows have it.
            /// let ids: Vec<u8> = pilots::by_theme(theme).iter().map(|u| u.id()).collect();
            /// assert_eq!(ids, [3, 26, 34, 36, 38, 56]);
            /// # Ok::<(), cn_edu_pilots::Error>(())
            /// ```
            pub enum FocusTheme ("focus theme") {
                $(#[$first_doc])*
                ///
                #[doc = concat!("**Definition.** ", $first_definition)]
                ///
                #[doc = concat!("**Includes.** ", $first_includes)]
                ///
                #[doc = concat!("**Excludes.** ", $first_excludes)]
                ///
                #[doc = concat!(
                    "**Keywords:** ", theme_table!(@words $($first_keyword),*),
                    ". **In a text about education:** ", theme_table!(@words $($first_context),*), "."
                )]
                ///
                #[doc = concat!("Category: [`", stringify!($first_category), "`](crate::ThemeCategory::", stringify!($first_category), ").")]
                $first => $first_zh, $first_en;
                $(
                    $(#[$doc])*
                    ///
                    #[doc = concat!("**Definition.** ", $definition)]
                    ///
                    #[doc = concat!("**Includes.** ", $includes)]
                    ///
                    #[doc = concat!("**Excludes.** ", $excludes)]
                    ///
                    #[doc = concat!(
                        "**Keywords:** ", theme_table!(@words $($keyword),*),
                        ". **In a text about education:** ", theme_table!(@words $($context),*), "."
                    )]
                    ///
                    #[doc = concat!("Category: [`", stringify!($category), "`](crate::ThemeCategory::", stringify!($category), ").")]
                    $theme => $zh, $en;
                )*
            }
        }

        impl FocusTheme {
            /// The words that make a text about education, for
            /// [`context_keywords`](FocusTheme::context_keywords).
            ///
            /// # Example
            /// ```
            /// use cn_edu_pilots::FocusTheme;
            ///
            /// assert!(FocusTheme::EDUCATION_WORDS.contains(&"教育"));
            /// assert!(FocusTheme::classify("建设教育物联网").contains(FocusTheme::InternetOfThings));
            /// assert!(FocusTheme::classify("物联网冰箱促销").is_empty());
            /// ```
            pub const EDUCATION_WORDS: &'static [&'static str] = &[$($education),*];

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

            /// The codebook's definition of the theme.
            ///
            /// # Example
            /// ```
            /// use cn_edu_pilots::FocusTheme;
            ///
            /// assert!(FocusTheme::TeachingResearch.definition().contains("not academic research"));
            /// ```
            #[inline]
            #[must_use]
            pub const fn definition(self) -> &'static str {
                match self {
                    FocusTheme::$first => $first_definition,
                    $(FocusTheme::$theme => $definition,)*
                }
            }

            /// What the theme includes, in the codebook.
            ///
            /// # Example
            /// ```
            /// use cn_edu_pilots::FocusTheme;
            ///
            /// assert!(FocusTheme::RegionalCollaboration.includes().contains("对口支援"));
            /// ```
            #[inline]
            #[must_use]
            pub const fn includes(self) -> &'static str {
                match self {
                    FocusTheme::$first => $first_includes,
                    $(FocusTheme::$theme => $includes,)*
                }
            }

            /// What the theme excludes, with the boundary to its neighbours,
            /// in the codebook.
            ///
            /// # Example
            /// ```
            /// use cn_edu_pilots::FocusTheme;
            ///
            /// assert!(FocusTheme::RegionalCollaboration.excludes().contains("within one district"));
            /// ```
            #[inline]
            #[must_use]
            pub const fn excludes(self) -> &'static str {
                match self {
                    FocusTheme::$first => $first_excludes,
                    $(FocusTheme::$theme => $excludes,)*
                }
            }

            /// The keywords that mark a text as having this theme on their
            /// own.
            ///
            /// # Example
            /// ```
            /// use cn_edu_pilots::FocusTheme;
            ///
            /// assert_eq!(FocusTheme::EducationalEquity.keywords()[0], "教育公平");
            /// assert!(!FocusTheme::EducationalEquity.keywords().contains(&"公平"));
            /// ```
            #[inline]
            #[must_use]
            pub const fn keywords(self) -> &'static [&'static str] {
                match self {
                    FocusTheme::$first => &[$($first_keyword),*],
                    $(FocusTheme::$theme => &[$($keyword),*],)*
                }
            }

            /// The keywords that mark a text as having this theme only in a
            /// text about education (see [`FocusTheme::classify`]).
            ///
            /// # Example
            /// ```
            /// use cn_edu_pilots::FocusTheme;
            ///
            /// assert_eq!(FocusTheme::InternetOfThings.context_keywords(), ["物联网"]);
            /// ```
            #[inline]
            #[must_use]
            pub const fn context_keywords(self) -> &'static [&'static str] {
                match self {
                    FocusTheme::$first => &[$($first_context),*],
                    $(FocusTheme::$theme => &[$($context),*],)*
                }
            }
        }
    };
}
pub(crate) use theme_table;

impl FocusTheme {
    /// Every theme a text that may be about anything has, by the codebook's
    /// keywords: those with a [`keyword`](FocusTheme::keywords) that `text`
    /// contains, and, if the text is about education, those with a
    /// [`context keyword`](FocusTheme::context_keywords) it contains. A text
    /// is taken to be about education when it has one of the
    /// [`EDUCATION_WORDS`](FocusTheme::EDUCATION_WORDS) or a keyword of any
    /// theme.
    ///
    /// Use it where a text may come from any field (a news item, a line of
    /// a government work report). For a text known to be about education,
    /// whether or not it says so, use
    /// [`classify_education_text`](FocusTheme::classify_education_text).
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
    /// // Context keywords alone, outside education, are not enough.
    /// assert!(FocusTheme::classify("政务云平台建设").is_empty());
    /// assert!(FocusTheme::classify("").is_empty());
    /// ```
    #[must_use]
    #[inline]
    pub fn classify(text: &str) -> ThemeSet {
        FocusTheme::classify_in(text, false)
    }

    /// Every theme a text known to be about education has, by the
    /// codebook's keywords: those with a [`keyword`](FocusTheme::keywords)
    /// or a [`context keyword`](FocusTheme::context_keywords) that `text`
    /// contains, whether or not the text itself has an education word.
    ///
    /// Use it where the source says the text is about education: a pilot's
    /// focus of work, an item of an education department's plan, a field of
    /// a data set on schools. The notice's entry 56 is such a text with no
    /// education word: [`classify`](FocusTheme::classify) finds nothing in
    /// it, this finds the themes of its row. On a text that may be about
    /// anything it finds themes that are not there (政务云平台建设 is not
    /// about cloud computing in education).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{FocusTheme, pilots};
    ///
    /// let shenzhen = pilots::get(56).unwrap();
    /// assert_eq!(shenzhen.focus(), "采用云计算技术的公共服务体系建设与应用探索");
    /// assert!(FocusTheme::classify(shenzhen.focus()).is_empty());
    /// assert_eq!(FocusTheme::classify_education_text(shenzhen.focus()), shenzhen.themes());
    /// ```
    #[must_use]
    #[inline]
    pub fn classify_education_text(text: &str) -> ThemeSet {
        FocusTheme::classify_in(text, true)
    }

    /// The themes of `text`, its context keywords counting if it is known
    /// to be about education or says so.
    #[inline]
    fn classify_in(text: &str, about_education: bool) -> ThemeSet {
        let found = |keywords: &[&str]| keywords.iter().any(|k| text.contains(k));
        let mut sure = ThemeSet::EMPTY;
        let mut in_context = ThemeSet::EMPTY;
        for theme in FocusTheme::ALL {
            if found(theme.keywords()) {
                sure = sure.with(theme);
            } else if found(theme.context_keywords()) {
                in_context = in_context.with(theme);
            }
        }
        if about_education || !sure.is_empty() || found(FocusTheme::EDUCATION_WORDS) {
            sure | in_context
        } else {
            sure
        }
    }

    /// Why [`classify`](FocusTheme::classify) gave what it gave: for each
    /// theme found, in [`FocusTheme::ALL`] order, each of its keywords and
    /// context keywords that `text` contains, with the byte offset where it
    /// first occurs. (What
    /// [`classify_education_text`](FocusTheme::classify_education_text)
    /// finds beyond `classify` are themes with a
    /// [`context keyword`](FocusTheme::context_keywords) in a text without
    /// an education word.)
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::FocusTheme;
    ///
    /// let text = "区域网络教研及跨区域网络协同教研模式探索";
    /// let why: Vec<_> = FocusTheme::explain(text).collect();
    /// assert_eq!(why, [
    ///     (FocusTheme::TeachingResearch, "教研", 12),
    ///     (FocusTheme::RegionalCollaboration, "跨区域", 21),
    /// ]);
    /// assert_eq!(&text[12..][..6], "教研");
    /// ```
    #[inline]
    pub fn explain(text: &str) -> impl Iterator<Item = (FocusTheme, &'static str, usize)> + '_ {
        FocusTheme::classify(text)
            .into_iter()
            .flat_map(move |theme| {
                theme
                    .keywords()
                    .iter()
                    .chain(theme.context_keywords())
                    .filter_map(move |&keyword| Some((theme, keyword, text.find(keyword)?)))
            })
    }
}

bit_set! {
    /// A set of [`FocusTheme`]s: a `Copy` bitset, iterated in
    /// [`FocusTheme::ALL`] order, with the operations of
    /// [`Units`](crate::Units).
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
    /// assert_eq!(a - b, ThemeSet::from(FocusTheme::CloudComputing));
    /// assert_eq!(a.to_string(), "云计算、优质资源共建共享");
    /// ```
    pub struct ThemeSet(u32) of FocusTheme::COUNT;

    /// The iterator of [`ThemeSet::iter`]: themes in [`FocusTheme::ALL`]
    /// order, from either end.
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
    pub struct ThemeSetIter;

    const fn bit(theme: FocusTheme) -> u32 {
        1 << theme as u32
    }

    fn item(position: usize) -> Option<FocusTheme> {
        FocusTheme::ALL.get(position).copied()
    }

    examples:
        "use cn_edu_pilots::{FocusTheme, ThemeSet};",
        "FocusTheme::Broadband",
        "FocusTheme::CloudComputing",
        "22";
}

impl ThemeSet {
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
}

impl fmt::Debug for ThemeSet {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl fmt::Display for ThemeSet {
    /// The Chinese labels joined with 、; nothing for the empty set.
    #[inline]
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
