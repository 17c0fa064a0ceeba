//! Writes every generated table of the crate from the sources in the
//! repository:
//!
//! ```text
//! cargo run -p cn-edu-pilots-gen [ROOT]
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use cn_edu_pilots_gen::{COMMAND, find_root, generate, is_root};

fn main() -> ExitCode {
    let usage = format!(
        "usage: {COMMAND} [ROOT]\n\nWrites the generated tables under src/data/ from data/areacodes/ \
         and the rows of src/data/units.rs and src/data/provinces.rs, in the repository \
         at ROOT (by default the one the current directory is in)."
    );
    let mut args = std::env::args_os().skip(1);
    let (first, more) = (args.next(), args.next());
    if more.is_some() {
        eprintln!("more than one argument\n{usage}");
        return ExitCode::from(2);
    }
    let root = match first {
        Some(arg) if arg == "-h" || arg == "--help" => {
            println!("{usage}");
            return ExitCode::SUCCESS;
        }
        Some(arg) => {
            let dir = PathBuf::from(arg);
            if !is_root(&dir) {
                eprintln!(
                    "{}: no Cargo.toml of the package cn-edu-pilots there\n{usage}",
                    dir.display()
                );
                return ExitCode::from(2);
            }
            dir
        }
        None => {
            let here = match std::env::current_dir() {
                Ok(here) => here,
                Err(err) => {
                    eprintln!("the current directory: {err}");
                    return ExitCode::FAILURE;
                }
            };
            let Some(root) = find_root(&here) else {
                eprintln!(
                    "{}: neither it nor a directory above it holds the Cargo.toml of \
                     the package cn-edu-pilots\n{usage}",
                    here.display()
                );
                return ExitCode::from(2);
            };
            root
        }
    };
    for table in generate(&root) {
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
