//! Marks the rows of a CSV file that lie in a pilot region: reads CSV on
//! standard input, keeps every column and row, appends the covering pilots'
//! ids (`pilot_ids`), names (`pilot_names`), whether each covers the row's
//! division wholly or partly (`pilot_coverage`), `;`-separated, and a note
//! where the code was read through another year's list (`pilot_note`), and
//! writes the result to standard output. It streams, so the input can be
//! larger than memory.
//!
//! ```text
//! cargo run --release --example mark -- --code county_code --year year < panel.csv > marked.csv
//! cargo run --release --example mark -- --code county_code < roster.csv > marked.csv
//! cargo run --release --example mark -- --code 代码 --year 年份 --encoding gbk --delimiter tab < 面板.txt > marked.csv
//! ```
//!
//! With `--year`, each row's code is read in the year-end list of its year
//! (2000 to 2024), as `pilots::covering_in` reads it; where the code is not in that year's
//! list and was read in another year's, `pilot_note` says which, and a
//! message names the line. Without `--year`, a code of no list 2000–2024
//! is a row that could not be read, and the others are read as
//! `pilots::covering` does, by their digits against the pilots' 2012
//! divisions and what they became by 2024; how much of the area a pilot
//! covers is then not known, and `pilot_coverage` is left empty.
//!
//! Codes and years are read in the forms real files carry: `630122`,
//! `630122.0` (a number written by Excel or pandas), with surrounding
//! spaces, in full-width digits (`６３０１２２`), and a year as `2020年`.
//! A row whose code or year is anything else is written unmarked, and a
//! message with its line number, quoting at most the first 40 bytes of the
//! field (`…` marks a cut), goes to standard error. Codes of Taiwan, Hong
//! Kong and Macao, which the notice does not cover, are left unmarked
//! without a message. Line numbers are the input's, whatever its line ends
//! (`\n`, `\r\n`, or a `\r` alone, as old Mac files and some Excel exports
//! end their lines), quoted fields over several lines included.
//!
//! With `--treatment` (which needs `--year`), the treatment columns of the
//! panels in `data/panels/` follow, named and computed as `panel` writes
//! them (`examples/common/treatment.rs`): `via_members` (the covering
//! members by their ids in `members.csv`), `treated`, `treated_wholly`,
//! `via_province_member`, `post` and `first_treat` (`--treat-year`,
//! `--never-treated`). A row left unmarked for any reason but lying in no
//! pilot's area (a row that could not be read, a code of Taiwan, Hong Kong
//! or Macao) has them all empty, never 0.
//!
//! A row shorter than the header is padded with empty fields. A row longer
//! than the header keeps every field: the marks are written under their
//! headers, after the header's columns, and the extra fields after the
//! marks; a message names the line.
//!
//! The input is UTF-8 (a BOM is dropped), or GB 18030, of which GBK is a
//! part, with `--encoding gbk`. The output is UTF-8 whatever the input:
//! one encoding that every tool reads, whatever the input was written with.
//! Input that is not UTF-8 (and not transcoded with `--encoding gbk`) stops
//! the run at its first such line, with a message naming the encoding it
//! seems to be in, so that no output mixes encodings. Input given as
//! `--encoding gbk` whose first 64 KB are UTF-8 (a UTF-8 BOM, or at least
//! two Chinese characters' worth of bytes outside ASCII, all UTF-8) is
//! refused, with a message that says it is UTF-8; with fewer such bytes,
//! which GBK text may also form, it is read as told, with a warning.
//!
//! At the end, a summary goes to standard error: the rows read, marked,
//! read through another year's list, and unmarked, by reason. The exit
//! status is 0, or 1 when a row could not be read (a bad code or year, a
//! year outside the lists, or a code in none of them), unless `--allow-bad-rows` is given. A missing
//! column, input that is not in its encoding, or bad arguments print what
//! was wrong and exit with status 2. A closed standard output stops the run
//! quietly with status 141, as a shell reports a program stopped by a
//! closed pipe; a closed standard error only silences the messages.
//! `--help` prints the usage.

use std::collections::VecDeque;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{self, Read, Write};
use std::process::ExitCode;

use cn_edu_pilots::{Coverage, DivisionCode, Error, ErrorKind, Reading, Units, codes, pilots};

// The treatment rules `panel` writes its panels by, shared.
#[allow(
    dead_code,
    reason = "mark uses the rules' timing and status, not all that panel does"
)]
#[path = "common/treatment.rs"]
mod treatment;
use treatment::{MemberId, NeverTreated, Status, Timing};

/// What to read, and how.
pub struct Args {
    /// The name of the column of division codes.
    pub code: String,
    /// The name of the column of years, if any.
    pub year: Option<String>,
    /// The field delimiter of the input and the output.
    pub delimiter: u8,
    /// The encoding of the input.
    pub encoding: Encoding,
    /// Exit with status 0 even when some rows could not be read.
    pub allow_bad_rows: bool,
    /// Append the treatment columns, with this timing (`--treatment`).
    pub treatment: Option<Timing>,
}

/// The encodings the input may be in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    /// UTF-8, checked.
    Utf8,
    /// GB 18030, which includes GBK and GB 2312.
    Gb18030,
}

const USAGE: &str = "usage: mark --code COLUMN [--year COLUMN] [options] < input.csv > output.csv

Appends to each row of a CSV the pilots covering its division code:
pilot_ids, pilot_names, pilot_coverage (wholly or partly) and pilot_note
(where the code was read through another year's list). A summary goes to
standard error.

options:
  --code COLUMN       the column of GB/T 2260 division codes
  --year COLUMN       the column of years: read each code in the list of
                      its year (2000 to 2024; a code that list lacks in
                      its last or first listed year, with a note)
  --delimiter CHAR    the field delimiter: , (the default), ; or tab
  --encoding NAME     the input's encoding: utf-8 (the default) or gbk
                      (read as GB 18030); the output is always UTF-8
  --allow-bad-rows    exit with status 0 even when rows could not be read
  --treatment         with --year, append the treatment columns of the
                      panels (data/CODEBOOK.md): via_members, treated,
                      treated_wholly, via_province_member, post and
                      first_treat; empty where a row is unmarked but for
                      lying in no pilot's area
  --treat-year YEAR   the first treated year: 2013 (the default) or 2012
                      (implies --treatment)
  --never-treated C   first_treat of a never-treated row: 0 (the
                      default), empty or inf (implies --treatment)
  -h, --help          print this help

exit status: 0, or 1 when a row could not be read; 2 on bad arguments or
input; 141 when standard output was closed";

/// What to do, or what was wrong; `Ok(None)` once `--help` has printed the
/// usage.
fn parse_args() -> Result<Option<Args>, String> {
    use lexopt::prelude::*;
    let (mut code, mut year, mut delimiter, mut encoding) = (None, None, b',', Encoding::Utf8);
    let mut allow_bad_rows = false;
    let (mut treatment, mut timing) = (false, Timing::default());
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        let name = match arg {
            Long("treatment") => {
                treatment = true;
                continue;
            }
            Long("treat-year") => {
                timing.year = treatment::parse_treat_year(&mut parser)?;
                treatment = true;
                continue;
            }
            Long("never-treated") => {
                timing.never = NeverTreated::parse(&mut parser)?;
                treatment = true;
                continue;
            }
            Long("code") => "code",
            Long("year") => "year",
            Long("delimiter") => "delimiter",
            Long("encoding") => "encoding",
            Long("allow-bad-rows") => {
                allow_bad_rows = true;
                continue;
            }
            Short('h') | Long("help") => {
                // A closed standard output has nothing to be told.
                let _ = writeln!(io::stdout(), "{USAGE}");
                return Ok(None);
            }
            _ => return Err(arg.unexpected().to_string()),
        };
        let value = parser.value().map_err(|e| e.to_string())?;
        let value = value
            .string()
            .map_err(|e| format!("--{name} {e:?} is not UTF-8"))?;
        match name {
            "code" => code = Some(value),
            "year" => year = Some(value),
            "delimiter" => delimiter = parse_delimiter(&value)?,
            _ => encoding = parse_encoding(&value)?,
        }
    }
    if treatment && year.is_none() {
        // By code alone a code is read by its digits, which say whether it
        // lies inside a member's area, not whether its area meets a
        // pilot's: the panels' `treated` needs each row's year.
        return Err(
            "--treatment (and --treat-year, --never-treated) needs --year COLUMN: \
             treatment is read in the list of each row's year"
                .into(),
        );
    }
    Ok(Some(Args {
        code: code.ok_or("missing --code COLUMN")?,
        year,
        delimiter,
        encoding,
        allow_bad_rows,
        treatment: treatment.then_some(timing),
    }))
}

