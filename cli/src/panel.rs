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

use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use cn_edu_pilots::panel::{self, Rules};
use cn_edu_pilots::{AdminLevel, Division, Member, PilotUnit, codes, pilots};

use crate::report::grouped;
use crate::table::{Cell, Kind, Table, column};
use crate::treatment;

const USAGE: &str = concat!(
    "usage: cn-edu-pilots panel --out DIR [--treat-year YEAR] [--never-treated CODING]
                           [--province-members HOW]

Writes the county-, prefecture- and province-year panels of 2000 to 2024
(every code of every year-end list, with the pilots covering it) as CSV
and Stata .dta, and units.csv and members.csv, into DIR; files of those
names already in DIR are overwritten. A summary goes to standard error.
data/CODEBOOK.md describes the files.

options:
  --out DIR                the directory to write into (made if missing)
",
    treatment::options!(),
    "  -h, --help               print this help"
);

/// What to write, and where; `Ok(None)` once `--help` has printed the
/// usage.
fn parse_args(parser: &mut lexopt::Parser) -> Result<Option<(PathBuf, Rules)>, String> {
    use lexopt::prelude::*;
    let (mut out, mut rules) = (None, Rules::DEFAULT);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("out") => out = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?)),
            Long(name) if treatment::is_option(name) => {
                let name = name.to_owned();
                rules = treatment::read(&name, parser, rules)?;
            }
            Short('h') | Long("help") => {
                // A closed standard output has nothing to be told.
                let _ = writeln!(io::stdout(), "{USAGE}");
                return Ok(None);
            }
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    let out = out.ok_or("missing --out DIR: the directory to write the files into")?;
    Ok(Some((out, rules)))
}

/// The panel of `level` under `rules`: its columns and rows as the
/// library defines them (`cn_edu_pilots::panel`).
fn panel(level: AdminLevel, rules: Rules) -> Table {
    let columns = panel::columns(level);
    let mut table = Table::new(
        panel::name(level),
        panel::title(level, rules).to_string(),
        columns
            .iter()
            .map(|c| column(c.name(), c.column_type(), c.label(rules).to_string()))
            .collect(),
    );
    for row in panel::rows(level, rules) {
        table.push(columns.iter().map(|c| Cell::from(c.cell(&row))).collect());
    }
    table
}

/// The member's id in `members.csv`: its entry's id and its letter in the
/// entry, `28a`.
fn member_id(member: &'static Member) -> String {
    member.id().to_string()
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
fn run(dir: &Path, rules: Rules) -> Result<String, String> {
    let start = Instant::now();
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    let mut summary = treatment::describe(rules) + "\n";
    for level in [
        AdminLevel::County,
        AdminLevel::Prefectural,
        AdminLevel::Provincial,
    ] {
        let table = panel(level, rules);
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
    let (dir, rules) = match parse_args(parser) {
        Ok(Some(args)) => args,
        Ok(None) => return ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            eprintln!("{}", USAGE.lines().next().unwrap_or(USAGE));
            return ExitCode::from(2);
        }
    };
    match run(&dir, rules) {
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
