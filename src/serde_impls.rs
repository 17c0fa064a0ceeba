//! `serde` support (feature `serde`). Enums write their variant name and read
//! every form their `FromStr` accepts, so what a user can type, a file can
//! hold too.

use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use crate::{
    AdminLevel, Division, DivisionCode, EconomicRegion, FocusTheme, Member, MemberKind, PilotUnit,
    Province, ProvinceKind, ThemeCategory, ThemeSet,
};

/// Reads a string and parses it with `T::from_str`.
struct FromStrVisitor<T>(&'static str, PhantomData<T>);

impl<T> Visitor<'_> for FromStrVisitor<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
        s.parse().map_err(E::custom)
    }
}

macro_rules! serde_by_name {
    ($($ty:ident => $expecting:literal),* $(,)?) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str((*self).into())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str(FromStrVisitor($expecting, PhantomData))
            }
        }
    )*};
}

serde_by_name! {
    Province => "a province name or code",
    ProvinceKind => "a province kind",
    EconomicRegion => "an economic region",
    FocusTheme => "a focus theme",
    ThemeCategory => "a theme category",
    MemberKind => "a member kind",
    AdminLevel => "an administrative level",
}

impl Serialize for DivisionCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DivisionCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CodeVisitor;

        impl Visitor<'_> for CodeVisitor {
            type Value = DivisionCode;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a six-digit GB/T 2260 division code, as a string or an integer")
            }

            fn visit_str<E: de::Error>(self, s: &str) -> Result<DivisionCode, E> {
                s.parse().map_err(E::custom)
            }

            fn visit_u64<E: de::Error>(self, n: u64) -> Result<DivisionCode, E> {
                let n = u32::try_from(n).map_err(|_| {
                    E::invalid_value(de::Unexpected::Unsigned(n), &"a six-digit code")
                })?;
                DivisionCode::try_from(n).map_err(E::custom)
            }

            fn visit_i64<E: de::Error>(self, n: i64) -> Result<DivisionCode, E> {
                let n = u64::try_from(n).map_err(|_| {
                    E::invalid_value(de::Unexpected::Signed(n), &"a six-digit code")
                })?;
                self.visit_u64(n)
            }
        }

        deserializer.deserialize_any(CodeVisitor)
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
        let mut s = serializer.serialize_struct("Division", 4)?;
        s.serialize_field("code", &self.code())?;
        s.serialize_field("name_zh", self.name_zh())?;
        s.serialize_field("level", &self.level())?;
        s.serialize_field("successor", &self.successor())?;
        s.end()
    }
}

impl Serialize for Member {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Member", 4)?;
        s.serialize_field("name", self.name())?;
        s.serialize_field("province", &self.province())?;
        s.serialize_field("kind", &self.kind())?;
        s.serialize_field("division", &self.division())?;
        s.end()
    }
}

impl Serialize for PilotUnit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("PilotUnit", 5)?;
        s.serialize_field("id", &self.id())?;
        s.serialize_field("name", self.name())?;
        s.serialize_field("focus", self.focus())?;
        s.serialize_field("members", self.members())?;
        s.serialize_field("themes", &self.themes())?;
        s.end()
    }
}
