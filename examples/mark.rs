//! Marks the rows of a CSV file that lie in a pilot region: reads CSV on
//! standard input, keeps every column and row, appends the covering pilots'
//! ids (`pilot_ids`), names (`pilot_names`) and whether each covers the
//! row's division wholly or partly (`pilot_coverage`), `;`-separated, and
//! writes the result to standard output. It streams, so the input can be
//! larger than memory.
//!
//! ```text
//! cargo run --release --example mark -- --code county_code --year year < panel.csv > marked.csv
//! cargo run --release --example mark -- --code county_code < roster.csv > marked.csv
//! ```
//!
//! With `--year`, each row's code is read in the year-end list of its year
//! (2012 to 2024), as `pilots::covering_in` reads it. Without it, codes are
//! read as `pilots::covering` does, by their digits against the pilots' 2012
//! divisions and what they became by 2024; how much of the area a pilot
//! covers is then not known, and `pilot_coverage` is left empty.
//!
//! A row whose code or year is bad is written unmarked, and a message with
//! its line number goes to standard error; so is a row with more fields
//! than the header (its extra fields kept), while a row with fewer is
//! padded with empty fields. Codes of Taiwan, Hong Kong and Macao, which
//! the notice does not cover, are left unmarked without a message. A
//! missing column, or bad arguments, print what was wrong and exit with
//! status 2; `--help` prints the usage.

use std::io;
use std::process::ExitCode;

use cn_edu_pilots::{DivisionCode, DivisionCodeErrorKind, Units, pilots};

/// The columns to read, by name.
struct Args {
    code: String,
    year: Option<String>,
}

const USAGE: &str = "usage: mark --code COLUMN [--year COLUMN] < input.csv > output.csv

Appends to each row of a CSV the pilots covering its division code:
pilot_ids, pilot_names and pilot_coverage (wholly or partly).

options:
  --code COLUMN  the column of GB/T 2260 division codes
  --year COLUMN  the column of years (2012 to 2024): read each code in
                 the list of its year
  -h, --help     print this help";

/// The columns to read; or what was wrong. `--help` prints the usage and
/// exits.
fn parse_args() -> Result<Args, String> {
    use lexopt::prelude::*;
    let (mut code, mut year) = (None, None);
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        let slot = match arg {
            Long("code") => &mut code,
            Long("year") => &mut year,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            _ => return Err(arg.unexpected().to_string()),
        };
        let value = parser.value().map_err(|e| e.to_string())?;
        *slot = Some(value.string().map_err(|e| format!("{e:?} is not UTF-8"))?);
    }
    Ok(Args {
        code: code.ok_or("missing --code COLUMN")?,
        year,
    })
}

/// What is known of the pilots covering a row's division.
enum Found {
    /// By code and year: the pilots that cover it wholly and partly.
    InYear(Units, Units),
    /// By code alone: the pilots that cover it.
    ByCode(Units),
}

/// The pilots covering a row's division, or why the row is left unmarked
/// (`Ok(None)` where no message is due).
fn coverage(code: &[u8], year: Option<&[u8]>) -> Result<Option<Found>, String> {
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    let code: DivisionCode = match std::str::from_utf8(code)
        .map_err(|_| format!("code {:?} is not UTF-8", text(code)))?
        .parse::<DivisionCode>()
    {
        Ok(code) => code,
        Err(e) if e.kind() == DivisionCodeErrorKind::OutsideMainland => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    let Some(year) = year else {
        return Ok(Some(Found::ByCode(pilots::covering(code))));
    };
    let parsed: Option<u16> = std::str::from_utf8(year)
        .ok()
        .and_then(|y| y.trim().parse().ok());
    let year = parsed.ok_or_else(|| {
        format!(
            "invalid year {:?}: expected a year such as 2020",
            text(year)
        )
    })?;
    pilots::covering_in(code, year)
        .map(|found| Some(Found::InYear(found.wholly(), found.partly())))
        .map_err(|err| err.to_string())
}

/// The appended fields: ids, names, and wholly or partly where known.
fn fields(found: Found) -> [String; 3] {
    let mut units: Vec<(u8, &str, &str)> = Vec::new();
    let mut add = |found: Units, how: &'static str| {
        units.extend(found.iter().map(|u| (u.id(), u.name(), how)));
    };
    let known = matches!(found, Found::InYear(..));
    match found {
        Found::InYear(wholly, partly) => {
            add(wholly, "wholly");
            add(partly, "partly");
        }
        Found::ByCode(units) => add(units, ""),
    }
    units.sort_unstable_by_key(|u| u.0);
    let join =
        |f: &dyn Fn(&(u8, &str, &str)) -> String| units.iter().map(f).collect::<Vec<_>>().join(";");
    let how = if known {
        join(&|u| u.2.to_owned())
    } else {
        String::new()
    };
    [join(&|u| u.0.to_string()), join(&|u| u.1.to_owned()), how]
}

fn run(args: &Args) -> Result<(), String> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(io::stdin().lock());
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(io::BufWriter::new(io::stdout().lock()));
    let headers = reader.byte_headers().map_err(|e| e.to_string())?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name.as_bytes())
            .ok_or_else(|| {
                let names: Vec<String> = headers
                    .iter()
                    .map(|h| String::from_utf8_lossy(h).into_owned())
                    .collect();
                format!("no column {name:?}; the columns are: {}", names.join(", "))
            })
    };
    let code_column = column(&args.code)?;
    let year_column = args.year.as_deref().map(column).transpose()?;
    let mut out = headers.clone();
    for name in ["pilot_ids", "pilot_names", "pilot_coverage"] {
        out.push_field(name.as_bytes());
    }
    writer.write_byte_record(&out).map_err(|e| e.to_string())?;

    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(e.to_string()),
        }
        let line = record.position().map_or(0, csv::Position::line);
        let code = record.get(code_column).unwrap_or_default();
        let year = year_column.map(|c| record.get(c).unwrap_or_default());
        let appended = match coverage(code, year) {
            Ok(Some(found)) => fields(found),
            Ok(None) => Default::default(),
            Err(message) => {
                eprintln!("line {line}: {message}");
                Default::default()
            }
        };
        out.clone_from(&record);
        // Short rows are padded so that the appended fields line up.
        for _ in record.len()..headers.len() {
            out.push_field(b"");
        }
        if record.len() > headers.len() {
            eprintln!(
                "line {line}: {} fields where the header has {}; the extra ones are kept",
                record.len(),
                headers.len()
            );
        }
        for field in &appended {
            out.push_field(field.as_bytes());
        }
        match writer.write_byte_record(&out) {
            Err(e) if matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == io::ErrorKind::BrokenPipe) =>
            {
                return Ok(());
            }
            result => result.map_err(|e| e.to_string())?,
        }
    }
    writer.flush().map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("error: {message}");
            eprintln!("{}", USAGE.lines().next().unwrap_or(USAGE));
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
