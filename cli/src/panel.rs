//! Writes the panels of the pilots: for every year 2000 to 2024 and every
//! code of that year's year-end list, one row per code and year, in a file
//! per level (county, prefecture, province), as UTF-8 CSV and as Stata .dta
//! (format 118, with variable labels and a data label); and `units.csv`
//! and `members.csv`, one row per entry and per member of the notice.
//!
//! ```text
//! cn-edu-pilots panel --out data/panels
//! cn-edu-pilots panel --out panels --treat-year 2012 --never-treated inf
//! ```
//!
//! Each row gives the code's name, level, province and parent in that
//! year's list; the code it continues as through pure recodings
//! (`unit_code`, one id for 湟中县 630122 and 湟中区 630106); the pilots whose 2012 areas hold its area wholly or in
//! part (`pilots::covering_in`) and the members through which they do
//! (`Coverage::members`, by the ids of `members.csv`: `28a` is 河南省电教馆);
//! the dummies `treated`, `treated_wholly` and `via_province_member`;
//! `post` and `first_treat` by the rules of the `treatment` module;
//! and, for prefectures and provinces, how many of their county-level
//! units are treated, as shares. `data/CODEBOOK.md` describes every file
//! and column. The files in `data/panels/` are this program's output with
//! the default options, and `cargo test` checks that they still are (`cli/tests/panel.rs`).
//!
//! A summary of what was written goes to standard error. Bad arguments
//! print what was wrong and exit with status 2; a file that cannot be
//! written, with status 1. `--help` prints the usage.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use cn_edu_pilots::{
    AdminLevel, Coverage, Division, DivisionCode, Extent, Member, PilotUnit, Units, codes, pilots,
};

use crate::report::grouped;
use crate::table::{Cell, Column, Kind, Table, column};
use crate::treatment::{self, MemberId, NeverTreated, Status, Timing};

const USAGE: &str =
    "usage: cn-edu-pilots panel --out DIR [--treat-year YEAR] [--never-treated CODING]

Writes the county-, prefecture- and province-year panels of 2000 to 2024
(every code of every year-end list, with the pilots covering it) as CSV
and Stata .dta, and units.csv and members.csv, into DIR; files of those
names already in DIR are overwritten. A summary goes to standard error.
data/CODEBOOK.md describes the files.

options:
  --out DIR                the directory to write into (made if missing)
  --treat-year YEAR        the first year of treatment: 2013 (the
                           default: the pilots' plans were due by
                           1 January 2013) or 2012 (the notice's year)
  --never-treated CODING   first_treat of a never-treated row: 0 (the
                           default; csdid, did), empty, or inf (R's
                           staggered; a missing value in .dta)
  -h, --help               print this help";

/// What to write, and where; `Ok(None)` once `--help` has printed the
/// usage.
fn parse_args(parser: &mut lexopt::Parser) -> Result<Option<(PathBuf, Timing)>, String> {
    use lexopt::prelude::*;
    let (mut out, mut timing) = (None, Timing::default());
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("out") => out = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?)),
            Long("treat-year") => timing.year = treatment::parse_treat_year(parser)?,
            Long("never-treated") => timing.never = NeverTreated::parse(parser)?,
            Short('h') | Long("help") => {
                // A closed standard output has nothing to be told.
                let _ = writeln!(io::stdout(), "{USAGE}");
                return Ok(None);
            }
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    let out = out.ok_or("missing --out DIR: the directory to write the files into")?;
    Ok(Some((out, timing)))
}

/// The ids of `units`, `;`-separated, in the notice's order.
fn ids(units: Units) -> String {
    let mut out = String::new();
    for unit in units {
        if !out.is_empty() {
            out.push(';');
        }
        let _ = write!(out, "{}", unit.id());
    }
    out
}

/// The name of a level: its panel is `<name>_year.csv` and `.dta`.
pub fn level_name(level: AdminLevel) -> &'static str {
    match level {
        AdminLevel::County => "county",
        AdminLevel::Prefectural => "prefecture",
        AdminLevel::Provincial => "province",
    }
}

/// How many county-level units a prefecture or province has in a year's
/// list, and how many of them are treated, wholly or at all.
#[derive(Clone, Copy, Default)]
struct Intensity {
    counties: u32,
    treated: u32,
    wholly: u32,
}

impl Intensity {
    fn add(&mut self, status: Status) {
        self.counties += 1;
        self.treated += u32::from(status.treated);
        self.wholly += u32::from(status.treated_wholly);
    }

