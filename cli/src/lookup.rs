//! `cn-edu-pilots lookup`: what one code is, and which pilots cover it,
//! in one year's list or, without `--year`, by its digits.
//!
//! ```text
//! cn-edu-pilots lookup 630122 --year 2020
//! cn-edu-pilots lookup 330105
//! cn-edu-pilots lookup 朝阳区 --year 2015 --parent 北京
//! ```
//!
//! An argument that is no code in any form and holds a Chinese character
//! (a letter outside ASCII) is a name,
//! read as `mark --name` reads it (`codes::named`): every code it denotes
//! in the list of `--year` (required), within `--parent` and of `--level`
//! where given, and how it matched; for one code, that code's answer.
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

use cn_edu_pilots::{AdminLevel, Coverage, DivisionCode, Extent, Units, codes, pilots};

use crate::mark::{covering, read_code, read_year};
use crate::report::{Note, Problem, Reason};

const USAGE: &str = "usage: cn-edu-pilots lookup CODE [--year YEAR]
       cn-edu-pilots lookup NAME --year YEAR [--parent PARENT] [--level LEVEL]

Tells what a GB/T 2260 division code is and which pilots cover it: with
--year, in that year's year-end list (its name, level and parent there,
how it was read, what it became or came from, the pilots covering it
wholly or partly and their members through which they do); without, by
its digits against the pilots' 2012 divisions and what they became.

A NAME (楚雄州, 锡林郭勒, 昌都地区) is read in the list of YEAR as mark
--name reads it: every code it denotes and how it matched, and for one
code, that code's answer.

options:
  --year YEAR       the year of the list to read the code or name in
                    (2000 to 2024); required with a name
  --parent PARENT   with a name: a province in any form (河南, 豫), a
                    prefecture's name (楚雄州) or a code to look within
  --level LEVEL     with a name: province, prefecture or county
  -h, --help        print this help

exit status: 0; 1 when the lists cannot answer (a year outside them, a
code in none of them, a code of Taiwan, Hong Kong or Macao, a name of no
code or of several); 2 on bad arguments, a code or year in no form read
included";

/// What `lookup` was asked.
struct Asked {
    /// The code or name, as given.
    what: String,
    year: Option<String>,
    parent: Option<String>,
    level: Option<AdminLevel>,
}

/// The code and the year asked, as given; `Ok(None)` once `--help` has
/// printed the usage.
fn parse_args(parser: &mut lexopt::Parser) -> Result<Option<Asked>, String> {
    use lexopt::prelude::*;
    let (mut code, mut year, mut parent, mut level) = (None, None, None, None);
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
            Long("parent") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                parent = Some(
                    value
                        .string()
                        .map_err(|e| format!("--parent {e:?} is not UTF-8"))?,
                );
            }
            Long("level") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                let value = value
                    .string()
                    .map_err(|e| format!("--level {e:?} is not UTF-8"))?;
                level = Some(crate::names::parse_level(&value)?);
            }
            Short('h') | Long("help") => {
                // A closed standard output has nothing to be told.
                let _ = writeln!(io::stdout(), "{USAGE}");
                return Ok(None);
            }
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    let what = code.ok_or("missing CODE: a GB/T 2260 division code, such as 630122, or a name")?;
    if is_name(&what) {
        if year.is_none() {
            return Err(format!(
                "the name {} needs --year YEAR: a name is read in the list of a year, as \
                 names change meaning from year to year (哈密)",
                crate::report::Quote(what.as_bytes())
            ));
        }
    } else if parent.is_some() || level.is_some() {
        return Err("--parent and --level go with a NAME, not a code".into());
    }
    Ok(Some(Asked {
        what,
        year,
        parent,
        level,
    }))
}

/// Whether `text` is a name: no code in any form read, and a letter
/// outside ASCII in it (the lists' names are Chinese; `4108x` is a code
/// mistyped).
fn is_name(text: &str) -> bool {
    read_code(text.as_bytes()).is_err() && text.chars().any(|c| !c.is_ascii() && c.is_alphabetic())
}

/// Runs `cn-edu-pilots lookup` with the rest of the command line.
pub fn main(parser: &mut lexopt::Parser) -> ExitCode {
    let usage = USAGE.lines().next().unwrap_or(USAGE);
    let asked = match parse_args(parser) {
        Ok(Some(args)) => args,
        Ok(None) => return ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}\n{usage}");
            return ExitCode::from(2);
        }
    };
    let answered = match (is_name(&asked.what), asked.year.as_deref()) {
        (true, Some(year)) => by_name(&asked, year),
        _ => answer(&asked.what, asked.year.as_deref()),
    };
    match answered {
        Ok(text) => {
            // A closed standard output has nothing to be told.
            let _ = write!(io::stdout(), "{text}");
            ExitCode::SUCCESS
        }
        // The candidates of an ambiguous name are an answer, on standard
        // output, though not one code.
        Err((Reason::AmbiguousName, text)) => {
            let _ = write!(io::stdout(), "{text}");
            ExitCode::FAILURE
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
    if let Some(year) = year {
        let year = read_year(year.as_bytes()).map_err(|m| failed(m.reason, m.problem))?;
        let (coverage, note) = covering(code, year).map_err(|m| failed(m.reason, m.problem))?;
        in_year(&mut out, code, year, coverage, note);
    } else {
        if codes::listed(code).is_none() {
            return Err(failed(Reason::NeverListed, Problem::NeverListed(code)));
        }
        by_digits(&mut out, code);
    }
    Ok(out)
}

/// The answer for a name in the list of `year`: every candidate, and for
/// one, its code's answer; or why there is none.
fn by_name(asked: &Asked, year: &str) -> Result<String, (Reason, String)> {
    let failed = |reason: Reason, problem: Problem<'_>| (reason, problem.to_string());
    let year = read_year(year.as_bytes()).map_err(|m| failed(m.reason, m.problem))?;
    let mut lookup = codes::named(&asked.what, year);
    if let Some(level) = asked.level {
        lookup = lookup.level(level);
    }
    if let Some(parent) = &asked.parent {
        let parent =
            codes::Within::parse(parent, year).map_err(|e| (Reason::BadParent, e.to_string()))?;
        lookup = lookup.within(parent);
    }
    let found = lookup
        .find()
        .map_err(|e| (Reason::UnknownName, e.to_string()))?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "name: {}, read in the list of {year}",
        asked.what.trim()
    );
    for candidate in found {
        let _ = writeln!(
            out,
            "match: {}, by {}",
            crate::names::describe(candidate, year),
            crate::names::form_words(candidate.form())
        );
    }
    let Some(one) = found.single() else {
        let _ = writeln!(
            out,
            "ambiguous: {} codes; a parent (--parent) or a level (--level) tells them apart",
            found.len()
        );
        return Err((Reason::AmbiguousName, out));
    };
    if one.through_other_year() {
        let _ = writeln!(
            out,
            "reading: {}",
            crate::names::other_year(&asked.what, year, one)
        );
    }
    out.push('\n');
    let code = one.code().code();
    let (coverage, note) = covering(code, year).map_err(|m| failed(m.reason, m.problem))?;
    in_year(&mut out, code, year, coverage, note);
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