/// A delimiter: one ASCII character, or `tab`.
fn parse_delimiter(value: &str) -> Result<u8, String> {
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
fn parse_encoding(value: &str) -> Result<Encoding, String> {
    match value.to_ascii_lowercase().as_str() {
        "utf-8" | "utf8" => Ok(Encoding::Utf8),
        "gbk" | "gb18030" | "gb-18030" | "gb2312" | "cp936" => Ok(Encoding::Gb18030),
        _ => Err(format!(
            "unknown encoding {}: expected utf-8 or gbk",
            Quote(value.as_bytes())
        )),
    }
}

/// How a code that is not in the list of its row's year was read: the
/// crate's [`Reading`], when it is not `Listed`, and the year it was read
/// in ([`Coverage::year_read`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Note {
    reading: Reading,
    read_in: u16,
}

impl Note {
    /// The note of an answer, `None` for a code read in its own year.
    fn of(coverage: Coverage) -> Option<Note> {
        let reading = coverage.reading();
        (reading != Reading::Listed).then_some(Note {
            reading,
            read_in: coverage.year_read(),
        })
    }

    /// The `pilot_note` field of a row of `year`.
    fn column(self, year: u16) -> String {
        format!("not in the {year} list: read in the {} list", self.read_in)
    }

    /// The message for the line of a row of `code` and `year`.
    fn message(self, code: DivisionCode, year: u16) -> String {
        let which = match self.reading {
            Reading::Retired { .. } => "the last year it is listed",
            Reading::NotYetListed { .. } => "the first year it is listed",
            _ => "another year",
        };
        format!(
            "code {code} is not in the list of {year}: read in the list of {}, {which}",
            self.read_in
        )
    }
}

/// Why a row is left unmarked. The first two are answers; the others mean
/// the row could not be read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Reason {
    /// The code's area lies in no pilot's 2012 area.
    NoPilot,
    /// A code of Taiwan, Hong Kong or Macao.
    OutsideMainland,
    /// The code field is no division code.
    BadCode,
    /// The year field is no year.
    BadYear,
    /// The year is one no list is compiled in for.
    OutsideLists,
    /// The code is in none of the lists.
    NeverListed,
}

impl Reason {
    const ALL: [Reason; 6] = [
        Reason::NoPilot,
        Reason::OutsideMainland,
        Reason::BadCode,
        Reason::BadYear,
        Reason::OutsideLists,
        Reason::NeverListed,
    ];

    fn label(self) -> &'static str {
        match self {
            Reason::NoPilot => "in no pilot's area",
            Reason::OutsideMainland => "of Taiwan, Hong Kong or Macao",
            Reason::BadCode => "with an invalid code",
            Reason::BadYear => "with an invalid year",
            Reason::OutsideLists => "with a year outside the lists",
            Reason::NeverListed => "with a code in no list",
        }
    }

    /// Whether a row left unmarked for this reason could not be read.
    fn is_bad(self) -> bool {
        !matches!(self, Reason::NoPilot | Reason::OutsideMainland)
    }
}

/// Why a row could not be read, and the message for its line.
#[derive(Clone, Copy, Debug)]
pub struct Message<'a> {
    reason: Reason,
    problem: Problem<'a>,
}

/// What the message for a row that could not be read says, kept as the
/// crate's errors keep it, with the row's field borrowed: nothing is
/// allocated, and a file whose every row is bad makes one of these per row.
#[derive(Clone, Copy, Debug)]
enum Problem<'a> {
    /// A code field that cannot be six digits in any form read (`4108x`,
    /// `NA`): what the crate calls a malformed code.
    Malformed(&'a [u8]),
    /// The crate's error for a code field that is no code.
    Code(Error),
    /// A year field that is no year.
    Year(&'a [u8]),
    /// The crate's error for a year outside the lists or a code in none.
    Covering(Error),
    /// A code in no list, read by code alone.
    NeverListed(DivisionCode),
}

impl Problem<'_> {
    /// Writes the message onto `buf`, by hand where it is the crate's
    /// message for a malformed code: files of bad values are made of those.
    fn write_onto(self, buf: &mut Vec<u8>) {
        let written = match self {
            Problem::Malformed(field) => match Malformed::get() {
                Some(Malformed { head, tail }) => {
                    buf.extend_from_slice(head.as_bytes());
                    Quote(field).write_onto(buf);
                    buf.extend_from_slice(tail.as_bytes());
                    return;
                }
                None => {
                    let text = String::from_utf8_lossy(field);
                    match text.parse::<DivisionCode>() {
                        Err(e) => write!(buf, "{e}"),
                        Ok(_) => Ok(()),
                    }
                }
            },
            Problem::Code(e) => write!(buf, "{e}"),
            Problem::Year(field) => {
                buf.extend_from_slice(b"invalid year ");
                Quote(field).write_onto(buf);
                buf.extend_from_slice(
                    ": expected a year such as 2020 (or 2020.0, ２０２０, 2020年)".as_bytes(),
                );
                return;
            }
            Problem::Covering(e) => write!(buf, "{e}"),
            Problem::NeverListed(code) => write!(
                buf,
                "{code} is in no year-end list of {} to {}",
                codes::FIRST_YEAR,
                codes::LAST_YEAR
            ),
        };
        // Writing into memory does not fail.
        debug_assert!(written.is_ok());
    }
}

impl fmt::Display for Problem<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = Vec::new();
        self.write_onto(&mut buf);
        f.write_str(&String::from_utf8_lossy(&buf))
    }
}

/// The crate's message for a code that is not six digits, around the
/// quoted input: the same for every such code, and taken once from the
/// crate's own message, so that a file of bad codes copies it for each row
/// instead of formatting the crate's error anew.
struct Malformed {
    head: &'static str,
    tail: &'static str,
}

impl Malformed {
    /// The parts, `None` if the crate's message were to quote its input
    /// otherwise than [`Quote`] does (then the crate's error is written).
    fn get() -> Option<&'static Malformed> {
        static PARTS: std::sync::OnceLock<Option<Malformed>> = std::sync::OnceLock::new();
        PARTS
            .get_or_init(|| {
                let input = "x";
                let error = input.parse::<DivisionCode>().err()?;
                let message: &'static str = error.to_string().leak();
                let quoted = Quote(input.as_bytes()).to_string();
                let (head, tail) = message.split_once(&quoted)?;
                Some(Malformed { head, tail })
            })
            .as_ref()
    }
}

/// Whether a code or year field cannot be a number in any form read (see
/// [`digits`]): it holds an ASCII character that is no digit, no `.` and
/// no white space. Such a field is told at once, without being read.
fn cannot_be_number(field: &[u8]) -> bool {
    field.iter().any(|&b| {
        !b.is_ascii_digit() && b.is_ascii() && b != b'.' && !char::from(b).is_whitespace()
    })
}

