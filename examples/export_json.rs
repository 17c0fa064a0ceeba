//! The whole dataset as JSON on standard output: an array of the 56 units in
//! notice order, in the crate's documented serde form.
//!
//! ```text
//! cargo run --example export_json > pilots.json
//! ```

use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, cn_edu_pilots::pilots::all())?;
    writeln!(out)?;
    Ok(())
}
