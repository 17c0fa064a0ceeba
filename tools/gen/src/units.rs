//! The members of the list, read as text from the rows of
//! `src/data/units.rs` (the one place they are written), not from the
//! crate: a table the crate cannot compile from must not stop the tool
//! that mends it.

use std::path::Path;

const SOURCE: &str = "src/data/units.rs";

/// One member's line: its unit's id, its place among the unit's members
/// (from 1, in the notice's order), its kind (a `MemberKind` variant's
/// name) and its 2012 division code, if it has one.
pub(crate) struct Member {
    pub(crate) unit: u8,
    pub(crate) place: u8,
    pub(crate) kind: String,
    pub(crate) division: Option<u32>,
}

impl Member {
    /// Whether the member's area is its division's: the crate's
    /// `MemberKind::is_territorial`, every kind but a university and an
    /// enterprise.
    pub(crate) fn is_territorial(&self) -> bool {
        !matches!(self.kind.as_str(), "University" | "Enterprise")
    }
}

/// A line with its string literals emptied (the rows' strings have no
/// escapes), so that the commas in names do not split it.
fn code_of(line: &str) -> String {
    line.split('"').step_by(2).collect()
}

/// Every member, in the notice's order.
///
/// # Panics
/// When the file cannot be read or a row does not read as a unit's or a
/// member's line.
pub(crate) fn members(root: &Path) -> Vec<Member> {
    let text =
        std::fs::read_to_string(root.join(SOURCE)).unwrap_or_else(|err| panic!("{SOURCE}: {err}"));
    let start = text
        .find("const TABLE:")
        .unwrap_or_else(|| panic!("{SOURCE}: no TABLE"));
    let mut members = Vec::new();
    let (mut unit, mut place) = (0u8, 0u8);
    for line in text[start..].lines().map(code_of) {
        let line = line.trim();
        if let Some(args) = line
            .strip_prefix("unit(")
            .or_else(|| line.strip_prefix("joint("))
        {
            let id = args.split(',').next().unwrap_or_default();
            unit = id
                .trim()
                .parse()
                .unwrap_or_else(|_| panic!("{SOURCE}: a unit's row without its id: {line}"));
            assert_eq!(
                unit,
                members.last().map_or(0, |m: &Member| m.unit) + 1,
                "{SOURCE}: unit {unit} out of order"
            );
            place = 0;
        } else if let Some(args) = line.strip_prefix("member(") {
            // name, English name, province, kind, division
            let args: Vec<&str> = args.splitn(5, ',').map(str::trim).collect();
            let [_, _, _, kind, division] = args[..] else {
                panic!("{SOURCE}: a member's line of other than five arguments: {line}");
            };
            let division = match division.strip_prefix("at(") {
                Some(rest) => {
                    let code = rest.split(',').next().unwrap_or_default();
                    Some(code.trim().parse().unwrap_or_else(|_| {
                        panic!("{SOURCE}: a member's division without its code: {line}")
                    }))
                }
                None if division.starts_with("None") => None,
                None => panic!("{SOURCE}: a member's division neither at(..) nor None: {line}"),
            };
            place += 1;
            members.push(Member {
                unit,
                place,
                kind: kind.to_owned(),
                division,
            });
        }
    }
    assert!(
        members.first().is_some_and(|m| m.unit == 1),
        "{SOURCE}: no member of unit 1"
    );
    members
}
