//! The first batch of China's regional education-informatization pilot units
//! (第一批教育信息化试点单位, 区域信息化试点单位), as published by the Ministry
//! of Education in 教技函〔2012〕70号, compiled into typed, queryable data.
//!
//! # Example
//! ```
//! use cn_edu_pilots::{FocusTheme, Province, pilots};
//!
//! let henan: Province = "豫".parse()?;
//! let unit = pilots::by_province(henan).next().unwrap();
//! assert_eq!(unit.name(), "河南省电教馆、郑州市教育局、新疆维吾尔自治区哈密地区教育局、郑州大学、焦作市教育局");
//! assert_eq!(unit.members().len(), 5);
//! assert!(unit.themes().contains(FocusTheme::ResourceSharing));
//!
//! // Is a school in 太原市小店区 (140105) inside a pilot region?
//! let code = "140105".parse()?;
//! let ids: Vec<u8> = pilots::covering(code).map(|u| u.id()).collect();
//! assert_eq!(ids, [7]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What is in it
//! - [`pilots::all`]: the 56 entries of the notice's annex in its order, each
//!   a [`PilotUnit`] with its name and focus of work (试点工作重点内容)
//!   exactly as published, its [`Member`] organisations (63 in all; three
//!   entries are joint), and its [`FocusTheme`]s.
//! - [`Province`]: the 31 mainland provincial-level divisions and the
//!   Xinjiang Production and Construction Corps, with names, 简称, GB/T 2260
//!   and ISO 3166-2 codes, [`ProvinceKind`] and [`EconomicRegion`], and a
//!   `FromStr` that takes whatever a user types (河南, 豫, Henan, 410000,
//!   CN-HA).
//! - A keyword taxonomy of the focus texts, [`FocusTheme`] in
//!   [`ThemeCategory`]s, usable on any text with [`FocusTheme::classify`].
//! - Queries in [`pilots`]: by province, region, theme, category, member
//!   kind, division code ([`pilots::covering`]) and text. They are answered
//!   from indexes built at compile time and allocate nothing.
//! - [`DivisionCode`] and [`Division`]: each member's GB/T 2260 division as
//!   of the 2012 edition, and its 2019 successor where it changed, to join
//!   the list with data keyed by division code.
//! - The source's provenance: [`SOURCE_NUMBER`], [`SOURCE_TITLE`],
//!   [`SOURCE_ISSUER`].
//!
//! # Joining with other data
//! Data keyed by GB/T 2260 division code joins the list through
//! [`Member::division`] (the 2012 division; [`Division::successor`] gives
//! the 2019 one where it changed) or asks [`pilots::covering`] whether a
//! code lies inside a pilot region. Territorial members (education bureaus,
//! governments, public centres) cover the area of their division;
//! universities and companies cover nothing.
//!
//! ```
//! use cn_edu_pilots::{DivisionCode, pilots};
//!
//! let nanshan: DivisionCode = "440305".parse()?;
//! let names: Vec<&str> = pilots::covering(nanshan).map(|u| u.name()).collect();
//! assert_eq!(names, ["广东省深圳市南山区教育局", "广东省深圳市教育局"]);
//! # Ok::<(), cn_edu_pilots::ParseDivisionCodeError>(())
//! ```
//!
//! # Performance
//! Every index (per province, region, theme, category, member kind, division
//! code, and a suffix array for [`pilots::search`]) is derived from the one
//! table of units at compile time, so queries allocate nothing and answer in
//! O(1) or O(answer). The README's Performance section has measurements
//! against a baseline of owned structs filtered linearly.
//!
//! # Scope
//! Only the regional part of the list (区域信息化试点单位) is included; the
//! notice's other pilot categories are not. Names are as of 2012: a member
//! keeps the name it was published under (昌都地区, 神木县), and
//! [`Division::successor`] tells what its division became.
//!
//! # Crate features
//! - `serde` (default): `Serialize` for every public type, `Deserialize`
//!   for every enum and for [`DivisionCode`] and [`ThemeSet`]. Enums
//!   serialize as their variant name (`"Henan"`, `"CloudComputing"`) and
//!   deserialize from every form their `FromStr` accepts; a
//!   [`DivisionCode`] serializes as its six-digit string and deserializes
//!   from that string or from the integer; a [`ThemeSet`] is a sequence of
//!   themes. [`PilotUnit`], [`Member`] and [`Division`] serialize as
//!   structs of their accessors.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
// Const fns cannot call `TryFrom`; each narrowing cast in them is of a value
// bounded by a compile-time assertion (at most 64 units, positions < 64).
#![allow(clippy::cast_possible_truncation)]
// GB/T 2260 codes are identifiers and are written as the standard prints
// them (410000, not 410_000).
#![allow(clippy::unreadable_literal)]
// The province table is built by a nine-argument `const fn` so that each of
// its 32 rows stays on one line, readable as a table.
#![allow(clippy::too_many_arguments)]
// `classify`'s hot loop is made of four tiny helpers (`matches_at`,
// `bucket`, `occurs_at`, `utf8_width`) that the optimizer left out of line;
// forcing them inline took it from about 60 to 40 ns per focus text
// (benches/queries.rs).
#![allow(clippy::inline_always)]