/// The one question `mark` asks the crate: the pilots covering `code` in
/// the list of `year`, and a note when the code is not in that list and
/// was read in another year's.
///
/// # Errors
/// A [`Message`] when the year is outside the lists or the code is in none
/// of them.
pub fn covering(
    code: DivisionCode,
    year: u16,
) -> Result<(Coverage, Option<Note>), Message<'static>> {
    match pilots::covering_in(code, year) {
        Ok(coverage) => Ok((coverage, Note::of(coverage))),
        Err(err) => Err(Message {
            reason: match err.kind() {
                ErrorKind::NeverListed => Reason::NeverListed,
                _ => Reason::OutsideLists,
            },
            problem: Problem::Covering(err),
        }),
    }
}

/// A field quoted for a message as the crate quotes its input: at most its
/// first 40 bytes (cut at a character), in the form of a Rust string
/// (`"北平"`, `\"` and control characters escaped), `…` after the quotes
/// when cut.
struct Quote<'a>(&'a [u8]);

impl Quote<'_> {
    /// The bound, that of the crate's own messages.
    const KEEP: usize = 40;

    /// The bytes kept, and whether the field was cut.
    fn kept(&self) -> (&[u8], bool) {
        let bytes = self.0;
        let mut end = bytes.len().min(Self::KEEP);
        // Back to the start of a character (the input is UTF-8).
        while end > 0 && end < bytes.len() && bytes[end] & 0xC0 == 0x80 {
            end -= 1;
        }
        (&bytes[..end], end < bytes.len())
    }

    /// Writes the quote onto `buf`: printable ASCII but for `"` and `\` as
    /// it is, as `{:?}` would write it, and faster: files of bad values are
    /// made of such fields.
    fn write_onto(&self, buf: &mut Vec<u8>) {
        let (kept, cut) = self.kept();
        if kept
            .iter()
            .all(|&b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\')
        {
            buf.push(b'"');
            buf.extend_from_slice(kept);
            buf.push(b'"');
        } else {
            // Writing into memory does not fail.
            let _ = write!(buf, "{:?}", String::from_utf8_lossy(kept));
        }
        if cut {
            buf.extend_from_slice("…".as_bytes());
        }
    }
}

impl fmt::Display for Quote<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (kept, cut) = self.kept();
        write!(f, "{:?}", String::from_utf8_lossy(kept))?;
        if cut {
            f.write_str("…")?;
        }
        Ok(())
    }
}

/// The ASCII digits of a number as real files write it: with surrounding
/// white space, in full-width digits, with a fraction of zeros (`2020.0`)
/// and, when `unit` is given, followed by it (`2020年`). `None` for any
/// other form, or more than eight digits in these forms (a field of ASCII
/// digits alone is returned as it is, for the caller to judge).
fn digits<'a>(field: &'a str, unit: Option<char>, buf: &'a mut [u8; 8]) -> Option<&'a str> {
    if field.bytes().all(|b| b.is_ascii_digit()) && !field.is_empty() {
        return Some(field);
    }
    let mut s = field.trim();
    if let Some(unit) = unit {
        s = s.strip_suffix(unit).map_or(s, str::trim_end);
    }
    let ascii = |c: char| match c {
        '0'..='9' => Some(c as u8),
        '０'..='９' => Some(b'0' + (c as u32 - '０' as u32) as u8),
        _ => None,
    };
    let mut len = 0;
    let mut chars = s.chars();
    for c in chars.by_ref() {
        if let Some(d) = ascii(c) {
            *buf.get_mut(len)? = d;
            len += 1;
        } else if matches!(c, '.' | '．') {
            let zeros = chars.clone();
            if zeros.clone().next().is_none() || !zeros.clone().all(|c| ascii(c) == Some(b'0')) {
                return None;
            }
            break;
        } else {
            return None;
        }
    }
    std::str::from_utf8(&buf[..len])
        .ok()
        .filter(|s| !s.is_empty())
}

/// A row's code field read, or why not (`Reason::OutsideMainland` needs no
/// message).
fn read_code(field: &[u8]) -> Result<DivisionCode, Message<'_>> {
    if cannot_be_number(field) {
        return Err(Message {
            reason: Reason::BadCode,
            problem: Problem::Malformed(field),
        });
    }
    // The input is UTF-8: it was checked, or decoded.
    let field = std::str::from_utf8(field).unwrap_or_default();
    let mut buf = [0; 8];
    let parsed = match digits(field, None, &mut buf) {
        Some(digits) => digits.parse::<DivisionCode>(),
        // The crate's message, which quotes the field's first 40 bytes.
        None => field.parse::<DivisionCode>(),
    };
    parsed.map_err(|e| Message {
        reason: if e.kind() == ErrorKind::CodeOutsideScope {
            Reason::OutsideMainland
        } else {
            Reason::BadCode
        },
        problem: Problem::Code(e),
    })
}

/// A row's year field read, or why not.
fn read_year(field: &[u8]) -> Result<u16, Message<'_>> {
    let mut buf = [0; 8];
    let read = (!cannot_be_number(field))
        .then(|| std::str::from_utf8(field).ok())
        .flatten()
        .and_then(|text| digits(text, Some('年'), &mut buf));
    read.and_then(|d| d.parse().ok()).ok_or(Message {
        reason: Reason::BadYear,
        problem: Problem::Year(field),
    })
}

/// A GB 18030 input decoded to UTF-8.
struct Decode<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    raw: Box<[u8]>,
    start: usize,
    end: usize,
    eof: bool,
    done: bool,
    /// The line ends decoded so far, for a message.
    lines: u64,
    line_ends: LineEnds,
    /// Whether the input's start reads as UTF-8 too, for a message.
    utf8: bool,
}

impl<R: Read> Decode<R> {
    fn new(inner: R) -> Self {
        Decode {
            inner,
            decoder: encoding_rs::GB18030.new_decoder_without_bom_handling(),
            raw: vec![0; 64 * 1024].into_boxed_slice(),
            start: 0,
            end: 0,
            eof: false,
            done: false,
            lines: 0,
            line_ends: LineEnds::default(),
            utf8: false,
        }
    }

    /// The input's first 64 KB (fewer when it is shorter), read before
    /// anything is decoded, and whether they are all of it.
    fn sample(&mut self) -> io::Result<(&[u8], bool)> {
        while self.end < self.raw.len() && !self.eof {
            let got = read_retrying(&mut self.inner, &mut self.raw[self.end..])?;
            self.eof = got == 0;
            self.end += got;
        }
        Ok((&self.raw[..self.end], self.eof))
    }
}

impl<R: Read> Read for Decode<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        use encoding_rs::DecoderResult;
        loop {
            if self.done || out.is_empty() {
                return Ok(0);
            }
            if self.start == self.end && !self.eof {
                self.start = 0;
                self.end = read_retrying(&mut self.inner, &mut self.raw)?;
                self.eof = self.end == 0;
            }
            let (result, read, written) = self.decoder.decode_to_utf8_without_replacement(
                &self.raw[self.start..self.end],
                out,
                self.eof,
            );
            self.start += read;
            let mut ends = 0;
            self.line_ends.scan(&out[..written], 0, |_| ends += 1);
            self.lines += ends;
            match result {
                DecoderResult::Malformed(..) => {
                    // A `\r` just before is a line end: no `\n` follows.
                    let line = self.lines + 1 + u64::from(self.line_ends.cr.is_some());
                    let utf8 = if self.utf8 {
                        "; its start reads as UTF-8: run without --encoding gbk"
                    } else {
                        ""
                    };
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("line {line}: the input is not GB 18030 (GBK) here{utf8}"),
                    ));
                }
                DecoderResult::InputEmpty if self.eof => self.done = true,
                DecoderResult::InputEmpty if written == 0 => continue,
                DecoderResult::InputEmpty | DecoderResult::OutputFull => {}
            }
            return Ok(written);
        }
    }
}

