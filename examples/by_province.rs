//! The pilot units of one province, given in any form `Province` parses
//! (河南, 豫, Henan, 410000, CN-HA, 廣東, CN-41, …); with no province, every
//! province. `--lang en` prints English instead of Chinese.
//!
//! ```text
//! cargo run --example by_province -- 河南
//! cargo run --example by_province -- --lang en "Inner Mongolia"
//! cargo run --example by_province
//! ```
//!
//! `--help` prints the usage; a bad argument prints what was wrong and
//! exits with status 2.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use cn_edu_pilots::{Province, pilots};

mod common {
    pub mod lang;
}
use common::lang::Lang;

/// Writes one province's units to `out`.
fn describe(out: &mut String, province: Province, lang: Lang) -> std::fmt::Result {
    let units = pilots::by_province(province);
    match lang {
        Lang::Zh => writeln!(
            out,
            "{province} ({}): {} 个试点单位",
            province.name_en(),
            units.len()
        )?,
        Lang::En => writeln!(
            out,
            "{}: {} pilot unit(s)",
            province.official_name_en(),
            units.len()
        )?,
    }
    for unit in units {
        match lang {
            Lang::Zh => {
                let themes: Vec<&str> = unit.themes().iter().map(|t| t.label_zh()).collect();
                writeln!(out, "  {:>2}. {}", unit.id(), unit.name())?;
                writeln!(out, "      重点内容: {}", unit.focus())?;
                writeln!(out, "      主题: {}", themes.join("、"))?;
            }
            Lang::En => {
                let themes: Vec<&str> = unit.themes().iter().map(|t| t.label_en()).collect();
                writeln!(out, "  {:>2}. {}", unit.id(), unit.name_en())?;
                writeln!(out, "      Focus: {}", unit.focus_en())?;
                writeln!(out, "      Themes: {}", themes.join("; "))?;
            }
        }
        if unit.is_joint() {
            for member in unit.members() {
                let (name, place, kind) = match lang {
                    Lang::Zh => (
                        member.name(),
                        member.province().name_zh(),
                        member.kind().label_zh(),
                    ),
                    Lang::En => (
                        member.name_en(),
                        member.province().name_en(),
                        member.kind().label_en(),
                    ),
                };
                writeln!(out, "      - {name} [{place}, {kind}]")?;
            }
        }
    }
    Ok(())
}

const USAGE: &str = "usage: by_province [--lang zh|en] [PROVINCE]

The pilot units of PROVINCE, in any form (河南, 豫, Henan, 410000, CN-HA,
廣東, CN-41, …); without PROVINCE, those of every province.

options:
  --lang zh|en  the language of the output (default: zh)
  -h, --help    print this help";

/// The province asked for, if any, and the language; or what was wrong.
/// `--help` prints the usage and exits.
fn parse_args() -> Result<(Option<Province>, Lang), String> {
    use lexopt::prelude::*;
    let (mut province, mut lang) = (None, Lang::Zh);
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("lang") => lang = Lang::parse(&mut parser)?,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(value) if province.is_none() => {
                let value = value.string().map_err(|e| e.to_string())?;
                province = Some(value.parse::<Province>().map_err(|e| e.to_string())?);
            }
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    Ok((province, lang))
}

fn main() -> ExitCode {
    let (province, lang) = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("error: {message}");
            eprintln!("{}", USAGE.lines().next().unwrap_or(USAGE));
            return ExitCode::from(2);
        }
    };
    let mut out = String::new();
    let provinces = match province {
        Some(province) => vec![province],
        None => Province::ALL.to_vec(),
    };
    for (i, province) in provinces.into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        // Writing to a String cannot fail.
        let _ = describe(&mut out, province, lang);
    }
    // A reader that stops early (`| head`) is no error.
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}
