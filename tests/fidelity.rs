//! The table against its source: `data/notice-2012-70.txt` is the notice
//! verbatim, `data/pilot-list.txt` the annex's list copied from it, and the
//! crate must rebuild the list byte for byte.

use cn_edu_pilots::{DivisionCode, Province, SOURCE_NUMBER, SOURCE_TITLE, pilots};

const PILOT_LIST: &str = include_str!("../data/pilot-list.txt");
const NOTICE: &str = include_str!("../data/notice-2012-70.txt");

/// The column headings of the annex's table, as printed.
const HEADER: &str = "单位名称\n试点工作重点内容\n";

#[test]
fn the_table_rebuilds_the_published_list_byte_for_byte() {
    let mut rebuilt = String::from(HEADER);
    for unit in pilots::all() {
        rebuilt.push_str(unit.name());
        rebuilt.push('\n');
        rebuilt.push_str(unit.focus());
        rebuilt.push('\n');
    }
    if rebuilt != PILOT_LIST {
        for (i, (got, want)) in rebuilt.lines().zip(PILOT_LIST.lines()).enumerate() {
            assert_eq!(got, want, "line {} of data/pilot-list.txt", i + 1);
        }
    }
    assert_eq!(rebuilt, PILOT_LIST);
}

#[test]
fn the_list_has_56_entries_and_63_organisations() {
    assert_eq!(pilots::all().len(), 56);
    let members: usize = pilots::all().iter().map(|u| u.members().len()).sum();
    assert_eq!(members, 63);
    let joint: Vec<(u8, usize)> = pilots::all()
        .iter()
        .filter(|u| u.is_joint())
        .map(|u| (u.id(), u.members().len()))
        .collect();
    assert_eq!(joint, [(27, 2), (28, 5), (33, 3)]);
}

#[test]
fn ids_are_positions_in_the_notice() {
    for (i, unit) in pilots::all().iter().enumerate() {
        assert_eq!(usize::from(unit.id()), i + 1);
        assert_eq!(pilots::get(unit.id()), Some(unit));
    }
}

#[test]
fn joint_entries_are_their_members_joined_by_the_published_separator() {
    for unit in pilots::all() {
        assert!(!unit.members().is_empty(), "unit {}: no member", unit.id());
        let names: Vec<&str> = unit.members().iter().map(|m| m.name()).collect();
        let joined_by = |sep: &str| names.join(sep) == unit.name();
        assert!(
            joined_by("、") || joined_by("，"),
            "unit {}: the members' names joined are not the entry's name",
            unit.id()
        );
    }
}

#[test]
fn members_are_in_the_province_their_names_and_divisions_say() {
    for unit in pilots::all() {
        for (m, member) in unit.members().iter().enumerate() {
            let m = m + 1;
            for province in Province::ALL {
                if member.name().starts_with(province.name_zh()) {
                    assert_eq!(
                        member.province(),
                        province,
                        "unit {}: member {m}'s province differs from its name",
                        unit.id()
                    );
                }
            }
            if let Some(division) = member.division() {
                assert_eq!(
                    division.province(),
                    member.province(),
                    "unit {}: member {m}'s province differs from its division's",
                    unit.id()
                );
                assert_eq!(
                    DivisionCode::try_from(division.code().get()),
                    Ok(division.code()),
                    "unit {}: member {m}'s division code is not valid",
                    unit.id()
                );
            }
        }
    }
}

#[test]
fn the_data_file_is_a_verbatim_part_of_the_notice() {
    assert!(
        NOTICE.contains(PILOT_LIST.trim_end_matches('\n')),
        "data/pilot-list.txt is not a verbatim excerpt of the notice"
    );
    assert!(
        NOTICE.trim_end().ends_with(PILOT_LIST.trim_end()),
        "the list ends the notice"
    );
}

#[test]
fn provenance_constants_are_those_of_the_notice() {
    let mut lines = NOTICE.lines();
    assert_eq!(lines.next(), Some(SOURCE_TITLE));
    assert!(lines.next().unwrap().starts_with(SOURCE_NUMBER));
}
