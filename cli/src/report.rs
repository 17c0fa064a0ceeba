//! What `mark` says on standard error: the message for a row that could not
//! be read or was read through another year's list, quoting its field as
//! the crate quotes its input, and the summary of the counts; and the
//! grouped numbers of `panel`'s summary.

use std::fmt::{self, Write as _};
use std::io::Write;

use cn_edu_pilots::{Coverage, DivisionCode, Error, Reading, codes};

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
    pub fn of(coverage: Coverage) -> Option<Note> {
        let reading = coverage.reading();
        (reading != Reading::Listed).then_some(Note {
            reading,
            read_in: coverage.year_read(),
        })
    }

    /// The `pilot_note` field of a row of `year`.
    pub fn column(self, year: u16) -> String {
        format!("not in the {year} list: read in the {} list", self.read_in)
    }

    /// The message for the line of a row of `code` and `year`.
    pub fn message(self, code: DivisionCode, year: u16) -> String {
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

impl Note {
    /// [`Note::message`], and what the code became (a code no longer
    /// listed) or came from (one not yet listed), where the lists give it:
    /// each code, its name, the year, whether wholly or partly, and the
    /// approving document where the change file names one. On one line,
    /// and bounded: at most [`Note::CHANGES`] changes are named.
    pub fn message_with_changes(self, code: DivisionCode, year: u16) -> String {
        let mut message = self.message(code, year);
        let Some(listed) = codes::listed(code) else {
            return message;
        };
        let name = |code: DivisionCode, year: u16| {
            codes::listed(code)
                .and_then(|l| l.name_zh(year))
                .unwrap_or_default()
        };
        let (verb, changes): (&str, Vec<(DivisionCode, u16, String)>) = match self.reading {
            Reading::Retired { read_in } => (
                "it became",
                listed
                    .became()
                    .filter(|c| c.year() > read_in)
                    .map(|c| (c.to(), c.year(), Self::how(c)))
                    .collect(),
            ),
            Reading::NotYetListed { read_in } => (
                "it came from",
                listed
                    .came_from()
                    .filter(|c| c.year() <= read_in)
                    .map(|c| (c.from(), c.year(), Self::how(c)))
                    .collect(),
            ),
            _ => return message,
        };
        for (i, (other, when, how)) in changes.iter().take(Self::CHANGES).enumerate() {
            message.push_str(if i == 0 { "; " } else { ", " });
            if i == 0 {
                message.push_str(verb);
                message.push(' ');
            }
            // The name in the list of the year before the change for what
            // it came from, of the change's year for what it became.
            let named = if verb == "it became" { *when } else { when - 1 };
            let _ = write!(message, "{other} {} in {when}, {how}", name(*other, named));
        }
        if changes.len() > Self::CHANGES {
            let _ = write!(message, ", and {} more", changes.len() - Self::CHANGES);
        }
        message
    }

    /// The most changes a message names.
    pub const CHANGES: usize = 3;

    /// `wholly` or `partly`, and the document in brackets.
    fn how(change: codes::CodeChange) -> String {
        let extent = match change.extent() {
            cn_edu_pilots::Extent::Wholly => "wholly",
            cn_edu_pilots::Extent::Partly => "partly",
        };
        match change.document() {
            Some(document) => format!("{extent} ({document})"),
            None => extent.to_owned(),
        }
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
    /// The input ends inside one of its quoted fields.
    Unterminated,
    /// The row is longer than `input::MOST` bytes, and not written.
    TooLong,
    /// The name denotes several codes (`--name`).
    AmbiguousName,
    /// The name denotes no code (`--name`).
    UnknownName,
    /// The parent field is no province, prefecture or code (`--name`).
    BadParent,
}

impl Reason {
    pub const ALL: [Reason; 11] = [
        Reason::NoPilot,
        Reason::OutsideMainland,
        Reason::BadCode,
        Reason::BadYear,
        Reason::OutsideLists,
        Reason::NeverListed,
        Reason::Unterminated,
        Reason::TooLong,
        Reason::AmbiguousName,
        Reason::UnknownName,
        Reason::BadParent,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Reason::NoPilot => "in no pilot's area",
            Reason::OutsideMainland => "of Taiwan, Hong Kong or Macao",
            Reason::BadCode => "with an invalid code",
            Reason::BadYear => "with an invalid year",
            Reason::OutsideLists => "with a year outside the lists",
            Reason::NeverListed => "with a code in no list",
            Reason::Unterminated => "with a quoted field not closed by the end of the input",
            Reason::TooLong => "longer than 1 MiB, not written",
            Reason::AmbiguousName => "with a name of several codes",
            Reason::UnknownName => "with a name of no code",
            Reason::BadParent => "with a parent not read",
        }
    }

    /// Whether a row left unmarked for this reason could not be read.
    pub fn is_bad(self) -> bool {
        !matches!(self, Reason::NoPilot | Reason::OutsideMainland)
    }
}

/// Why a row could not be read, and the message for its line.
#[derive(Clone, Copy, Debug)]
pub struct Message<'a> {
    pub reason: Reason,
    pub problem: Problem<'a>,
}

