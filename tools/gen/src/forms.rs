//! `src/data/forms.rs`: every form of every province, and of the places
//! outside the list, that `Province::from_str` accepts, read as text from
//! the rows of `src/data/provinces.rs` (the one place they are written; the
//! `Province` enum is made from the same rows) and sorted as the parser
//! compares them.

use std::fmt::Write as _;
use std::path::Path;

const SOURCE: &str = "src/data/provinces.rs";

/// The string literals of `text`, in order (the rows' strings have no
/// escapes).
fn literals(text: &str) -> Vec<&str> {
    text.split('"').skip(1).step_by(2).collect()
}

/// The text of the rows' file without its comment lines.
fn code_of(text: &str) -> String {
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Each province's forms, in the order of the rows: its variant's name and
/// the strings of its row.
fn province_rows(text: &str) -> Vec<(String, Vec<String>)> {
    let start = text
        .find("province_table! {")
        .unwrap_or_else(|| panic!("{SOURCE}: no province_table! {{"));
    let body = &text[start + "province_table! {".len()..];
    let end = body
        .find("\n}")
        .unwrap_or_else(|| panic!("{SOURCE}: province_table! is not closed"));
    code_of(&body[..end])
        .split(';')
        .filter(|row| row.contains("=>"))
        .map(|row| {
            let (variant, forms) = row.split_once("=>").unwrap_or_default();
            let variant = variant.split_whitespace().last().unwrap_or_default();
            let forms = literals(forms).into_iter().map(str::to_owned).collect();
            (variant.to_owned(), forms)
        })
        .collect()
}

/// The forms of the places outside the list, from the rows of
/// `outside_scope!`: each one's name, prefix and forms.
fn outside_rows(text: &str) -> Vec<(String, Vec<String>)> {
    let start = text
        .find("outside_scope! {")
        .unwrap_or_else(|| panic!("{SOURCE}: no outside_scope! {{"));
    let body = &text[start + "outside_scope! {".len()..];
    let end = body
        .find("\n}")
        .unwrap_or_else(|| panic!("{SOURCE}: outside_scope! is not closed"));
    code_of(&body[..end])
        .split(';')
        .filter_map(|row| {
            let (place, forms) = row.split_once('[')?;
            let place = literals(place).first()?.to_string();
            let forms = literals(forms).into_iter().map(str::to_owned).collect();
            Some((place, forms))
        })
        .collect()
}

/// A form as the parser orders it (the crate's `labels::cmp_loose`): an
/// all-ASCII form lowercased without separators, any other byte for byte.
fn loose(form: &str) -> Vec<u8> {
    if form.is_ascii() {
        form.bytes()
            .filter(|b| !matches!(b, b' ' | b'-' | b'_' | b'\''))
            .map(|b| b.to_ascii_lowercase())
            .collect()
    } else {
        form.as_bytes().to_vec()
    }
}

/// The text of `src/data/forms.rs`, from the repository at `root`.
pub(crate) fn table(root: &Path) -> String {
    let text =
        std::fs::read_to_string(root.join(SOURCE)).unwrap_or_else(|err| panic!("{SOURCE}: {err}"));
    let provinces = province_rows(&text);
    // `province_table!` makes a variant of each row's name, in order.
    let variants: Vec<&str> = provinces.iter().map(|(v, _)| v.as_str()).collect();
    assert_eq!(variants.len(), 32, "{SOURCE}: 31 provinces and the Corps");
    let outside = outside_rows(&text);
    assert!(!outside.is_empty(), "{SOURCE}: outside_scope! has no rows");
    // (key, form, owner, comment): the owner as the table writes it.
    let mut forms: Vec<(Vec<u8>, String, String, String)> = Vec::new();
    // A province is written as its position in the rows, the number of its
    // variant (`Province::ALL[position]`), and named in a comment.
    for (position, (variant, row)) in provinces.iter().enumerate() {
        for form in row {
            let comment = format!(" // {variant}");
            forms.push((loose(form), form.clone(), position.to_string(), comment));
        }
    }
    for (place, row) in &outside {
        for form in row {
            let comment = format!(" // {place}");
            forms.push((loose(form), form.clone(), "OUTSIDE".to_owned(), comment));
        }
    }
    forms.sort();
    forms.dedup();
    for pair in forms.windows(2) {
        assert!(
            pair[0].0 != pair[1].0,
            "{SOURCE}: the forms {:?} ({}) and {:?} ({}) are one form to the parser",
            pair[0].1,
            pair[0].2,
            pair[1].1,
            pair[1].2
        );
    }
    // `FromStr` reads a variant's name as one of its forms, by the rule for
    // names: each is its English name or a Latin alias, in another case or
    // without the spaces.
    for (position, variant) in variants.iter().enumerate() {
        let owner = position.to_string();
        let spells = |form: &str| {
            if form.bytes().any(|b| b.is_ascii_lowercase()) {
                form.replace(' ', "").eq_ignore_ascii_case(variant)
            } else {
                form.eq_ignore_ascii_case(variant)
            }
        };
        assert!(
            forms.iter().any(|f| f.2 == owner && spells(&f.1)),
            "{SOURCE}: the name of {variant} is none of its forms"
        );
    }
    let mut out = format!(
        "// DO NOT EDIT THIS FILE. IT WAS GENERATED BY:\n\
         //\n\
         //   {}\n\
         //\n\
         // from the rows of {SOURCE}.\n\n",
        crate::COMMAND
    );
    out.push_str(
        "//! Every form `Province::from_str` accepts besides the six-digit codes, as\n\
         //! the rows write it, with its province (`OUTSIDE` for a place outside\n\
         //! the list: Taiwan, Hong Kong, Macao), in two tables sorted as the parser\n\
         //! compares forms: the Chinese ones byte for byte, the Latin names and\n\
         //! codes by their keys, their letters and digits in lower case\n\
         //! (`innermongolia` for `Inner Mongolia`, `cnha` for `CN-HA`). No two keys\n\
         //! are equal, so a binary search finds the one form an input can be. A\n\
         //! variant's name is its English name or a Latin alias without the\n\
         //! spaces (`InnerMongolia`, `Xpcc`), so it is no row of its own. A\n\
         //! province is its position in the rows, which is the number of its\n\
         //! `Province` variant, and its comment names it.\n\n\
         /// The province of a form of a place outside the list.\n\
         pub(crate) const OUTSIDE: u8 = u8::MAX;\n\n",
    );
    let (latin, chinese): (Vec<_>, Vec<_>) = forms.iter().partition(|f| f.1.is_ascii());
    out.push_str("/// The Chinese forms, compared exactly.\n#[rustfmt::skip]\n");
    let _ = writeln!(
        out,
        "pub(crate) static FORMS_ZH: [(&str, u8); {}] = [",
        chinese.len()
    );
    for (_, form, owner, comment) in chinese {
        let _ = writeln!(out, "    ({form:?}, {owner}),{comment}");
    }
    out.push_str(
        "];\n\n\
         /// The Latin names and codes, sorted by their keys.\n\
         #[rustfmt::skip]\n",
    );
    let _ = writeln!(
        out,
        "pub(crate) static FORMS_LATIN: [(&str, u8); {}] = [",
        latin.len()
    );
    for (_, form, owner, comment) in latin {
        let _ = writeln!(out, "    ({form:?}, {owner}),{comment}");
    }
    out.push_str("];\n");
    out
}
