//! The generated tables under `src/data/` are what the generator gives from
//! the sources in the repository now, as chrono-tz checks its own.

use std::path::Path;

use cn_edu_pilots_gen::{COMMAND, generate};

#[test]
fn the_generated_tables_are_what_the_sources_give() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tables = generate();
    let stale: Vec<&str> = tables
        .iter()
        .filter(|table| {
            std::fs::read_to_string(root.join(table.path))
                .ok()
                .as_deref()
                != Some(&table.text)
        })
        .map(|table| table.path)
        .collect();
    assert!(
        stale.is_empty(),
        "{} {} from what the sources give: regenerate with `{COMMAND}`",
        stale.join(", "),
        if stale.len() == 1 {
            "differs"
        } else {
            "differ"
        }
    );
    // Every file that says it is generated is one of them.
    for entry in std::fs::read_dir(root.join("src/data")).expect("src/data") {
        let path = entry.expect("an entry").path();
        let text = std::fs::read_to_string(&path).expect("a table");
        let name = format!("src/data/{}", path.file_name().unwrap().to_string_lossy());
        assert_eq!(
            text.starts_with("// DO NOT EDIT"),
            tables.iter().any(|t| t.path == name),
            "{name}"
        );
    }
}

#[test]
fn the_tables_name_the_commit_of_the_vendored_lists() {
    let readme = cn_edu_pilots_gen::vendored("README.md");
    assert!(readme.contains(cn_edu_pilots::CODES_COMMIT));
    assert!(readme.contains("yescallop/areacodes"));
    for path in [
        "src/data/codes.rs",
        "src/data/coverage.rs",
        "src/data/history.rs",
    ] {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(root.join(path)).expect("a table");
        assert!(text.contains(cn_edu_pilots::CODES_COMMIT), "{path}");
    }
}
