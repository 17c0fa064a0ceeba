//! The generated tables under `src/data/` are what the generator gives from
//! the sources in the repository now, as chrono-tz checks its own.

mod common;

use cn_edu_pilots_gen::{COMMAND, generate};
use common::manifest_dir;

#[test]
fn the_generated_tables_are_what_the_sources_give() {
    let root = manifest_dir();
    let tables = generate(&root);
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
    let root = manifest_dir();
    let readme = cn_edu_pilots_gen::vendored(&root, "README.md");
    assert!(readme.contains(cn_edu_pilots::CODES_COMMIT));
    assert!(readme.contains("yescallop/areacodes"));
    assert_eq!(
        cn_edu_pilots_gen::vendored_commit(&root),
        cn_edu_pilots::CODES_COMMIT
    );
    for path in [
        "src/data/codes.rs",
        "src/data/coverage.rs",
        "src/data/history.rs",
    ] {
        let text = std::fs::read_to_string(root.join(path)).expect("a table");
        assert!(text.contains(cn_edu_pilots::CODES_COMMIT), "{path}");
    }
}

#[test]
fn the_generator_finds_the_repository_from_any_directory_in_it() {
    let root = manifest_dir();
    assert!(cn_edu_pilots_gen::is_root(&root));
    // The generator's own package is not the crate's.
    assert!(!cn_edu_pilots_gen::is_root(&root.join("tools/gen")));
    for dir in ["src/data", "tools/gen/src", "data/areacodes/diff"] {
        assert_eq!(
            cn_edu_pilots_gen::find_root(&root.join(dir)).as_deref(),
            Some(root.as_path()),
            "{dir}"
        );
    }
}

#[test]
fn the_oracles_restate_the_generators_institutional_rule() {
    assert_eq!(
        cn_edu_pilots_gen::institutional::INSTITUTIONAL,
        common::INSTITUTIONAL,
        "tests/common/mod.rs restates tools/gen/src/institutional.rs"
    );
}

#[test]
fn the_generated_tables_import_nothing_from_the_crate() {
    // Plain data: a query module reads them, never the other way round.
    let root = manifest_dir();
    for table in generate(&root) {
        assert!(
            !table.text.contains("use crate::") && !table.text.contains("crate::"),
            "{} names an item of the crate",
            table.path
        );
    }
}