    fn share(self, of: u32) -> Cell {
        if self.counties == 0 {
            Cell::Missing
        } else {
            Cell::Real(f64::from(of) / f64::from(self.counties))
        }
    }
}

/// One code in one year's list, with the pilots covering it.
struct Row {
    year: u16,
    code: codes::ListedCode,
    /// The code it continues as: [`unit_code`].
    unit: DivisionCode,
    coverage: Coverage,
    status: Status,
}

/// The columns every panel has, in order.
fn panel_columns(level: AdminLevel, timing: Timing) -> Vec<Column> {
    let year = timing.year;
    let never = match timing.never {
        NeverTreated::Zero => "0",
        NeverTreated::Empty | NeverTreated::Inf => "missing",
    };
    let mut columns = vec![
        column("year", Kind::Int, "Year of the year-end list of codes"),
        column("code", Kind::Long, "GB/T 2260 code in that year's list"),
        column("name", Kind::Text, "Name in that year's list"),
        column(
            "level",
            Kind::Text,
            "Level: County, Prefectural or Provincial",
        ),
        column("province", Kind::Long, "Code of its province (XX0000)"),
        column(
            "parent",
            Kind::Long,
            "Parent code in that year's list: prefecture, else province",
        ),
        column(
            "n_pilots",
            Kind::Byte,
            "Number of pilots whose 2012 areas meet its area",
        ),
        column(
            "pilot_ids",
            Kind::Text,
            "Ids (1-56) of the pilots whose 2012 areas meet its area, ;-separated",
        ),
        column(
            "pilot_ids_wholly",
            Kind::Text,
            "Ids of the pilots whose 2012 areas hold all its area",
        ),
        column(
            "pilot_ids_partly",
            Kind::Text,
            "Ids of the pilots whose 2012 areas hold part of its area only",
        ),
        column(
            "via_members",
            Kind::Text,
            "Ids (members.csv) of the members whose 2012 areas meet its area",
        ),
        column(
            "via_members_wholly",
            Kind::Text,
            "Ids of the members whose 2012 areas hold all its area",
        ),
        column(
            "via_members_partly",
            Kind::Text,
            "Ids of the members whose 2012 areas hold part of its area only",
        ),
        column(
            "treated",
            Kind::Byte,
            "1 if a pilot's 2012 area holds all or part of its area",
        ),
        column(
            "treated_wholly",
            Kind::Byte,
            "1 if a pilot's 2012 area holds all its area",
        ),
        column(
            "via_province_member",
            Kind::Byte,
            "1 if treated only through a province-level member (河南省电教馆)",
        ),
        column(
            "treated_varies",
            Kind::Byte,
            "1 if treated differs between the years the code is listed",
        ),
        column(
            "post",
            Kind::Byte,
            format!("1 if year >= {year}, the first treated year"),
        ),
        column(
            "first_treat",
            Kind::Int,
            format!("First treated year: {year} if treated, {never} if never"),
        ),
        column(
            "unit_code",
            Kind::Long,
            "Stable id: the latest code it continues as through pure recodings",
        ),
    ];
    if level != AdminLevel::County {
        columns.extend([
            column(
                "n_counties",
                Kind::Int,
                "County-level units under it in that year's list",
            ),
            column(
                "n_counties_treated",
                Kind::Int,
                "Of them, treated (treated = 1)",
            ),
            column(
                "n_counties_treated_wholly",
                Kind::Int,
                "Of them, wholly treated (treated_wholly = 1)",
            ),
            column(
                "share_treated",
                Kind::Double,
                "Share of its county-level units treated",
            ),
            column(
                "share_treated_wholly",
                Kind::Double,
                "Share of its county-level units wholly treated",
            ),
        ]);
    }
    columns
}

