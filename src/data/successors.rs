//! Divisions of the pilot members that the Ministry of Civil Affairs list of
//! April 2019 shows renamed, recoded or merged since the 2012 edition: the
//! 2012 code, then the division it became. `tests/divisions.rs` checks every
//! row against both editions.

use crate::division::{Division, DivisionCode};

#[rustfmt::skip]
#[allow(clippy::unreadable_literal, reason = "division codes are identifiers, written as GB/T 2260 prints them")]
pub(crate) static SUCCESSORS: [(DivisionCode, Division); 6] = [
    (DivisionCode::from_table(331021), Division::new(331083, "玉环市")), // 玉环县 → 玉环市 (2017)
    (DivisionCode::from_table(520114), Division::new(520111, "花溪区")), // 小河区 merged into 花溪区 (2012-11)
    (DivisionCode::from_table(530522), Division::new(530581, "腾冲市")), // 腾冲县 → 腾冲市 (2015)
    (DivisionCode::from_table(542100), Division::new(540300, "昌都市")), // 昌都地区 → 昌都市 (2014)
    (DivisionCode::from_table(610821), Division::new(610881, "神木市")), // 神木县 → 神木市 (2017)
    (DivisionCode::from_table(652200), Division::new(650500, "哈密市")), // 哈密地区 → 哈密市 (2016)
];
