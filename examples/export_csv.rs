//! One CSV row per member organisation (63 rows), for joining the list with
//! data keyed by GB/T 2260 division code. RFC 4180: a header row, CRLF line
//! ends, fields with commas, quotes or line breaks quoted.
//!
//! ```text
//! cargo run --example export_csv > pilots.csv
//! ```
//!
//! Columns: `unit_id` (1–56, the notice's order), `member` (as published)
//! and `member_en` (its English name), `kind`, `province`, `region` (the
//! crate's canonical variant names, as in its serde form), `code_2012`,
//! `name_2012` and `name_2012_en` (the member's GB/T 2260 division in the
//! 2012-10 edition), `level`, `code_2019` (the division in the 2019-04
//! edition, which shows the lists to the end of 2018), `code_2024` and
//! `name_2024` (the division in the year-end list of 2024), `themes` (the
//! unit's focus themes, separated by `;`). A member placed in no division
//! has the division fields empty.
//!
//! `--help` prints the usage; any other argument is an error (exit status 2).

use std::io;
use std::process::ExitCode;

use cn_edu_pilots::{FocusTheme, PilotUnit, pilots};

fn themes(unit: &PilotUnit) -> String {
    unit.themes()
        .iter()
        .map(FocusTheme::as_str)
        .collect::<Vec<_>>()
        .join(";")
}

const USAGE: &str = "usage: export_csv > pilots.csv

One CSV row per member organisation (63 rows) on standard output, with
its division codes of 2012, 2019 and 2024 and its unit's themes.

options:
  -h, --help  print this help";

fn main() -> ExitCode {
    match std::env::args().nth(1) {
        None => {}
        Some(flag) if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(arg) => {
            eprintln!("error: unexpected argument {arg:?}");
            eprintln!("{}", USAGE.lines().next().unwrap_or(USAGE));
            return ExitCode::from(2);
        }
    }
    match write() {
        // A reader that stops early (`| head`) is no error.
        Err(err) if !matches!(err.kind(), csv::ErrorKind::Io(io) if io.kind() == io::ErrorKind::BrokenPipe) =>
        {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

fn write() -> Result<(), csv::Error> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(io::stdout().lock());
    out.write_record([
        "unit_id",
        "member",
        "member_en",
        "kind",
        "province",
        "region",
        "code_2012",
        "name_2012",
        "name_2012_en",
        "level",
        "code_2019",
        "code_2024",
        "name_2024",
        "themes",
    ])?;
    for member in pilots::members() {
        let unit = member.unit();
        let division = member.division();
        let in_2019 = division.and_then(|d| d.as_of(2018));
        let in_2024 = division.and_then(|d| d.as_of(2024));
        out.write_record([
            unit.id().to_string(),
            member.name().to_owned(),
            member.name_en().to_owned(),
            member.kind().as_str().to_owned(),
            member.province().as_str().to_owned(),
            member.province().region().as_str().to_owned(),
            division.map(|d| d.code().to_string()).unwrap_or_default(),
            division.map(|d| d.name_zh().to_owned()).unwrap_or_default(),
            division.map(|d| d.name_en().to_owned()).unwrap_or_default(),
            division
                .map(|d| d.level().as_str().to_owned())
                .unwrap_or_default(),
            in_2019.map(|d| d.code().to_string()).unwrap_or_default(),
            in_2024.map(|d| d.code().to_string()).unwrap_or_default(),
            in_2024.map(|d| d.name_zh().to_owned()).unwrap_or_default(),
            themes(unit),
        ])?;
    }
    out.flush()?;
    Ok(())
}
