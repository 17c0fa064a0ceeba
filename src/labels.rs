//! How names are compared, and the declaration of the crate's small
//! classification enums from one list of variants with their labels.

/// Whether `a` and `b` are the same text, in a `const fn`: how the tables
/// made at compile time from generated rows find the variant a row names.
pub(crate) const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `b` is a separator that people put in or leave out of Latin
/// names (`Inner Mongolia`, `inner-mongolia`, `InnerMongolia`).
pub(crate) const fn is_separator(b: u8) -> bool {
    matches!(b, b' ' | b'-' | b'_' | b'\'')
}

/// Whether `input` spells the Latin name `form` as every parser of the
/// crate reads one: where the form has a separator (`Inner Mongolia`,
/// `Next-generation internet`), any run of separators or none; elsewhere
/// the same letters in any ASCII case. So `inner-mongolia` and
/// `InnerMongolia` are `Inner Mongolia`, and `I-n-n-e-r Mongolia` is not.
#[inline]
pub(crate) fn matches_name(form: &[u8], input: &[u8]) -> bool {
    let (mut f, mut i) = (0, 0);
    loop {
        match (form.get(f), input.get(i)) {
            (None, None) => return true,
            (Some(&b), _) if is_separator(b) => {
                f += 1;
                while input.get(i).is_some_and(|&b| is_separator(b)) {
                    i += 1;
                }
            }
            (Some(a), Some(b)) if a.eq_ignore_ascii_case(b) => {
                f += 1;
                i += 1;
            }
            _ => return false,
        }
    }
}

