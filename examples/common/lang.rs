//! The `--lang zh|en` option that `summary` and `by_province` share.

/// The language of an example's output.
#[derive(Clone, Copy, PartialEq)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// Reads the value of `--lang`.
    pub fn parse(parser: &mut lexopt::Parser) -> Result<Lang, String> {
        let value = parser.value().map_err(|e| e.to_string())?;
        match value.to_str() {
            Some("zh") => Ok(Lang::Zh),
            Some("en") => Ok(Lang::En),
            _ => Err(format!("unknown language {value:?}: expected zh or en")),
        }
    }
}
