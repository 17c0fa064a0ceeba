//! The pilot units of one province, given in any form `Province` parses
//! (河南, 豫, Henan, 410000, CN-HA, …); with no argument, every province.
//!
//! ```text
//! cargo run --example by_province -- 河南
//! cargo run --example by_province
//! ```
//!
//! A bad argument prints the parse error and exits with status 2.

use std::process::ExitCode;

use cn_edu_pilots::{Province, pilots};

fn print_province(province: Province) {
    let units = pilots::by_province(province);
    println!(
        "{} ({}): {} pilot unit(s)",
        province,
        province.name_en(),
        units.len()
    );
    for unit in units {
        println!("  {:>2}. {}", unit.id(), unit.name());
        println!("      重点内容: {}", unit.focus());
        println!("      Themes: {}", unit.themes());
        if unit.is_joint() {
            for member in unit.members() {
                println!(
                    "      - {} [{}, {}]",
                    member.name(),
                    member.province(),
                    member.kind()
                );
            }
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => {
            for province in Province::ALL {
                print_province(province);
                println!();
            }
            ExitCode::SUCCESS
        }
        [arg] => match arg.parse::<Province>() {
            Ok(province) => {
                print_province(province);
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::from(2)
            }
        },
        _ => {
            eprintln!("usage: by_province [PROVINCE]   (河南, 豫, Henan, 410000, CN-HA, …)");
            ExitCode::from(2)
        }
    }
}