/// The line ends of a text that arrives in pieces: `\n`, `\r\n`, and a `\r`
/// alone (the line end of old Mac files and of some Excel exports) each end
/// a line, as the csv crate reads them.
#[derive(Default)]
struct LineEnds {
    /// The offset of a `\r` that ended the last piece, until the next one
    /// shows whether a `\n` follows it.
    cr: Option<u64>,
}

impl LineEnds {
    /// Calls `found` with the offset of the last byte of each line end
    /// that the piece at `offset` completes, in order; an empty piece is the
    /// end of the text.
    fn scan(&mut self, piece: &[u8], offset: u64, mut found: impl FnMut(u64)) {
        if let Some(cr) = self.cr.take() {
            if piece.first() != Some(&b'\n') {
                found(cr);
            }
        }
        for i in memchr::memchr2_iter(b'\n', b'\r', piece) {
            let at = offset + i as u64;
            match (piece[i], piece.get(i + 1)) {
                (b'\r', Some(b'\n')) => {}
                (b'\r', None) => self.cr = Some(at),
                _ => found(at),
            }
        }
    }

    /// The line ends within a whole text.
    fn count(text: &[u8]) -> u64 {
        if memchr::memchr2(b'\n', b'\r', text).is_none() {
            return 0;
        }
        let (mut ends, mut n) = (LineEnds::default(), 0);
        ends.scan(text, 0, |_| n += 1);
        ends.scan(&[], 0, |_| n += 1);
        n
    }
}

/// Reads, again when interrupted.
fn read_retrying(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match reader.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            result => return result,
        }
    }
}

/// The input in UTF-8, as it arrives or decoded.
enum Source<R> {
    Utf8(R),
    Gb18030(Decode<R>),
}

impl<R: Read> Read for Source<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Source::Utf8(r) => read_retrying(r, buf),
            Source::Gb18030(r) => r.read(buf),
        }
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A record's text as it came, and the line it begins on.
type Row<'a> = (&'a [u8], u64);

/// The input as the CSV reader reads it: its BOM dropped, however the
/// reads split it; its bytes kept until the record they belong to is done,
/// so that a row is written as it came, quoting and all; and the offsets of
/// its line ends kept as long, so that a row's line is the input's.
struct Input<R> {
    source: Source<R>,
    /// Whether the first bytes were looked at for a BOM.
    looked: bool,
    /// The bytes passed on and not yet dropped, from offset `start`.
    kept: Vec<u8>,
    start: u64,
    /// The offset after the last record done.
    done: u64,
    /// The offsets of the line ends passed on and not yet counted (of the
    /// last byte of each), and what finds them.
    ends: VecDeque<u64>,
    line_ends: LineEnds,
    /// The line ends counted.
    counted: u64,
    /// Whether the text is checked to be UTF-8 (a decoded text is), the
    /// offset up to which it is, and that of its first byte that is not.
    check: bool,
    checked: u64,
    bad: Option<u64>,
}

impl<R: Read> Input<R> {
    fn new(source: Source<R>) -> Self {
        Input {
            check: matches!(source, Source::Utf8(_)),
            checked: 0,
            bad: None,
            source,
            looked: false,
            kept: Vec::new(),
            start: 0,
            done: 0,
            ends: VecDeque::new(),
            line_ends: LineEnds::default(),
            counted: 0,
        }
    }

    /// The record that ends at offset `end`: its text as it came, without
    /// the line ends around it, and the line it begins on; `Err` with the
    /// record's text when it is not UTF-8.
    fn record(&mut self, end: u64) -> Result<Row<'_>, Row<'_>> {
        let mut terminated = false;
        while let Some(&at) = self.ends.front() {
            if at >= end {
                break;
            }
            self.counted += 1;
            terminated = at + 1 == end;
            self.ends.pop_front();
        }
        // A record ended by `\n` or a `\r` alone has counted its own line
        // end; one ended by the `\r` of `\r\n`, by a `\r` whose next byte
        // is not read yet, or by the end of the input has not.
        let last = self.counted + 1 - u64::from(terminated);
        let index = |offset: u64| usize::try_from(offset - self.start).unwrap_or(usize::MAX);
        let (from, to) = (index(self.done), index(end));
        self.done = end;
        // The reader skips blank lines and the `\n` of a `\r\n` before a
        // record, and stops after the `\r` or `\n` that ends it; a field
        // with a line end in it is quoted, so they are not the row's.
        let text = self.kept.get(from..to).unwrap_or_default();
        let line_end = |b: &u8| matches!(b, b'\r' | b'\n');
        let first = text.iter().position(|b| !line_end(b)).unwrap_or(text.len());
        let last_byte = text
            .iter()
            .rposition(|b| !line_end(b))
            .map_or(first, |i| i + 1);
        let text = &text[first..last_byte.max(first)];
        // The line ends within the record are those of its quoted fields.
        let found = (text, last.saturating_sub(LineEnds::count(text)));
        match self.bad {
            Some(bad) if bad < end => Err(found),
            _ => Ok(found),
        }
    }

    /// Checks the bytes passed on since the last check: in bulk, which is
    /// much faster than row by row.
    fn check_utf8(&mut self, at_end: bool) {
        if !self.check || self.bad.is_some() {
            return;
        }
        let from = usize::try_from(self.checked - self.start).unwrap_or(usize::MAX);
        let Some(text) = self.kept.get(from..) else {
            return;
        };
        match std::str::from_utf8(text) {
            Ok(_) => self.checked += text.len() as u64,
            // A character split by the reads is checked with the next.
            Err(e) if e.error_len().is_none() && !at_end => {
                self.checked += e.valid_up_to() as u64;
            }
            Err(e) => self.bad = Some(self.checked + e.valid_up_to() as u64),
        }
    }
}

impl<R: Read> Read for Input<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.looked {
            self.looked = true;
            // The first bytes, until they are a BOM or cannot be one.
            let mut n = 0;
            while n < BOM.len() && BOM.starts_with(&buf[..n]) {
                let got = self.source.read(&mut buf[n..])?;
                if got == 0 {
                    break;
                }
                n += got;
            }
            if buf[..n].starts_with(BOM) {
                buf.copy_within(BOM.len()..n, 0);
                n -= BOM.len();
            }
            if n > 0 {
                return Ok(self.pass_on(buf, n));
            }
        }
        let n = self.source.read(buf)?;
        Ok(self.pass_on(buf, n))
    }
}

impl<R: Read> Input<R> {
    /// Keeps the `n` bytes read into `buf`, and their line ends.
    fn pass_on(&mut self, buf: &[u8], n: usize) -> usize {
        // What the records done hold is dropped here, when the reader
        // wants more, not after every record; the bytes not yet checked are
        // kept too.
        let keep_from = self.done.min(self.checked);
        let done = usize::try_from(keep_from - self.start).unwrap_or(self.kept.len());
        self.kept.drain(..done.min(self.kept.len()));
        self.start = keep_from;
        let offset = self.start + self.kept.len() as u64;
        let ends = &mut self.ends;
        self.line_ends
            .scan(&buf[..n], offset, |at| ends.push_back(at));
        self.kept.extend_from_slice(&buf[..n]);
        self.check_utf8(n == 0);
        n
    }
}

/// Whether an input given as GB 18030 is UTF-8 in fact, by its first
/// 64 KB. Text in GBK that reads as UTF-8 is rare, and rarer the more of
/// it there is: of random common characters (GB 2312's first level) in
/// GBK, one reads as UTF-8 18% of the time, two 3%, four 0.1%, and each one
/// more divides that by about five.
#[derive(Debug, PartialEq, Eq)]
enum Utf8Look {
    /// UTF-8 beyond doubt: a UTF-8 BOM, or at least [`Utf8Look::SURE`]
    /// bytes outside ASCII, all UTF-8.
    Utf8,
    /// Fewer bytes outside ASCII, all UTF-8: either encoding.
    Either(usize),
    /// No byte outside ASCII, or some that is not UTF-8.
    Not,
}

