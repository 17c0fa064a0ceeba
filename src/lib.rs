//! The first batch of China's regional education-informatization pilot units
//! (第一批教育信息化试点单位, 区域信息化试点单位), as published by the Ministry
//! of Education in 教技函〔2012〕70号, compiled into typed, queryable data.
//!
//! # Example
//! ```
//! use cn_edu_pilots::{EconomicRegion, FocusTheme, Province, pilots};
//!
//! let henan: Province = "豫".parse()?;
//! let unit = pilots::by_province(henan).iter().next().unwrap();
//! assert_eq!(unit.name(), "河南省电教馆、郑州市教育局、新疆维吾尔自治区哈密地区教育局、郑州大学、焦作市教育局");
//! assert_eq!(unit.members().len(), 5);
//! assert!(unit.themes().contains(FocusTheme::ResourceSharing));
//!
//! // Answers compose: western pilots on teacher development.
//! let west = pilots::by_region(EconomicRegion::Western);
//! let ids: Vec<u8> = (west & pilots::by_theme(FocusTheme::TeacherDevelopment)).iter().map(|u| u.id()).collect();
//! assert_eq!(ids, [40]);
//!
//! // Is a school in 太原市小店区 (140105) inside a pilot region?
//! let ids: Vec<u8> = pilots::covering("140105".parse()?).iter().map(|u| u.id()).collect();
//! assert_eq!(ids, [7]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What is in it
//! - [`pilots`]: the 56 entries in the notice's order ([`PilotUnit`], with
//!   its name and focus of work as published and in English, its
//!   [`Member`]s and [`FocusTheme`]s), and queries by province, region,
//!   theme, member kind, division code and text; each answers a [`Units`]
//!   set that composes with `&`, `|` and `-`. [`pilots::all`] is
//!   [`Units::ALL`]; a type's `ALL` is every value of it.
//! - [`Province`] (every form real data writes: 河南, 豫, Henan, 410000,
//!   CN-HA, ＣＮ－ＨＡ), [`FocusTheme`] with a keyword heuristic for other
//!   texts, [`DivisionCode`] and [`Division`] (each member's division of
//!   2012 and its [`history`](Division::history) to 2024).
//! - [`codes`]: every code of the year-end lists 2000–2024 ([`ListedCode`]),
//!   what it became and came from, a code or year as data files write them
//!   ([`DivisionCode::from_field`], [`codes::read_year`]), and the codes a
//!   division's name denotes in a year (`codes::named`, feature `names`:
//!   楚雄州, 锡林郭勒, 昌都地区), ambiguities shown, never resolved by a
//!   guess.
//! - [`pilots::covering_in`]: the pilots whose 2012 areas hold a code of
//!   any year wholly or partly, and through which members ([`Coverage`]).
//! - `panel` (feature `panel`): the treatment rules (`panel::Rules`) and
//!   every column of the repository's panels, defined once for every
//!   writer.
//! - Provenance: [`SOURCE_NUMBER`], [`SOURCE_TITLE`], [`SOURCE_ISSUER`],
//!   [`CODES_EDITION`], [`CODES_COMMIT`]. Every parse and lookup fails with
//!   the one [`Error`], whose [`ErrorKind`] says why and whose message
//!   quotes the input.
//!
//! # Joining with other data
//! Data keyed by division code uses the codes of its own year, and codes
//! change. [`pilots::covering_in`] reads a code in the year-end list of a
//! given year (of the Ministry of Civil Affairs, as compiled by the CC0
//! project yescallop/areacodes, [`CODES_EDITION`]); a code that list lacks
//! is read in its last listed year before it ([`Reading::Retired`]) or its
//! first after ([`Reading::NotYetListed`]), and the answer says so. Without
//! a year, [`pilots::covering`] answers by the code's digits. The
//! repository's `docs/joining.md` is the guide, and its `data/panels/`
//! hold ready county-, prefecture- and province-year panels
//! (`data/CODEBOOK.md`).
//!
//! ```
//! use cn_edu_pilots::{DivisionCode, Reading, pilots};
//!
//! let ids = |u: cn_edu_pilots::Units| u.iter().map(|u| u.id()).collect::<Vec<u8>>();
//! // 拱墅区 (330105) took in 下城区 in 2021: from then on partly a pilot's.
//! let gongshu: DivisionCode = "330105".parse()?;
//! assert_eq!(ids(pilots::covering_in(gongshu, 2020)?.wholly()), [20]);
//! assert_eq!(ids(pilots::covering_in(gongshu, 2021)?.partly()), [20]);
//! // 湟中县 became 湟中区 (630106) in 2019: in 2020 read as it was in 2018.
//! let huangzhong = pilots::covering_in("630122".parse()?, 2020)?;
//! assert_eq!(huangzhong.reading(), Reading::Retired { read_in: 2018 });
//! assert_eq!(ids(huangzhong.wholly()), [50]);
//! // Never a code.
//! assert!(pilots::covering_in("630199".parse()?, 2020).is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Scope
//! Only the regional part of the list (区域信息化试点单位) is included.
//! Names are as of 2012 (昌都地区, 神木县); code lists after 2024 are not
//! known. The themes and the English renderings are this crate's work, not
//! the Ministry's.
//!
//! # `no_std` and features
//! The crate is `#![no_std]` and needs only `core`, not even `alloc`; its
//! errors implement [`core::error::Error`]. It has no dependency but
//! `serde`, and that only with the feature of its name.
//!
//! | feature | default | adds |
//! |---|---|---|
//! | `names` | yes | `codes::named` and `codes::crosswalk`: codes by a division's name |
//! | `panel` | no | the module `panel` (and `names`) |
//! | `serde` | no | `Serialize` and `Deserialize` |
//!
//! Each costs a dependent's build only when it is on; the repository's
//! `docs/performance.md` measures what the crate and each feature cost.
//!
//! `serde` serializes the data and deserializes the enums,
//! [`DivisionCode`] and [`ThemeSet`]. Each type is written in one canonical
//! form, its variant name (`"Henan"`) for an enum, and read from every form
//! its `FromStr` accepts (and a [`Province`] from its integer code where
//! the format says what it holds); a [`DivisionCode`] is a six-digit string
//! in human-readable formats and an integer in binary ones; a [`Coverage`]
//! is `{"wholly": [], "partly": [20], "members": [{"name":
//! "浙江省杭州市拱墅区教育局", "extent": "Partly"}], "reading": "Listed",
//! "year_read": 2021}`. Every struct and sequence declares its length, so
//! formats that write lengths up front (CBOR) read back what they wrote;
//! the tests check each impl against `serde_test` tokens and the whole
//! dataset through JSON, postcard, bincode, CBOR and `MessagePack`.
#![cfg_attr(not(test), no_std)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]

