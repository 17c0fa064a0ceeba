//! Reading `mark`'s input: decoding GB 18030, dropping a BOM, checking
//! UTF-8, keeping each record's text and the line it begins on, whatever
//! the line ends; and the forms in which real files write a number.

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
/// other form, for digits of both widths in one field (`20２0`, a slip
/// rather than a form), or more than eight digits in these forms (a field
/// of ASCII digits alone is returned as it is, for the caller to judge).
pub fn digits<'a>(field: &'a str, unit: Option<char>, buf: &'a mut [u8; 8]) -> Option<&'a str> {
    if field.bytes().all(|b| b.is_ascii_digit()) && !field.is_empty() {
        return Some(field);
    }
    let mut s = field.trim();
    if let Some(unit) = unit {
        s = s.strip_suffix(unit).map_or(s, str::trim_end);
    }
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a full-width digit less '０' is 0 to 9"
    )]
    let ascii = |c: char| match c {
        '0'..='9' => Some(c as u8),
        '０'..='９' => Some(b'0' + (c as u32 - '０' as u32) as u8),
        _ => None,
    };
    let mut len = 0;
    let mut wide = None;
    let mut chars = s.chars();
    for c in chars.by_ref() {
        if let Some(d) = ascii(c) {
            if *wide.get_or_insert(!c.is_ascii()) == c.is_ascii() {
                return None;
            }
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

/// A GB 18030 input decoded to UTF-8. (`encoding_rs_io` would do the
/// same, but it replaces bytes that are not GB 18030 with U+FFFD and says
/// nothing: the run must stop there, naming the line.) The text decoded
/// before a byte that is not GB 18030 is handed out first; the read after
/// it fails.
#[allow(
    clippy::struct_excessive_bools,
    reason = "the reader's states, each set and read on its own"
)]
pub struct Decode<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    raw: Box<[u8]>,
    start: usize,
    end: usize,
    eof: bool,
    done: bool,
    /// The error to give at the next read, once the text before it is out.
    failed: bool,
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
            failed: false,
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

    fn error(&self) -> io::Error {
        let utf8 = if self.utf8 {
            "; its start reads as UTF-8: run without --encoding gbk"
        } else {
            ""
        };
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("the input is not GB 18030 (GBK) here{utf8}"),
        )
    }
}

impl<R: Read> Read for Decode<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        use encoding_rs::DecoderResult;
        loop {
            if self.failed {
                return Err(self.error());
            }
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
            match result {
                DecoderResult::Malformed(..) => {
                    self.failed = true;
                    if written == 0 {
                        continue;
                    }
                }
                DecoderResult::InputEmpty if self.eof => self.done = true,
                DecoderResult::InputEmpty if written == 0 => continue,
                DecoderResult::InputEmpty | DecoderResult::OutputFull => {}
            }
            return Ok(written);
        }
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

/// The input in UTF-8: checked as it arrives, or decoded.
pub enum Source<R> {
    Utf8(R),
    Gb18030(Decode<R>),
}

pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The most bytes a record may have: a longer one is not kept (its line
/// is told, and it is not written), so that memory stays bounded whatever
/// the input. Real rows are a few hundred bytes.
pub const MOST: usize = 1 << 20;

/// How a record was read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    /// Whole.
    Whole,
    /// The input ended inside a quoted field, which begins on this line.
    Unterminated(u64),
    /// Longer than [`MOST`] bytes: its fields are not kept, and its text
    /// only up to [`MOST`] bytes.
    TooLong,
}

