//! `src/data/codes.rs`: every code of the year-end lists 2000 to 2024,
//! with its names by runs of years, and where the territory of each went
//! when it changed: for the `codes` lookups and `pilots::covering_in`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::areacodes::{EARLIEST_YEAR, History, LAST_YEAR, Table, parent, transfers};

/// One run of years in which a code is listed under one name.
pub(crate) struct Named {
    pub(crate) code: u32,
    pub(crate) from: u16,
    pub(crate) to: u16,
    pub(crate) name: String,
}

/// One move of territory: in the list of `year`, (part of) the territory
/// of `from` in the list before lies in `to`.
pub(crate) struct Moved {
    pub(crate) year: u16,
    pub(crate) from: u32,
    pub(crate) to: u32,
    pub(crate) partly: bool,
    pub(crate) document: Option<String>,
}

/// Whether `code` is a mainland code, one that a `DivisionCode` can hold
/// (Taiwan, Hong Kong and Macao, 71, 81 and 82, are not).
fn mainland(code: u32) -> bool {
    code < 710_000
}

/// The names of every mainland code, by code and first year.
pub(crate) fn names(history: &History) -> Vec<Named> {
    let mut rows: Vec<Named> = Vec::new();
    let mut by_code: BTreeMap<u32, Vec<(u16, &str)>> = BTreeMap::new();
    for (&year, table) in &history.tables {
        for (&code, name) in table {
            if mainland(code) {
                by_code.entry(code).or_default().push((year, name));
            }
        }
    }
    for (code, years) in by_code {
        for (year, name) in years {
            match rows.last_mut() {
                Some(row) if row.code == code && row.to + 1 == year && row.name == name => {
                    row.to = year;
                }
                _ => rows.push(Named {
                    code,
                    from: year,
                    to: year,
                    name: name.to_owned(),
                }),
            }
        }
    }
    rows
}

/// The record of `table` at the level of `code` that holds `destination`:
/// itself, its prefecture or its province.
fn at_level(code: u32, destination: u32, table: &Table) -> Option<u32> {
    let level = |c: u32| u8::from(c % 10_000 != 0) + u8::from(c % 100 != 0);
    let mut found = Some(destination);
    while let Some(d) = found {
        if level(d) <= level(code) {
            return Some(d);
        }
        found = parent(d, table);
    }
    None
}

/// Every move of territory between consecutive lists, 2000 to 2024: for
/// each record whose territory went elsewhere, each record of the next
/// list that received it, wholly (the only one) or in part. A record that
/// stays with its territory (renamed or not) is no move. A record removed
/// with its children, which its change line does not follow, went where
/// its descendants did, taken at its own level. By year, source and
/// destination.
pub(crate) fn moves(history: &History) -> Vec<Moved> {
    let mut rows = Vec::new();
    for year in EARLIEST_YEAR..LAST_YEAR {
        let (source, target) = (&history.tables[&year], &history.tables[&(year + 1)]);
        let found = transfers(&history.root, year, source, target);
        let mut moved: BTreeMap<u32, BTreeMap<u32, Option<String>>> = BTreeMap::new();
        for (&code, to) in &found.destinations {
            if !mainland(code) || to == &[code] {
                continue;
            }
            for &d in to {
                let document = found.documents.get(&(code, d)).cloned();
                moved.entry(code).or_default().insert(d, document);
            }
        }
        // A removed record with children: where its descendants went.
        for &code in &found.removed_parents {
            let descendants: BTreeSet<u32> = source
                .keys()
                .filter(|&&c| c != code && within(code, c, source))
                .copied()
                .collect();
            let mut to: BTreeMap<u32, Option<String>> = BTreeMap::new();
            for c in descendants {
                for &d in found.destinations.get(&c).into_iter().flatten() {
                    if let Some(at) = at_level(code, d, target) {
                        let document = found.documents.get(&(c, d)).cloned();
                        let entry = to.entry(at).or_default();
                        if entry.is_none() {
                            *entry = document;
                        }
                    }
                }
            }
            // Its own code, now another record, is no destination of it.
            to.remove(&code);
            if !to.is_empty() {
                moved.insert(code, to);
            }
        }
        for (code, to) in moved {
            let partly = to.len() > 1 || to.contains_key(&code);
            for (d, document) in to {
                if d != code && mainland(d) {
                    rows.push(Moved {
                        year: year + 1,
                        from: code,
                        to: d,
                        partly,
                        document,
                    });
                }
            }
        }
    }
    rows
}

/// Whether `descendant` lies under `code` in `table`.
fn within(code: u32, descendant: u32, table: &Table) -> bool {
    let mut up = parent(descendant, table);
    while let Some(p) = up {
        if p == code {
            return true;
        }
        up = parent(p, table);
    }
    false
}

/// A text of strings, each once, in order of first use, and where each
/// lies in it: the byte range a row of the table gives.
#[derive(Default)]
struct Text {
    strings: Vec<String>,
    at: BTreeMap<String, (usize, usize)>,
    len: usize,
}

impl Text {
    /// The range of `s`, added at the end the first time.
    fn range(&mut self, s: &str) -> (usize, usize) {
        if let Some(&range) = self.at.get(s) {
            return range;
        }
        let range = (self.len, self.len + s.len());
        self.len += s.len();
        self.strings.push(s.to_owned());
        self.at.insert(s.to_owned(), range);
        range
    }

