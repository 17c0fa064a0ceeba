//! `data/panels/code_year.csv`: every code of any year-end list (counted
//! from `data/areacodes/data/YEAR.txt`) in every year 2000-2024, once; the
//! rows of the panels' codes in their years as the panels have them; and
//! rows checked by hand against the lists and the notice.

#![warn(clippy::pedantic)]

use std::collections::{BTreeSet, HashMap};

mod common;
use common::{read_csv, root};

/// The file's rows by (code, year), each a map of column to text.
fn code_year() -> HashMap<(u32, u16), HashMap<String, String>> {
    let (header, records) = read_csv(&root().join("data/panels/code_year.csv"));
    let mut rows = HashMap::new();
    for record in records {
        let row: HashMap<String, String> = header
            .iter()
            .cloned()
            .zip(record.iter().map(str::to_owned))
            .collect();
        let key = (
            row["code"].parse().expect("a code"),
            row["year"].parse().expect("a year"),
        );
        assert!(rows.insert(key, row).is_none(), "{key:?} twice");
    }
    rows
}

#[test]
fn every_listed_code_in_every_year_once_and_the_panels_rows_as_they_are() {
    let rows = code_year();
    // The codes of the lists, Taiwan, Hong Kong and Macao left out.
    let mut codes = BTreeSet::new();
    for year in 2000..=2024 {
        let path = root().join(format!("data/areacodes/data/{year}.txt"));
        let text = std::fs::read_to_string(path).expect("a list");
        for line in text.lines() {
            if let Some(code) = line.split(' ').next().and_then(|c| c.parse::<u32>().ok()) {
                if ![71, 81, 82].contains(&(code / 10_000)) {
                    codes.insert(code);
                }
            }
        }
    }
    assert_eq!(rows.len(), codes.len() * 25);
    for &code in &codes {
        for year in 2000..=2024 {
            assert!(
                rows.contains_key(&(code, year)),
                "no row for {code} in {year}"
            );
        }
    }
    for level in ["county", "prefecture", "province"] {
        let path = root().join(format!("data/panels/{level}_year.csv"));
        let (header, records) = read_csv(&path);
        for record in records {
            let get = |name: &str| {
                let i = header.iter().position(|h| h == name).expect(name);
                &record[i]
            };
            let key = (
                get("code").parse().expect("a code"),
                get("year").parse().expect("a year"),
            );
            let row = &rows[&key];
            assert_eq!(row["reading"], "Listed", "{key:?}");
            for column in [
                "pilot_ids",
                "pilot_ids_wholly",
                "pilot_ids_partly",
                "via_members",
                "via_members_wholly",
                "via_members_partly",
                "treated",
                "treated_wholly",
                "via_province_member",
                "post",
                "first_treat",
                "unit_code",
            ] {
                assert_eq!(row[column], get(column), "{level} {key:?} {column}");
            }
        }
    }
}

/// Rows checked by hand against the lists and the notice.
#[test]
fn the_hand_rows() {
    let rows = code_year();
    // 湟中县 630122, listed to 2018, became 湟中区 630106 in 2019: pilot 50
    // (湟中县教育局).
    let row = &rows[&(630_122, 2020)];
    assert_eq!(
        [
            &row["reading"],
            &row["year_read"],
            &row["became"],
            &row["pilot_ids"],
            &row["treated"],
            &row["unit_code"]
        ],
        ["Retired", "2018", "630106", "50", "1", "630106"]
    );
    let row = &rows[&(630_106, 2015)];
    assert_eq!(
        [&row["reading"], &row["year_read"], &row["came_from"]],
        ["NotYetListed", "2019", "630122"]
    );
    // 南山区: entries 32 and 56.
    let row = &rows[&(440_305, 2015)];
    assert_eq!(
        [&row["reading"], &row["pilot_ids"], &row["pilot_note"]],
        ["Listed", "32;56", ""]
    );
}
