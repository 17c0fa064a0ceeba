//! Division codes of any year 2012–2024 against the pilots' 2012 areas, by
//! an oracle built from the year-end lists and change files alone.

mod common;

use common::areacodes::{History, Relation, relation};

#[test]
#[ignore = "needs ../shared/data"]
fn the_oracle_reads_the_cases_of_the_issue() {
    let history = History::load();
    let area = |code: u32| history.atoms(code, 2011);
    let rel = |code: u32, year: u16, pilot: u32| relation(&history.atoms(code, year), &area(pilot));
    use Relation::{Partly, Wholly};
    assert_eq!(rel(630106, 2020, 630122), Some(Wholly)); // 湟中区, 湟中县
    assert_eq!(rel(654203, 2022, 654223), Some(Wholly)); // 沙湾市, 沙湾县
    assert_eq!(rel(330105, 2020, 330105), Some(Wholly)); // 拱墅区
    assert_eq!(rel(330105, 2021, 330105), Some(Partly)); // with 下城区
    assert_eq!(rel(330103, 2020, 330105), None); // 下城区
    assert_eq!(rel(510185, 2017, 510100), None); // 简阳市 under 成都市
    assert_eq!(rel(220184, 2021, 220100), None); // 公主岭市 under 长春市
    assert_eq!(rel(130702, 2017, 130702), Some(Partly)); // 桥东区 with part of 宣化县
    assert_eq!(rel(120113, 2021, 120113), Some(Partly)); // 北辰区 with 双环邨街道
    assert_eq!(rel(540302, 2015, 542100), Some(Wholly)); // 卡若区 in 昌都地区
    assert_eq!(rel(650502, 2017, 652200), Some(Wholly)); // 伊州区 in 哈密地区
    assert_eq!(rel(620102, 2023, 620102), Some(Partly)); // 兰州 城关区 with part of 皋兰县
    assert_eq!(rel(520111, 2013, 520114), Some(Partly)); // 花溪区 with 小河区
}
