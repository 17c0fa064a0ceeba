//! Division codes of any year, followed from the year-end lists and the
//! change files in `data/areacodes/` alone (their format is in that
//! folder's `diff-spec.md`), and not from the crate's tables.
//!
//! Territory is followed as *atoms*: the county-level records (and
//! prefecture-level ones without counties) of the 2011 year-end list. Each
//! record of each later year holds the atoms whose territory, wholly or in
//! part, it covers: a removed record's atoms go to the records its change
//! line selects, an added record's come from the records its line selects,
//! and a record that gives or takes territory while keeping its code (`=`)
//! passes its atoms on or takes others'. A record with children covers its
//! own atoms and its children's. A code of a year lies wholly inside a 2012
//! area when all its atoms do, partly when some do.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::vendored;

/// The list before the notice's year, whose records are the atoms.
pub const FIRST_YEAR: u16 = 2011;
/// The earliest year-end list read: the years before [`FIRST_YEAR`] are
/// followed as pieces of territory (see [`History::atoms`]).
pub const EARLIEST_YEAR: u16 = 2000;
/// The last year-end list.
pub const LAST_YEAR: u16 = 2024;

/// One year-end list: code to name.
pub type Table = BTreeMap<u32, String>;

/// The list at the end of `year`, in the repository at `root`.
///
/// # Panics
/// When the list is missing or a line is not a code and a name.
#[must_use]
pub fn table(root: &Path, year: u16) -> Table {
    vendored(root, &format!("data/{year}.txt"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let (code, name) = line.split_once(' ').expect("code and name");
            (code.parse().expect("a code"), name.trim().to_owned())
        })
        .collect()
}

/// The parent of `code` in `table`: its prefecture if listed, else its
/// province; none for a province.
#[must_use]
pub fn parent(code: u32, table: &Table) -> Option<u32> {
    if code % 10_000 == 0 {
        return None;
    }
    let prefecture = code / 100 * 100;
    if code % 100 != 0 && table.contains_key(&prefecture) {
        return Some(prefecture);
    }
    let province = code / 10_000 * 10_000;
    table.contains_key(&province).then_some(province)
}

/// The direct children of `code` in `table`.
#[must_use]
pub fn children(code: u32, table: &Table) -> Vec<u32> {
    let range = if code % 10_000 == 0 {
        code + 1..code + 10_000
    } else if code % 100 == 0 {
        code + 1..code + 100
    } else {
        return Vec::new();
    };
    table
        .range(range)
        .map(|(c, _)| *c)
        .filter(|c| parent(*c, table) == Some(code))
        .collect()
}

/// A change line of a diff file.
pub struct Change {
    /// `-` removed, `+` added, `=` territory moved while the code stays.
    pub op: char,
    /// The line's record.
    pub code: u32,
    /// The record's name.
    pub name: String,
    /// `>` (to the target list) or `<` (from the source list), and the
    /// selectors.
    pub selectors: Option<(char, Vec<String>)>,
    /// The number of the approving document (文号) the line's description
    /// names, if any.
    pub document: Option<String>,
}

/// Whether `text` is a document number alone: an issuer's abbreviation, the
/// year in 〔〕 and a serial number, as in 津政函〔2020〕169号.
fn is_document_number(text: &str) -> bool {
    let Some((issuer, rest)) = text.split_once('〔') else {
        return false;
    };
    let Some((year, serial)) = rest.split_once('〕') else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    !issuer.is_empty()
        && !issuer.contains(char::is_whitespace)
        && year.len() == 4
        && digits(year)
        && serial.strip_suffix('号').is_some_and(digits)
}

