//! The treatment rules and the panels' rows on a hand table: each
//! expected value read from the notice (which entry a member belongs to)
//! and the year-end lists (which division a code was in a year), not from
//! the crate.
#![cfg(feature = "panel")]

use cn_edu_pilots::panel::{self, Cell, Column, ProvinceMembers, Row, Rules};
use cn_edu_pilots::{AdminLevel, DivisionCode};

fn row(code: u32, year: u16, rules: Rules) -> Row {
    Row::new(DivisionCode::try_from(code).unwrap(), year, rules).unwrap()
}

fn include() -> Rules {
    Rules::DEFAULT.with_province_members(ProvinceMembers::Include)
}

fn text(column: Column, row: &Row) -> String {
    column.cell(row).to_string()
}

/// Henan codes outside 郑州市 and 焦作市 are in entry 28's area only
/// through 河南省电教馆 (member 28a): not treated by default, treated
/// when province-level members are included.
#[test]
fn henan_outside_zhengzhou_and_jiaozuo_is_treated_only_when_asked() {
    for (code, year, name) in [
        (410225, 2014, "兰考县"),
        (411502, 2024, "浉河区"),
        (419001, 2020, "济源市"),
    ] {
        let default = row(code, year, Rules::DEFAULT);
        assert_eq!(text(Column::Name, &default), name);
        assert!(!default.treated(), "{name}");
        assert!(!default.treated_wholly(), "{name}");
        assert!(default.via_province_member(), "{name}");
        assert_eq!(default.first_treat(), None, "{name}");
        assert_eq!(Column::FirstTreat.cell(&default), Cell::Int(0), "{name}");
        // The pilot and member columns keep the coverage either way.
        assert_eq!(text(Column::PilotIds, &default), "28", "{name}");
        assert_eq!(text(Column::ViaMembers, &default), "28a", "{name}");

        let included = row(code, year, include());
        assert!(included.treated() && included.treated_wholly(), "{name}");
        assert_eq!(included.first_treat(), Some(2013), "{name}");
    }
}

/// 金水区 is in 郑州市 (28b), 博爱县 in 焦作市 (28e): treated either way.
#[test]
fn zhengzhou_and_jiaozuo_are_treated_either_way() {
    for (code, member) in [(410105, "28a;28b"), (410822, "28a;28e")] {
        for rules in [Rules::DEFAULT, include()] {
            let r = row(code, 2014, rules);
            assert!(r.treated() && r.treated_wholly(), "{code}");
            assert!(!r.via_province_member(), "{code}");
            assert_eq!(text(Column::ViaMembers, &r), member);
        }
    }
}

/// 伊州区 (650502, from 2016) is the former county-level 哈密市, the seat
/// of 哈密地区, whose education bureau is entry 28's third member.
#[test]
fn yizhou_is_treated_through_hami() {
    let r = row(650502, 2017, Rules::DEFAULT);
    assert_eq!(text(Column::Name, &r), "伊州区");
    assert!(r.treated());
    assert!(text(Column::ViaMembers, &r).split(';').any(|m| m == "28c"));
    assert_eq!(text(Column::PilotIds, &r), "28");
}

/// The prefecture panel has the four municipalities as prefecture-level
/// cities, flagged, in every year.
#[test]
fn the_prefecture_panel_has_the_municipalities() {
    let municipal: Vec<Row> = panel::rows(AdminLevel::Prefectural, Rules::DEFAULT)
        .filter(|r| Column::Municipality.cell(r) == Cell::Int(1))
        .collect();
    assert_eq!(municipal.len(), 4 * 25);
    for code in [110000, 120000, 310000, 500000] {
        let years: Vec<u16> = municipal
            .iter()
            .filter(|r| r.code().code().get() == code)
            .map(Row::year)
            .collect();
        assert_eq!(years, (2000..=2024).collect::<Vec<_>>(), "{code}");
    }
    let at = |code: u32| {
        *municipal
            .iter()
            .find(|r| r.code().code().get() == code && r.year() == 2014)
            .unwrap()
    };
    // 北京: 东城区 (entry 1) and 海淀区 (entry 2) hold parts of it.
    let beijing = at(110000);
    assert_eq!(text(Column::PilotIdsPartly, &beijing), "1;2");
    assert_eq!(text(Column::PilotIdsWholly, &beijing), "");
    assert!(beijing.treated() && !beijing.treated_wholly());
    // 重庆: 大足区 (35) and 沙坪坝区 (36).
    let chongqing = at(500000);
    assert_eq!(text(Column::PilotIdsPartly, &chongqing), "35;36");
    // Its share of treated county-level units is of all of them.
    let counties = chongqing.counties().unwrap();
    assert_eq!(counties.treated(), 2);
    assert!(counties.total() > 30);
    // No other province-level code is in the prefecture panel.
    assert!(
        panel::rows(AdminLevel::Prefectural, Rules::DEFAULT)
            .filter(|r| r.code().level() == AdminLevel::Provincial)
            .all(|r| Column::Municipality.cell(&r) == Cell::Int(1))
    );
}

/// Units first listed in or after the first year of treatment have no
/// pre-treatment year; 铁门关市 (listed from 2012) has one under the
/// default; units of one year have one row.
#[test]
fn units_without_a_pre_period_are_flagged() {
    for (code, first, name) in [
        (150603, 2016, "康巴什区"),
        (320213, 2015, "梁溪区"),
        (320214, 2015, "新吴区"),
        (440309, 2016, "龙华区"),
        (440310, 2016, "坪山区"),
        (440311, 2018, "光明区"),
        (340209, 2020, "弋江区"),
        (410308, 2021, "孟津区"),
    ] {
        let r = row(code, 2024, include());
        assert_eq!(text(Column::Name, &r), name);
        assert_eq!(r.unit_years(), (first, 2024), "{name}");
        assert!(!r.has_pre_period(), "{name}");
        assert!(r.treated(), "{name} is treated from its first row");
    }
    let tiemenguan = row(659006, 2013, Rules::DEFAULT);
    assert_eq!(tiemenguan.unit_years().0, 2012);
    assert!(tiemenguan.has_pre_period());
    let notice_year = Rules::DEFAULT.with_treat_year(2012).unwrap();
    assert!(!row(659006, 2013, notice_year).has_pre_period());
}
