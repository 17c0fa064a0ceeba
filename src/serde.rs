//! `serde` support (feature `serde`). Enums write their variant name and
//! read every form their `FromStr` accepts, so what a user can type, a file
//! can hold too. Formats that do not describe themselves (postcard,
//! bincode) cannot be asked "what comes next?", so a value that accepts
//! more than one shape in JSON reads one shape there.
//!
//! Every struct and sequence declares the number of fields or elements it
//! writes: CBOR and `MessagePack` write that number before them, and a wrong
//! one corrupts what follows without an error. `tests/serde.rs` checks each
//! against `serde_test` tokens and through those formats.

use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;

use ::serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};
use ::serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use crate::error::Quoted;
use crate::{
    AdminLevel, ChangeKind, Coverage, CoveringMembers, Division, DivisionChange, DivisionCode,
    EconomicRegion, Extent, FocusTheme, Member, MemberKind, PilotUnit, Province, ProvinceKind,
    Reading, ThemeCategory, ThemeSet, Units,
};

/// How a visitor reads an integer.
type FromInteger<T> = fn(u32) -> Result<T, <T as FromStr>::Err>;

/// Reads a string with `T::from_str`; with `integers`, also an integer, as
/// `integers` reads it.
struct ParseVisitor<T: FromStr> {
    expecting: &'static str,
    integers: Option<FromInteger<T>>,
    marker: PhantomData<T>,
}

impl<T: FromStr> ParseVisitor<T> {
    fn new(expecting: &'static str) -> Self {
        ParseVisitor {
            expecting,
            integers: None,
            marker: PhantomData,
        }
    }
}

impl<T> Visitor<'_> for ParseVisitor<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    #[inline]
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
        s.parse().map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<T, E> {
        let Some(from_integer) = self.integers else {
            return Err(E::invalid_type(de::Unexpected::Unsigned(n), &self));
        };
        let n =
            u32::try_from(n).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(n), &self))?;
        from_integer(n).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<T, E> {
        match u64::try_from(n) {
            Ok(n) => self.visit_u64(n),
            Err(_) if self.integers.is_none() => {
                Err(E::invalid_type(de::Unexpected::Signed(n), &self))
            }
            Err(_) => Err(E::invalid_value(de::Unexpected::Signed(n), &self)),
        }
    }
}

macro_rules! serde_by_name {
    ($($ty:ident => $expecting:literal),* $(,)?) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str(ParseVisitor::new($expecting))
            }
        }
    )*};
}

serde_by_name! {
    ProvinceKind => "a province kind",
    EconomicRegion => "an economic region",
    FocusTheme => "a focus theme",
    ThemeCategory => "a theme category",
    MemberKind => "a member kind",
    AdminLevel => "an administrative level",
    ChangeKind => "a change kind",
}

impl Serialize for Province {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Province {
    /// Any form `FromStr` accepts; in self-describing formats also the
    /// integer code (440000).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let visitor = ParseVisitor {
            expecting: "a province name or its GB/T 2260 code",
            // The integer's digits, zero-padded to six, read as `FromStr`
            // reads a code: 440000 and "440000" (and 40000 and "040000")
            // give the same answer and the same error.
            integers: Some(|n| Quoted::digits(n, 6).as_str().parse()),
            marker: PhantomData,
        };
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(visitor)
        } else {
            deserializer.deserialize_str(visitor)
        }
    }
}

impl Serialize for DivisionCode {
    /// The six-digit string in human-readable formats, else the integer.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_str(self)
        } else {
            serializer.serialize_u32(self.get())
        }
    }
}

impl<'de> Deserialize<'de> for DivisionCode {
    /// The string or the integer in human-readable formats, else the
    /// integer.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let visitor = ParseVisitor {
            expecting: "a six-digit GB/T 2260 division code, as a string or an integer",
            integers: Some(DivisionCode::try_from),
            marker: PhantomData,
        };
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(visitor)
        } else {
            deserializer.deserialize_u32(visitor)
        }
    }
}

