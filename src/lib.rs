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
//! - [`pilots::all`]: the 56 entries of the notice's annex in its order, each
//!   a [`PilotUnit`] with its name and focus of work (试点工作重点内容)
//!   exactly as published and in English, its [`Member`] organisations (63
//!   in all, [`pilots::members`]; three entries are joint), and its
//!   [`FocusTheme`]s.
//! - [`Province`]: the 31 mainland provincial-level divisions and the
//!   Xinjiang Production and Construction Corps, with names, 简称, GB/T 2260
//!   and ISO 3166-2 codes, [`ProvinceKind`] and [`EconomicRegion`], and a
//!   `FromStr` that takes what real data contains (河南, 豫, Henan, 410000,
//!   CN-HA, 廣東, CN-41, Henan Province, ＣＮ－ＨＡ), beside strict
//!   constructors for one form each.
//! - A codebook of the focus texts' themes, [`FocusTheme`] in
//!   [`ThemeCategory`]s, with each unit's themes written in its row and a
//!   keyword heuristic for any other text: [`FocusTheme::classify`] for a
//!   text that may be about anything, [`FocusTheme::classify_education_text`]
//!   for one known to be about education.
//! - Queries in [`pilots`]: by province, region, theme, category, member
//!   kind, division code ([`pilots::covering`], [`pilots::within`]) and text
//!   in Chinese or English ([`pilots::search`]). Each returns [`Units`], a
//!   set that composes with `&`, `|` and `-`, and none allocates.
//! - [`DivisionCode`] and [`Division`]: each member's GB/T 2260 division as
//!   of the 2012 edition, with its [`history`](Division::history) to 2024
//!   ([`DivisionChange`], [`ChangeKind`]), to join the list with data keyed
//!   by the division codes of any year 2000–2024
//!   ([`pilots::covering_in`], [`Coverage`], [`Reading`]).
//! - [`codes`]: every code of the year-end lists 2000–2024
//!   ([`ListedCode`], all of them by [`codes::all`]): its name in each year, level, parent, the years it
//!   is listed ([`ListedYears`]), and where its territory went and came
//!   from ([`CodeChange`]); and [`codes::named`], the codes a division's
//!   name denotes in a year, as yearbooks write it (楚雄州, 锡林郭勒, 北京,
//!   昌都地区), with how each matched ([`NameMatch`]), ambiguities shown,
//!   never resolved by a guess.
//! - The source's provenance: [`SOURCE_NUMBER`], [`SOURCE_TITLE`],
//!   [`SOURCE_ISSUER`], and of the code lists, [`CODES_EDITION`] and
//!   [`CODES_COMMIT`].
//!
//! One rule names "all": every query of [`pilots`] that answers with units
//! returns a [`Units`] set, so [`pilots::all`] is [`Units::ALL`] and
//! [`pilots::get`] gives one unit by its id; [`pilots::members`] is the
//! slice of the 63 members, and [`codes::all`] iterates the listed codes.
//! A type's `ALL` is every value of it: [`Province::ALL`] and
//! [`FocusTheme::ALL`] (arrays), [`Units::ALL`] and [`ThemeSet::ALL`]
//! (sets).
//!
//! # Joining with other data
//! Data keyed by GB/T 2260 division code uses the codes of its own year,
//! and codes change: divisions are renamed, recoded, merged and redrawn.
//! The crate works with two editions. [`Member::division`] is the division
//! as of the 2012-10 edition (National Bureau of Statistics), in force when
//! the notice was issued; the notice's names are checked against it. The
//! year-end lists 2000–2024 of the Ministry of Civil Affairs, with every
//! change and its approving document, as compiled by the CC0 project
//! yescallop/areacodes (edition: year-end 2024, [`CODES_EDITION`]), give
//! [`Division::history`], [`Division::as_of`], [`Division::successor`] (the
//! 2024 division), the lookups of [`codes`] (what a code denoted in a year,
//! the years it is listed, what it became and came from) and
//! [`pilots::covering_in`], which reads a code in the list of a given year
//! and says which pilots' 2012 areas hold its area wholly and which partly,
//! and through which members ([`Coverage::members`]: a Henan county outside
//! 郑州 and 焦作 only through the provincial 河南省电教馆). Codes of
//! 2000–2011 get the pilots whose 2012 areas their area meets. Ready
//! county-, prefecture- and province-year panels built on these answers are
//! in the repository's `data/panels/`, described in its `data/CODEBOOK.md`.
//!
//! A code that is not in the list of the year asked, as data keeping a code
//! after it changed or using one before it existed has, is read in another
//! year's list, and the answer says which ([`Coverage::reading`]): a code
//! listed before that year as in its last listed year before it
//! ([`Reading::Retired`]), a code first listed after it as in its first
//! listed year ([`Reading::NotYetListed`]). A code in no list of 2000–2024,
//! or a year outside them, is an [`Error`] (the crate's one error type,
//! with an [`ErrorKind`]).
//!
//! ```
//! use cn_edu_pilots::{DivisionCode, Reading, pilots};
//!
//! let ids = |u: cn_edu_pilots::Units| u.iter().map(|u| u.id()).collect::<Vec<u8>>();
//! // 330105 is 拱墅区; at the end of 2021 it also holds the former 下城区.
//! let gongshu: DivisionCode = "330105".parse()?;
//! assert_eq!(ids(pilots::covering_in(gongshu, 2020)?.wholly()), [20]);
//! assert_eq!(ids(pilots::covering_in(gongshu, 2021)?.partly()), [20]);
//! // 简阳市 joined 成都市 in 2016: not in the 2012 pilot area.
//! assert!(pilots::covering_in("510185".parse()?, 2017)?.any().is_empty());
//! // 无为县 (巢湖市) in 2010 lies wholly in 芜湖市's 2012 area (entry 22).
//! let wuwei = pilots::covering_in("341422".parse()?, 2010)?;
//! assert_eq!((ids(wuwei.wholly()), wuwei.reading()), (vec![22], Reading::Listed));
//! // 湟中县, 湟中区 630106 from 2019: in 2020 read as it was in 2018.
//! let huangzhong = pilots::covering_in("630122".parse()?, 2020)?;
//! assert_eq!(huangzhong.reading(), Reading::Retired { read_in: 2018 });
//! assert_eq!(ids(huangzhong.wholly()), [50]);
//! // 湟中区 in 2018, before it existed: read as it was in 2019.
//! let early = pilots::covering_in("630106".parse()?, 2018)?;
//! assert_eq!(early.reading(), Reading::NotYetListed { read_in: 2019 });
//! // Never a code.
//! assert!(pilots::covering_in("630199".parse()?, 2020).is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Without a year, [`pilots::covering`] answers by the code's digits
//! against each member's 2012 division and its 2024 successor, for "is this
//! place, by a code of 2012 or of today, inside a pilot region?".
//! Territorial members (education bureaus, governments, public centres)
//! cover the area of their division; universities and companies cover
//! nothing.
//!
//! ```
//! use cn_edu_pilots::{DivisionCode, pilots};
//!
//! let nanshan: DivisionCode = "440305".parse()?;
//! let names: Vec<&str> = pilots::covering(nanshan).iter().map(|u| u.name()).collect();
//! assert_eq!(names, ["广东省深圳市南山区教育局", "广东省深圳市教育局"]);
//! # Ok::<(), cn_edu_pilots::Error>(())
//! ```
//!
//! # Scope
//! Only the regional part of the list (区域信息化试点单位) is included; the
//! notice's other pilot categories are not. Names are as of 2012: a member
//! keeps the name it was published under (昌都地区, 神木县), and
//! [`Division::successor`] tells what its division became by the end of
//! 2024; code lists published after that are not known. The themes and
//! the English renderings of the focus texts are this crate's work, not the
//! Ministry's.
//!
//! # `no_std`
//! The crate is `#![no_std]` and needs only `core`, not even `alloc`: the
//! data, the queries, the parsers and their errors work on any target. The
//! errors implement [`core::error::Error`], which is `std::error::Error`
//! where the standard library is there, so nothing needs a `std` feature.
//!
//! # Crate features
//! - `serde` (default): `Serialize` for the data ([`PilotUnit`], [`Member`],
//!   [`Division`], [`DivisionChange`], [`Coverage`], [`DivisionCode`],
//!   [`ThemeSet`] and the enums that classify them), `Deserialize` for those
//!   enums and for [`DivisionCode`] and [`ThemeSet`]; not for [`Units`], the
//!   iterators, the [`codes`] lookups or the errors.
//!   Enums are written as their variant name ([`Province::as_str`]:
//!   `"Henan"`, `"CloudComputing"`) and read from every form their
//!   `FromStr` accepts; a [`Province`] is also read from its integer code
//!   (`440000`) where the format says what it holds (JSON, not postcard). A
//!   [`DivisionCode`] is written as its six-digit string in human-readable
//!   formats and as an integer in binary ones, and read from either; a
//!   [`ThemeSet`] is a sequence of themes. [`PilotUnit`], [`Member`],
//!   [`Division`] (with its successor and history) and [`DivisionChange`]
//!   are written as structs of their accessors, a change's division without
//!   a successor or history of its own (a struct named
//!   `DivisionAfterChange`); a [`Coverage`] as `{"wholly": [], "partly":
//!   [20], "members": [{"name": "浙江省杭州市拱墅区教育局", "extent":
//!   "Partly"}], "reading": "Listed", "year_read": 2021}` (拱墅区 330105 in
//!   2021; the members as
//!   [`Coverage::members`] gives them, by their Chinese names; the reading
//!   `Listed`, `Retired` or `NotYetListed`, as [`Reading`] says).
//!   Every struct and sequence declares the length it writes, so formats that write lengths up front
//!   (such as CBOR) read back what they wrote, as JSON, postcard and bincode
//!   do; the tests check each impl against `serde_test` tokens and the
//!   whole dataset through five formats, CBOR among them.
#![cfg_attr(not(test), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]

pub mod codes;
mod coverage;
mod data;
mod division;
mod error;
mod labels;
mod names;
pub mod panel;
pub mod pilots;
mod province;
#[cfg(feature = "serde")]
mod serde;
mod set;
mod theme;
mod unit;
mod units;

pub use codes::{
    CodeChange, CodeChanges, Extent, ListedCode, ListedCodes, ListedSpans, ListedYears, NameForm,
    NameLookup, NameMatch, NameMatches, Within,
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