/// The records of a CSV input, each with its text as it came (quoting
/// and all, without its line end), its fields, and the line it begins on,
/// whatever the line ends (`\n`, `\r\n`, or a `\r` alone, as the csv crate
/// reads them). Read with `csv_core`, so that a record's size is bounded
/// and a quoted field left open at the end of the input is told.
#[allow(
    clippy::struct_excessive_bools,
    reason = "the reader's states, each set and read on its own"
)]
pub struct Records<R> {
    source: Source<R>,
    core: csv_core::Reader,
    delimiter: u8,
    buf: Box<[u8]>,
    /// The bytes of `buf` read by `core` (to `pos`), checked to be UTF-8
    /// (to `valid`) and read from the source (to `len`).
    pos: usize,
    valid: usize,
    len: usize,
    eof: bool,
    /// Whether the start was looked at for a BOM.
    looked: bool,
    /// The error to give once the bytes before it are read.
    pending: Option<io::Error>,
    /// The line ends read, and whether the last byte read was a `\r`.
    lines: u64,
    cr: bool,
    /// The record being read: its text, its fields and their ends.
    text: Vec<u8>,
    fields: Vec<u8>,
    ends: Vec<usize>,
    line: u64,
    started: bool,
    shape: Shape,
    /// Whether a record too long ends the reading at once (the header's
    /// does), rather than being read on to its end.
    pub stop_too_long: bool,
}

/// The line ends of `bytes`, `\r\n` counted once; `cr` whether the byte
/// before them is a `\r`.
fn line_ends(bytes: &[u8], cr: bool) -> u64 {
    let mut n = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        let after_cr = if i == 0 { cr } else { bytes[i - 1] == b'\r' };
        if bytes[i] == b'\r' || !after_cr {
            n += 1;
        }
    }
    n
}

/// The line ends of the text of a record, which begins with a byte that
/// is no line end: outside a quoted field, a record has only the one that
/// ends it, `\n` or `\r` (a `\n` after it begins the next), so that the
/// bytes of most records need not be looked at one by one.
fn text_line_ends(text: &[u8]) -> u64 {
    if memchr::memchr(b'"', text).is_none() {
        u64::from(matches!(text.last(), Some(b'\r' | b'\n')))
    } else {
        line_ends(text, false)
    }
}

impl<R: Read> Records<R> {
    pub fn new(source: Source<R>, delimiter: u8) -> Self {
        Records {
            source,
            core: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            delimiter,
            buf: vec![0; 64 * 1024].into_boxed_slice(),
            pos: 0,
            valid: 0,
            len: 0,
            eof: false,
            looked: false,
            pending: None,
            lines: 0,
            cr: false,
            text: Vec::new(),
            fields: vec![0; 1024],
            ends: vec![0; 64],
            line: 0,
            started: false,
            shape: Shape::Whole,
            stop_too_long: false,
        }
    }

