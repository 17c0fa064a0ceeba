//! Helpers shared by the integration tests: the reference files beside the
//! project checkout, read only when present.

#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared/<relative>` beside the project, or `None` (with a printed
/// reason, so a skipped check is visible in the test output) when absent.
pub fn shared_file(relative: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
        .join(relative);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(err) => {
            eprintln!("skipped: reference file ../shared/{relative} not readable ({err})");
            None
        }
    }
}

/// One division of a GB/T 2260 snapshot.
pub struct Gb2260Row {
    pub code: u32,
    pub name: String,
}

/// The rows of `../shared/data/gb2260/<file>`, or `None` when absent.
pub fn gb2260(file: &str) -> Option<Vec<Gb2260Row>> {
    let text = shared_file(&format!("data/gb2260/{file}"))?;
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Source\tRevision\tCode\tName"),
        "{file}: unexpected header"
    );
    Some(
        lines
            .filter(|line| !line.is_empty())
            .map(|line| {
                let fields: Vec<&str> = line.split('\t').collect();
                assert_eq!(fields.len(), 4, "{file}: bad line {line:?}");
                Gb2260Row {
                    code: fields[2].parse().expect("numeric code"),
                    name: fields[3].to_owned(),
                }
            })
            .collect(),
    )
}
