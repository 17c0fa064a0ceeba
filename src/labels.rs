//! How names are compared, and the declaration of the crate's small
//! classification enums from one list of variants with their labels.

use core::cmp::Ordering;

/// Whether `b` is a separator that people put in or leave out of Latin
/// names (`Inner Mongolia`, `inner-mongolia`, `InnerMongolia`).
pub(crate) const fn is_separator(b: u8) -> bool {
    matches!(b, b' ' | b'-' | b'_' | b'\'')
}

/// Orders two names as the parsers compare them: an all-ASCII name by its
/// bytes lowercased without separators, any other name byte for byte. So
/// `Inner Mongolia` and `innermongolia` are equal, and `河南` equals only
/// `河南`.
pub(crate) const fn cmp_loose(left: &str, right: &str) -> Ordering {
    let (left, right) = (left.as_bytes(), right.as_bytes());
    let (loose_left, loose_right) = (left.is_ascii(), right.is_ascii());
    let (mut at_left, mut at_right) = (0, 0);
    loop {
        while loose_left && at_left < left.len() && is_separator(left[at_left]) {
            at_left += 1;
        }
        while loose_right && at_right < right.len() && is_separator(right[at_right]) {
            at_right += 1;
        }
        match (at_left < left.len(), at_right < right.len()) {
            (false, false) => return Ordering::Equal,
            (false, true) => return Ordering::Less,
            (true, false) => return Ordering::Greater,
            (true, true) => {}
        }
        let (mut l, mut r) = (left[at_left], right[at_right]);
        if loose_left {
            l = l.to_ascii_lowercase();
        }
        if loose_right {
            r = r.to_ascii_lowercase();
        }
        if l != r {
            return if l < r {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        at_left += 1;
        at_right += 1;
    }
}

/// The variant of `all` that `input` names by one of its `names` (Chinese
/// label, English label, variant name), ignoring surrounding whitespace; the
/// Chinese label exactly, the others as [`cmp_loose`] compares. One
/// function for every enum, so that each `FromStr` is a call.
pub(crate) fn find<T: Copy>(
    input: &str,
    all: &[T],
    names: fn(T) -> [&'static str; 3],
) -> Option<T> {
    let s = input.trim();
    all.iter().copied().find(|&v| {
        let [zh, en, name] = names(v);
        s == zh || cmp_loose(s, en).is_eq() || cmp_loose(s, name).is_eq()
    })
}

/// `variants` as an array: an enum's `ALL`, from the slice strum's
/// `VariantArray` derives, so that `ALL` is a `const` array of `COUNT`
/// (usable in `const fn`, by value in `for`) while the list of variants is
/// written only in the enum. Evaluated at compile time, where a length
/// that is not `N` stops the build.
pub(crate) const fn variant_array<T: Copy, const N: usize>(variants: &[T]) -> [T; N] {
    match variants.first_chunk() {
        Some(array) if variants.len() == N => *array,
        _ => panic!("VariantArray and EnumCount count different variants"),
    }
}

/// Declares a classification enum from one list of its variants, each with
/// its doc comment, Chinese label and English label, and implements for it:
/// `ALL`, `COUNT`, `as_str` (the variant's name, also its serde form),
/// `label_zh`, `label_en`, `Display` (the Chinese label), and a `FromStr`
/// and `TryFrom<&str>` that accept the variant name, the English label
/// (ASCII case and separators ignored) or the Chinese label, with an error
/// whose expected forms are listed from the same variants.
///
/// `ALL`, `COUNT` and `as_str` are strum's `VariantArray`, `EnumCount` and
/// `VariantNames`, offered as inherent items so that no user needs strum
/// in scope (or in their Cargo.toml) for them; `as_str` stays a `const fn`.
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
            strum::EnumCount,
            strum::VariantArray,
            strum::VariantNames,
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
            pub const ALL: [$ty; $ty::COUNT] =
                $crate::labels::variant_array(<$ty as strum::VariantArray>::VARIANTS);

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
            pub const COUNT: usize = <$ty as strum::EnumCount>::COUNT;

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
                // The variants are numbered from 0 in declaration order, the
                // order of strum's names.
                <$ty as strum::VariantNames>::VARIANTS[self as usize]
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
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.label_zh())
            }
        }

        impl core::str::FromStr for $ty {
            type Err = $crate::ParseEnumError;

            /// Accepts the variant name or the English name (ASCII case,
            /// spaces, hyphens, underscores and apostrophes ignored) or the
            /// Chinese name; surrounding whitespace is ignored.
            ///
            /// # Errors
            /// [`ParseEnumError`](crate::ParseEnumError) quoting the input
            /// and listing the variants.
            #[inline]
            fn from_str(input: &str) -> Result<Self, Self::Err> {
                $crate::labels::find(input, &Self::ALL, |v| [v.label_zh(), v.label_en(), v.as_str()])
                    .ok_or_else(|| {
                        $crate::ParseEnumError::new(
                            $what,
                            input,
                            concat!(
                                "one of ",
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
            type Error = $crate::ParseEnumError;

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
    use super::cmp_loose;
    use core::cmp::Ordering;

    #[test]
    fn latin_names_compare_without_case_and_separators() {
        assert!(cmp_loose("inner mongolia", "Inner Mongolia").is_eq());
        assert!(cmp_loose("InnerMongolia", "Inner Mongolia").is_eq());
        assert!(cmp_loose("INNER-MONGOLIA", "inner_mongolia").is_eq());
        assert!(cmp_loose("Shanxi", "Shaanxi").is_ne());
        assert!(cmp_loose("", "Henan").is_lt());
        assert!(cmp_loose("Henan", "").is_gt());
    }

    #[test]
    fn other_names_compare_byte_for_byte() {
        assert!(cmp_loose("河南", "河南").is_eq());
        assert!(cmp_loose("河南\0", "河南").is_gt());
        // Not all ASCII, so the space counts.
        assert!(cmp_loose("河 南", "河南").is_ne());
        for (a, b) in [("河南", "河北"), ("a", "河"), ("河", "a")] {
            assert_eq!(cmp_loose(a, b), a.as_bytes().cmp(b.as_bytes()), "{a} {b}");
        }
        assert_eq!(cmp_loose("b", "A"), Ordering::Greater);
    }
}
