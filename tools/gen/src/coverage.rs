//! `src/data/coverage.rs`: which units' 2012 areas hold each code, for
//! `pilots::covering_in` (by the lists of each year) and `pilots::covering`
//! (by the digits of a member's 2012 division and its successor).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::areacodes::{EARLIEST_YEAR, FIRST_YEAR, History, LAST_YEAR, Relation, relation};
use crate::history::Changed;
use crate::institutional::INSTITUTIONAL;

/// One run of years in which `code`'s area lies inside a unit's 2012 area,
/// wholly or partly.
struct Run {
    code: u32,
    from: u16,
    to: u16,
    unit: u8,
    partly: bool,
}

/// For every code of every year's list, each unit whose members' 2012
/// areas below province level hold it wholly or partly, in runs of years;
/// sorted by code, first year and unit. A code of the institutional rule
/// ([`INSTITUTIONAL`]) lies wholly in its unit's area in every year it is
/// listed, whatever the territory says.
fn runs(history: &History) -> Vec<Run> {
    let areas: Vec<(u8, BTreeSet<u32>)> = crate::territorial_members()
        .into_iter()
        .filter(|&(_, code)| code % 10_000 != 0)
        .map(|(unit, code)| (unit, history.atoms(code, FIRST_YEAR)))
        .collect();
    // (code, unit, partly, year), each year of each code once per unit.
    let mut held = Vec::new();
    for year in EARLIEST_YEAR..=LAST_YEAR {
        for &code in history.tables[&year].keys() {
            let atoms = history.atoms(code, year);
            let (mut wholly, mut partly) = (BTreeSet::new(), BTreeSet::new());
            for (unit, area) in &areas {
                match relation(&atoms, area) {
                    Some(Relation::Wholly) => wholly.insert(*unit),
                    Some(Relation::Partly) => partly.insert(*unit),
                    None => false,
                };
            }
            for &(_, unit) in INSTITUTIONAL.iter().filter(|rule| rule.0 == code) {
                wholly.insert(unit);
            }
            // A unit with one member wholly inside does not count partly.
            held.extend(wholly.iter().map(|&unit| (code, unit, false, year)));
            held.extend(
                partly
                    .difference(&wholly)
                    .map(|&unit| (code, unit, true, year)),
            );
        }
    }
    held.sort_unstable();
    let mut runs: Vec<Run> = Vec::new();
    for (code, unit, partly, year) in held {
        match runs.last_mut() {
            Some(run)
                if (run.code, run.unit, run.partly) == (code, unit, partly)
                    && run.to + 1 == year =>
            {
                run.to = year;
            }
            _ => runs.push(Run {
                code,
                from: year,
                to: year,
                unit,
                partly,
            }),
        }
    }
    runs.sort_by_key(|run| (run.code, run.from, run.unit, run.partly));
    runs
}

/// The codes of the areas `pilots::covering` reads, each with the units one
/// of whose territorial members' areas contains it: every member's 2012
/// division and the division it became by 2024, and the codes of the
/// institutional rule ([`INSTITUTIONAL`]) as areas of their units,
/// contained by the digits (a province `XX0000` holds the codes `XX....`,
/// a prefecture `XXYY00` those `XXYY..`, a county itself).
fn areas(changes: &[Changed]) -> Vec<(u32, u8)> {
    let later = |code: u32| {
        changes
            .iter()
            .find(|c| c.code == code)
            .and_then(|c| c.events.last())
            .map_or(code, |e| e.code)
    };
    let ranges: Vec<(u8, u32)> = crate::territorial_members()
        .into_iter()
        .flat_map(|(unit, code)| [(unit, code), (unit, later(code))])
        .chain(INSTITUTIONAL.iter().map(|&(code, unit)| (unit, code)))
        .collect();
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

/// What follows a row's name where the institutional rule gives it.
fn mark(code: u32, unit: u8) -> &'static str {
    if INSTITUTIONAL.contains(&(code, unit)) {
        " (institutional: 师市合一)"
    } else {
        ""
    }
}

/// The text of `src/data/coverage.rs`.
pub(crate) fn table(history: &History, changes: &[Changed]) -> String {
    let mut out = crate::areacodes_header();
    out.push_str(
        "//! Which units' 2012 areas hold each division code: by the year-end lists\n\
         //! of 2000 to 2024 for `pilots::covering_in`, by the digits for\n\
         //! `pilots::covering`. A unit is its id, the entry's number in the notice.\n\n\
         use crate::codes::Extent::{Partly, Wholly};\n\
         use crate::pilots::{Row, Run, runs};\n\n",
    );
    let allow = "#[allow(clippy::unreadable_literal, reason = \"division codes are identifiers, written as GB/T 2260 prints them\")]";
    let runs = runs(history);
    out.push_str(
        "/// For each code of the lists whose area meets a member's 2012 area below\n\
         /// province level, the years from and to which it does, the unit, and\n\
         /// whether the unit's area holds it wholly or partly; by code, first year\n\
         /// and unit. A name is the code's in the last year of its row. A row\n\
         /// marked institutional is the generator's institutional rule\n\
         /// (`tools/gen/src/institutional.rs`), not the territory. (`runs` keeps\n\
         /// each row in 8 bytes.)\n",
    );
    let _ = writeln!(out, "#[rustfmt::skip]\n{allow}");
    let _ = writeln!(
        out,
        "pub(crate) static COVERAGE: [Run; {}] = runs(&[",
        runs.len()
    );
    for run in &runs {
        let extent = if run.partly { "Partly" } else { "Wholly" };
        let _ = writeln!(
            out,
            "    Row {{ code: {}, from: {}, to: {}, unit: {}, extent: {extent} }}, // {}{}",
            run.code,
            run.from,
            run.to,
            run.unit,
            history.tables[&run.to][&run.code],
            mark(run.code, run.unit)
        );
    }
    out.push_str("]);\n\n");
    let areas = areas(changes);
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
    let provinces: Vec<(u8, u32)> = crate::territorial_members()
        .into_iter()
        .filter(|&(_, code)| code % 10_000 == 0)
        .collect();
    out.push_str(
        "/// The units with a territorial member whose area is a whole province:\n\
         /// the province's code and the unit. They hold every code of the province,\n\
         /// every year.\n",
    );
    let _ = writeln!(out, "#[rustfmt::skip]\n{allow}");
    let _ = writeln!(
        out,
        "pub(crate) static WHOLE_PROVINCES: [(u32, u8); {}] = [",
        provinces.len()
    );
    for (unit, code) in &provinces {
        let _ = writeln!(out, "    ({code}, {unit}), // {}", name(history, *code));
    }
    out.push_str("];\n");
    out
}
