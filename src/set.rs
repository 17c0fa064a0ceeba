//! The one implementation behind the crate's two sets, [`Units`](crate::Units)
//! and [`ThemeSet`](crate::ThemeSet): one bit per element in an integer
//! mask, with the same operations on both. A macro rather than a generic
//! type, so that each set is a plain public struct with `const fn`s and
//! nothing is left to monomorphize.

/// Declares a `Copy` set of `$item`s, one bit each in a `$mask` (the
/// element's position among the `$count` there are), and its iterator.
/// `bit` gives an element's bit and `item` the element at a position; the
/// examples in the generated docs use two distinct elements, `$a` and `$b`.
macro_rules! bit_set {
    (
        $(#[$doc:meta])*
        pub struct $set:ident($mask:ty) of $count:expr;
        $(#[$iter_doc:meta])*
        pub struct $iter:ident;
        const fn bit($e:ident: $arg:ty) -> $bit_ty:ty $bit:block
        fn item($i:ident: usize) -> Option<$item:ty> $get:block
        examples: $use:literal, $a:literal, $b:literal, $all:literal;
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $set($mask);

        // The mask has room for every element.
        const _: () = assert!($count <= <$mask>::BITS as usize);

        impl $set {
            /// The empty set.
            ///
            /// # Example
            /// ```
            #[doc = $use]
            ///
            #[doc = concat!("assert!(", stringify!($set), "::EMPTY.is_empty());")]
            #[doc = concat!("assert_eq!(", stringify!($set), "::EMPTY, ", stringify!($set), "::default());")]
            /// ```
            pub const EMPTY: $set = $set(0);

            /// The set of every element there is.
            ///
            /// # Example
            /// ```
            #[doc = $use]
            ///
            #[doc = concat!("assert_eq!(", stringify!($set), "::ALL.len(), ", $all, ");")]
            #[doc = concat!("assert!(", stringify!($set), "::ALL.contains(", $a, "));")]
            /// ```
            pub const ALL: $set = $set(<$mask>::MAX >> (<$mask>::BITS as usize - $count));

            /// The set of the elements whose bits are set in `mask`.
            #[allow(dead_code, reason = "one of the two sets is built from masks")]
            pub(crate) const fn from_mask(mask: $mask) -> $set {
                $set(mask & $set::ALL.0)
            }

            /// The bit of an element.
            const fn bit($e: $arg) -> $bit_ty $bit

            /// The element at a position, if there is one.
            fn item($i: usize) -> Option<$item> $get

            /// How many elements the set holds.
            ///
            /// # Example
            /// ```
            #[doc = $use]
            ///
            #[doc = concat!("assert_eq!(", stringify!($set), "::EMPTY.with(", $a, ").with(", $b, ").len(), 2);")]
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
            #[doc = $use]
            ///
            #[doc = concat!("assert!(!", stringify!($set), "::from(", $a, ").is_empty());")]
            /// ```
            #[inline]
            #[must_use]
            pub const fn is_empty(self) -> bool {
                self.0 == 0
            }

            /// Whether the set holds the element.
            ///
            /// # Example
            /// ```
            #[doc = $use]
            ///
            #[doc = concat!("let set = ", stringify!($set), "::from(", $a, ");")]
            #[doc = concat!("assert!(set.contains(", $a, "));")]
            #[doc = concat!("assert!(!set.contains(", $b, "));")]
            /// ```
            #[inline]
            #[must_use]
            pub const fn contains(self, $e: $arg) -> bool {
                self.0 & $set::bit($e) != 0
            }

            /// This set with the element added.
            ///
            /// # Example
            /// ```
            #[doc = $use]
            ///
            #[doc = concat!("let set = ", stringify!($set), "::EMPTY.with(", $a, ");")]
            #[doc = concat!("assert_eq!(set, ", stringify!($set), "::from(", $a, "));")]
            /// ```
            #[inline]
            #[must_use]
            pub const fn with(self, $e: $arg) -> $set {
                $set(self.0 | $set::bit($e))
            }

            /// The elements, in their order (from either end). The set
            /// itself is unchanged: iterate it as often as needed.
            ///
            /// # Example
            /// ```
            #[doc = $use]
            ///
            #[doc = concat!("let set = ", stringify!($set), "::from(", $b, ").with(", $a, ");")]
            #[doc = concat!("assert!(set.iter().eq([", $a, ", ", $b, "]));")]
            #[doc = concat!("assert_eq!(set.iter().next_back(), Some(", $b, "));")]
            /// ```
            #[inline]
            #[must_use]
            pub const fn iter(self) -> $iter {
                $iter(self.0)
            }
        }

        $(#[$iter_doc])*
        #[derive(Clone, Debug)]
        pub struct $iter($mask);

        impl Iterator for $iter {
            type Item = $item;

            #[inline]
            fn next(&mut self) -> Option<$item> {
                if self.0 == 0 {
                    return None;
                }
                let position = self.0.trailing_zeros() as usize;
                self.0 &= self.0 - 1; // clear the lowest set bit
                $set::item(position)
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

        impl DoubleEndedIterator for $iter {
            #[inline]
            fn next_back(&mut self) -> Option<$item> {
                if self.0 == 0 {
                    return None;
                }
                let position = (<$mask>::BITS - 1 - self.0.leading_zeros()) as usize;
                self.0 &= !(1 << position);
                $set::item(position)
            }
        }

        impl ExactSizeIterator for $iter {}
        impl core::iter::FusedIterator for $iter {}

        impl IntoIterator for $set {
            type Item = $item;
            type IntoIter = $iter;

            #[inline]
            fn into_iter(self) -> $iter {
                self.iter()
            }
        }

        impl IntoIterator for &$set {
            type Item = $item;
            type IntoIter = $iter;

            #[inline]
            fn into_iter(self) -> $iter {
                self.iter()
            }
        }

        impl FromIterator<$item> for $set {
            fn from_iter<I: IntoIterator<Item = $item>>(iter: I) -> Self {
                let mut set = $set::EMPTY;
                set.extend(iter);
                set
            }
        }

        impl Extend<$item> for $set {
            fn extend<I: IntoIterator<Item = $item>>(&mut self, iter: I) {
                for item in iter {
                    *self = self.with(item);
                }
            }
        }

        impl From<$item> for $set {
            /// The set of one element.
            #[inline]
            fn from(item: $item) -> Self {
                $set::EMPTY.with(item)
            }
        }

        impl core::ops::BitAnd for $set {
            type Output = $set;

            /// The elements in both sets.
            #[inline]
            fn bitand(self, other: $set) -> $set {
                $set(self.0 & other.0)
            }
        }

        impl core::ops::BitOr for $set {
            type Output = $set;

            /// The elements in either set.
            #[inline]
            fn bitor(self, other: $set) -> $set {
                $set(self.0 | other.0)
            }
        }

        impl core::ops::Sub for $set {
            type Output = $set;

            /// The elements in `self` but not in `other`.
            #[inline]
            fn sub(self, other: $set) -> $set {
                $set(self.0 & !other.0)
            }
        }

        impl core::ops::BitAndAssign for $set {
            #[inline]
            fn bitand_assign(&mut self, other: $set) {
                *self = *self & other;
            }
        }

        impl core::ops::BitOrAssign for $set {
            #[inline]
            fn bitor_assign(&mut self, other: $set) {
                *self = *self | other;
            }
        }

        impl core::ops::SubAssign for $set {
            #[inline]
            fn sub_assign(&mut self, other: $set) {
                *self = *self - other;
            }
        }
    };
}
pub(crate) use bit_set;
