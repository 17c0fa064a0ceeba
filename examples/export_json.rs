//! The whole dataset as JSON on standard output: an array of the 56 units in
//! notice order, in the crate's documented serde form.
//!
//! ```text
//! cargo run --example export_json > pilots.json
//! ```

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    if let Some(arg) = std::env::args().nth(1) {
        eprintln!("error: unexpected argument {arg:?}");
        eprintln!("usage: export_json > pilots.json");
        return ExitCode::from(2);
    }
    let mut out = std::io::stdout().lock();
    let written = serde_json::to_writer_pretty(&mut out, cn_edu_pilots::pilots::all())
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