    /// Reads more of the input into `buf`, after what `core` has not read;
    /// a failed read, or bytes that are not UTF-8, are kept for when the
    /// bytes before them are read.
    fn fill(&mut self) {
        if self.pending.is_some() || self.eof {
            return;
        }
        self.buf.copy_within(self.pos..self.len, 0);
        self.len -= self.pos;
        self.valid -= self.pos;
        self.pos = 0;
        let got = match &mut self.source {
            Source::Utf8(r) => read_retrying(r, &mut self.buf[self.len..]),
            Source::Gb18030(r) => r.read(&mut self.buf[self.len..]),
        };
        match got {
            Ok(0) => self.eof = true,
            Ok(n) => self.len += n,
            Err(e) => self.pending = Some(e),
        }
        if !self.looked {
            // Only a BOM at the very start is dropped, however the reads
            // split it.
            let partial = self.len < BOM.len() && BOM.starts_with(&self.buf[..self.len]);
            if partial && !self.eof && self.pending.is_none() {
                return;
            }
            self.looked = true;
            if self.buf[..self.len].starts_with(BOM) {
                self.pos = BOM.len();
                self.valid = BOM.len();
            }
        }
        let Source::Utf8(_) = self.source else {
            self.valid = self.len;
            return;
        };
        match simdutf8::compat::from_utf8(&self.buf[self.valid..self.len]) {
            Ok(_) => self.valid = self.len,
            Err(e) => {
                self.valid += e.valid_up_to();
                // A character split by the reads is checked with the next.
                if e.error_len().is_some() || self.eof || self.pending.is_some() {
                    self.eof = false;
                    let text = &self.buf[self.valid..self.len];
                    // Up to the last line end, so that no character is cut.
                    let cut = memchr::memrchr2(b'\n', b'\r', text).unwrap_or(text.len());
                    self.pending = Some(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("the input is not UTF-8; {}", likely_encoding(&text[..cut])),
                    ));
                }
            }
        }
    }

    /// Keeps the bytes of `buf[from..to]`, which `core` has read, as the
    /// record's text from its first byte that is no line end (those before
    /// are blank lines, which are skipped and counted). The line ends of
    /// the text are counted once the record ends ([`Records::count`]), but
    /// as they come in a record too long, whose text is not all kept.
    fn take(&mut self, from: usize, to: usize) {
        let bytes = &self.buf[from..to];
        let mut start = 0;
        if !self.started {
            start = bytes
                .iter()
                .position(|b| !matches!(b, b'\r' | b'\n'))
                .unwrap_or(bytes.len());
            if start > 0 {
                self.lines += line_ends(&bytes[..start], self.cr);
                self.cr = bytes[start - 1] == b'\r';
            }
            if start == bytes.len() {
                return;
            }
            self.started = true;
            self.line = self.lines + 1;
        }
        let rest = &bytes[start..];
        if self.shape == Shape::TooLong {
            self.lines += line_ends(rest, self.cr);
            self.cr = rest.last().map_or(self.cr, |&b| b == b'\r');
        } else if self.text.len() + rest.len() > MOST {
            self.shape = Shape::TooLong;
            self.lines += text_line_ends(&self.text);
            let cr = self.text.last() == Some(&b'\r');
            self.lines += line_ends(rest, cr);
            self.cr = rest.last().map_or(cr, |&b| b == b'\r');
            let room = MOST - self.text.len();
            self.text.extend_from_slice(&rest[..room]);
        } else {
            self.text.extend_from_slice(rest);
        }
    }

    /// Counts the line ends of the text of a record read whole, when it
    /// ends, `outlen` bytes in `endlen` fields. A record that `core` read
    /// without a quoted field has a byte of a field for each byte of its
    /// text but its delimiters and the line end that ends it (a quoted
    /// field drops at least its opening quote): then that line end is its
    /// only one, and its bytes need not be looked at.
    fn count(&mut self, outlen: usize, endlen: usize) {
        if self.shape == Shape::TooLong {
            return;
        }
        let end = matches!(self.text.last(), Some(b'\r' | b'\n'));
        self.lines += if outlen + endlen.saturating_sub(1) + usize::from(end) == self.text.len() {
            u64::from(end)
        } else {
            text_line_ends(&self.text)
        };
        self.cr = self.text.last().map_or(self.cr, |&b| b == b'\r');
    }

    /// The next record, `None` at the end of the input; `Err` naming the
    /// line where the input cannot be read (not UTF-8, not GB 18030, or a
    /// failed read), once every record before it is read.
    pub fn next(&mut self) -> Result<Option<Record<'_>>, String> {
        use csv_core::ReadRecordResult as Res;
        self.text.clear();
        self.started = false;
        self.shape = Shape::Whole;
        let (mut outlen, mut endlen) = (0, 0);
        loop {
            if self.pos == self.valid && !self.eof {
                if let Some(e) = self.pending.take() {
                    // The line ends of a record cut by the error are not
                    // counted yet.
                    let cut = if self.shape == Shape::TooLong {
                        0
                    } else {
                        text_line_ends(&self.text)
                    };
                    return Err(format!("line {}: {e}", self.lines + cut + 1));
                }
                self.fill();
                continue;
            }
            if !self.started {
                // Blank lines, which `core` would skip byte by byte.
                let blank = self.buf[self.pos..self.valid]
                    .iter()
                    .position(|b| !matches!(b, b'\r' | b'\n'))
                    .unwrap_or(self.valid - self.pos);
                let from = self.pos;
                self.pos += blank;
                self.take(from, self.pos);
                if self.pos == self.valid && !self.eof {
                    continue;
                }
            }
            let input = &self.buf[self.pos..self.valid];
            let at_end = input.is_empty();
            let (res, nin, nout, nend) =
                self.core
                    .read_record(input, &mut self.fields[outlen..], &mut self.ends[endlen..]);
            let from = self.pos;
            self.pos += nin;
            self.take(from, self.pos);
            outlen += nout;
            endlen += nend;
            let too_long = self.shape == Shape::TooLong;
            if too_long && self.stop_too_long && res != Res::End {
                return Ok(Some(Record {
                    text: &self.text,
                    fields: &self.fields,
                    ends: &[],
                    line: self.line,
                    shape: self.shape,
                    delimiter: self.delimiter,
                }));
            }
            match res {
                Res::InputEmpty => {}
                // A record too long is read on to its end, and its fields
                // dropped as they come.
                Res::OutputFull if too_long => outlen = 0,
                Res::OutputFull => self.fields.resize(self.fields.len() * 2, 0),
                Res::OutputEndsFull if too_long => endlen = 0,
                Res::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                Res::Record => {
                    self.count(outlen, endlen);
                    if too_long {
                        endlen = 0;
                    } else if at_end {
                        if let Some(line) = open_quote(&self.text, self.delimiter, self.line) {
                            self.shape = Shape::Unterminated(line);
                        }
                    } else {
                        // Its line end: `\n`, `\r`, or `\r\n`.
                        if self.text.last() == Some(&b'\n') {
                            self.text.pop();
                        }
                        if self.text.last() == Some(&b'\r') {
                            self.text.pop();
                        }
                    }
                    return Ok(Some(Record {
                        text: &self.text,
                        fields: &self.fields,
                        ends: &self.ends[..endlen],
                        line: self.line,
                        shape: self.shape,
                        delimiter: self.delimiter,
                    }));
                }
                Res::End => return Ok(None),
            }
        }
    }
}

