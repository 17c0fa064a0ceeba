//! Reading `mark`'s input: decoding GB 18030, dropping a BOM, checking
//! UTF-8, keeping each record's text and the line it begins on, whatever
//! the line ends; and the forms in which real files write a number.

use std::collections::VecDeque;
use std::io::{self, Read};

/// Whether a code or year field cannot be a number in any form read (see
/// [`digits`]): it holds an ASCII character that is no digit, no `.` and
/// no white space. Such a field is told at once, without being read.
pub fn cannot_be_number(field: &[u8]) -> bool {
    field.iter().any(|&b| {
        !b.is_ascii_digit() && b.is_ascii() && b != b'.' && !char::from(b).is_whitespace()
    })
}

/// The ASCII digits of a number as real files write it: with surrounding
/// white space, in full-width digits, with a fraction of zeros (`2020.0`)
/// and, when `unit` is given, followed by it (`2020年`). `None` for any
/// other form, or more than eight digits in these forms (a field of ASCII
/// digits alone is returned as it is, for the caller to judge).
pub fn digits<'a>(field: &'a str, unit: Option<char>, buf: &'a mut [u8; 8]) -> Option<&'a str> {
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

/// A GB 18030 input decoded to UTF-8.
pub struct Decode<R> {
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
    pub utf8: bool,
}

impl<R: Read> Decode<R> {
    pub fn new(inner: R) -> Self {
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
    pub fn sample(&mut self) -> io::Result<(&[u8], bool)> {
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
pub struct LineEnds {
    /// The offset of a `\r` that ended the last piece, until the next one
    /// shows whether a `\n` follows it.
    cr: Option<u64>,
}

impl LineEnds {
    /// Calls `found` with the offset of the last byte of each line end
    /// that the piece at `offset` completes, in order; an empty piece is the
    /// end of the text.
    pub fn scan(&mut self, piece: &[u8], offset: u64, mut found: impl FnMut(u64)) {
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
    pub fn count(text: &[u8]) -> u64 {
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
pub fn read_retrying(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match reader.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            result => return result,
        }
    }
}

/// The input in UTF-8, as it arrives or decoded.
pub enum Source<R> {
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

pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A record's text as it came, and the line it begins on.
pub type Row<'a> = (&'a [u8], u64);

/// The input as the CSV reader reads it: its BOM dropped, however the
/// reads split it; its bytes kept until the record they belong to is done,
/// so that a row is written as it came, quoting and all; and the offsets of
/// its line ends kept as long, so that a row's line is the input's.
pub struct Input<R> {
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
    pub fn new(source: Source<R>) -> Self {
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
    pub fn record(&mut self, end: u64) -> Result<Row<'_>, Row<'_>> {
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
    pub fn check_utf8(&mut self, at_end: bool) {
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
    pub fn pass_on(&mut self, buf: &[u8], n: usize) -> usize {
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
pub enum Utf8Look {
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
    pub const SURE: usize = 6;

    /// How `sample`, the input's first bytes (`whole` when they are all
    /// of it), looks.
    pub fn of(sample: &[u8], whole: bool) -> Utf8Look {
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
pub fn likely_encoding(bytes: &[u8]) -> &'static str {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