impl Utf8Look {
    /// Bytes outside ASCII enough to call it UTF-8: two characters of
    /// Chinese in UTF-8, which GBK text of three characters matches 0.6%
    /// of the time, and real files have more.
    const SURE: usize = 6;

    /// How `sample`, the input's first bytes (`whole` when they are all
    /// of it), looks.
    fn of(sample: &[u8], whole: bool) -> Utf8Look {
        if sample.starts_with(BOM) {
            return Utf8Look::Utf8;
        }
        let text = match std::str::from_utf8(sample) {
            Ok(text) => text,
            // A character cut by the end of the sample.
            Err(e) if e.error_len().is_none() && !whole => {
                std::str::from_utf8(&sample[..e.valid_up_to()]).unwrap_or_default()
            }
            Err(_) => return Utf8Look::Not,
        };
        match text.bytes().filter(|b| !b.is_ascii()).count() {
            0 => Utf8Look::Not,
            n if n >= Self::SURE => Utf8Look::Utf8,
            n => Utf8Look::Either(n),
        }
    }
}

/// What an input that is not UTF-8 seems to be in.
fn likely_encoding(bytes: &[u8]) -> &'static str {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        "it looks like UTF-16: convert it to UTF-8"
    } else if encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .is_some()
    {
        "it reads as GB 18030 (GBK): run with --encoding gbk"
    } else {
        "nor is it GB 18030 (GBK)"
    }
}

/// The standard error, buffered so that each message is written straight
/// into memory, with no string of its own, and written out 64 KB at a time;
/// once a write fails (closed), messages are dropped.
pub struct Messages<E: Write> {
    out: E,
    buf: Vec<u8>,
    closed: bool,
}

impl<E: Write> Messages<E> {
    /// The size of the writes.
    const BUFFER: usize = 64 * 1024;

    /// Messages written to `out`.
    pub fn new(out: E) -> Self {
        Messages {
            out,
            buf: Vec::with_capacity(Self::BUFFER),
            closed: false,
        }
    }

    fn say(&mut self, message: fmt::Arguments<'_>) {
        if !self.closed {
            message.write_onto(&mut self.buf);
            self.end();
        }
    }

    /// Says `message` for line `line`: `line 7: …`.
    fn say_at(&mut self, line: u64, message: impl Said) {
        if !self.closed {
            self.buf.extend_from_slice(b"line ");
            // The digits by hand: `{line}` costs as much as the rest.
            let mut digits = [0; 20];
            let mut at = digits.len();
            let mut n = line;
            loop {
                at -= 1;
                digits[at] = b'0' + (n % 10) as u8;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            self.buf.extend_from_slice(&digits[at..]);
            self.buf.extend_from_slice(b": ");
            message.write_onto(&mut self.buf);
            self.end();
        }
    }

    /// Ends a message, and writes out the buffer's first 64 KB once it
    /// holds them (no more, as a buffered writer would: a pipe holds 64 KB).
    fn end(&mut self) {
        self.buf.push(b'\n');
        if self.buf.len() >= Self::BUFFER {
            if self.out.write_all(&self.buf[..Self::BUFFER]).is_err() {
                self.closed = true;
            }
            self.buf.drain(..Self::BUFFER);
        }
    }

    fn flush(&mut self) {
        if !self.closed && (self.out.write_all(&self.buf).is_err() || self.out.flush().is_err()) {
            self.closed = true;
        }
        self.buf.clear();
    }
}

/// A message, written onto the buffer of [`Messages`].
trait Said {
    fn write_onto(self, buf: &mut Vec<u8>);
}

impl Said for &str {
    fn write_onto(self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(self.as_bytes());
    }
}

impl Said for Problem<'_> {
    fn write_onto(self, buf: &mut Vec<u8>) {
        Problem::write_onto(self, buf);
    }
}

impl Said for fmt::Arguments<'_> {
    fn write_onto(self, buf: &mut Vec<u8>) {
        // Writing into memory does not fail.
        let _ = buf.write_fmt(self);
    }
}

/// The counts of the summary.
#[derive(Default, Debug, PartialEq, Eq)]
pub struct Counts {
    /// Rows read, the header aside.
    pub rows: u64,
    /// Rows given at least one pilot.
    pub marked: u64,
    /// Rows whose code was read through another year's list.
    pub read_elsewhere: u64,
    /// Rows left unmarked, by [`Reason::ALL`].
    pub unmarked: [u64; Reason::ALL.len()],
    /// Rows with fewer fields than the header.
    pub short: u64,
    /// Rows with more fields than the header.
    pub long: u64,
}

impl Counts {
    fn bad(&self) -> u64 {
        Reason::ALL
            .iter()
            .zip(self.unmarked)
            .filter(|(r, _)| r.is_bad())
            .map(|(_, n)| n)
            .sum()
    }
}

/// `n` rows, in words.
fn rows(n: u64) -> String {
    format!("{n} row{}", if n == 1 { "" } else { "s" })
}

impl fmt::Display for Counts {
    /// The summary: a line of totals, the reasons rows are unmarked, ragged
    /// rows, and the rows that could not be read.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unmarked: u64 = self.unmarked.iter().sum();
        write!(
            f,
            "{} read: {} marked, {} read through another year's list, {unmarked} unmarked",
            rows(self.rows),
            self.marked,
            self.read_elsewhere,
        )?;
        let reasons: Vec<String> = Reason::ALL
            .iter()
            .zip(self.unmarked)
            .filter(|&(_, n)| n > 0)
            .map(|(r, n)| format!("{n} {}", r.label()))
            .collect();
        if !reasons.is_empty() {
            write!(f, "\nunmarked: {}", reasons.join(", "))?;
        }
        if self.long > 0 {
            write!(
                f,
                "\n{} longer than the header: marks under their headers, extra fields after them",
                rows(self.long)
            )?;
        }
        if self.short > 0 {
            write!(f, "\n{} shorter than the header: padded", rows(self.short))?;
        }
        if self.bad() > 0 {
            write!(f, "\n{} could not be read", rows(self.bad()))?;
        }
        Ok(())
    }
}

/// How a run ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Every row was written; the counts of the summary.
    Done(Counts),
    /// The standard output was closed.
    OutputClosed,
    /// The run stopped: why.
    Failed(String),
}

/// The appended fields of a row, reused from row to row.
#[derive(Default)]
struct Marks {
    ids: Vec<u8>,
    names: Vec<u8>,
    how: Vec<u8>,
    note: Vec<u8>,
    /// The treatment columns, as many as [`treatment_columns`] names.
    treatment: [Vec<u8>; 6],
    treatment_columns: usize,
}

impl Marks {
    fn clear(&mut self) {
        self.ids.clear();
        self.names.clear();
        self.how.clear();
        self.note.clear();
        for field in &mut self.treatment {
            field.clear();
        }
    }

    /// The treatment columns of a row of `year` read as `coverage`: its
    /// covering members by id, `treated`, `treated_wholly`, whether only
    /// through province-level members, `post` and `first_treat`.
    fn set_treatment(&mut self, coverage: Coverage, year: u16, timing: Timing) {
        use std::io::Write as _;
        let status = Status::of(coverage);
        let [ids, treated, wholly, via, post, first] = &mut self.treatment;
        for (member, _) in coverage.members() {
            if !ids.is_empty() {
                ids.push(b';');
            }
            let _ = write!(ids, "{}", MemberId::of(member));
        }
        let bit = |on: bool| if on { b'1' } else { b'0' };
        treated.push(bit(status.treated));
        wholly.push(bit(status.treated_wholly));
        via.push(bit(status.via_province_member));
        post.push(bit(timing.post(year)));
        match timing.first_treat(status.treated) {
            Some(first_year) => {
                let _ = write!(first, "{first_year}");
            }
            None => first.extend_from_slice(timing.never.csv().as_bytes()),
        }
    }

