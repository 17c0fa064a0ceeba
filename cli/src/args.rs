//! The options of the input and output that `mark` reads: the delimiter
//! and the encoding. (The timing options, `--treat-year` and
//! `--never-treated`, that `mark` and `panel` share are read by the
//! `treatment` module, with the rules they set.)

use crate::report::Quote;

/// The encodings the input may be in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    /// UTF-8, checked.
    Utf8,
    /// GB 18030, which includes GBK and GB 2312.
    Gb18030,
}

/// A delimiter: one ASCII character, or `tab`.
pub fn parse_delimiter(value: &str) -> Result<u8, String> {
    match value {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if value.len() == 1
            && value.is_ascii()
            && !matches!(value, "\"" | "\r" | "\n")
            && !value.as_bytes()[0].is_ascii_alphanumeric() =>
        {
            Ok(value.as_bytes()[0])
        }
        _ => Err(format!(
            "invalid delimiter {}: expected one character such as , or ; or the word tab",
            Quote(value.as_bytes())
        )),
    }
}

/// An encoding by one of its usual names.
pub fn parse_encoding(value: &str) -> Result<Encoding, String> {
    match value.to_ascii_lowercase().as_str() {
        "utf-8" | "utf8" => Ok(Encoding::Utf8),
        "gbk" | "gb18030" | "gb-18030" | "gb2312" | "cp936" => Ok(Encoding::Gb18030),
        _ => Err(format!(
            "unknown encoding {}: expected utf-8 or gbk",
            Quote(value.as_bytes())
        )),
    }
}