/// The variant of `all` that `input` names by one of its `names` (Chinese
/// label, English label, variant name), ignoring surrounding whitespace; the
/// Chinese label exactly, the others as [`matches_name`] reads them. One
/// function for every enum, so that each `FromStr` is a call.
pub(crate) fn find<T: Copy>(
    input: &str,
    all: &[T],
    names: fn(T) -> [&'static str; 3],
) -> Option<T> {
    let s = input.trim();
    all.iter().copied().find(|&v| {
        let [zh, en, name] = names(v);
        let latin = |form: &str| matches_name(form.as_bytes(), s.as_bytes());
        s == zh || latin(en) || latin(name)
    })
}

/// Declares a classification enum from one list of its variants, each with
/// its doc comment, Chinese label and English label, and implements for it:
/// `ALL`, `COUNT`, `as_str` (the variant's name, also its serde form),
/// `label_zh`, `label_en`, `Display` (the Chinese label), and a `FromStr`
/// and `TryFrom<&str>` that accept the variant name, the English label
/// (ASCII case and separators ignored) or the Chinese label, with an error
/// whose expected forms are listed from the same variants.
///
/// `ALL`, `COUNT` and `as_str` are written from the same list of variants
/// as the enum, so they cannot disagree with it; `as_str` is a `const fn`.
macro_rules! labelled_enum {
    (
        $(#[$attr:meta])*
        pub enum $ty:ident ($what:literal) {
            $(#[$first_doc:meta])*
            $first:ident => $first_zh:literal, $first_en:literal;
            $(
                $(#[$doc:meta])*
                $variant:ident => $zh:literal, $en:literal;
            )*
        }
    ) => {
        $(#[$attr])*
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            PartialOrd,
            Ord,
            Hash,
        )]
        pub enum $ty {
            $(#[$first_doc])*
            $first,
            $(
                $(#[$doc])*
                $variant,
            )*
        }

        impl $ty {
            /// Every variant, in declaration order.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use cn_edu_pilots::", stringify!($ty), ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($ty), "::ALL[0], ", stringify!($ty), "::", stringify!($first), ");")]
            #[doc = concat!("for (i, v) in ", stringify!($ty), "::ALL.into_iter().enumerate() {")]
            ///     assert_eq!(v as usize, i);
            /// }
            /// ```
            pub const ALL: [$ty; $ty::COUNT] = [$ty::$first, $($ty::$variant,)*];

            /// The number of variants: the length of an array indexed by
            /// the enum.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use cn_edu_pilots::", stringify!($ty), ";")]
            ///
            #[doc = concat!("let mut tally = [0; ", stringify!($ty), "::COUNT];")]
            #[doc = concat!("tally[", stringify!($ty), "::", stringify!($first), " as usize] += 1;")]
            /// assert_eq!(tally.iter().sum::<i32>(), 1);
            /// ```
            pub const COUNT: usize = [stringify!($first), $(stringify!($variant),)*].len();

            /// The variant's name: its canonical form, written by serde.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use cn_edu_pilots::", stringify!($ty), ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($ty), "::", stringify!($first), ".as_str(), \"", stringify!($first), "\");")]
            #[doc = concat!("for v in ", stringify!($ty), "::ALL {")]
            ///     assert_eq!(v.as_str().parse(), Ok(v));
            /// }
            /// ```
            #[inline]
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $ty::$first => stringify!($first),
                    $($ty::$variant => stringify!($variant),)*
                }
            }

            /// The Chinese name, also printed by `Display`.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use cn_edu_pilots::", stringify!($ty), ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($ty), "::", stringify!($first), ".label_zh(), \"", $first_zh, "\");")]
            #[doc = concat!("for v in ", stringify!($ty), "::ALL {")]
            ///     assert_eq!(v.label_zh().parse(), Ok(v));
            ///     assert_eq!(v.to_string(), v.label_zh());
            /// }
            /// ```
            #[inline]
            #[must_use]
            pub const fn label_zh(self) -> &'static str {
                match self {
                    $ty::$first => $first_zh,
                    $($ty::$variant => $zh,)*
                }
            }

            /// The English name.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use cn_edu_pilots::", stringify!($ty), ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($ty), "::", stringify!($first), ".label_en(), \"", $first_en, "\");")]
            #[doc = concat!("for v in ", stringify!($ty), "::ALL {")]
            ///     assert_eq!(v.label_en().parse(), Ok(v));
            /// }
            /// ```
            #[inline]
            #[must_use]
            pub const fn label_en(self) -> &'static str {
                match self {
                    $ty::$first => $first_en,
                    $($ty::$variant => $en,)*
                }
            }
        }

        impl core::fmt::Display for $ty {
            /// Prints the Chinese name.
            #[inline]
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.label_zh())
            }
        }

        impl core::str::FromStr for $ty {
            type Err = $crate::Error;

            /// Accepts the variant name or the English name (ASCII case,
            /// spaces, hyphens, underscores and apostrophes ignored) or the
            /// Chinese name; surrounding whitespace is ignored.
            ///
            /// # Errors
            /// [`Error`](crate::Error) of kind
            /// [`UnknownVariant`](crate::ErrorKind::UnknownVariant), quoting
            /// the input and listing the variants.
            #[inline]
            fn from_str(input: &str) -> Result<Self, Self::Err> {
                $crate::labels::find(input, &Self::ALL, |v| [v.label_zh(), v.label_en(), v.as_str()])
                    .ok_or_else(|| {
                        $crate::Error::expecting(
                            $crate::ErrorKind::UnknownVariant,
                            $crate::error::Quoted::new(input),
                            $what,
                            concat!(
                                "expected one of ",
                                stringify!($first),
                                $(", ", stringify!($variant),)*
                                " or their Chinese names (",
                                $first_zh,
                                $(", ", $zh,)*
                                ")"
                            ),
                        )
                    })
            }
        }

        impl TryFrom<&str> for $ty {
            type Error = $crate::Error;

            /// The same as `FromStr`.
            #[inline]
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                s.parse()
            }
        }
    };
}
pub(crate) use labelled_enum;

#[cfg(test)]
mod tests {
    use super::matches_name;

    fn reads(form: &str, input: &str) -> bool {
        matches_name(form.as_bytes(), input.as_bytes())
    }

    #[test]
    fn latin_names_take_any_case_and_separators_between_words() {
        for input in [
            "Inner Mongolia",
            "inner mongolia",
            "InnerMongolia",
            "INNER-MONGOLIA",
            "inner__mongolia",
        ] {
            assert!(reads("Inner Mongolia", input), "{input}");
        }
        for input in [
            "next generation internet",
            "Next-Generation Internet",
            "nextgenerationinternet",
        ] {
            assert!(reads("Next-generation internet", input), "{input}");
        }
        assert!(reads("CloudComputing", "cloudcomputing"));
    }

    #[test]
    fn separators_inside_a_word_and_other_letters_are_not_read() {
        for input in [
            "I-n-n-e-r Mongolia",
            "Inner Mongoli",
            "Inner Mongolias",
            "Shaanxi",
            "",
            " Inner Mongolia",
        ] {
            assert!(!reads("Inner Mongolia", input), "{input}");
        }
        assert!(!reads("CloudComputing", "Cloud Computing"));
        assert!(!reads("Shanxi", "Shaanxi"));
    }
}