/// The change lines from the list of year `from` to the next.
///
/// # Panics
/// When the file is missing or a line does not read as the specification
/// says.
#[must_use]
pub fn changes(root: &Path, from: u16) -> Vec<Change> {
    let text = vendored(root, &format!("diff/{from}-{}.diff", from + 1));
    // A description names its document in a 文号 line, or else in a
    // heading that is a document number (## 津政函〔2020〕169号).
    let (mut number, mut heading): (Option<String>, Option<String>) = (None, None);
    let mut in_description = false;
    let mut lines = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') {
            // A description starts a new change.
            if !in_description {
                (number, heading) = (None, None);
                in_description = true;
            }
            let content = line.trim_start_matches('#').trim();
            if let Some(value) = content.strip_prefix("文号：") {
                number.get_or_insert_with(|| value.trim().to_owned());
            } else if line.starts_with("## ") && is_document_number(content) {
                heading.get_or_insert_with(|| content.to_owned());
            }
            continue;
        }
        in_description = false;
        if !line.starts_with(['-', '+', '=']) {
            continue;
        }
        lines.push((line, number.clone().or_else(|| heading.clone())));
    }
    lines
        .into_iter()
        .map(|(line, document)| {
            let op = line.chars().next().unwrap_or(' ');
            let rest = &line[1..];
            let (code, rest) = rest.split_once(' ').expect("a code");
            let cut = rest.find(['>', '<']);
            let (name, selectors) = match cut {
                Some(i) => {
                    let dir = rest[i..].chars().next().unwrap_or('>');
                    let list = rest[i + 1..].split(',').map(str::to_owned).collect();
                    (&rest[..i], Some((dir, list)))
                }
                None => (rest, None),
            };
            Change {
                op,
                code: code.parse().expect("a code"),
                name: name.to_owned(),
                selectors,
                document,
            }
        })
        .collect()
}

/// The record that `selector` selects in `searched`, for the line's record
/// `code` named `name` in its own list `own`; `None` for a disabled one.
fn select(selector: &str, code: u32, name: &str, own: &Table, searched: &Table) -> Option<u32> {
    if selector.ends_with('?') {
        return None;
    }
    let selector = selector.trim_end_matches('!');
    match selector {
        "." => return searched.contains_key(&code).then_some(code),
        ".." => {
            let p = parent(code, own)?;
            return searched.contains_key(&p).then_some(p);
        }
        _ => {}
    }
    let mut value = if selector == "_" {
        name.to_owned()
    } else {
        selector.to_owned()
    };
    let named: Vec<u32> = searched
        .iter()
        .filter(|(_, n)| **n == value)
        .map(|(c, _)| *c)
        .collect();
    match named.len() {
        1 => return Some(named[0]),
        0 => {}
        _ => {
            let parent_name = parent(code, own)
                .and_then(|p| own.get(&p))
                .expect("a parent");
            value = format!("{parent_name}{value}");
        }
    }
    // A prefix of the value names a parent record; the rest, its child.
    let marked: BTreeSet<(u32, usize)> = value
        .char_indices()
        .skip(1)
        .map(|(i, _)| i)
        .chain([value.len()])
        .flat_map(|i| {
            let prefix = &value[..i];
            searched
                .iter()
                .filter(move |(_, n)| *n == prefix)
                .map(move |(c, _)| (*c, i))
        })
        .collect();
    // The specification says to stop where the marked record is not unique.
    let [(parent_code, cut)]: [(u32, usize); 1] =
        match marked.into_iter().collect::<Vec<_>>().try_into() {
            Ok(one) => one,
            Err(marked) => panic!("selector {selector:?} of {code} {name}: parents {marked:?}"),
        };
    let rest = &value[cut..];
    let found: Vec<u32> = children(parent_code, searched)
        .into_iter()
        .filter(|c| searched[c] == rest)
        .collect();
    match found.as_slice() {
        [one] => Some(*one),
        _ => panic!("selector {selector:?} of {code} {name}: {found:?}"),
    }
}