    /// The pilots of `wholly` and `partly`, by id, and with `how` whether
    /// each covers wholly or partly.
    fn set(&mut self, wholly: Units, partly: Units, how: bool) {
        for unit in (wholly | partly).iter() {
            if !self.ids.is_empty() {
                self.ids.push(b';');
                self.names.push(b';');
                if how {
                    self.how.push(b';');
                }
            }
            let id = unit.id();
            if id >= 10 {
                self.ids.push(b'0' + id / 10);
            }
            self.ids.push(b'0' + id % 10);
            self.names.extend_from_slice(unit.name().as_bytes());
            if how {
                let word = if wholly.contains(unit) {
                    "wholly"
                } else {
                    "partly"
                };
                self.how.extend_from_slice(word.as_bytes());
            }
        }
    }

    fn fields(&self) -> impl Iterator<Item = &[u8]> {
        [&self.ids, &self.names, &self.how, &self.note]
            .into_iter()
            .chain(&self.treatment[..self.treatment_columns])
            .map(Vec::as_slice)
    }
}

/// The appended columns.
const COLUMNS: [&str; 4] = ["pilot_ids", "pilot_names", "pilot_coverage", "pilot_note"];

/// The treatment columns `--treatment` appends after [`COLUMNS`], as the
/// panels name them.
const TREATMENT_COLUMNS: [&str; 6] = [
    "via_members",
    "treated",
    "treated_wholly",
    "via_province_member",
    "post",
    "first_treat",
];

/// How many of [`TREATMENT_COLUMNS`] a run appends (`--treatment` needs
/// `--year`).
fn treatment_columns(args: &Args) -> usize {
    if args.treatment.is_some() {
        TREATMENT_COLUMNS.len()
    } else {
        0
    }
}

/// A write of the output: a closed standard output ends the run quietly.
fn written(result: io::Result<()>) -> Result<(), Outcome> {
    result.map_err(|e| match e.kind() {
        io::ErrorKind::BrokenPipe => Outcome::OutputClosed,
        _ => Outcome::Failed(format!("cannot write the output: {e}")),
    })
}

/// Appends `field` as the csv crate writes it: quoted, its quotes doubled,
/// when it holds the delimiter, a quote or a line end.
fn push_field(line: &mut Vec<u8>, field: &[u8], delimiter: u8) {
    if memchr::memchr3(delimiter, b'"', b'\n', field).is_some() || field.contains(&b'\r') {
        line.push(b'"');
        for &b in field {
            if b == b'"' {
                line.push(b'"');
            }
            line.push(b);
        }
        line.push(b'"');
    } else {
        line.extend_from_slice(field);
    }
}

/// Marks the CSV of `input` onto `output`, with messages on `messages`.
pub fn mark<R: Read, W: Write, E: Write>(
    args: &Args,
    input: R,
    output: W,
    messages: &mut Messages<E>,
) -> Outcome {
    match run(args, input, output, messages) {
        Ok(counts) => Outcome::Done(counts),
        Err(outcome) => outcome,
    }
}

fn run<R: Read, W: Write, E: Write>(
    args: &Args,
    input: R,
    output: W,
    messages: &mut Messages<E>,
) -> Result<Counts, Outcome> {
    let source = match args.encoding {
        Encoding::Utf8 => Source::Utf8(input),
        Encoding::Gb18030 => {
            let mut decode = Decode::new(input);
            let (sample, whole) = decode
                .sample()
                .map_err(|e| Outcome::Failed(e.to_string()))?;
            match Utf8Look::of(sample, whole) {
                Utf8Look::Utf8 => {
                    return Err(Outcome::Failed(
                        "the input reads as UTF-8, not as GB 18030 (GBK): it is UTF-8, \
                         run without --encoding gbk"
                            .into(),
                    ));
                }
                Utf8Look::Either(n) => {
                    decode.utf8 = true;
                    messages.say(format_args!(
                        "warning: the text outside ASCII at the start of the input ({n} bytes) \
                     reads as UTF-8 as well as GB 18030 (GBK): it is read as GB 18030, as \
                     --encoding gbk asks; if names come out garbled, the input is UTF-8: \
                     run without --encoding gbk"
                    ));
                }
                Utf8Look::Not => {}
            }
            Source::Gb18030(decode)
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .delimiter(args.delimiter)
        .from_reader(Input::new(source));
    // Rows are written as they came, with the marks appended: a row is
    // copied, not parsed and quoted again.
    let mut out = io::BufWriter::with_capacity(64 * 1024, output);
    let delimiter = args.delimiter;
    let fail = |e: csv::Error| {
        Outcome::Failed(match e.kind() {
            csv::ErrorKind::Io(io) => io.to_string(),
            _ => e.to_string(),
        })
    };
    let not_utf8 = |(text, line): (&[u8], u64)| {
        Outcome::Failed(format!(
            "line {line}: the input is not UTF-8; {}",
            likely_encoding(text)
        ))
    };

    let mut headers = csv::ByteRecord::new();
    if !reader.read_byte_record(&mut headers).map_err(fail)? {
        return Err(Outcome::Failed(
            "the input is empty: expected a header row".into(),
        ));
    }
    let end = reader.position().byte();
    let mut line = Vec::new();
    {
        let (text, _) = reader.get_mut().record(end).map_err(not_utf8)?;
        line.extend_from_slice(text);
    }
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name.as_bytes())
            .ok_or_else(|| {
                // Bounded like every message: the first 20 names, each cut
                // as `Quote` cuts a field.
                const MOST: usize = 20;
                let mut names: Vec<String> = headers
                    .iter()
                    .take(MOST)
                    .map(|h| {
                        let quoted = Quote(h).to_string();
                        let cut = quoted.ends_with('…');
                        let inner = quoted.trim_end_matches('…');
                        let inner = &inner[1..inner.len() - 1];
                        format!("{inner}{}", if cut { "…" } else { "" })
                    })
                    .collect();
                if headers.len() > MOST {
                    names.push(format!("and {} more", headers.len() - MOST));
                }
                Outcome::Failed(format!(
                    "no column {}; the columns are: {}",
                    Quote(name.as_bytes()),
                    names.join(", ")
                ))
            })
    };
    let code_column = column(&args.code)?;
    let year_column = args.year.as_deref().map(column).transpose()?;
    let width = headers.len();
    let extra = treatment_columns(args);
    for name in COLUMNS.iter().chain(&TREATMENT_COLUMNS[..extra]) {
        line.push(delimiter);
        line.extend_from_slice(name.as_bytes());
    }
    line.push(b'\n');
    written(out.write_all(&line))?;

    let mut counts = Counts::default();
    let mut marks = Marks {
        treatment_columns: extra,
        ..Marks::default()
    };
    let mut record = csv::ByteRecord::new();
    let mut answers = Answers::default();
    let mut appended = Vec::new();
    while reader.read_byte_record(&mut record).map_err(fail)? {
        let end = reader.position().byte();
        let (text, line_number) = reader.get_mut().record(end).map_err(not_utf8)?;
        counts.rows += 1;
        let fields = record.len();
        let bytes = |column: usize| record.get(column).unwrap_or_default();
        let key = key(bytes(code_column), year_column.map_or(b"", bytes));
        line.clear();
        if fields <= width {
            line.extend_from_slice(text);
            if fields < width {
                counts.short += 1;
                line.resize(line.len() + (width - fields), delimiter);
            }
            if let Some(answer) = key.and_then(|k| answers.get(&k)) {
                answer.count(&mut counts, messages, line_number);
                line.extend_from_slice(&answer.appended);
                line.push(b'\n');
                written(out.write_all(&line))?;
                continue;
            }
        }
        marks.clear();
        let found = read_code(bytes(code_column)).and_then(|code| match year_column {
            // By code alone, a code of no list is no answer either.
            None if codes::listed(code).is_none() => Err(Message {
                reason: Reason::NeverListed,
                problem: Problem::NeverListed(code),
            }),
            None => Ok((None, Some(pilots::covering(code)), None)),
            Some(column) => {
                let year = read_year(bytes(column))?;
                let (coverage, note) = covering(code, year)?;
                Ok((Some((coverage, year)), None, note.map(|n| (code, year, n))))
            }
        });
        let (reason, problem, note) = match found {
            Ok((coverage, by_code, note)) => {
                match (by_code, coverage) {
                    (Some(units), _) => marks.set(units, Units::default(), false),
                    (None, Some((c, _))) => marks.set(c.wholly(), c.partly(), true),
                    (None, None) => {}
                }
                if let (Some(timing), Some((c, year))) = (args.treatment, coverage) {
                    marks.set_treatment(c, year, timing);
                }
                if let Some((_, year, note)) = note {
                    marks.note.extend_from_slice(note.column(year).as_bytes());
                }
                let reason = marks.ids.is_empty().then_some(Reason::NoPilot);
                (reason, None, note)
            }
            Err(message) if message.reason == Reason::OutsideMainland => {
                (Some(Reason::OutsideMainland), None, None)
            }
            Err(message) => (Some(message.reason), Some(message.problem), None),
        };
        appended.clear();
        for field in marks.fields() {
            appended.push(delimiter);
            if !field.is_empty() {
                push_field(&mut appended, field, delimiter);
            }
        }
        // The message goes straight to the writer of messages, and a bad
        // answer is kept only when its fields come a second time: a file of
        // bad values that never repeat makes no allocation per row.
        tell(&mut counts, messages, line_number, reason, problem, note);
        match key {
            Some(key) if problem.is_none() || answers.seen_again(&key) => answers.insert(
                key,
                Answer {
                    appended: appended.clone(),
                    reason,
                    message: problem.map(|p| p.to_string().into()),
                    note,
                },
            ),
            _ => {}
        }
        if fields > width {
            counts.long += 1;
            messages.say_at(
                line_number,
                format_args!(
                    "{fields} fields where the header has {width}: the marks are written \
                     under their headers, after field {width}, and the {} extra fields after \
                     them",
                    fields - width
                ),
            );
            let row = record.iter().take(width);
            let all = row.chain(marks.fields()).chain(record.iter().skip(width));
            for (i, field) in all.enumerate() {
                if i > 0 {
                    line.push(delimiter);
                }
                push_field(&mut line, field, delimiter);
            }
        } else {
            line.extend_from_slice(&appended);
        }
        line.push(b'\n');
        written(out.write_all(&line))?;
    }
    written(out.flush())?;
    Ok(counts)
}

