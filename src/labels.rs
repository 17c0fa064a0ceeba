//! The labels of the crate's classification enums, declared once per enum.
//!
//! strum's `EnumString` would parse variant names, but its error does not
//! carry the input; these `FromStr` impls return
//! [`ParseEnumError`](crate::ParseEnumError), which quotes it.

/// Implements `ALL`, `label_zh`, `label_en`, `Display` (the Chinese label) and
/// a `FromStr` that accepts the variant name, the English label (ASCII case
/// and separators ignored) or the Chinese label, from one list of the
/// variants with their labels.
macro_rules! labelled_enum {
    ($ty:ident, $what:literal, $expected:literal, { $($variant:ident => $zh:literal, $en:literal;)* }) => {
        impl $ty {
            /// Every variant, in declaration order.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use cn_edu_pilots::", stringify!($ty), ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($ty), "::ALL.len(), <", stringify!($ty), " as strum::EnumCount>::COUNT);")]
            /// ```
            pub const ALL: [$ty; <$ty as strum::EnumCount>::COUNT] = [$($ty::$variant,)*];

            /// The Chinese name, also printed by `Display`.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use cn_edu_pilots::", stringify!($ty), ";")]
            ///
            #[doc = concat!("for v in ", stringify!($ty), "::ALL {")]
            ///     assert_eq!(v.label_zh().parse(), Ok(v));
            ///     assert_eq!(v.to_string(), v.label_zh());
            /// }
            /// ```
            #[must_use]
            pub const fn label_zh(self) -> &'static str {
                match self { $($ty::$variant => $zh,)* }
            }

            /// The English name.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use cn_edu_pilots::", stringify!($ty), ";")]
            ///
            #[doc = concat!("for v in ", stringify!($ty), "::ALL {")]
            ///     assert_eq!(v.label_en().parse(), Ok(v));
            /// }
            /// ```
            #[must_use]
            pub const fn label_en(self) -> &'static str {
                match self { $($ty::$variant => $en,)* }
            }
        }

        // `ALL` follows declaration order.
        const _: () = {
            let mut i = 0;
            while i < $ty::ALL.len() {
                assert!($ty::ALL[i] as usize == i);
                i += 1;
            }
        };

        impl core::fmt::Display for $ty {
            /// Prints the Chinese name.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.label_zh())
            }
        }

        impl core::str::FromStr for $ty {
            type Err = $crate::ParseEnumError;

            /// Accepts the variant name or English name (ASCII case, spaces and
            /// hyphens ignored) or the Chinese name; surrounding whitespace is
            /// ignored.
            ///
            /// # Errors
            /// [`ParseEnumError`](crate::ParseEnumError) quoting the input.
            fn from_str(input: &str) -> Result<Self, Self::Err> {
                let s = input.trim();
                Self::ALL
                    .into_iter()
                    .find(|v| {
                        s == v.label_zh()
                            || $crate::text::eq_loose(s, v.label_en())
                            || $crate::text::eq_loose(s, (*v).into())
                    })
                    .ok_or_else(|| $crate::ParseEnumError::new($what, input, $expected))
            }
        }

        impl TryFrom<&str> for $ty {
            type Error = $crate::ParseEnumError;

            /// The same as `FromStr`.
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                s.parse()
            }
        }
    };
}
pub(crate) use labelled_enum;
