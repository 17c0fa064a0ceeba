//! `cn-edu-pilots`: the first batch of China's regional
//! education-informatization pilots (教技函〔2012〕70号) for researchers'
//! files, in three commands.
//!
//! ```text
//! cn-edu-pilots mark --code county_code --year year < panel.csv > marked.csv
//! cn-edu-pilots panel --out data/panels
//! cn-edu-pilots lookup 630122 --year 2020
//! ```
//!
//! Each command parses the rest of the command line itself (`--help`
//! prints its options); this module picks the command.

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]

use std::io::{self, Write as _};
use std::process::ExitCode;

mod args;
mod input;
mod lookup;
mod mark;
mod names;
mod panel;
mod report;
mod table;
mod treatment;

const USAGE: &str = "usage: cn-edu-pilots COMMAND [options]

The first batch of regional education-informatization pilots
(教技函〔2012〕70号) joined to GB/T 2260 division codes, 2000 to 2024.

commands:
  mark     append to each row of a CSV the pilots covering its division
           code (and, with --treatment, the panels' treatment columns)
  panel    write the county-, prefecture- and province-year panels, and
           units.csv and members.csv
  lookup   tell what a code is in a year and which pilots cover it

`cn-edu-pilots COMMAND --help` prints the options of a command.

options:
  -h, --help      print this help
  -V, --version   print the version";

fn main() -> ExitCode {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let usage = USAGE.lines().next().unwrap_or(USAGE);
    let fail = |message: String| {
        eprintln!("error: {message}\n{usage}");
        ExitCode::from(2)
    };
    let command = match parser.next() {
        Ok(Some(Value(command))) => command,
        Ok(Some(Short('h') | Long("help"))) => {
            // A closed standard output has nothing to be told.
            let _ = writeln!(io::stdout(), "{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Some(Short('V') | Long("version"))) => {
            let _ = writeln!(io::stdout(), "cn-edu-pilots {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Ok(Some(arg)) => return fail(arg.unexpected().to_string()),
        Ok(None) => return fail("missing COMMAND: mark, panel or lookup".into()),
        Err(e) => return fail(e.to_string()),
    };
    match command.to_str() {
        Some("mark") => mark::main(&mut parser),
        Some("panel") => panel::main(&mut parser),
        Some("lookup") => lookup::main(&mut parser),
        _ => fail(format!(
            "unknown command {command:?}: expected mark, panel or lookup"
        )),
    }
}