/// The answer for a row's code and year fields, kept for the rows that
/// repeat them: files repeat their codes (and their bad values, such as
/// `NA`), and a lookup of the fields' bytes costs less than reading them
/// again.
struct Answer {
    /// The appended fields, each after a delimiter, as written.
    appended: Vec<u8>,
    /// Why the row is unmarked; `None` when it is marked.
    reason: Option<Reason>,
    /// The message for its line, when it could not be read.
    message: Option<Box<str>>,
    /// The code, the year and how it was read, when through another year's
    /// list.
    note: Option<(DivisionCode, u16, Note)>,
}

impl Answer {
    /// Counts a row of this answer, with its message or note.
    fn count<E: Write>(&self, counts: &mut Counts, messages: &mut Messages<E>, line: u64) {
        tell(
            counts,
            messages,
            line,
            self.reason,
            self.message.as_deref(),
            self.note,
        );
    }
}

/// Counts a row, marked or unmarked for `reason`, and says its message or
/// note for its line.
fn tell<E: Write>(
    counts: &mut Counts,
    messages: &mut Messages<E>,
    line: u64,
    reason: Option<Reason>,
    message: Option<impl Said>,
    note: Option<(DivisionCode, u16, Note)>,
) {
    match reason {
        None => counts.marked += 1,
        Some(reason) => counts.unmarked[reason as usize] += 1,
    }
    if let Some(message) = message {
        messages.say_at(line, message);
    }
    if let Some((code, year, note)) = note {
        counts.read_elsewhere += 1;
        messages.say_at(line, note.message(code, year).as_str());
    }
}

/// The answers kept, at most [`Answers::MOST`] of them, and the keys of
/// the bad answers seen once, which are not kept.
struct Answers {
    kept: std::collections::HashMap<(u128, u128), Answer, BuildHasherDefault<Fx>>,
    /// A hash of each bad key seen once, in a slot picked by its hash: a
    /// key whose slot holds its hash has been seen before (or shares its
    /// hash with one that was, and is then kept, which is harmless).
    seen: Box<[u64]>,
}

impl Default for Answers {
    fn default() -> Self {
        Answers {
            kept: std::collections::HashMap::default(),
            seen: vec![0; Self::SEEN].into_boxed_slice(),
        }
    }
}

impl Answers {
    /// Enough for every code of every year, and a bound on memory.
    const MOST: usize = 1 << 17;
    /// The slots for bad keys seen once (a power of two).
    const SEEN: usize = 1 << 14;

    fn get(&self, key: &(u128, u128)) -> Option<&Answer> {
        self.kept.get(key)
    }

    /// Whether a bad `key` has been seen before; it is noted as seen.
    fn seen_again(&mut self, key: &(u128, u128)) -> bool {
        let mut hasher = Fx::default();
        hasher.write_u128(key.0);
        hasher.write_u128(key.1);
        // Never 0, which marks an empty slot.
        let hash = hasher.finish() | 1;
        let slot = &mut self.seen[(hash >> 32) as usize & (Self::SEEN - 1)];
        let again = *slot == hash;
        *slot = hash;
        again
    }

    fn insert(&mut self, key: (u128, u128), answer: Answer) {
        if self.kept.len() >= Self::MOST {
            self.kept.clear();
        }
        self.kept.insert(key, answer);
    }
}

/// The bytes of a code and a year field as one key, when each is shorter
/// than 16 bytes (with its length, so that no two fields share a key).
fn key(code: &[u8], year: &[u8]) -> Option<(u128, u128)> {
    let pack = |bytes: &[u8]| {
        let mut packed = [0; 16];
        packed.get_mut(..bytes.len())?.copy_from_slice(bytes);
        packed[15] = u8::try_from(bytes.len()).ok().filter(|&n| n < 16)?;
        Some(u128::from_le_bytes(packed))
    };
    Some((pack(code)?, pack(year)?))
}

/// A fast hash of the keys (that of rustc's `FxHasher`): they are the
/// input's own bytes, and a program run on a file has no adversary to fear.
#[derive(Default)]
struct Fx(u64);

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.add(u64::from(b));
        }
    }

    fn write_u128(&mut self, n: u128) {
        let [low, high] = [n as u64, (n >> 64) as u64];
        self.add(low);
        self.add(high);
    }
}