/// The code that `code` continues as, to follow one unit across pure
/// recodings (湟中县 630122 became 湟中区 630106 in 2019): the last code of
/// its chain of them, else the code itself. A step from A to B is a pure
/// recoding when, in the first list without A, all of A's territory went
/// to B and nowhere else (A's one change of that year, wholly), B is new
/// in that list and came wholly from A alone (it may have taken in parts
/// of others too), and the two are of one level. What A lost while it was
/// listed does not matter: 公主岭市 (220381) lost part of its area in 2005 and
/// became 220184 in 2020. A merger is no recoding: 崇文区 (110103) went wholly
/// into 东城区 (110101) in 2010, but 东城区 was listed before. A change of
/// level ends a chain, the codes being in different panels: 儋州市,
/// county-level 469003 to 2014, prefecture-level 460400 from 2015.
fn unit_code(code: codes::ListedCode) -> DivisionCode {
    let mut current = code;
    // Each step goes to a code first listed after the last year of the one
    // before, so the chain ends.
    loop {
        let gone = current.years().last() + 1;
        let mut became = current.became().filter(|c| c.year() == gone);
        let (Some(change), None) = (became.next(), became.next()) else {
            return current.code();
        };
        let Some(next) = codes::listed(change.to()) else {
            return current.code();
        };
        let mut wholly = next
            .came_from()
            .filter(|c| c.year() == gone && c.extent() == Extent::Wholly);
        let sole_source =
            wholly.next().is_some_and(|c| c.from() == current.code()) && wholly.next().is_none();
        let pure = change.extent() == Extent::Wholly
            && sole_source
            && next.years().first() == gone
            && next.level() == current.level();
        if !pure {
            return current.code();
        }
        current = next;
    }
}

/// Every code of every year's list, by code and year, with its coverage.
fn rows() -> Result<Vec<Row>, String> {
    let mut rows = Vec::new();
    for code in codes::all() {
        let unit = unit_code(code);
        for year in codes::FIRST_YEAR..=codes::LAST_YEAR {
            if !code.years().contains(year) {
                continue;
            }
            let coverage = pilots::covering_in(code.code(), year)
                .map_err(|e| format!("{} in {year}: {e}", code.code()))?;
            rows.push(Row {
                year,
                code,
                unit,
                coverage,
                status: Status::of(coverage),
            });
        }
    }
    Ok(rows)
}