impl Serialize for ThemeSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for theme in *self {
            seq.serialize_element(&theme)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for ThemeSet {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SetVisitor;

        impl<'de> Visitor<'de> for SetVisitor {
            type Value = ThemeSet;

            #[inline]
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a sequence of focus themes")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ThemeSet, A::Error> {
                let mut set = ThemeSet::EMPTY;
                while let Some(theme) = seq.next_element::<FocusTheme>()? {
                    set = set.with(theme);
                }
                Ok(set)
            }
        }

        deserializer.deserialize_seq(SetVisitor)
    }
}

impl Serialize for Division {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Division", 6)?;
        s.serialize_field("code", &self.code())?;
        s.serialize_field("name_zh", self.name_zh())?;
        s.serialize_field("name_en", self.name_en())?;
        s.serialize_field("level", &self.level())?;
        s.serialize_field("successor", &self.successor())?;
        s.serialize_field("history", self.history())?;
        s.end()
    }
}

impl Serialize for DivisionChange {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("DivisionChange", 4)?;
        s.serialize_field("year", &self.year())?;
        s.serialize_field("kind", &self.kind())?;
        s.serialize_field("document", &self.document())?;
        s.serialize_field("division", &AfterChange(self.division()))?;
        s.end()
    }
}

/// The division after a change, without a successor or history of its
/// own: those are the changed division's (and where the code stayed the
/// same, writing them again would never end). A struct of its own name, as
/// its shape is not `Division`'s: formats that record a struct's name and
/// shape (schema tracers, RON) must not see two shapes under one name.
struct AfterChange(Division);

impl Serialize for AfterChange {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("DivisionAfterChange", 4)?;
        s.serialize_field("code", &self.0.code())?;
        s.serialize_field("name_zh", self.0.name_zh())?;
        s.serialize_field("name_en", self.0.name_en())?;
        s.serialize_field("level", &self.0.level())?;
        s.end()
    }
}

/// A set of units as the sequence of their ids, in notice order.
struct Ids(Units);

impl Serialize for Ids {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(PilotUnit::id))
    }
}

/// The members of a coverage, written as `[{"name": ..., "extent": ...}]`.
struct Through(CoveringMembers);

impl Serialize for Through {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct One(&'static Member, Extent);
        impl Serialize for One {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let extent = match self.1 {
                    Extent::Wholly => "Wholly",
                    Extent::Partly => "Partly",
                };
                let mut s = serializer.serialize_struct("CoveringMember", 2)?;
                s.serialize_field("name", self.0.name())?;
                s.serialize_field("extent", extent)?;
                s.end()
            }
        }
        serializer.collect_seq(self.0.clone().map(|(member, extent)| One(member, extent)))
    }
}

impl Serialize for Coverage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // The reading goes with the units, so that an answer for a code the
        // year's list lacks never reads as a listed code's.
        let reading = match self.reading() {
            Reading::Listed => "Listed",
            Reading::Retired { .. } => "Retired",
            Reading::NotYetListed { .. } => "NotYetListed",
        };
        let mut s = serializer.serialize_struct("Coverage", 5)?;
        s.serialize_field("wholly", &Ids(self.wholly()))?;
        s.serialize_field("partly", &Ids(self.partly()))?;
        s.serialize_field("members", &Through(self.members()))?;
        s.serialize_field("reading", reading)?;
        s.serialize_field("year_read", &self.year_read())?;
        s.end()
    }
}

impl Serialize for Member {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Member", 5)?;
        s.serialize_field("name", self.name())?;
        s.serialize_field("name_en", self.name_en())?;
        s.serialize_field("province", &self.province())?;
        s.serialize_field("kind", &self.kind())?;
        s.serialize_field("division", &self.division())?;
        s.end()
    }
}

impl Serialize for PilotUnit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("PilotUnit", 7)?;
        s.serialize_field("id", &self.id())?;
        s.serialize_field("name", self.name())?;
        s.serialize_field("focus", self.focus())?;
        s.serialize_field("name_en", self.name_en())?;
        s.serialize_field("focus_en", self.focus_en())?;
        s.serialize_field("members", self.members())?;
        s.serialize_field("themes", &self.themes())?;
        s.end()
    }
}