/// The lists and each record's atoms, year by year.
pub struct History {
    /// The root of the repository the lists were read from.
    pub root: PathBuf,
    /// Each year's list, [`EARLIEST_YEAR`] to [`LAST_YEAR`].
    pub tables: BTreeMap<u16, Table>,
    /// For each year from [`FIRST_YEAR`], the atoms each leaf or changed
    /// record holds itself.
    own: BTreeMap<u16, BTreeMap<u32, BTreeSet<u32>>>,
    /// The years before [`FIRST_YEAR`], followed as pieces.
    early: Pieces,
}

/// Where the territory a record of one list holds itself goes in the next
/// list: for each record of the source list, the records of the target
/// list that receive part of it (itself among them where it continues),
/// and the approving document of each move where its line names one.
pub struct Transfers {
    /// Source record to its destinations, in code order.
    pub destinations: BTreeMap<u32, Vec<u32>>,
    /// (source, destination) to the document of the line that moves it.
    pub documents: BTreeMap<(u32, u32), String>,
    /// The records of the source list removed by a line without
    /// attributes: those with children.
    pub removed_parents: BTreeSet<u32>,
}

/// The table a change line's own record is in and the table its selectors
/// search, between the lists before (`source`) and after (`target`): a `+`
/// line's record is in the list after and its selectors search the one
/// before; another line's, after `>`, is in the list before and searches
/// the one after, and otherwise the other way round.
fn tables_of<'a>(
    op: char,
    dir: char,
    source: &'a Table,
    target: &'a Table,
) -> (&'a Table, &'a Table) {
    match (op, dir) {
        ('+', _) => (target, source),
        (_, '>') => (source, target),
        _ => (target, source),
    }
}

/// The moves of territory from the list of year `from` to the next, read
/// off the change file: a `-` or `=` line with `>` sends its record's
/// territory to the records it selects; a `+` or `=` line with `<` takes
/// from the records it selects; a record that stays in the list with no
/// `-` line, or a `=` line's own record, keeps (the rest of) its territory.
///
/// # Panics
/// When the file is missing or a selector does not select one record.
#[must_use]
pub fn transfers(root: &Path, from: u16, source: &Table, target: &Table) -> Transfers {
    let mut destinations: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
    let mut documents = BTreeMap::new();
    let mut removed = BTreeSet::new();
    let mut removed_parents = BTreeSet::new();
    let lines = changes(root, from);
    for change in &lines {
        if change.op == '-' {
            removed.insert(change.code);
            if change.selectors.is_none() {
                removed_parents.insert(change.code);
            }
        }
    }
    for change in &lines {
        let Some((dir, selectors)) = &change.selectors else {
            continue;
        };
        let (own_table, searched) = tables_of(change.op, *dir, source, target);
        for selector in selectors {
            let Some(other) = select(selector, change.code, &change.name, own_table, searched)
            else {
                continue;
            };
            let pair = if *dir == '>' {
                (change.code, other)
            } else {
                (other, change.code)
            };
            destinations.entry(pair.0).or_default().insert(pair.1);
            if let Some(document) = &change.document {
                documents.entry(pair).or_insert_with(|| document.clone());
            }
        }
        if change.op == '=' {
            destinations
                .entry(change.code)
                .or_default()
                .insert(change.code);
        }
    }
    for code in source.keys() {
        if target.contains_key(code) && !removed.contains(code) {
            destinations.entry(*code).or_default().insert(*code);
        }
    }
    Transfers {
        destinations: destinations
            .into_iter()
            .map(|(code, to)| (code, to.into_iter().collect()))
            .collect(),
        documents,
        removed_parents,
    }
}