    /// The static that holds the text, `per_line` strings a line (a `\`
    /// at a line's end continues the literal past the line break and the
    /// next line's indentation).
    ///
    /// # Panics
    /// When a string holds what the literal would have to escape, or
    /// starts with white space, which the `\` would drop.
    fn write(&self, out: &mut String, static_name: &str, per_line: usize) {
        let _ = writeln!(out, "pub(crate) static {static_name}: &str = \"\\");
        for line in self.strings.chunks(per_line) {
            let plain =
                |s: &String| !s.contains(['"', '\\']) && !s.starts_with(char::is_whitespace);
            assert!(
                line.iter().all(plain),
                "{static_name}: a string this literal would not hold as it is: {line:?}"
            );
            let _ = writeln!(out, "    {}\\", line.concat());
        }
        out.push_str("\";\n\n");
    }
}

/// The text of `src/data/codes.rs`.
pub(crate) fn table(header: &str, history: &History) -> String {
    let names = names(history);
    let mut moves = moves(history);
    moves.sort_by_key(|m| (m.from, m.year, m.to));
    let mut out = header.to_owned();
    out.push_str(
        "//! Every code of the year-end lists of 2000 to 2024, with its names, and\n\
         //! where the territory of each went when it changed: for the lookups of\n\
         //! `codes` and for `pilots::covering_in`. Rows are arrays of numbers, names\n\
         //! and documents ranges of one text (each row shows its own in a\n\
         //! comment): the compiler spends much less on such a table than on one\n\
         //! of structs that hold strings, and every build of the crate pays it.\n\n\
         /// The territory went whole, in a row of [`MOVES`].\n\
         pub(crate) const WHOLLY: u32 = 0;\n\
         /// Part of the territory went, not all, in a row of [`MOVES`].\n\
         pub(crate) const PARTLY: u32 = 1;\n\n",
    );
    let allow = "#[allow(clippy::unreadable_literal, reason = \"division codes are identifiers, written as GB/T 2260 prints them\")]";
    let mut name_text = Text::default();
    let name_ranges: Vec<(usize, usize)> = names.iter().map(|n| name_text.range(&n.name)).collect();
    out.push_str(
        "/// Every code listed at the end of a year 2000 to 2024 but those of Taiwan,\n\
         /// Hong Kong and Macao: one row per code and run of years with one name,\n\
         /// by code and first year. A code missing from some years has a row for\n\
         /// each run. A row is `[code, first year, last year, start, end]`: the\n\
         /// name is `NAME_TEXT[start..end]`.\n",
    );
    let _ = writeln!(out, "#[rustfmt::skip]\n{allow}");
    let _ = writeln!(
        out,
        "pub(crate) static NAMES: [[u32; 5]; {}] = [",
        names.len()
    );
    for (n, (start, end)) in names.iter().zip(&name_ranges) {
        let _ = writeln!(
            out,
            "    [{}, {}, {}, {start}, {end}], // {}",
            n.code, n.from, n.to, n.name
        );
    }
    out.push_str("];\n\n");
    out.push_str("/// The names of `NAMES`, each once, in the order of their first row.\n");
    name_text.write(&mut out, "NAME_TEXT", 16);
    let mut document_text = Text::default();
    let document_ranges: Vec<(usize, usize)> = moves
        .iter()
        .map(|m| match m.document.as_deref() {
            // An empty range is no document.
            Some("") => panic!("an empty document for {} in {}", m.from, m.year),
            Some(d) => document_text.range(d),
            None => (0, 0),
        })
        .collect();
    out.push_str(
        "/// The moves of territory between the lists: in the list of `year`, the\n\
         /// territory of `from` in the list before lies in `to`, wholly (`from` went\n\
         /// there whole) or partly (it was divided, or kept part), with the\n\
         /// approving document where the change file names one; by `from`, year\n\
         /// and `to`. A code that stays with its territory, renamed or not, has no\n\
         /// row. A row is `[year, from, to, extent, start, end]`: the document is\n\
         /// `DOCUMENT_TEXT[start..end]`, none where that is empty.\n",
    );
    let _ = writeln!(out, "#[rustfmt::skip]\n{allow}");
    let _ = writeln!(
        out,
        "pub(crate) static MOVES: [[u32; 6]; {}] = [",
        moves.len()
    );
    let name = |code: u32, year: u16| history.tables[&year].get(&code).map_or("", String::as_str);
    for (m, (start, end)) in moves.iter().zip(&document_ranges) {
        let extent = if m.partly { "PARTLY" } else { "WHOLLY" };
        let document = m
            .document
            .as_ref()
            .map_or(String::new(), |d| format!(", {d}"));
        let _ = writeln!(
            out,
            "    [{}, {}, {}, {extent}, {start}, {end}], // {} > {}{document}",
            m.year,
            m.from,
            m.to,
            name(m.from, m.year - 1),
            name(m.to, m.year),
        );
    }
    out.push_str("];\n\n");
    out.push_str("/// The documents of `MOVES`, each once, in the order of their first row.\n");
    document_text.write(&mut out, "DOCUMENT_TEXT", 8);
    let mut by_to: Vec<usize> = (0..moves.len()).collect();
    by_to.sort_by_key(|&i| (moves[i].to, moves[i].year, moves[i].from));
    out.push_str("/// The rows of `MOVES` by `to`, year and `from`: what each code came from.\n");
    let _ = writeln!(out, "#[rustfmt::skip]");
    let _ = writeln!(
        out,
        "pub(crate) static CAME_FROM: [u16; {}] = [",
        by_to.len()
    );
    for chunk in by_to.chunks(16) {
        let line: Vec<String> = chunk.iter().map(ToString::to_string).collect();
        let _ = writeln!(out, "    {},", line.join(", "));
    }
    out.push_str("];\n");
    out
}
