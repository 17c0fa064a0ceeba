//! `CITATION.cff` cites the version being built, the notice the crate
//! names (`SOURCE_NUMBER`, `SOURCE_TITLE`) and the code lists' commit
//! (`CODES_COMMIT`), so that a citation copied from it names what a user
//! has.

/// The value of the first line of `CITATION.cff` that starts with `key`,
/// at any indentation, unquoted.
fn value(citation: &str, key: &str) -> String {
    citation
        .lines()
        .map(str::trim_start)
        .find_map(|line| line.strip_prefix(key))
        .unwrap_or_else(|| panic!("CITATION.cff has no `{key}`"))
        .trim()
        .to_owned()
}

#[test]
fn the_citation_names_this_version_the_notice_and_the_lists() {
    let citation = include_str!("../CITATION.cff");
    assert_eq!(value(citation, "version: "), env!("CARGO_PKG_VERSION"));
    assert_eq!(value(citation, "cff-version: "), "1.2.0");
    assert_eq!(value(citation, "number: "), cn_edu_pilots::SOURCE_NUMBER);
    assert!(
        citation.contains("\n  - type: government-document\n"),
        "the notice is cited as a government document"
    );
    assert_eq!(
        value(citation, "title: 关于"),
        &cn_edu_pilots::SOURCE_TITLE["关于".len()..]
    );
    assert_eq!(value(citation, "commit: "), cn_edu_pilots::CODES_COMMIT);
    // The release it names is the CHANGELOG's latest.
    let changelog = include_str!("../CHANGELOG.md");
    let release = format!(
        "## [{}] - {}",
        env!("CARGO_PKG_VERSION"),
        value(citation, "date-released: ")
    );
    let latest = changelog
        .lines()
        .find(|line| line.starts_with("## [") && !line.starts_with("## [Unreleased]"));
    assert_eq!(latest, Some(release.as_str()));
}
