//! Counts of the first batch of regional education-informatization pilots per
//! province, per economic region and per focus theme, as aligned tables, in
//! Chinese or, with `--lang en`, in English.
//!
//! ```text
//! cargo run --example summary
//! cargo run --example summary -- --lang en
//! ```
//!
//! `--help` prints the usage; a bad argument prints what was wrong and
//! exits with status 2.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use cn_edu_pilots::{
    EconomicRegion, FocusTheme, Province, SOURCE_NUMBER, SOURCE_TITLE, ThemeCategory, pilots,
};

/// Terminal columns taken by `s`: East Asian wide characters take two.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| match u32::from(c) {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

/// Writes rows as a table: text columns left-aligned, the count column
/// (index 2) right-aligned, with a rule under the header.
fn table(out: &mut String, header: [&str; 4], rows: &[[String; 4]]) {
    let mut widths = header.map(width);
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let line = |out: &mut String, cells: [&str; 4]| {
        let mut text = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            let pad = " ".repeat(w - width(cell));
            if i == 2 {
                text.push_str(&pad);
                text.push_str(cell);
            } else {
                text.push_str(cell);
                if i + 1 < cells.len() {
                    text.push_str(&pad);
                }
            }
            if i + 1 < cells.len() {
                text.push_str("  ");
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(out, header);
    out.push_str(&"-".repeat(widths.iter().sum::<usize>() + 2 * (widths.len() - 1)));
    out.push('\n');
    for row in rows {
        line(out, [&row[0], &row[1], &row[2], &row[3]]);
    }
    out.push('\n');
}

fn id_list(units: impl IntoIterator<Item = &'static cn_edu_pilots::PilotUnit>) -> String {
    units
        .into_iter()
        .map(|u| u.id().to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

mod common {
    pub mod lang;
}
use common::lang::Lang;

impl Lang {
    /// The Chinese or the English of a pair.
    fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

const USAGE: &str = "usage: summary [--lang zh|en]

Counts of the pilot units per province, economic region, focus theme and
theme category, as tables.

options:
  --lang zh|en  the language of the tables (default: zh)
  -h, --help    print this help";

/// `--lang zh` (the default) or `--lang en`; or what was wrong. `--help`
/// prints the usage and exits.
fn parse_args() -> Result<Lang, String> {
    use lexopt::prelude::*;
    let mut lang = Lang::Zh;
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("lang") => lang = Lang::parse(&mut parser)?,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    Ok(lang)
}

fn main() -> ExitCode {
    let lang = match parse_args() {
        Ok(lang) => lang,
        Err(message) => {
            eprintln!("error: {message}");
            eprintln!("{}", USAGE.lines().next().unwrap_or(USAGE));
            return ExitCode::from(2);
        }
    };
    let mut out = String::new();
    let units = pilots::all();
    let organisations: usize = units.iter().map(|u| u.members().len()).sum();
    match lang {
        Lang::Zh => {
            let _ = writeln!(out, "{SOURCE_TITLE}（{SOURCE_NUMBER}）");
            let _ = writeln!(
                out,
                "第一批教育信息化试点单位（区域信息化试点单位）：{} 条，{organisations} 个单位\n",
                units.len()
            );
        }
        Lang::En => {
            let _ = writeln!(out, "Ministry of Education notice {SOURCE_NUMBER}");
            let _ = writeln!(
                out,
                "First batch of regional education-informatization pilot units: {} entries, {organisations} organisations\n",
                units.len()
            );
        }
    }

    let _ = writeln!(
        out,
        "{}\n",
        lang.pick(
            "各省试点数（联合申报的单位计入每个成员所在省份）",
            "Pilots per province (a joint entry counts in each of its members' provinces)"
        )
    );
    let rows: Vec<[String; 4]> = Province::ALL
        .iter()
        .map(|&p| {
            let found = pilots::by_province(p);
            [
                lang.pick(p.name_zh(), p.name_en()).to_owned(),
                lang.pick(p.abbreviation(), p.iso_3166_2().unwrap_or(""))
                    .to_owned(),
                found.len().to_string(),
                id_list(found),
            ]
        })
        .collect();
    let header = match lang {
        Lang::Zh => ["省份", "简称", "试点", "编号"],
        Lang::En => ["Province", "ISO", "Pilots", "Entry ids"],
    };
    table(&mut out, header, &rows);

    let _ = writeln!(
        out,
        "{}\n",
        lang.pick(
            "各经济区域试点数（国家统计局划分）",
            "Pilots per economic region (National Bureau of Statistics)"
        )
    );
    let rows: Vec<[String; 4]> = EconomicRegion::ALL
        .iter()
        .map(|&r| {
            let provinces: Vec<&str> = match lang {
                Lang::Zh => r.provinces().map(Province::abbreviation).collect(),
                Lang::En => r
                    .provinces()
                    .map(|p| p.iso_3166_2().unwrap_or("XPCC"))
                    .collect(),
            };
            [
                lang.pick(r.label_zh(), r.label_en()).to_owned(),
                String::new(),
                pilots::by_region(r).len().to_string(),
                provinces.join(" "),
            ]
        })
        .collect();
    let header = match lang {
        Lang::Zh => ["区域", "", "试点", "省份"],
        Lang::En => ["Region", "", "Pilots", "Provinces"],
    };
    table(&mut out, header, &rows);

    let _ = writeln!(
        out,
        "{}\n",
        lang.pick(
            "各主题试点数（一条重点内容可有多个主题）",
            "Pilots per focus theme (a focus text can have several themes)"
        )
    );
    let rows: Vec<[String; 4]> = FocusTheme::ALL
        .iter()
        .map(|&t| {
            let category = t.category();
            [
                lang.pick(t.label_zh(), t.label_en()).to_owned(),
                lang.pick(category.label_zh(), category.label_en())
                    .to_owned(),
                pilots::by_theme(t).len().to_string(),
                id_list(pilots::by_theme(t)),
            ]
        })
        .collect();
    let header = match lang {
        Lang::Zh => ["主题", "类别", "试点", "编号"],
        Lang::En => ["Theme", "Category", "Pilots", "Entry ids"],
    };
    table(&mut out, header, &rows);

    let _ = writeln!(
        out,
        "{}\n",
        lang.pick("各类别试点数", "Pilots per theme category")
    );
    let rows: Vec<[String; 4]> = ThemeCategory::ALL
        .iter()
        .map(|&c| {
            [
                lang.pick(c.label_zh(), c.label_en()).to_owned(),
                String::new(),
                pilots::by_category(c).len().to_string(),
                id_list(pilots::by_category(c)),
            ]
        })
        .collect();
    let header = match lang {
        Lang::Zh => ["类别", "", "试点", "编号"],
        Lang::En => ["Category", "", "Pilots", "Entry ids"],
    };
    table(&mut out, header, &rows);
    // A reader that stops early (`| head`) is no error.
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}
