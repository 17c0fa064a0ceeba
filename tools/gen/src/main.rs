//! Writes every generated table of the crate from the sources in the
//! repository:
//!
//! ```text
//! cargo run -p cn-edu-pilots-gen
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let usage = format!(
        "usage: {}\n\nWrites the generated tables under src/data/ from data/areacodes/ \
         and src/data/provinces.rs.",
        cn_edu_pilots_gen::COMMAND
    );
    match std::env::args().nth(1).as_deref() {
        None => {}
        Some("-h" | "--help") => {
            println!("{usage}");
            return ExitCode::SUCCESS;
        }
        Some(other) => {
            eprintln!("unexpected argument {other:?}\n{usage}");
            return ExitCode::from(2);
        }
    }
    let root = cn_edu_pilots_gen::root();
    for table in cn_edu_pilots_gen::generate() {
        let path = root.join(table.path);
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        if old == table.text {
            println!("{}: unchanged", table.path);
            continue;
        }
        if let Err(err) = std::fs::write(&path, &table.text) {
            eprintln!("{}: {err}", table.path);
            return ExitCode::FAILURE;
        }
        println!("{}: written", table.path);
    }
    ExitCode::SUCCESS
}
