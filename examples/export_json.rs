//! The whole dataset as JSON on standard output: an array of the 56 units in
//! notice order, in the crate's documented serde form.
//!
//! ```text
//! cargo run --example export_json --features serde > pilots.json
//! ```
//!
//! `--help` prints the usage; any other argument is an error (exit status 2).

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: export_json > pilots.json

The whole dataset as JSON on standard output: the 56 units in notice
order, with their members and divisions, in the crate's serde form.

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
    let mut out = std::io::stdout().lock();
    let units: Vec<_> = cn_edu_pilots::pilots::all().iter().collect();
    let written = serde_json::to_writer_pretty(&mut out, &units)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out));
    match written {
        // A reader that stops early (`| head`) is no error.
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}
