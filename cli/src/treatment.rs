//! The options that set the treatment rules, which `mark` and `panel`
//! share. The rules themselves, and every treatment column, are the
//! library's (`cn_edu_pilots::panel`); this module only reads the options
//! into its `Rules`.

use cn_edu_pilots::panel::{NeverTreated, ProvinceMembers, Rules};

/// The options' lines of a command's usage, as a literal for `concat!`.
macro_rules! options {
    () => {
        "  --treat-year YEAR        the first treated year: 2013 (the default: the
                           pilots' plans were due by 1 January 2013) or
                           2012 (the notice's year)
  --never-treated CODING   first_treat of a never-treated row: 0 (the
                           default; csdid, did), empty, or inf (R's
                           staggered; a missing value in .dta)
  --province-members HOW   exclude (the default) or include: whether a
                           code in a pilot's area only through a
                           province-level member (河南省电教馆) is treated
"
    };
}
pub(crate) use options;

/// Whether `name` is one of the options of the rules.
pub fn is_option(name: &str) -> bool {
    matches!(name, "treat-year" | "never-treated" | "province-members")
}

/// `rules` with the option `name` (one that [`is_option`] takes) set to
/// the value that follows it.
pub fn read(name: &str, parser: &mut lexopt::Parser, rules: Rules) -> Result<Rules, String> {
    let value = parser.value().map_err(|e| e.to_string())?;
    let Some(text) = value.to_str() else {
        return Err(format!("--{name} {value:?} is not UTF-8"));
    };
    match name {
        "treat-year" => match text.trim().parse::<u16>() {
            Ok(year) => rules.with_treat_year(year).map_err(|e| e.to_string()),
            Err(_) => Err(format!(
                "unknown first year of treatment {text:?}: expected 2012 (the notice) or 2013 (its plans' deadline)"
            )),
        },
        "never-treated" => text
            .parse::<NeverTreated>()
            .map(|coding| rules.with_never_treated(coding))
            .map_err(|e| e.to_string()),
        _ => text
            .parse::<ProvinceMembers>()
            .map(|choice| rules.with_province_members(choice))
            .map_err(|e| e.to_string()),
    }
}

/// The rules as the summary states them.
pub fn describe(rules: Rules) -> String {
    format!(
        "first treated year {}, never-treated first_treat coded {}, province-level members {}",
        rules.treat_year(),
        rules.never_treated(),
        rules.province_members()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(args: &[&str]) -> Result<Rules, String> {
        let mut parser = lexopt::Parser::from_args(args.iter().copied());
        let mut rules = Rules::DEFAULT;
        while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
            let lexopt::Arg::Long(name) = arg else {
                return Err("not an option".to_owned());
            };
            let name = name.to_owned();
            assert!(is_option(&name));
            rules = read(&name, &mut parser, rules)?;
        }
        Ok(rules)
    }

    #[test]
    fn the_options_set_the_rules() {
        let rules = read_all(&[
            "--treat-year",
            "2012",
            "--never-treated",
            "inf",
            "--province-members",
            "include",
        ])
        .unwrap();
        assert_eq!(rules.treat_year(), 2012);
        assert_eq!(rules.never_treated(), NeverTreated::Inf);
        assert_eq!(rules.province_members(), ProvinceMembers::Include);
        assert_eq!(read_all(&[]).unwrap(), Rules::DEFAULT);
    }

    #[test]
    fn a_bad_value_is_quoted() {
        for (args, quoted) in [
            (["--treat-year", "2014"], "\"2014\""),
            (["--treat-year", "soon"], "\"soon\""),
            (["--never-treated", "never"], "\"never\""),
            (["--province-members", "some"], "\"some\""),
        ] {
            let err = read_all(&args).unwrap_err();
            assert!(err.contains(quoted), "{err}");
            assert!(err.contains("expected"), "{err}");
        }
    }
}