/// The years [`EARLIEST_YEAR`] to [`FIRST_YEAR`] as pieces of territory:
/// each leaf of the earliest list is a piece; a record whose territory
/// goes to one record passes its pieces on whole, and one whose territory
/// is divided among several (or that keeps part) has each of its pieces
/// split in one part for each of them. A piece of an earlier year is then
/// the parts it was split into by [`FIRST_YEAR`], and each of those lies
/// in one record of that list.
struct Pieces {
    /// For each year, the pieces each record holds itself.
    own: BTreeMap<u16, BTreeMap<u32, BTreeSet<u32>>>,
    /// A split piece's parts.
    parts: BTreeMap<u32, Vec<u32>>,
    /// For each piece of the [`FIRST_YEAR`] list, the record holding it.
    holder: BTreeMap<u32, u32>,
}

impl Pieces {
    fn load(root: &Path, tables: &BTreeMap<u16, Table>) -> Pieces {
        let first = &tables[&EARLIEST_YEAR];
        let mut next_piece = 0u32;
        let mut fresh = || {
            next_piece += 1;
            next_piece
        };
        let mut own: BTreeMap<u16, BTreeMap<u32, BTreeSet<u32>>> = BTreeMap::new();
        own.insert(
            EARLIEST_YEAR,
            first
                .keys()
                .filter(|c| children(**c, first).is_empty())
                .map(|c| (*c, BTreeSet::from([fresh()])))
                .collect(),
        );
        let mut parts: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        for year in EARLIEST_YEAR..FIRST_YEAR {
            let moves = transfers(root, year, &tables[&year], &tables[&(year + 1)]);
            let mut after: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
            for (code, pieces) in &own[&year] {
                let to = moves.destinations.get(code).map_or(&[][..], Vec::as_slice);
                if let [one] = to {
                    after.entry(*one).or_default().extend(pieces);
                    continue;
                }
                for &piece in pieces {
                    for &destination in to {
                        let part = fresh();
                        parts.entry(piece).or_default().push(part);
                        after.entry(destination).or_default().insert(part);
                    }
                }
            }
            own.insert(year + 1, after);
        }
        let holder = own[&FIRST_YEAR]
            .iter()
            .flat_map(|(code, pieces)| pieces.iter().map(|p| (*p, *code)))
            .collect();
        Pieces { own, parts, holder }
    }

    /// The records of the [`FIRST_YEAR`] list that `piece`'s territory
    /// meets.
    fn holders(&self, piece: u32, out: &mut BTreeSet<u32>) {
        match self.parts.get(&piece) {
            Some(parts) => parts.iter().for_each(|p| self.holders(*p, out)),
            None => {
                if let Some(code) = self.holder.get(&piece) {
                    out.insert(*code);
                }
            }
        }
    }
}

impl History {
    /// Reads the lists and change files of the years
    /// [`EARLIEST_YEAR`]..=[`LAST_YEAR`] in the repository at `root` and
    /// follows the territory through them.
    ///
    /// # Panics
    /// When a file is missing or a line does not read as the specification
    /// says.
    #[must_use]
    pub fn load(root: &Path) -> History {
        let tables: BTreeMap<u16, Table> = (EARLIEST_YEAR..=LAST_YEAR)
            .map(|y| (y, table(root, y)))
            .collect();
        let early = Pieces::load(root, &tables);
        let first = &tables[&FIRST_YEAR];
        let mut own: BTreeMap<u16, BTreeMap<u32, BTreeSet<u32>>> = BTreeMap::new();
        own.insert(
            FIRST_YEAR,
            first
                .keys()
                .filter(|c| children(**c, first).is_empty())
                .map(|c| (*c, BTreeSet::from([*c])))
                .collect(),
        );
        for year in FIRST_YEAR..LAST_YEAR {
            let (source, target) = (&tables[&year], &tables[&(year + 1)]);
            let before = &own[&year];
            // Unchanged codes keep their atoms.
            let mut after: BTreeMap<u32, BTreeSet<u32>> = before
                .iter()
                .filter(|(c, _)| target.contains_key(c))
                .map(|(c, a)| (*c, a.clone()))
                .collect();
            let area = |code: u32| area_in(code, source, before);
            for change in changes(root, year) {
                let Some((dir, selectors)) = &change.selectors else {
                    continue;
                };
                let (own_table, searched) = tables_of(change.op, *dir, source, target);
                for selector in selectors {
                    let Some(other) =
                        select(selector, change.code, &change.name, own_table, searched)
                    else {
                        continue;
                    };
                    match dir {
                        // This record's territory goes (in part) to `other`.
                        '>' => {
                            let atoms = area(change.code);
                            after.entry(other).or_default().extend(atoms);
                        }
                        // This record takes territory from `other`: the
                        // part of `other` that none of its children covers
                        // (its 无子记录覆盖区域), which is all of it for a
                        // record without children.
                        _ => {
                            let atoms = before.get(&other).cloned().unwrap_or_default();
                            after.entry(change.code).or_default().extend(atoms);
                        }
                    }
                }
            }
            after.retain(|c, _| target.contains_key(c));
            own.insert(year + 1, after);
        }
        History {
            root: root.to_owned(),
            tables,
            own,
            early,
        }
    }