/// The three panels, county first.
fn panels(rows: &[Row], timing: Timing) -> Result<Vec<Table>, String> {
    // Whether `treated` changes between a code's years.
    let mut treated_years: HashMap<u32, (bool, bool)> = HashMap::new();
    for row in rows {
        let seen = treated_years
            .entry(row.code.code().get())
            .or_insert((row.status.treated, row.status.treated));
        seen.0 |= row.status.treated;
        seen.1 &= row.status.treated;
    }
    // The county-level units of each prefecture and province, by year.
    let mut intensity: HashMap<(u16, u32), Intensity> = HashMap::new();
    for row in rows.iter().filter(|r| r.code.level() == AdminLevel::County) {
        let code = row.code.code();
        let province = code.province_code().get();
        intensity
            .entry((row.year, province))
            .or_default()
            .add(row.status);
        if let Some(parent) = row.code.parent(row.year).map(|p| p.get()) {
            if parent != province {
                intensity
                    .entry((row.year, parent))
                    .or_default()
                    .add(row.status);
            }
        }
    }
    let mut tables = Vec::new();
    for level in [
        AdminLevel::County,
        AdminLevel::Prefectural,
        AdminLevel::Provincial,
    ] {
        let name = format!("{}_year", level_name(level));
        let label = format!(
            "{}-year panel 2000-2024, pilots of 教技函〔2012〕70号, treated from {}",
            capitalized(level_name(level)),
            timing.year
        );
        let mut table = Table::new(name, label, panel_columns(level, timing));
        for row in rows.iter().filter(|r| r.code.level() == level) {
            let code = row.code.code();
            let name = row
                .code
                .name_zh(row.year)
                .ok_or_else(|| format!("{code} has no name in {}", row.year))?;
            let (ever, always) = treated_years[&code.get()];
            let first_treat = match (timing.first_treat(row.status.treated), timing.never) {
                (Some(year), _) => Cell::Int(i32::from(year)),
                (None, NeverTreated::Zero) => Cell::Int(0),
                (None, NeverTreated::Empty) => Cell::Missing,
                (None, NeverTreated::Inf) => Cell::Inf,
            };
            let (wholly, partly) = (row.coverage.wholly(), row.coverage.partly());
            let any = row.coverage.any();
            let members = |extent: Option<Extent>| {
                let members = row.coverage.members();
                let chosen = members.filter(|(_, e)| extent.is_none_or(|extent| *e == extent));
                joined(chosen.map(|(member, _)| member_id(member)))
            };
            let mut cells = vec![
                Cell::Int(i32::from(row.year)),
                Cell::code(code.get()),
                Cell::Text(name.to_owned()),
                Cell::Text(level.as_str().to_owned()),
                Cell::code(code.province_code().get()),
                row.code
                    .parent(row.year)
                    .map_or(Cell::Missing, |p| Cell::code(p.get())),
                Cell::count(any.len()),
                Cell::Text(ids(any)),
                Cell::Text(ids(wholly)),
                Cell::Text(ids(partly)),
                Cell::Text(members(None)),
                Cell::Text(members(Some(Extent::Wholly))),
                Cell::Text(members(Some(Extent::Partly))),
                Cell::flag(row.status.treated),
                Cell::flag(row.status.treated_wholly),
                Cell::flag(row.status.via_province_member),
                Cell::flag(ever != always),
                Cell::flag(timing.post(row.year)),
                first_treat,
                // Last, so that the id columns stay the 8th to the 13th, as
                // Stata's `import delimited … stringcols(8/13)` takes them.
                Cell::code(row.unit.get()),
            ];
            if level != AdminLevel::County {
                let counts = intensity
                    .get(&(row.year, code.get()))
                    .copied()
                    .unwrap_or_default();
                cells.extend([
                    Cell::count(counts.counties),
                    Cell::count(counts.treated),
                    Cell::count(counts.wholly),
                    counts.share(counts.treated),
                    counts.share(counts.wholly),
                ]);
            }
            table.push(cells);
        }
        tables.push(table);
    }
    Ok(tables)
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The member's id in `members.csv`: its entry's id and its letter in the
/// entry, `28a`, as `treatment` gives it.
fn member_id(member: &'static Member) -> String {
    MemberId::of(member).to_string()
}

fn joined(items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().collect::<Vec<_>>().join(";")
}

/// The divisions of a unit's territorial members, each once.
fn unit_divisions(unit: &PilotUnit) -> Vec<Division> {
    let mut divisions: Vec<Division> = Vec::new();
    let territorial = unit.members().iter().filter(|m| m.kind().is_territorial());
    for division in territorial.filter_map(cn_edu_pilots::Member::division) {
        if !divisions.iter().any(|d| d.code() == division.code()) {
            divisions.push(division);
        }
    }
    divisions
}

/// `units.csv`: one row per entry.
fn units() -> Table {
    let text = |name, label: &str| column(name, Kind::Text, label);
    let mut table = Table::new(
        "units",
        "The 56 entries of 教技函〔2012〕70号".to_owned(),
        vec![
            column(
                "unit_id",
                Kind::Int,
                "Entry id, 1-56, in the notice's order",
            ),
            text("name", "Name as published"),
            text("name_en", "English name"),
            column("joint", Kind::Byte, "1 if a joint entry of several members"),
            column("n_members", Kind::Byte, "Number of member organisations"),
            text("member_ids", "Its members' ids (members.csv), ;-separated"),
            text("lead_province", "Province of its first member"),
            text("provinces", "Provinces of its members, ;-separated"),
            text("codes_2012", "Divisions (2012) of its territorial members"),
            text("codes_2024", "The same divisions in the list of 2024"),
            text("themes", "Focus themes (the crate's coding), ;-separated"),
            text("focus", "Focus of work (试点工作重点内容) as published"),
            text("focus_en", "Focus of work in English"),
        ],
    );
    for unit in pilots::all() {
        let divisions = unit_divisions(unit);
        let members = unit.members().iter();
        table.push(vec![
            Cell::Int(i32::from(unit.id())),
            Cell::Text(unit.name().to_owned()),
            Cell::Text(unit.name_en().to_owned()),
            Cell::flag(unit.is_joint()),
            Cell::count(unit.members().len()),
            Cell::Text(joined(members.map(member_id))),
            Cell::Text(unit.lead_province().as_str().to_owned()),
            Cell::Text(joined(unit.provinces().map(|p| p.as_str().to_owned()))),
            Cell::Text(joined(divisions.iter().map(|d| d.code().to_string()))),
            Cell::Text(joined(divisions.iter().filter_map(|d| {
                d.as_of(codes::LAST_YEAR).map(|now| now.code().to_string())
            }))),
            Cell::Text(joined(unit.themes().iter().map(|t| t.as_str().to_owned()))),
            Cell::Text(unit.focus().to_owned()),
            Cell::Text(unit.focus_en().to_owned()),
        ]);
    }
    table
}

/// `members.csv`: one row per member organisation.
fn members() -> Table {
    let text = |name, label: &str| column(name, Kind::Text, label);
    let mut table = Table::new(
        "members",
        "The 63 member organisations of 教技函〔2012〕70号".to_owned(),
        vec![
            text("member_id", "Member id: entry id and letter, 28a"),
            column("unit_id", Kind::Int, "Its entry's id"),
            text("member", "Name as published"),
            text("member_en", "English name"),
            text("kind", "Kind of organisation"),
            column(
                "territorial",
                Kind::Byte,
                "1 if it acts for a territory (bureaus, governments, centres)",
            ),
            text("province", "Province"),
            column("code_2012", Kind::Long, "Its division, 2012-10 edition"),
            text("name_2012", "Name of the division in 2012"),
            text("name_2012_en", "English name of the division"),
            text("level", "Level of the division"),
            column("code_2024", Kind::Long, "The division in the list of 2024"),
            text("name_2024", "Its name in the list of 2024"),
        ],
    );
    for unit in pilots::all() {
        for member in unit.members() {
            let division = member.division();
            let now = division.and_then(|d| d.as_of(codes::LAST_YEAR));
            let text = |s: Option<&str>| s.map_or(Cell::Missing, |s| Cell::Text(s.to_owned()));
            table.push(vec![
                Cell::Text(member_id(member)),
                Cell::Int(i32::from(unit.id())),
                Cell::Text(member.name().to_owned()),
                Cell::Text(member.name_en().to_owned()),
                Cell::Text(member.kind().as_str().to_owned()),
                Cell::flag(member.kind().is_territorial()),
                Cell::Text(member.province().as_str().to_owned()),
                division.map_or(Cell::Missing, |d| Cell::code(d.code().get())),
                text(division.map(Division::name_zh)),
                text(division.map(Division::name_en)),
                text(division.map(|d| d.level().as_str())),
                now.map_or(Cell::Missing, |d| Cell::code(d.code().get())),
                text(now.map(Division::name_zh)),
            ]);
        }
    }
    table
}

/// Writes `bytes` to `dir/file`.
fn write(dir: &Path, file: &str, bytes: &[u8]) -> Result<(), String> {
    let path = dir.join(file);
    std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Writes every file and returns the summary.
fn run(dir: &Path, timing: Timing) -> Result<String, String> {
    let start = Instant::now();
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    let rows = rows()?;
    let mut summary = format!(
        "first treated year {}, never-treated first_treat coded {}\n",
        timing.year,
        timing.never.as_str()
    );
    for table in panels(&rows, timing)? {
        let csv = table.csv()?;
        let dta = table.dta()?;
        write(dir, &format!("{}.csv", table.name), &csv)?;
        write(dir, &format!("{}.dta", table.name), &dta)?;
        let count = |name: &str| {
            let i = table.columns.iter().position(|c| c.name == name);
            let set = |row: &&Vec<Cell>| i.is_some_and(|i| row[i] == Cell::Int(1));
            table.rows.iter().filter(set).count()
        };
        let _ = writeln!(
            summary,
            "{}.csv and .dta: {} rows, {} treated ({} wholly, {} only through a \
             province-level member); {} and {} bytes",
            table.name,
            grouped(table.rows.len()),
            grouped(count("treated")),
            grouped(count("treated_wholly")),
            grouped(count("via_province_member")),
            grouped(csv.len()),
            grouped(dta.len()),
        );
    }
    for table in [units(), members()] {
        let csv = table.csv()?;
        write(dir, &format!("{}.csv", table.name), &csv)?;
        let _ = writeln!(
            summary,
            "{}.csv: {} rows, {} bytes",
            table.name,
            table.rows.len(),
            grouped(csv.len())
        );
    }
    let _ = write!(
        summary,
        "wrote {} in {:.2} s",
        dir.display(),
        start.elapsed().as_secs_f64()
    );
    Ok(summary)
}

/// Runs `cn-edu-pilots panel` with the rest of the command line.
pub fn main(parser: &mut lexopt::Parser) -> ExitCode {
    let (dir, timing) = match parse_args(parser) {
        Ok(Some(args)) => args,
        Ok(None) => return ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            eprintln!("{}", USAGE.lines().next().unwrap_or(USAGE));
            return ExitCode::from(2);
        }
    };
    match run(&dir, timing) {
        Ok(summary) => {
            eprintln!("{summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
