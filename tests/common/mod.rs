//! Helpers shared by the integration tests: the oracles that say, by brute
//! force over the public data, what a query should answer, and the
//! reference files beside the project checkout.
//!
//! The GB/T 2260 snapshots in `../shared/data/gb2260/` state no licence, so
//! they stay outside the repository, and a test that reads them is marked
//! `#[ignore = "needs ../shared/data"]`: a plain `cargo test` in a clone
//! without them reports it as ignored, and `.ci/run` runs it with
//! `--include-ignored`, where a missing file fails it. Every other source
//! is in the repository (`data/`), and its tests are ordinary ones.

#![allow(dead_code, reason = "each test crate uses some of the helpers")]

use std::path::{Path, PathBuf};

use cn_edu_pilots::{DivisionCode, Member, PilotUnit, pilots};

/// The crate's directory, as cargo tells the test when it runs it (not
/// where the test was built: a target directory shared by two clones
/// would mix them up).
///
/// # Panics
/// When the test is run other than by cargo, which sets
/// `CARGO_MANIFEST_DIR`.
pub fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .expect("CARGO_MANIFEST_DIR: run the tests with cargo")
}

/// The institutional rule of the generator
/// (`tools/gen/src/institutional.rs`): entry 55's area is the territory of
/// 铁门关市 (659006), the Second Division's city under 师市合一, over all
/// its years; `covering` and `within` read it by the code's digits, as
/// these oracles do (`covering_in`'s territory is `tests/history.rs`'s). Restated
/// here, so that the oracles need no generator (which the published
/// package does not carry); `tests/codegen.rs` holds the two equal.
pub const INSTITUTIONAL: [(u32, u8); 1] = [(659006, 55)];

/// The text of `../shared/<relative>` beside the project.
///
/// # Panics
/// When the file cannot be read: the tests that call this are ignored
/// unless the reference data is there.
pub fn shared_file(relative: &str) -> String {
    let path = manifest_dir().join("..").join("shared").join(relative);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("reference file ../shared/{relative}: {err}"))
}

/// The built example `name`. Cargo builds the examples for `cargo test` and
/// puts them in `examples/` beside `deps/`, the directory of the test's
/// binary, wherever the target directory is and whatever the profile or
/// target. (`cargo test --test NAME` builds no example: it runs those built
/// last.)
///
/// # Panics
/// When the example is not built.
pub fn binary(name: &str) -> PathBuf {
    let test = std::env::current_exe().expect("the path of this test");
    let profile = test
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>/deps/<test>");
    let path = profile
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.is_file(),
        "no example binary {}: `cargo test` builds the examples; \
         `cargo test --test NAME` alone does not, so run `cargo build --examples` first",
        path.display()
    );
    path
}

/// One division of a GB/T 2260 snapshot.
pub struct Gb2260Row {
    pub code: u32,
    pub name: String,
}

/// The rows of `../shared/data/gb2260/<file>`.
pub fn gb2260(file: &str) -> Vec<Gb2260Row> {
    let text = shared_file(&format!("data/gb2260/{file}"));
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Source\tRevision\tCode\tName"),
        "{file}: unexpected header"
    );
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
        .collect()
}

/// The ids of some units.
pub fn ids<'a>(units: impl IntoIterator<Item = &'a PilotUnit>) -> Vec<u8> {
    units.into_iter().map(PilotUnit::id).collect()
}

/// The oracle for `pilots::covering`, written from its documented rule with
/// plain digit arithmetic: the units with a territorial member whose 2012
/// division, or that division's successor, contains `code` (a province
/// `XX0000` contains the codes starting `XX`, a prefecture `XXYY00` those
/// starting `XXYY`, a county itself); and the units the generator's
/// institutional rule gives a code containing it (铁门关市, entry 55).
pub fn covering_by_scan(code: u32) -> Vec<u8> {
    let contains = |area: u32, code: u32| {
        if area % 10_000 == 0 {
            area / 10_000 == code / 10_000
        } else if area % 100 == 0 {
            area / 100 == code / 100
        } else {
            area == code
        }
    };
    let covers = |member: &Member| {
        let Some(division) = member.division() else {
            return false;
        };
        member.kind().is_territorial()
            && [Some(division), division.successor()]
                .into_iter()
                .flatten()
                .any(|area| contains(area.code().get(), code))
    };
    let institutional = |unit: &PilotUnit| {
        INSTITUTIONAL
            .iter()
            .any(|&(area, id)| id == unit.id() && contains(area, code))
    };
    pilots::all()
        .iter()
        .filter(|unit| unit.members().iter().any(covers) || institutional(unit))
        .map(PilotUnit::id)
        .collect()
}

/// `pilots::within` on a raw code.
pub fn within(code: u32) -> Vec<u8> {
    ids(pilots::within(
        DivisionCode::try_from(code).expect("valid code"),
    ))
}

/// `pilots::covering` on a raw code.
pub fn covering(code: u32) -> Vec<u8> {
    ids(pilots::covering(
        DivisionCode::try_from(code).expect("valid code"),
    ))
}

/// The oracle for `pilots::search`: the units one of whose texts (names
/// and focus, members' names, in Chinese or in English, the English
/// lowercased with the query) contains the trimmed query; none for an empty
/// one.
pub fn search_by_scan(query: &str) -> Vec<u8> {
    let query = query.trim();
    let lower = query.to_ascii_lowercase();
    let chinese = |text: &str| text.contains(query);
    let english = |text: &str| query.is_ascii() && text.to_ascii_lowercase().contains(&lower);
    pilots::all()
        .iter()
        .filter(|u| {
            !query.is_empty()
                && (chinese(u.name())
                    || chinese(u.focus())
                    || u.members()
                        .iter()
                        .any(|m| chinese(m.name()) || english(m.name_en()))
                    || english(u.name_en())
                    || english(u.focus_en()))
        })
        .map(PilotUnit::id)
        .collect()
}

/// The oracle for `pilots::within`: the units with a member whose 2012
/// division, or its successor, lies inside `code`'s area, by the digits,
/// and the units of the institutional rule whose code does.
pub fn within_by_scan(code: u32) -> Vec<u8> {
    let stem = |area: u32| {
        if area % 10_000 == 0 {
            area.to_string()[..2].to_owned()
        } else if area % 100 == 0 {
            area.to_string()[..4].to_owned()
        } else {
            area.to_string()
        }
    };
    let inside = |member: &Member| {
        member.division().is_some_and(|d| {
            [Some(d), d.successor()]
                .into_iter()
                .flatten()
                .any(|d| d.code().get().to_string().starts_with(&stem(code)))
        })
    };
    let institutional = |unit: &PilotUnit| {
        INSTITUTIONAL
            .iter()
            .any(|&(area, id)| id == unit.id() && area.to_string().starts_with(&stem(code)))
    };
    pilots::all()
        .iter()
        .filter(|unit| unit.members().iter().any(inside) || institutional(unit))
        .map(PilotUnit::id)
        .collect()
}
