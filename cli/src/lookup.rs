//! `cn-edu-pilots lookup`: what one code is, and which pilots cover it,
//! in one year's list or, without `--year`, by its digits.
//!
//! ```text
//! cn-edu-pilots lookup 630122 --year 2020
//! cn-edu-pilots lookup 330105
//! ```
//!
//! The code and the year are read as `mark` reads its fields (`630122.0`,
//! `６３０１２２`, `2020年` too), and answered as `mark` answers a row:
//! with `--year`, by `pilots::covering_in`, the code read in that year's
//! list or, where the list lacks it, in the nearest year that has it;
//! without, by `pilots::covering`, the code's digits against the pilots'
//! 2012 divisions and what they became by 2024.

use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::process::ExitCode;

use cn_edu_pilots::{Coverage, DivisionCode, Extent, Units, codes, pilots};

use crate::mark::{covering, read_code, read_year};
use crate::report::{Note, Problem, Reason};

const USAGE: &str = "usage: cn-edu-pilots lookup CODE [--year YEAR]

Tells what a GB/T 2260 division code is and which pilots cover it: with
--year, in that year's year-end list (its name, level and parent there,
how it was read, what it became or came from, the pilots covering it
wholly or partly and their members through which they do); without, by
its digits against the pilots' 2012 divisions and what they became.

options:
  --year YEAR   the year of the list to read the code in (2000 to 2024)
  -h, --help    print this help

exit status: 0; 1 when the lists cannot answer (a year outside them, a
code in none of them, a code of Taiwan, Hong Kong or Macao); 2 on bad
arguments, a code or year in no form read included";

/// The code and the year asked, as given; `Ok(None)` once `--help` has
/// printed the usage.
fn parse_args(parser: &mut lexopt::Parser) -> Result<Option<(String, Option<String>)>, String> {
    use lexopt::prelude::*;
    let (mut code, mut year) = (None, None);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Value(value) if code.is_none() => {
                code = Some(
                    value
                        .string()
                        .map_err(|e| format!("the code {e:?} is not UTF-8"))?,
                );
            }
            Long("year") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                year = Some(
                    value
                        .string()
                        .map_err(|e| format!("--year {e:?} is not UTF-8"))?,
                );
            }
            Short('h') | Long("help") => {
                // A closed standard output has nothing to be told.
                let _ = writeln!(io::stdout(), "{USAGE}");
                return Ok(None);
            }
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    let code = code.ok_or("missing CODE: a GB/T 2260 division code, such as 630122")?;
    Ok(Some((code, year)))
}