/// What the message for a row that could not be read says, kept as the
/// crate's errors keep it, with the row's field borrowed: nothing is
/// allocated, and a file whose every row is bad makes one of these per row.
#[derive(Clone, Copy, Debug)]
pub enum Problem<'a> {
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
    pub fn write_onto(self, buf: &mut Vec<u8>) {
        let written = match self {
            Problem::Malformed(field) => {
                if let Some(Malformed { head, tail }) = Malformed::get() {
                    buf.extend_from_slice(head.as_bytes());
                    Quote(field).write_onto(buf);
                    buf.extend_from_slice(tail.as_bytes());
                    return;
                }
                let text = String::from_utf8_lossy(field);
                match text.parse::<DivisionCode>() {
                    Err(e) => write!(buf, "{e}"),
                    Ok(_) => Ok(()),
                }
            }
            Problem::Code(e) | Problem::Covering(e) => write!(buf, "{e}"),
            Problem::Year(field) => {
                buf.extend_from_slice(b"invalid year ");
                Quote(field).write_onto(buf);
                buf.extend_from_slice(
                    ": expected a year such as 2020 (or 2020.0, ２０２０, 2020年)".as_bytes(),
                );
                return;
            }
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
pub struct Malformed {
    head: &'static str,
    tail: &'static str,
}

impl Malformed {
    /// The parts, `None` if the crate's message were to quote its input
    /// otherwise than [`Quote`] does (then the crate's error is written).
    pub fn get() -> Option<&'static Malformed> {
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

/// A field quoted for a message as the crate quotes its input: at most its
/// first 40 bytes (cut at a character), in the form of a Rust string
/// (`"北平"`, `\"` and control characters escaped), `…` after the quotes
/// when cut.
pub struct Quote<'a>(pub &'a [u8]);

impl Quote<'_> {
    /// The bound, that of the crate's own messages.
    pub const KEEP: usize = 40;

    /// The bytes kept, and whether the field was cut.
    pub fn kept(&self) -> (&[u8], bool) {
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
    pub fn write_onto(&self, buf: &mut Vec<u8>) {
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

/// The standard error, buffered so that each message is written straight
/// into memory, with no string of its own, and written out 64 KB at a time;
/// once a write fails (closed), messages are dropped.
pub struct Messages<E: Write> {
    pub out: E,
    buf: Vec<u8>,
    closed: bool,
}

impl<E: Write> Messages<E> {
    /// The size of the writes.
    pub const BUFFER: usize = 64 * 1024;

    /// Messages written to `out`.
    pub fn new(out: E) -> Self {
        Messages {
            out,
            buf: Vec::with_capacity(Self::BUFFER),
            closed: false,
        }
    }

    pub fn say(&mut self, message: fmt::Arguments<'_>) {
        if !self.closed {
            message.write_onto(&mut self.buf);
            self.end();
        }
    }

    /// Says `message` for line `line`: `line 7: …`.
    pub fn say_at(&mut self, line: u64, message: impl Said) {
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
    pub fn end(&mut self) {
        self.buf.push(b'\n');
        if self.buf.len() >= Self::BUFFER {
            if self.out.write_all(&self.buf[..Self::BUFFER]).is_err() {
                self.closed = true;
            }
            self.buf.drain(..Self::BUFFER);
        }
    }

    pub fn flush(&mut self) {
        if !self.closed && (self.out.write_all(&self.buf).is_err() || self.out.flush().is_err()) {
            self.closed = true;
        }
        self.buf.clear();
    }
}

/// A message, written onto the buffer of [`Messages`].
pub trait Said {
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
    /// Whether the rows were read by name (`--name`).
    pub by_name: bool,
    /// Rows whose name was read as one code.
    pub names_matched: u64,
    /// Of those, rows whose name was read through another year's list.
    pub names_other_year: u64,
}

impl Counts {
    pub fn bad(&self) -> u64 {
        Reason::ALL
            .iter()
            .zip(self.unmarked)
            .filter(|(r, _)| r.is_bad())
            .map(|(_, n)| n)
            .sum()
    }
}

/// `n` rows, in words.
pub fn rows(n: u64) -> String {
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
        if self.by_name {
            let count = |reason: Reason| self.unmarked[reason as usize];
            write!(
                f,
                "\nnames: {} matched ({} through another year's name), {} ambiguous, {} unknown",
                self.names_matched,
                self.names_other_year,
                count(Reason::AmbiguousName),
                count(Reason::UnknownName),
            )?;
        }
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

/// Thousands separated by commas, for the summary.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use cn_edu_pilots::pilots;

    use super::*;

    fn code(code: &str) -> DivisionCode {
        code.parse().unwrap()
    }

    #[test]
    fn notes_name_the_year_read_in() {
        let huangzhong = pilots::covering_in(code("630122"), 2020).unwrap();
        let retired = Note::of(huangzhong).unwrap();
        let listed = pilots::covering_in(code("630122"), 2018).unwrap();
        assert_eq!(Note::of(listed), None);
        assert_eq!(
            retired.column(2020),
            "not in the 2020 list: read in the 2018 list"
        );
        assert_eq!(
            retired.message(code("630122"), 2020),
            "code 630122 is not in the list of 2020: read in the list of 2018, \
             the last year it is listed"
        );
        let early = Note::of(pilots::covering_in(code("630106"), 2018).unwrap()).unwrap();
        assert_eq!(
            early.message(code("630106"), 2018),
            "code 630106 is not in the list of 2018: read in the list of 2019, \
             the first year it is listed"
        );
    }

    #[test]
    fn notes_name_what_the_code_became_or_came_from() {
        // data/areacodes/: 630122 湟中县 to 2018, 630106 湟中区 from 2019
        // (国函〔2019〕106号 in the change file).
        let retired = Note::of(pilots::covering_in(code("630122"), 2020).unwrap()).unwrap();
        assert_eq!(
            retired.message_with_changes(code("630122"), 2020),
            "code 630122 is not in the list of 2020: read in the list of 2018, the last year \
             it is listed; it became 630106 湟中区 in 2019, wholly (国函〔2019〕106号)"
        );
        let early = Note::of(pilots::covering_in(code("630106"), 2018).unwrap()).unwrap();
        assert_eq!(
            early.message_with_changes(code("630106"), 2018),
            "code 630106 is not in the list of 2018: read in the list of 2019, the first year \
             it is listed; it came from 630122 湟中县 in 2019, wholly (国函〔2019〕106号)"
        );
    }

    #[test]
    fn the_summary_counts_every_reason() {
        let counts = Counts {
            rows: 10,
            marked: 4,
            read_elsewhere: 2,
            unmarked: [3, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0],
            short: 1,
            long: 2,
            ..Counts::default()
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