    /// The atoms of `code` in `year`: its own and its descendants'. Before
    /// [`FIRST_YEAR`], the atoms its territory meets: those of the records
    /// of the [`FIRST_YEAR`] list that its pieces went to (a record's own
    /// territory with no atom, as 新疆's, counts as the record's code).
    #[must_use]
    pub fn atoms(&self, code: u32, year: u16) -> BTreeSet<u32> {
        self.atoms_apart(code, year, None)
    }

    /// The atoms of `code` in `year` as [`History::atoms`] gives them, but
    /// leaving out the record `apart` and its descendants: the atoms the
    /// rest of `code`'s records hold themselves. An atom that `apart`
    /// shares with another of them (part of a record's territory moved to
    /// `apart`) stays.
    #[must_use]
    pub fn atoms_without(&self, code: u32, year: u16, apart: u32) -> BTreeSet<u32> {
        self.atoms_apart(code, year, Some(apart))
    }

    fn atoms_apart(&self, code: u32, year: u16, apart: Option<u32>) -> BTreeSet<u32> {
        let table = &self.tables[&year];
        if year >= FIRST_YEAR {
            return area_apart(code, table, &self.own[&year], apart);
        }
        let mut holders = BTreeSet::new();
        for piece in area_apart(code, table, &self.early.own[&year], apart) {
            self.early.holders(piece, &mut holders);
        }
        holders
            .into_iter()
            .flat_map(|holder| {
                let atoms = self.own[&FIRST_YEAR].get(&holder).cloned();
                atoms.unwrap_or_else(|| BTreeSet::from([holder]))
            })
            .collect()
    }
}

fn area_in(code: u32, table: &Table, own: &BTreeMap<u32, BTreeSet<u32>>) -> BTreeSet<u32> {
    area_apart(code, table, own, None)
}

/// The atoms `code` and its descendants in `table` hold themselves, those
/// of `apart` and its descendants left out.
fn area_apart(
    code: u32,
    table: &Table,
    own: &BTreeMap<u32, BTreeSet<u32>>,
    apart: Option<u32>,
) -> BTreeSet<u32> {
    if apart == Some(code) {
        return BTreeSet::new();
    }
    let mut atoms = own.get(&code).cloned().unwrap_or_default();
    for child in children(code, table) {
        atoms.extend(area_apart(child, table, own, apart));
    }
    atoms
}

/// How a code's area relates to an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// All of the code's area lies inside.
    Wholly,
    /// Some of it does, not all.
    Partly,
}

/// Whether `part` lies wholly or partly inside `area`, or neither.
#[must_use]
pub fn relation<T: Ord>(part: &BTreeSet<T>, area: &BTreeSet<T>) -> Option<Relation> {
    if part.is_empty() || part.is_disjoint(area) {
        None
    } else if part.is_subset(area) {
        Some(Relation::Wholly)
    } else {
        Some(Relation::Partly)
    }
}