/// Runs `cn-edu-pilots lookup` with the rest of the command line.
pub fn main(parser: &mut lexopt::Parser) -> ExitCode {
    let usage = USAGE.lines().next().unwrap_or(USAGE);
    let (code, year) = match parse_args(parser) {
        Ok(Some(args)) => args,
        Ok(None) => return ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}\n{usage}");
            return ExitCode::from(2);
        }
    };
    match answer(&code, year.as_deref()) {
        Ok(text) => {
            // A closed standard output has nothing to be told.
            let _ = write!(io::stdout(), "{text}");
            ExitCode::SUCCESS
        }
        Err((reason, message)) => {
            eprintln!("error: {message}");
            // A code or year in no form read is a bad argument; one the
            // lists cannot answer is an answer of its own.
            if matches!(reason, Reason::BadCode | Reason::BadYear) {
                eprintln!("{usage}");
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

/// The answer for `code`, in the list of `year` when given; or why there
/// is none, and the message that says so.
fn answer(code: &str, year: Option<&str>) -> Result<String, (Reason, String)> {
    let failed = |reason: Reason, problem: Problem<'_>| (reason, problem.to_string());
    let code = read_code(code.as_bytes()).map_err(|m| failed(m.reason, m.problem))?;
    let mut out = String::new();
    match year {
        Some(year) => {
            let year = read_year(year.as_bytes()).map_err(|m| failed(m.reason, m.problem))?;
            let (coverage, note) = covering(code, year).map_err(|m| failed(m.reason, m.problem))?;
            in_year(&mut out, code, year, coverage, note);
        }
        None => {
            if codes::listed(code).is_none() {
                return Err(failed(Reason::NeverListed, Problem::NeverListed(code)));
            }
            by_digits(&mut out, code);
        }
    }
    Ok(out)
}

/// A code's name in the list of `year`, or `?` where that list lacks it.
fn name(code: DivisionCode, year: u16) -> &'static str {
    codes::listed(code)
        .and_then(|listed| listed.name_zh(year))
        .unwrap_or("?")
}

/// The answer in the list of `year`.
fn in_year(
    out: &mut String,
    code: DivisionCode,
    year: u16,
    coverage: Coverage,
    note: Option<Note>,
) {
    let listed = coverage.listed();
    let read_in = coverage.year_read();
    let _ = writeln!(out, "code: {code}");
    let _ = writeln!(
        out,
        "name: {} (in the list of {read_in})",
        name(code, read_in)
    );
    let _ = writeln!(out, "level: {}", listed.level().as_str());
    match listed.parent(read_in) {
        Some(parent) => {
            let _ = writeln!(out, "parent: {parent} {}", name(parent, read_in));
        }
        None => {
            let _ = writeln!(out, "parent: none");
        }
    }
    let _ = match note {
        None => writeln!(out, "reading: listed in {year}"),
        Some(note) => writeln!(out, "reading: {}", note.message(code, year)),
    };
    history(out, listed);
    for (label, units) in [("wholly", coverage.wholly()), ("partly", coverage.partly())] {
        if units.is_empty() {
            let _ = writeln!(out, "pilots {label}: none");
        }
        for unit in units {
            let _ = writeln!(out, "pilots {label}: {} {}", unit.id(), unit.name());
            for (member, extent) in coverage.members() {
                if std::ptr::eq(member.unit(), unit) {
                    let _ = writeln!(
                        out,
                        "  member {} {}: {}",
                        member.id(),
                        member.name(),
                        extent_word(extent)
                    );
                }
            }
        }
    }
}

/// The answer by the code's digits.
fn by_digits(out: &mut String, code: DivisionCode) {
    let Some(listed) = codes::listed(code) else {
        return;
    };
    let _ = writeln!(out, "code: {code}");
    for (years, name) in listed.names() {
        let _ = writeln!(out, "name: {name} ({}–{})", years.start(), years.end());
    }
    let _ = writeln!(out, "level: {}", listed.level().as_str());
    let _ = writeln!(
        out,
        "reading: by its digits, against the pilots' 2012 divisions and what they became \
         (--year YEAR reads it in a year's list, and tells wholly from partly)"
    );
    history(out, listed);
    let units: Units = pilots::covering(code);
    if units.is_empty() {
        let _ = writeln!(out, "pilots: none");
    }
    for unit in units {
        let _ = writeln!(out, "pilots: {} {}", unit.id(), unit.name());
    }
}

/// The years a code is listed, and what it became and came from.
fn history(out: &mut String, listed: codes::ListedCode) {
    let spans: Vec<String> = listed
        .years()
        .spans()
        .map(|years| format!("{}–{}", years.start(), years.end()))
        .collect();
    let _ = writeln!(out, "listed: {}", spans.join(", "));
    for change in listed.became() {
        let _ = writeln!(
            out,
            "became: {} {} in {}, {}{}",
            change.to(),
            name(change.to(), change.year()),
            change.year(),
            extent_word(change.extent()),
            document(change.document())
        );
    }
    for change in listed.came_from() {
        let _ = writeln!(
            out,
            "came from: {} {} in {}, {}{}",
            change.from(),
            name(change.from(), change.year() - 1),
            change.year(),
            extent_word(change.extent()),
            document(change.document())
        );
    }
}

/// How much of an area: `wholly` or `partly`.
fn extent_word(extent: Extent) -> &'static str {
    match extent {
        Extent::Wholly => "wholly",
        Extent::Partly => "partly",
    }
}

/// The approving document of a change, in brackets, where there is one.
fn document(document: Option<&str>) -> String {
    document.map_or_else(String::new, |d| format!(" ({d})"))
}
