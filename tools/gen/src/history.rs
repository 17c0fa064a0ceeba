//! `src/data/history.rs`: what happened to each member's division from 2012
//! to 2024, with the approving document where the change names one.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::areacodes::{FIRST_YEAR, History, LAST_YEAR, changes as change_lines};

/// The first year whose list the crate answers for.
pub(crate) const FROM: u16 = 2012;

/// One change: its year, its kind (a `ChangeKind` variant's name), the
/// approving document, and the division's code and name after it.
pub(crate) struct Event {
    pub(crate) year: u16,
    pub(crate) kind: &'static str,
    pub(crate) document: Option<String>,
    pub(crate) code: u32,
    pub(crate) name: String,
}

/// A changed division: its 2012 code and name, and its changes in order.
pub(crate) struct Changed {
    pub(crate) code: u32,
    pub(crate) name: String,
    pub(crate) events: Vec<Event>,
}

/// The level of a code: 0 province, 1 prefecture, 2 county.
fn level(code: u32) -> u8 {
    if code % 10_000 == 0 {
        0
    } else if code % 100 == 0 {
        1
    } else {
        2
    }
}

/// The record of `year` that continues a division whose 2011 area is
/// `area`, at the division's level: the smallest that holds all of the
/// area, else the one that holds most of it.
fn continuation(history: &History, code: u32, area: &BTreeSet<u32>, year: u16) -> u32 {
    let candidates: Vec<(u32, BTreeSet<u32>)> = history.tables[&year]
        .keys()
        .filter(|c| level(**c) == level(code))
        .map(|c| (*c, history.atoms(*c, year)))
        .filter(|(_, atoms)| !atoms.is_disjoint(area))
        .collect();
    let whole = candidates
        .iter()
        .filter(|(_, a)| a.is_superset(area))
        .min_by_key(|(_, a)| a.len());
    let best = whole.or_else(|| {
        candidates
            .iter()
            .max_by_key(|(_, a)| a.intersection(area).count())
    });
    best.map(|(c, _)| *c).expect("a continuation")
}

/// The changes of every member's division, 2012 to 2024, in code order;
/// divisions without any left out.
pub(crate) fn changes(history: &History, members: &[crate::units::Member]) -> Vec<Changed> {
    let mut codes: Vec<u32> = members.iter().filter_map(|m| m.division).collect();
    codes.sort_unstable();
    codes.dedup();
    let mut rows = Vec::new();
    for code in codes {
        let area = history.atoms(code, FIRST_YEAR);
        let mut prev = code;
        let mut events = Vec::new();
        for year in FROM..=LAST_YEAR {
            let (before, after) = (&history.tables[&(year - 1)], &history.tables[&year]);
            let cur = continuation(history, code, &area, year);
            let (a_prev, a_cur) = (history.atoms(prev, year - 1), history.atoms(cur, year));
            let gained: BTreeSet<u32> = a_cur.difference(&a_prev).copied().collect();
            let lines = change_lines(&history.root, year - 1);
            // Records that the gained territory came from.
            let sources: Vec<u32> = before
                .keys()
                .filter(|c| {
                    !gained.is_empty() && !history.atoms(**c, year - 1).is_disjoint(&gained)
                })
                .copied()
                .collect();
            let document = lines
                .iter()
                .filter(|l| l.code == prev || l.code == cur || sources.contains(&l.code))
                .find_map(|l| l.document.clone());
            let mut kinds = Vec::new();
            if cur != prev {
                kinds.push(if before.contains_key(&cur) {
                    "MergedInto"
                } else {
                    "Recoded"
                });
            } else if before[&prev] != after[&cur] {
                kinds.push("Renamed");
            }
            if !gained.is_empty() && cur == prev
                || (!gained.is_empty()
                    && cur != prev
                    && !before.contains_key(&cur)
                    && !a_prev.is_superset(&a_cur))
            {
                // A whole record of the same level, gone this year, joined.
                let whole = before.keys().any(|c| {
                    // Removed this year with one destination: all of it came.
                    let single = lines.iter().any(|l| {
                        l.code == *c
                            && l.op == '-'
                            && l.selectors.as_ref().is_some_and(|(_, s)| s.len() == 1)
                    });
                    level(*c) == level(prev)
                        && *c != prev
                        && !after.contains_key(c)
                        && single
                        && history.atoms(*c, year - 1) == gained
                });
                kinds.push(if whole { "Absorbed" } else { "GainedTerritory" });
            }
            let lost = lines.iter().any(|l| {
                l.code == prev && matches!((l.op, &l.selectors), ('=', Some(('>', _))))
                    || l.code == prev
                        && l.op == '-'
                        && l.selectors.as_ref().is_some_and(|(_, s)| s.len() > 1)
            });
            if lost {
                kinds.push("LostTerritory");
            }
            for kind in kinds {
                events.push(Event {
                    year,
                    kind,
                    document: document.clone(),
                    code: cur,
                    name: after[&cur].clone(),
                });
            }
            prev = cur;
        }
        if !events.is_empty() {
            rows.push(Changed {
                code,
                name: history.tables[&FIRST_YEAR][&code].clone(),
                events,
            });
        }
    }
    rows
}

/// The text of `src/data/history.rs`, under `header`.
pub(crate) fn table(header: &str, rows: &[Changed]) -> String {
    let mut out = header.to_owned();
    out.push_str(
        "//! What happened to each member's division from 2012 to 2024, with the\n\
         //! approving document where the change names one, for\n\
         //! `Division::history`: plain rows, which `division.rs` reads.\n\n",
    );
    out.push_str(
        "/// Each change to a member's division: the division's 2012 code, the\n\
         /// year of the list that first shows the change, what happened (the name\n\
         /// of a `ChangeKind` variant), the approving document, and the\n\
         /// division's code and name after it; by 2012 code, each division's\n\
         /// changes in order. A comment names the division in 2012.\n",
    );
    let _ = writeln!(out, "#[rustfmt::skip]");
    let _ = writeln!(
        out,
        "#[allow(clippy::unreadable_literal, reason = \"division codes are identifiers, written as GB/T 2260 prints them\")]"
    );
    let _ = writeln!(
        out,
        "#[allow(clippy::type_complexity, reason = \"plain columns, which the doc above names\")]"
    );
    let count: usize = rows.iter().map(|row| row.events.len()).sum();
    let _ = writeln!(
        out,
        "pub(crate) const CHANGES: [(u32, u16, &str, Option<&str>, u32, &str); {count}] = ["
    );
    for row in rows {
        for e in &row.events {
            let document = e
                .document
                .as_ref()
                .map_or("None".to_owned(), |d| format!("Some(\"{d}\")"));
            let _ = writeln!(
                out,
                "    ({}, {}, \"{}\", {document}, {}, \"{}\"), // {}",
                row.code, e.year, e.kind, e.code, e.name, row.name
            );
        }
    }
    out.push_str("];\n");
    out
}