/// A record of [`Records`].
pub struct Record<'a> {
    /// Its text as it came, without its line end.
    pub text: &'a [u8],
    fields: &'a [u8],
    ends: &'a [usize],
    /// The line it begins on.
    pub line: u64,
    pub shape: Shape,
    delimiter: u8,
}

impl<'a> Record<'a> {
    /// How many fields it has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Its field `i`, unquoted.
    pub fn get(&self, i: usize) -> Option<&'a [u8]> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        Some(&self.fields[start..end])
    }

    pub fn iter(&self) -> impl Iterator<Item = &'a [u8]> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// The offset in its text of the delimiter before field `i`, as it
    /// came: what precedes it is the first `i` fields.
    pub fn field_start(&self, i: usize) -> Option<usize> {
        let mut n = 0;
        let mut found = None;
        scan(self.text, self.delimiter, |at, byte, quoting| {
            if quoting == Quoting::Out && byte == self.delimiter {
                n += 1;
                if n == i {
                    found = Some(at);
                    return false;
                }
            }
            true
        });
        found
    }
}

/// Where a quoted field is left open at the end of `text`, a record
/// beginning on line `line`: the line of its opening quote.
fn open_quote(text: &[u8], delimiter: u8, line: u64) -> Option<u64> {
    let (mut lines, mut opened, mut last) = (line, line, Quoting::Out);
    let mut prev = 0;
    scan(text, delimiter, |_, byte, quoting| {
        if quoting == Quoting::Opened {
            opened = lines;
        }
        if byte == b'\r' || (byte == b'\n' && prev != b'\r') {
            lines += 1;
        }
        prev = byte;
        last = quoting;
        true
    });
    matches!(last, Quoting::Opened | Quoting::In).then_some(opened)
}

/// Where a byte stands with the quotes of its record.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Quoting {
    /// Outside a quoted field; a delimiter here ends a field.
    Out,
    /// The quote that opens a quoted field.
    Opened,
    /// Inside a quoted field.
    In,
    /// A quote inside a quoted field: it closes it, or a second one
    /// follows.
    Closing,
}

