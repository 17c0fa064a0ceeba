//! One CSV row per member organisation (63 rows), for joining the list with
//! data keyed by GB/T 2260 division code. RFC 4180: a header row, CRLF line
//! ends, fields with commas, quotes or line breaks quoted.
//!
//! ```text
//! cargo run --example export_csv > pilots.csv
//! ```
//!
//! Columns: `unit_id` (1–56, the notice's order), `member` (as published),
//! `kind`, `province`, `region` (the crate's canonical variant names, as in
//! its serde form), `code_2012` and `name_2012` (the member's GB/T 2260
//! division in the 2012-10 edition), `level`, `code_2019` (the division in
//! the 2019-04 edition: the successor's code where it changed, else the
//! same), `themes` (the unit's focus themes, separated by `;`). A member
//! placed in no division has the four division fields empty.

use std::io::{self, Write};

use cn_edu_pilots::{FocusTheme, PilotUnit, pilots};

/// A field as RFC 4180 wants it: quoted, with quotes doubled, when it holds a
/// comma, a quote or a line break.
fn field(value: &str) -> String {
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

fn themes(unit: &PilotUnit) -> String {
    unit.themes()
        .iter()
        .map(FocusTheme::as_str)
        .collect::<Vec<_>>()
        .join(";")
}

fn main() -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let header = [
        "unit_id",
        "member",
        "kind",
        "province",
        "region",
        "code_2012",
        "name_2012",
        "level",
        "code_2019",
        "themes",
    ];
    write!(out, "{}\r\n", header.join(","))?;
    for unit in pilots::all() {
        for member in unit.members() {
            let division = member.division();
            let now = division.map(|d| d.successor().unwrap_or(d));
            let row = [
                unit.id().to_string(),
                member.name().to_owned(),
                member.kind().as_str().to_owned(),
                member.province().as_str().to_owned(),
                member.province().region().as_str().to_owned(),
                division.map(|d| d.code().to_string()).unwrap_or_default(),
                division.map(|d| d.name_zh().to_owned()).unwrap_or_default(),
                division
                    .map(|d| d.level().as_str().to_owned())
                    .unwrap_or_default(),
                now.map(|d| d.code().to_string()).unwrap_or_default(),
                themes(unit),
            ];
            let row: Vec<String> = row.iter().map(|v| field(v)).collect();
            write!(out, "{}\r\n", row.join(","))?;
        }
    }
    out.flush()
}