fn main() -> ExitCode {
    let mut messages = Messages::new(io::stderr().lock());
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => return ExitCode::SUCCESS,
        Err(message) => {
            let usage = USAGE.lines().next().unwrap_or(USAGE);
            messages.say(format_args!("error: {message}\n{usage}"));
            messages.flush();
            return ExitCode::from(2);
        }
    };
    let outcome = mark(
        &args,
        io::stdin().lock(),
        io::stdout().lock(),
        &mut messages,
    );
    let status = match outcome {
        Outcome::Done(counts) => {
            messages.say(format_args!("{counts}"));
            let bad = counts.bad() > 0 && !args.allow_bad_rows;
            if bad {
                messages.say(format_args!("exit status 1: --allow-bad-rows makes it 0"));
            }
            ExitCode::from(u8::from(bad))
        }
        Outcome::OutputClosed => ExitCode::from(141),
        Outcome::Failed(message) => {
            messages.say(format_args!("error: {message}"));
            ExitCode::from(2)
        }
    };
    messages.flush();
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(code: u32) -> DivisionCode {
        DivisionCode::try_from(code).unwrap()
    }

    #[test]
    fn notes_name_the_year_read_in() {
        let huangzhong = pilots::covering_in(code(630122), 2020).unwrap();
        let retired = Note::of(huangzhong).unwrap();
        let listed = pilots::covering_in(code(630122), 2018).unwrap();
        assert_eq!(Note::of(listed), None);
        assert_eq!(
            retired.column(2020),
            "not in the 2020 list: read in the 2018 list"
        );
        assert_eq!(
            retired.message(code(630122), 2020),
            "code 630122 is not in the list of 2020: read in the list of 2018, \
             the last year it is listed"
        );
        let early = Note::of(pilots::covering_in(code(630106), 2018).unwrap()).unwrap();
        assert_eq!(
            early.message(code(630106), 2018),
            "code 630106 is not in the list of 2018: read in the list of 2019, \
             the first year it is listed"
        );
    }

    #[test]
    fn the_summary_counts_every_reason() {
        let counts = Counts {
            rows: 10,
            marked: 4,
            read_elsewhere: 2,
            unmarked: [3, 0, 2, 1, 0, 0],
            short: 1,
            long: 2,
        };
        assert_eq!(
            counts.to_string(),
            "10 rows read: 4 marked, 2 read through another year's list, 6 unmarked\n\
             unmarked: 3 in no pilot's area, 2 with an invalid code, 1 with an invalid year\n\
             2 rows longer than the header: marks under their headers, extra fields after them\n\
             1 row shorter than the header: padded\n\
             3 rows could not be read"
        );
    }

    #[test]
    fn digits_read_the_forms_of_real_files() {
        let read = |s: &str, unit| digits(s, unit, &mut [0; 8]).map(str::to_owned);
        for (field, expected) in [
            ("630122", Some("630122")),
            ("630122.0", Some("630122")),
            (" 630122 ", Some("630122")),
            ("６３０１２２", Some("630122")),
            ("630122．００", Some("630122")),
            ("630122.5", None),
            ("630122.", None),
            ("6301e2", None),
            ("", None),
            ("１２３４５６７８９", None),
        ] {
            assert_eq!(read(field, None).as_deref(), expected, "{field:?}");
        }
        assert_eq!(read("2020年", Some('年')).as_deref(), Some("2020"));
        assert_eq!(read("２０２０ 年", Some('年')).as_deref(), Some("2020"));
        assert_eq!(read("2020年", None), None);
    }

    /// A reader that hands out one byte a read, so that every line end is
    /// split across reads.
    struct ByteByByte<'a>(&'a [u8]);

    impl Read for ByteByByte<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let Some((&first, rest)) = self.0.split_first() else {
                return Ok(0);
            };
            if buf.is_empty() {
                return Ok(0);
            }
            buf[0] = first;
            self.0 = rest;
            Ok(1)
        }
    }

    #[test]
    fn line_numbers_hold_however_the_reads_split_the_line_ends() {
        // The bad codes are on lines 3, 7 and 9, counted by hand (the
        // quoted year spans lines 5–6).
        let input = "code,year\r630106,2020\rbad1,2020\r\n\r\"630106\",\"2020\r\"\rbad2,2020\n\
                     \r\nbad3,2020\r";
        for encoding in [Encoding::Utf8, Encoding::Gb18030] {
            let args = Args {
                code: "code".into(),
                year: Some("year".into()),
                delimiter: b',',
                encoding,
                allow_bad_rows: false,
                treatment: None,
            };
            let mut messages = Messages::new(Vec::new());
            let outcome = mark(
                &args,
                ByteByByte(input.as_bytes()),
                io::sink(),
                &mut messages,
            );
            assert!(matches!(outcome, Outcome::Done(_)), "{outcome:?}");
            messages.flush();
            let text = String::from_utf8(messages.out).unwrap();
            let lines: Vec<&str> = text
                .lines()
                .filter_map(|m| m.split_once(": invalid"))
                .map(|(l, _)| l)
                .collect();
            assert_eq!(
                lines,
                ["line 3", "line 7", "line 9"],
                "{encoding:?}\n{text}"
            );
        }
    }

    #[test]
    fn line_ends_are_counted_as_the_csv_crate_reads_them() {
        for (text, ends) in [
            ("", 0),
            ("a", 0),
            ("a\nb", 1),
            ("a\r\nb", 1),
            ("a\rb", 1),
            ("\r\r\n\n\r", 4),
            ("a\r", 1),
        ] {
            assert_eq!(LineEnds::count(text.as_bytes()), ends, "{text:?}");
        }
    }

    #[test]
    fn utf8_given_as_gbk_is_told() {
        // `湟中区`, in UTF-8 and in GBK (as `iconv -t gbk` writes it).
        let utf8 = "代码,年份\n630106,2020,湟中区\n".as_bytes();
        let gbk = b"\xb4\xfa\xc2\xeb,\xc4\xea\xb7\xdd\n630106,2020,\xe4\xd2\xd6\xd0\xc7\xf8\n";
        assert_eq!(Utf8Look::of(utf8, true), Utf8Look::Utf8);
        assert_eq!(Utf8Look::of(gbk, true), Utf8Look::Not);
        assert_eq!(Utf8Look::of(b"code\n630106\n", true), Utf8Look::Not);
        assert_eq!(Utf8Look::of("\u{FEFF}a".as_bytes(), true), Utf8Look::Utf8);
        assert_eq!(Utf8Look::of("湟".as_bytes(), true), Utf8Look::Either(3));
        // A character cut by the end of the sample, not of the input.
        let cut = &"湟中区".as_bytes()[..8];
        assert_eq!(Utf8Look::of(cut, false), Utf8Look::Utf8);
        assert_eq!(Utf8Look::of(cut, true), Utf8Look::Not);
    }

    #[test]
    fn a_quote_written_by_hand_is_the_quote_formatted() {
        for field in [
            "4108x",
            "NA",
            "",
            "a\"b",
            "a\\b",
            "tab\there",
            "湟中",
            &"x".repeat(50),
        ] {
            let mut buf = Vec::new();
            Quote(field.as_bytes()).write_onto(&mut buf);
            assert_eq!(
                String::from_utf8(buf).unwrap(),
                Quote(field.as_bytes()).to_string(),
                "{field:?}"
            );
        }
        assert_eq!(Quote(b"a\"b").to_string(), r#""a\"b""#);
    }

    #[test]
    fn a_malformed_code_says_what_the_crate_says() {
        let mut buf = Vec::new();
        Problem::Malformed(b"4108x").write_onto(&mut buf);
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "invalid division code \"4108x\": expected six ASCII digits, such as 410000"
        );
    }

    #[test]
    fn a_quote_is_bounded_and_marked_when_cut() {
        assert_eq!(Quote(b"abc").to_string(), "\"abc\"");
        let long = "年".repeat(20); // 60 bytes: 13 characters fit in 40
        assert_eq!(
            Quote(long.as_bytes()).to_string(),
            format!("\"{}\"…", "年".repeat(13))
        );
    }
}