mod data;
mod division;
mod error;
mod index;
mod labels;
pub mod pilots;
mod province;
#[cfg(feature = "serde")]
mod serde_impls;
mod text;
mod text_index;
mod theme;
mod unit;

pub use division::{AdminLevel, Division, DivisionCode, ParseDivisionCodeError};
pub use error::{ParseEnumError, ParseProvinceError};
pub use index::Units;
pub use pilots::Search;
pub use province::{EconomicRegion, Province, ProvinceKind};
pub use theme::{FocusTheme, ThemeCategory, ThemeSet, ThemeSetIter};
pub use unit::{Member, MemberKind, PilotUnit};

/// The document number (文号) of the source notice.
///
/// # Example
/// ```
/// assert_eq!(cn_edu_pilots::SOURCE_NUMBER, "教技函〔2012〕70号");
/// ```
pub const SOURCE_NUMBER: &str = "教技函〔2012〕70号";

/// The title of the source notice: "Notice on publishing the list of the
/// first batch of education-informatization pilot units".
///
/// # Example
/// ```
/// assert!(cn_edu_pilots::SOURCE_TITLE.contains("第一批教育信息化试点单位名单"));
/// ```
pub const SOURCE_TITLE: &str = "关于公布第一批教育信息化试点单位名单的通知";

/// The issuer of the source notice: the Ministry of Education of the
/// People's Republic of China (中华人民共和国教育部), 2012.
///
/// # Example
/// ```
/// assert_eq!(cn_edu_pilots::SOURCE_ISSUER, "中华人民共和国教育部");
/// ```
pub const SOURCE_ISSUER: &str = "中华人民共和国教育部";

// The README's Rust examples run as doctests, so README and crate agree.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<PilotUnit>();
        assert_send_sync::<Member>();
        assert_send_sync::<MemberKind>();
        assert_send_sync::<Province>();
        assert_send_sync::<ProvinceKind>();
        assert_send_sync::<EconomicRegion>();
        assert_send_sync::<FocusTheme>();
        assert_send_sync::<ThemeCategory>();
        assert_send_sync::<ThemeSet>();
        assert_send_sync::<ThemeSetIter>();
        assert_send_sync::<Units>();
        assert_send_sync::<pilots::Search>();
        assert_send_sync::<Division>();
        assert_send_sync::<DivisionCode>();
        assert_send_sync::<AdminLevel>();
        assert_send_sync::<ParseProvinceError>();
        assert_send_sync::<ParseEnumError>();
        assert_send_sync::<ParseDivisionCodeError>();
    }
}