pub mod codes;
mod coverage;
mod data;
mod division;
mod error;
mod labels;
#[cfg(feature = "names")]
mod names;
#[cfg(feature = "panel")]
#[cfg_attr(docsrs, doc(cfg(feature = "panel")))]
pub mod panel;
pub mod pilots;
mod province;
#[cfg(feature = "serde")]
mod serde;
mod set;
mod theme;
mod unit;
mod units;

// The types of the name lookup stay in `codes` (`codes::Within`, …), where
// their names read with their module's.
pub use codes::{
    CodeChange, CodeChanges, Extent, ListedCode, ListedCodes, ListedSpans, ListedYears,
};
pub use coverage::{Coverage, CoveringMembers, Reading};
pub use division::{AdminLevel, ChangeKind, Division, DivisionChange, DivisionCode};
pub use error::{Error, ErrorKind};
pub use province::{EconomicRegion, Province, ProvinceKind};
pub use theme::{FocusTheme, ThemeCategory, ThemeSet, ThemeSetIter};
pub use unit::{Member, MemberId, MemberKind, PilotUnit};
pub use units::{Units, UnitsIter};

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

/// The edition of the division-code lists compiled in: the Ministry of
/// Civil Affairs lists at the end of each year 2000 to 2024, with their
/// changes, as compiled by the CC0 project yescallop/areacodes.
///
/// # Example
/// ```
/// assert!(cn_edu_pilots::CODES_EDITION.contains("2000–2024"));
/// ```
pub const CODES_EDITION: &str =
    "民政部县级以上行政区划代码, year-end lists 2000–2024 (yescallop/areacodes, CC0)";

/// The commit of yescallop/areacodes whose year-end lists and change files
/// the division tables are generated from ([`CODES_EDITION`]); the
/// repository keeps those files in `data/areacodes/`.
///
/// # Example
/// ```
/// let commit = cn_edu_pilots::CODES_COMMIT;
/// assert_eq!(commit.len(), 40);
/// println!("https://github.com/yescallop/areacodes/tree/{commit}");
/// ```
pub const CODES_COMMIT: &str = "eed219a0678d36bacaa717f62443b10e869f0291";

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

// So do the examples of the guide to joining, which show the answers for
// the hand-reviewed cases.
#[cfg(doctest)]
#[doc = include_str!("../docs/joining.md")]
struct JoiningDoctests;