/// Calls `each` with each byte of a record's `text`, its offset, and where
/// it stands with the quotes, as `csv_core` reads them (a quote opens a
/// field only at its start; `""` in a quoted field is a quote), until
/// `each` returns false.
fn scan(text: &[u8], delimiter: u8, mut each: impl FnMut(usize, u8, Quoting) -> bool) {
    let (mut state, mut field_start) = (Quoting::Out, true);
    for (at, &byte) in text.iter().enumerate() {
        state = match state {
            Quoting::Out | Quoting::Closing if byte == delimiter => {
                field_start = true;
                Quoting::Out
            }
            Quoting::Out if field_start && byte == b'"' => Quoting::Opened,
            Quoting::Opened | Quoting::In if byte == b'"' => Quoting::Closing,
            Quoting::Opened | Quoting::In => Quoting::In,
            Quoting::Closing if byte == b'"' => Quoting::In,
            Quoting::Out | Quoting::Closing => Quoting::Out,
        };
        if state != Quoting::Out || byte != delimiter {
            field_start = false;
        }
        if !each(at, byte, state) {
            return;
        }
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
    } else if looks_big5(bytes) {
        BIG5
    } else if encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .is_some()
    {
        "it reads as GB 18030 (GBK): run with --encoding gbk"
    } else {
        "nor is it GB 18030 (GBK)"
    }
}

/// What is said of an input that looks like Big5.
pub const BIG5: &str = "it looks like Big5 (traditional Chinese), which is neither UTF-8 nor \
                        GB 18030 (GBK), the encodings read: convert it to UTF-8 \
                        (iconv -f big5 -t utf-8)";

/// Whether `bytes` look like Big5 rather than GB 18030. Big5's bytes are
/// nearly all GBK too, and decode without error, into the wrong
/// characters. But GB 2312's characters, of which mainland files are
/// made, have a second byte of 0xA1 or more; in Big5, about two in five
/// characters have one of 0x40–0x7E. So: at least four characters of two
/// bytes, a quarter of them or more with a second byte under 0xA1, and
/// none of GB 18030's four bytes.
pub fn looks_big5(bytes: &[u8]) -> bool {
    let (mut pairs, mut low, mut i) = (0, 0, 0);
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i += 1;
            continue;
        }
        match bytes.get(i + 1) {
            Some(0x30..=0x39) => return false,
            Some(&trail) => {
                pairs += 1;
                low += usize::from(trail < 0xA1);
            }
            None => {}
        }
        i += 2;
    }
    pairs >= 4 && low * 4 >= pairs
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
            ("63０122", None),
            ("６３０１２２.0", Some("630122")),
        ] {
            assert_eq!(read(field, None).as_deref(), expected, "{field:?}");
        }
        assert_eq!(read("2020年", Some('年')).as_deref(), Some("2020"));
        assert_eq!(read("２０２０ 年", Some('年')).as_deref(), Some("2020"));
        assert_eq!(read("2020年", None), None);
        assert_eq!(read("20２0", Some('年')), None);
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
            assert_eq!(line_ends(text.as_bytes(), false), ends, "{text:?}");
        }
    }

    #[test]
    fn big5_is_told_from_gbk() {
        // `代碼,年份,名稱` and `青海省西寧市湟中區` in Big5, and in GBK their
        // simplified forms, as Python's codecs write them.
        let big5 = b"\xa5N\xbdX,\xa6~\xa5\xf7,\xa6W\xba\xd9\n630106,2020,\xabC\xae\xfc\xac\xd9\xa6\xe8\xb9\xe7\xa5\xab\xb5G\xa4\xa4\xb0\xcf\n";
        assert!(looks_big5(big5));
        assert_eq!(likely_encoding(big5), BIG5);
        let gbk = b"\xb4\xfa\xc2\xeb,\xc4\xea\xb7\xdd\n630106,2020,\xe4\xd2\xd6\xd0\xc7\xf8\n";
        assert!(!looks_big5(gbk));
        assert!(likely_encoding(gbk).contains("--encoding gbk"));
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
