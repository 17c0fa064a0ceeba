//! Counts of the first batch of regional education-informatization pilots per
//! province, per economic region and per focus theme, as aligned tables.
//!
//! ```text
//! cargo run --example summary
//! ```

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

/// Prints rows as a table: text columns left-aligned, the count column
/// (index 2) right-aligned, with a rule under the header.
fn table(header: [&str; 4], rows: &[[String; 4]]) {
    let mut widths = header.map(width);
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let line = |cells: [&str; 4]| {
        let mut out = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            let pad = " ".repeat(w - width(cell));
            if i == 2 {
                out.push_str(&pad);
                out.push_str(cell);
            } else {
                out.push_str(cell);
                if i + 1 < cells.len() {
                    out.push_str(&pad);
                }
            }
            if i + 1 < cells.len() {
                out.push_str("  ");
            }
        }
        println!("{}", out.trim_end());
    };
    line(header);
    println!(
        "{}",
        "-".repeat(widths.iter().sum::<usize>() + 2 * (widths.len() - 1))
    );
    for row in rows {
        line([&row[0], &row[1], &row[2], &row[3]]);
    }
    println!();
}

fn id_list(units: impl Iterator<Item = &'static cn_edu_pilots::PilotUnit>) -> String {
    units
        .map(|u| u.id().to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() {
    let units = pilots::all();
    let organisations: usize = units.iter().map(|u| u.members().len()).sum();
    println!("{SOURCE_TITLE} ({SOURCE_NUMBER})");
    println!(
        "First batch of regional education-informatization pilot units: {} entries, {organisations} organisations\n",
        units.len()
    );

    println!("Pilots per province (a joint entry counts in each of its members' provinces)\n");
    let rows: Vec<[String; 4]> = Province::ALL
        .iter()
        .map(|&p| {
            let found = pilots::by_province(p);
            [
                p.name_zh().to_owned(),
                p.name_en().to_owned(),
                found.len().to_string(),
                id_list(found),
            ]
        })
        .collect();
    table(["省份", "Province", "Pilots", "Entry ids"], &rows);

    println!("Pilots per economic region (National Bureau of Statistics)\n");
    let rows: Vec<[String; 4]> = EconomicRegion::ALL
        .iter()
        .map(|&r| {
            let provinces: Vec<&str> = r.provinces().map(Province::abbreviation).collect();
            [
                r.label_zh().to_owned(),
                r.label_en().to_owned(),
                pilots::by_region(r).len().to_string(),
                provinces.join(" "),
            ]
        })
        .collect();
    table(["地区", "Region", "Pilots", "Provinces"], &rows);

    println!("Pilots per focus theme (a focus text can have several themes)\n");
    let rows: Vec<[String; 4]> = FocusTheme::ALL
        .iter()
        .map(|&t| {
            [
                t.label_zh().to_owned(),
                t.label_en().to_owned(),
                pilots::by_theme(t).len().to_string(),
                t.category().label_en().to_owned(),
            ]
        })
        .collect();
    table(["主题", "Theme", "Pilots", "Category"], &rows);

    println!("Pilots per theme category\n");
    let rows: Vec<[String; 4]> = ThemeCategory::ALL
        .iter()
        .map(|&c| {
            [
                c.label_zh().to_owned(),
                c.label_en().to_owned(),
                pilots::by_category(c).len().to_string(),
                c.themes().len().to_string(),
            ]
        })
        .collect();
    table(["类别", "Category", "Pilots", "Themes"], &rows);
}
