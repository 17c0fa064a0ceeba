//! `src/data/coverage.rs`: which units' 2012 areas hold each code, for
//! `pilots::covering_in` (by the lists of each year) and `pilots::covering`
//! (by the digits of a member's 2012 division and its successor).

use std::collections::BTreeSet;

use std::fmt::Write as _;

use crate::areacodes::{EARLIEST_YEAR, FIRST_YEAR, History, LAST_YEAR, Relation, relation};
use crate::history::Changed;
use crate::institutional::{INSTITUTIONAL, Land, RuleArea};
use crate::units::Member;

/// One run of years in which `code`'s area lies inside the 2012 area of a
/// unit's member, wholly or partly.
struct Run {
    code: u32,
    from: u16,
    to: u16,
    unit: u8,
    /// The member's place among the unit's, from 1.
    member: u8,
    partly: bool,
}

/// The member of an institutional rule's unit: its only one.
fn institutional_member(members: &[Member], unit: u8) -> u8 {
    let members = members.iter().filter(|m| m.unit == unit).count();
    assert_eq!(
        members, 1,
        "an institutional rule names a unit of one member"
    );
    1
}

/// For every code of every year's list, each member whose 2012 area below
/// province level holds it wholly or partly, in runs of years; sorted by
/// code, first year, unit and member. The unit of an institutional rule
/// ([`INSTITUTIONAL`]) has as area the rule code's territory over all its
/// years ([`RuleArea`]), against which each code's land of the year is read
/// the same way.
fn runs(history: &History, members: &[Member]) -> Vec<Run> {
    let areas: Vec<(u8, u8, BTreeSet<u32>)> = crate::territorial_members(members)
        .into_iter()
        .filter(|&(_, _, code)| code % 10_000 != 0)
        .map(|(unit, member, code)| (unit, member, history.atoms(code, FIRST_YEAR)))
        .collect();
    let rules: Vec<(u8, u8, RuleArea, BTreeSet<Land>)> = INSTITUTIONAL
        .iter()
        .map(|&(rule, unit)| {
            let land = RuleArea::load(history, rule);
            let area = land.area();
            (unit, institutional_member(members, unit), land, area)
        })
        .collect();
    // (code, unit, member, partly, year), each year of each code once per
    // member.
    let mut held = Vec::new();
    for year in EARLIEST_YEAR..=LAST_YEAR {
        for &code in history.tables[&year].keys() {
            let atoms = history.atoms(code, year);
            let relations = areas
                .iter()
                .map(|(unit, member, area)| (*unit, *member, relation(&atoms, area)));
            let by_rule = rules.iter().map(|(unit, member, land, area)| {
                (
                    *unit,
                    *member,
                    relation(&land.land(history, code, year), area),
                )
            });
            for (unit, member, relation) in relations.chain(by_rule) {
                match relation {
                    Some(Relation::Wholly) => held.push((code, unit, member, false, year)),
                    Some(Relation::Partly) => held.push((code, unit, member, true, year)),
                    None => {}
                }
            }
        }
    }
    held.sort_unstable();
    let mut runs: Vec<Run> = Vec::new();
    for (code, unit, member, partly, year) in held {
        match runs.last_mut() {
            Some(run)
                if (run.code, run.unit, run.member, run.partly) == (code, unit, member, partly)
                    && run.to + 1 == year =>
            {
                run.to = year;
            }
            _ => runs.push(Run {
                code,
                from: year,
                to: year,
                unit,
                member,
                partly,
            }),
        }
    }
    runs.sort_by_key(|run| (run.code, run.from, run.unit, run.member, run.partly));
    runs
}

/// The codes of the areas `pilots::covering` reads, each with the units one
/// of whose territorial members' areas contains it: every member's 2012
/// division and the division it became by 2024, and the codes of the
/// institutional rule ([`INSTITUTIONAL`]) as areas of their units,
/// contained by the digits (a province `XX0000` holds the codes `XX....`,
/// a prefecture `XXYY00` those `XXYY..`, a county itself).
fn areas(members: &[Member], changes: &[Changed]) -> Vec<(u32, u8)> {
    let later = |code: u32| {
        changes
            .iter()
            .find(|c| c.code == code)
            .and_then(|c| c.events.last())
            .map_or(code, |e| e.code)
    };
    let ranges: Vec<(u8, u32)> = crate::territorial_members(members)
        .into_iter()
        .flat_map(|(unit, _, code)| [(unit, code), (unit, later(code))])
        .chain(INSTITUTIONAL.iter().map(|&(code, unit)| (unit, code)))
        .collect();
    // By the digits, as the crate's `DivisionCode::contains` reads them.
    let contains = |area: u32, code: u32| {
        if area % 10_000 == 0 {
            area / 10_000 == code / 10_000
        } else if area % 100 == 0 {
            area / 100 == code / 100
        } else {
            area == code
        }
    };
    let keys: BTreeSet<u32> = ranges.iter().map(|&(_, code)| code).collect();
    let mut rows: BTreeSet<(u32, u8)> = BTreeSet::new();
    for key in keys {
        for &(unit, area) in &ranges {
            if contains(area, key) {
                rows.insert((key, unit));
            }
        }
    }
    rows.into_iter().collect()
}

