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
//! A bad argument prints what was wrong and exits with status 2.

use std::process::ExitCode;

use cn_edu_pilots::{Province, pilots};

/// The language of the output.
#[derive(Clone, Copy, PartialEq)]
enum Lang {
    Zh,
    En,
}

fn print_province(province: Province, lang: Lang) {
    let units = pilots::by_province(province);
    match lang {
        Lang::Zh => println!(
            "{province} ({}): {} 个试点单位",
            province.name_en(),
            units.len()
        ),
        Lang::En => println!(
            "{}: {} pilot unit(s)",
            province.official_name_en(),
            units.len()
        ),
    }
    for unit in units {
        let themes: Vec<&str> = match lang {
            Lang::Zh => unit.themes().iter().map(|t| t.label_zh()).collect(),
            Lang::En => unit.themes().iter().map(|t| t.label_en()).collect(),
        };
        match lang {
            Lang::Zh => {
                println!("  {:>2}. {}", unit.id(), unit.name());
                println!("      重点内容: {}", unit.focus());
                println!("      主题: {}", themes.join("、"));
            }
            Lang::En => {
                println!("  {:>2}. {}", unit.id(), unit.name_en());
                println!("      Focus: {}", unit.focus_en());
                println!("      Themes: {}", themes.join("; "));
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
                println!("      - {name} [{place}, {kind}]");
            }
        }
    }
}

/// The province asked for, if any, and the language; or what was wrong.
fn parse_args() -> Result<(Option<Province>, Lang), String> {
    use lexopt::prelude::*;
    let (mut province, mut lang) = (None, Lang::Zh);
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("lang") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                lang = match value.to_str() {
                    Some("zh") => Lang::Zh,
                    Some("en") => Lang::En,
                    _ => return Err(format!("unknown language {value:?}: expected zh or en")),
                };
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
    match parse_args() {
        Ok((Some(province), lang)) => print_province(province, lang),
        Ok((None, lang)) => {
            for province in Province::ALL {
                print_province(province, lang);
                println!();
            }
        }
        Err(message) => {
            eprintln!("error: {message}");
            eprintln!(
                "usage: by_province [--lang zh|en] [PROVINCE]   (河南, 豫, Henan, 410000, CN-HA, …)"
            );
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
