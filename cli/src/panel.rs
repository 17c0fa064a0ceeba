//! Writes the panels of the pilots: for every year 2000 to 2024 and every
//! code of that year's year-end list, one row per code and year, in a file
//! per level (county, prefecture, province); `names`, the names crosswalk
//! (one row per name of a listed code in a year and form); and `code_year`,
//! every code of any list in every year as `mark` reads it. Each of these
//! five is written as UTF-8 CSV, as Stata .dta (format 118, with variable
//! labels and a data label) and as Parquet. `units` and `members`, one row
//! per entry and per member of the notice, are written as CSV and Parquet.
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

use cn_edu_pilots::codes;
use cn_edu_pilots::panel::{self, MemberColumn, NameColumn, Rules, UnitColumn};
use cn_edu_pilots::{AdminLevel, pilots};

use crate::report::grouped;
use crate::table::{Cell, Table, column};
use crate::treatment;

const USAGE: &str = concat!(
    "usage: cn-edu-pilots panel --out DIR [--treat-year YEAR] [--never-treated CODING]
                           [--province-members HOW]

Writes into DIR, as CSV, Stata .dta and Parquet: the county-, prefecture-
and province-year panels of 2000 to 2024 (every code of every year-end
list, with the pilots covering it), names (the names crosswalk) and
code_year (every code of any list in every year, as mark reads it); and,
as CSV and Parquet, units and members (the notice's entries and member
organisations). Files of those names already in DIR are overwritten. A
summary goes to standard error. data/CODEBOOK.md describes the files.

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
        table.push(columns.iter().map(|c| c.cell(&row)).collect());
    }
    table
}

/// `units.csv`: one row per entry, its columns as the library defines them.
fn units() -> Table {
    let mut table = Table::new(
        "units",
        "The 56 entries of 教技函〔2012〕70号".to_owned(),
        UnitColumn::ALL
            .iter()
            .map(|c| column(c.name(), c.column_type(), c.label()))
            .collect(),
    );
    for unit in pilots::all() {
        table.push(UnitColumn::ALL.iter().map(|c| c.cell(unit)).collect());
    }
    table
}

/// `members.csv`: one row per member organisation, likewise.
fn members() -> Table {
    let mut table = Table::new(
        "members",
        "The 63 member organisations of 教技函〔2012〕70号".to_owned(),
        MemberColumn::ALL
            .iter()
            .map(|c| column(c.name(), c.column_type(), c.label()))
            .collect(),
    );
    for member in pilots::members() {
        table.push(MemberColumn::ALL.iter().map(|c| c.cell(member)).collect());
    }
    table
}

/// `names`: the names crosswalk, one row per name of
/// a listed code in a year and form, its columns as the library defines
/// them.
fn names() -> Table {
    let mut table = Table::new(
        "names",
        "Names of the divisions of the year-end lists 2000-2024, by form".to_owned(),
        NameColumn::ALL
            .iter()
            .map(|c| column(c.name(), c.column_type(), c.label()))
            .collect(),
    );
    for row in codes::crosswalk() {
        table.push(NameColumn::ALL.iter().map(|c| c.cell(&row)).collect());
    }
    table
}

/// `code_year`: every code of any list in every year, as `mark` reads it,
/// its columns as the library defines them.
fn code_year(rules: Rules) -> Table {
    let columns = panel::code_year_columns();
    let mut table = Table::new(
        "code_year",
        format!(
            "Every listed code in every year 2000-2024, as mark reads it, treated from {}",
            rules.treat_year()
        ),
        columns
            .iter()
            .map(|c| column(c.name(), c.column_type(), c.label(rules).to_string()))
            .collect(),
    );
    for row in panel::code_year_rows(rules) {
        table.push(columns.iter().map(|c| c.cell(&row)).collect());
    }
    table
}

/// Writes `bytes` to `dir/file`.
fn write(dir: &Path, file: &str, bytes: &[u8]) -> Result<(), String> {
    let path = dir.join(file);
    std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Writes `table` as CSV, as Stata .dta if `dta`, and as Parquet, and
/// returns the line of the summary that says so (without its end).
fn write_table(dir: &Path, table: &Table, dta: bool) -> Result<String, String> {
    let mut files = vec![("csv", table.csv()?)];
    if dta {
        files.push(("dta", table.dta()?));
    }
    files.push(("parquet", table.parquet()?));
    for (extension, bytes) in &files {
        write(dir, &format!("{}.{extension}", table.name), bytes)?;
    }
    let extensions: Vec<&str> = files.iter().map(|(e, _)| *e).collect();
    let sizes: Vec<String> = files.iter().map(|(_, b)| grouped(b.len())).collect();
    Ok(format!(
        "{}.{}: {} rows; {} bytes",
        table.name,
        extensions.join(", ."),
        grouped(table.rows.len()),
        sizes.join(", "),
    ))
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
        let line = write_table(dir, &table, true)?;
        let count = |name: &str| {
            let i = table.columns.iter().position(|c| c.name == name);
            let set = |row: &&Vec<Cell>| i.is_some_and(|i| row[i] == Cell::Int(1));
            table.rows.iter().filter(set).count()
        };
        let _ = writeln!(
            summary,
            "{line}; {} treated ({} wholly, {} only through a province-level member)",
            grouped(count("treated")),
            grouped(count("treated_wholly")),
            grouped(count("via_province_member")),
        );
    }
    for table in [units(), members()] {
        let _ = writeln!(summary, "{}", write_table(dir, &table, false)?);
    }
    let _ = writeln!(summary, "{}", write_table(dir, &names(), true)?);
    let _ = writeln!(summary, "{}", write_table(dir, &code_year(rules), true)?);
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