/// The name of `code` in the latest list that has it.
fn name(history: &History, code: u32) -> &str {
    (FIRST_YEAR..=LAST_YEAR)
        .rev()
        .find_map(|year| history.tables[&year].get(&code))
        .map_or("", String::as_str)
}

/// What follows a row's name where the institutional rule gives it: the
/// rule's own code, or a code that holds some of its land.
fn mark(code: u32, unit: u8) -> String {
    match INSTITUTIONAL.iter().find(|rule| rule.1 == unit) {
        Some(&(rule, _)) if rule == code => " (institutional: 师市合一)".to_owned(),
        // A unit of a rule has no area but the rule's (`institutional_member`).
        Some(&(rule, _)) => format!(" (institutional: land of {rule})"),
        None => String::new(),
    }
}

/// The text of `src/data/coverage.rs`, under `header`.
pub(crate) fn table(
    header: &str,
    history: &History,
    members: &[Member],
    changes: &[Changed],
) -> String {
    let mut out = header.to_owned();
    out.push_str(
        "//! Which units' 2012 areas hold each division code: by the year-end lists\n\
         //! of 2000 to 2024 for `pilots::covering_in`, by the digits for\n\
         //! `pilots::covering`. A unit is its id, the entry's number in the notice.\n\n\
         /// A member's area holds all of a code's ([`COVERAGE`]).\n\
         const WHOLLY: bool = false;\n\
         /// A member's area holds part of a code's, not all ([`COVERAGE`]).\n\
         const PARTLY: bool = true;\n\n",
    );
    let allow = "#[allow(clippy::unreadable_literal, reason = \"division codes are identifiers, written as GB/T 2260 prints them\")]";
    let runs = runs(history, members);
    out.push_str(
        "/// For each code of the lists whose area meets a member's 2012 area below\n\
         /// province level, the years from and to which it does, the unit, the\n\
         /// member (its place among the unit's, from 1), and whether the member's\n\
         /// area holds it only partly ([`WHOLLY`], [`PARTLY`]); by code, first\n\
         /// year, unit and member. A name is the code's in the last year of its\n\
         /// row. A row marked institutional reads its unit's area as the territory\n\
         /// of the rule's code over all its years (`tools/gen/src/institutional.rs`).\n\
         /// A `const`: `pilots.rs` keeps each row in 8 bytes.\n",
    );
    let _ = writeln!(out, "#[rustfmt::skip]\n{allow}");
    let _ = writeln!(
        out,
        "pub(crate) const COVERAGE: [(u32, u16, u16, u8, u8, bool); {}] = [",
        runs.len()
    );
    for run in &runs {
        let extent = if run.partly { "PARTLY" } else { "WHOLLY" };
        let _ = writeln!(
            out,
            "    ({}, {}, {}, {}, {}, {extent}), // {}{}",
            run.code,
            run.from,
            run.to,
            run.unit,
            run.member,
            history.tables[&run.to][&run.code],
            mark(run.code, run.unit)
        );
    }
    out.push_str("];\n\n");
    let areas = areas(members, changes);
    out.push_str(
        "/// Every territorial member's 2012 division code and the code of what it\n\
         /// became by 2024, and the codes of the institutional rule, each with the\n\
         /// units one of whose areas contains it; by code and unit.\n",
    );
    let _ = writeln!(out, "#[rustfmt::skip]\n{allow}");
    let _ = writeln!(
        out,
        "pub(crate) static AREAS: [(u32, u8); {}] = [",
        areas.len()
    );
    for (code, unit) in &areas {
        let _ = writeln!(
            out,
            "    ({code}, {unit}), // {}{}",
            name(history, *code),
            mark(*code, *unit)
        );
    }
    out.push_str("];\n\n");
    out.push_str(
        "/// The codes of the institutional rule (`tools/gen/src/institutional.rs`),\n\
         /// each with the unit whose area it is: for `pilots::within`, which reads\n\
         /// members' divisions, and entry 55's member has none.\n",
    );
    let _ = writeln!(out, "#[rustfmt::skip]\n{allow}");
    let _ = writeln!(
        out,
        "pub(crate) static INSTITUTIONAL: [(u32, u8); {}] = [",
        INSTITUTIONAL.len()
    );
    for &(code, unit) in INSTITUTIONAL {
        let _ = writeln!(
            out,
            "    ({code}, {unit}), // {}{}",
            name(history, code),
            mark(code, unit)
        );
    }
    out.push_str("];\n\n");
    let provinces: Vec<(u8, u8, u32)> = crate::territorial_members(members)
        .into_iter()
        .filter(|&(_, _, code)| code % 10_000 == 0)
        .collect();
    out.push_str(
        "/// The territorial members whose area is a whole province: the province's\n\
         /// code, the unit and the member (its place among the unit's, from 1).\n\
         /// They hold every code of the province, every year.\n",
    );
    let _ = writeln!(out, "#[rustfmt::skip]\n{allow}");
    let _ = writeln!(
        out,
        "pub(crate) static WHOLE_PROVINCES: [(u32, u8, u8); {}] = [",
        provinces.len()
    );
    for (unit, member, code) in &provinces {
        let _ = writeln!(
            out,
            "    ({code}, {unit}, {member}), // {}",
            name(history, *code)
        );
    }
    out.push_str("];\n");
    out
}
