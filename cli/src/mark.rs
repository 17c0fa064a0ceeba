//! Marks the rows of a CSV file that lie in a pilot region: reads CSV on
//! standard input, keeps every column and row, appends the covering pilots'
//! ids (`pilot_ids`), names (`pilot_names`), whether each covers the row's
//! division wholly or partly (`pilot_coverage`), `;`-separated, and a note
//! where the code was read through another year's list (`pilot_note`), and
//! writes the result to standard output. It streams, so the input can be
//! larger than memory.
//!
//! ```text
//! cn-edu-pilots mark --code county_code --year year < panel.csv > marked.csv
//! cn-edu-pilots mark --code county_code < roster.csv > marked.csv
//! cn-edu-pilots mark --code 代码 --year 年份 --encoding gbk --delimiter tab < 面板.txt > marked.csv
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
//! spaces, in full-width digits (`６３０１２２`), and a year as `2020年`: six
//! digits for a code and four for a year, no leading zero, and the digits
//! of a field all of one width.
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
//! them (the `treatment` module): `via_members` (the covering
//! members by their ids in `members.csv`), `treated`, `treated_wholly`,
//! `via_province_member`, `post` and `first_treat` (`--treat-year`,
//! `--never-treated`). A row left unmarked for any reason but lying in no
//! pilot's area (a row that could not be read, a code of Taiwan, Hong Kong
//! or Macao) has them all empty, never 0.
//!
//! A row shorter than the header is padded with empty fields. A row longer
//! than the header keeps every field: the marks are written under their
//! headers, after the header's columns, and the extra fields, copied as
//! they came, after the marks; a message names the line. A quoted field
//! left open by the end of the input is a row that could not be read, told
//! at the line where the field begins and written unmarked with its fields
//! as read; a row longer than 1 MiB (`input::MOST`) is one too, told and
//! not written, so that memory stays bounded whatever the input.
//!
//! The input is UTF-8 (a BOM at its very start is dropped; a later one is
//! data, with a message for a row that begins with one), or GB 18030, of which GBK is a
//! part, with `--encoding gbk`. The output is UTF-8 whatever the input:
//! one encoding that every tool reads, whatever the input was written with.
//! Input that is not UTF-8 (and not transcoded with `--encoding gbk`) stops
//! the run at its first such line, every row before it written, with a
//! message naming the encoding it seems to be in (Big5 is told, and
//! refused with `--encoding gbk` too), so that no output mixes encodings. Input given as
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
//! was wrong and exit with status 2, as does an output that cannot be
//! written, or one closed by the shell (`>&-`, told on Linux: see
//! `output_closed`). A pipe closed by its reader stops the run quietly
//! with status 141, as a shell reports a program stopped by a closed pipe;
//! a closed standard error only silences the messages.
//! `--help` prints the usage.

use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use cn_edu_pilots::{AdminLevel, Coverage, DivisionCode, ErrorKind, Units, codes, pilots};

use crate::args::{Encoding, parse_delimiter, parse_encoding};
use crate::input::{
    BOM, Decode, MOST, Record, Records, Shape, Source, Utf8Look, cannot_be_number, digits,
};
use crate::report::{Counts, Message, Messages, Note, Problem, Quote, Reason, Said};
use crate::table::push_field;
use crate::treatment;
use cn_edu_pilots::panel::{Column, Row, Rules};

/// What to read, and how.
pub struct Args {
    /// The name of the column of division codes or, with `by_name`, of
    /// division names.
    pub code: String,
    /// Read the column as names (`--name`), with these parents and level.
    pub by_name: Option<ByName>,
    /// The name of the column of years, if any.
    pub year: Option<String>,
    /// The field delimiter of the input and the output.
    pub delimiter: u8,
    /// The encoding of the input.
    pub encoding: Encoding,
    /// Exit with status 0 even when some rows could not be read.
    pub allow_bad_rows: bool,
    /// Append the treatment columns, under these rules (`--treatment`).
    pub treatment: Option<Rules>,
}

/// How `--name` reads names: each row's in the list of its year, within
/// its parent and of the level where given.
pub struct ByName {
    /// The column of parents (`--parent`): a province in any form, a
    /// prefecture's name, or a code.
    pub parent: Option<String>,
    /// The level of every row's division (`--level`).
    pub level: Option<AdminLevel>,
}

const USAGE: &str = concat!(
    "usage: cn-edu-pilots mark --code COLUMN [--year COLUMN] [options] < input.csv > output.csv
       cn-edu-pilots mark --name COLUMN --year COLUMN [--parent COLUMN] [--level LEVEL] [options]

Appends to each row of a CSV the pilots covering its division code:
pilot_ids, pilot_names, pilot_coverage (wholly or partly) and pilot_note
(where the code was read through another year's list). A summary goes to
standard error.

With --name, each row's division name is read in the list of its year
(楚雄彝族自治州, 楚雄, 楚雄州, 巴州; a name of another year's list too), the
code it denotes written in matched_code, before the marks; a name that
denotes several codes, or none, is written unmarked, with a message
listing its candidates.

options:
  --code COLUMN       the column of GB/T 2260 division codes
  --name COLUMN       the column of division names, instead of --code;
                      needs --year, since a name's meaning changes by year
  --parent COLUMN     with --name, the column of each row's parent: a
                      province in any form (河南, 豫, 410000), a
                      prefecture's name (楚雄州) or a code; empty for none
  --level LEVEL       with --name, the level of every row's division:
                      province, prefecture (the municipalities count as
                      prefecture-level cities) or county
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

the rules of the treatment columns (each implies --treatment):
",
    treatment::options!(),
    "
  -h, --help          print this help

exit status: 0, or 1 when a row could not be read; 2 on bad arguments or
input; 141 when standard output was closed"
);

/// What to do, or what was wrong; `Ok(None)` once `--help` has printed the
/// usage.
fn parse_args(parser: &mut lexopt::Parser) -> Result<Option<Args>, String> {
    use lexopt::prelude::*;
    let (mut code, mut year, mut delimiter, mut encoding) = (None, None, b',', Encoding::Utf8);
    let (mut names, mut parent, mut level) = (None, None, None);
    let mut allow_bad_rows = false;
    let (mut treatment, mut rules) = (false, Rules::DEFAULT);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        let name = match arg {
            Long("treatment") => {
                treatment = true;
                continue;
            }
            Long(name) if treatment::is_option(name) => {
                let name = name.to_owned();
                rules = treatment::read(&name, parser, rules)?;
                treatment = true;
                continue;
            }
            Long("code") => "code",
            Long("name") => "name",
            Long("parent") => "parent",
            Long("level") => "level",
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
            "name" => names = Some(value),
            "parent" => parent = Some(value),
            "level" => level = Some(crate::names::parse_level(&value)?),
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
            "--treatment (and --treat-year, --never-treated, --province-members) needs --year COLUMN: \
             treatment is read in the list of each row's year"
                .into(),
        );
    }
    let by_name = match (&code, names) {
        (Some(_), Some(_)) => {
            return Err("--code and --name: give one, the column of codes or of names".into());
        }
        (None, Some(column)) => {
            if year.is_none() {
                return Err(
                    "--name needs --year COLUMN: a name is read in the list of its \
                            row's year, as names change meaning from year to year (哈密)"
                        .into(),
                );
            }
            code = Some(column);
            Some(ByName { parent, level })
        }
        _ if parent.is_some() || level.is_some() => {
            return Err("--parent and --level go with --name COLUMN".into());
        }
        _ => None,
    };
    Ok(Some(Args {
        code: code.ok_or("missing --code COLUMN (or --name COLUMN)")?,
        by_name,
        year,
        delimiter,
        encoding,
        allow_bad_rows,
        treatment: treatment.then_some(rules),
    }))
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

/// A row's code field read, or why not (`Reason::OutsideMainland` needs no
/// message).
pub fn read_code(field: &[u8]) -> Result<DivisionCode, Message<'_>> {
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
pub fn read_year(field: &[u8]) -> Result<u16, Message<'_>> {
    let mut buf = [0; 8];
    let read = (!cannot_be_number(field))
        .then(|| std::str::from_utf8(field).ok())
        .flatten()
        .and_then(|text| digits(text, Some('年'), &mut buf));
    // Four digits, as a code has six: `02020` is no year, as `0630122` is
    // no code.
    read.filter(|d| d.len() == 4 && !d.starts_with('0'))
        .and_then(|d| d.parse().ok())
        .ok_or(Message {
            reason: Reason::BadYear,
            problem: Problem::Year(field),
        })
}

/// How a run ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Every row was written; the counts of the summary.
    Done(Box<Counts>),
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
    treatment: [Vec<u8>; Column::TREATMENT.len()],
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

    /// The treatment columns of `row`, as the library computes them.
    fn set_treatment(&mut self, row: &Row) {
        use std::io::Write as _;
        for (field, column) in self.treatment.iter_mut().zip(Column::TREATMENT) {
            let _ = write!(field, "{}", column.cell(row));
        }
    }

    /// The pilots of `wholly` and `partly`, by id, and with `how` whether
    /// each covers wholly or partly.
    fn set(&mut self, wholly: Units, partly: Units, how: bool) {
        for unit in wholly | partly {
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

/// How many of the treatment columns (`Column::TREATMENT`, after
/// [`COLUMNS`]) a run appends (`--treatment` needs `--year`).
fn treatment_columns(args: &Args) -> usize {
    if args.treatment.is_some() {
        Column::TREATMENT.len()
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

/// Marks the CSV of `input` onto `output`, with messages on `messages`.
pub fn mark<R: Read, W: Write, E: Write>(
    args: &Args,
    input: R,
    output: W,
    messages: &mut Messages<E>,
) -> Outcome {
    match run(args, input, output, messages) {
        Ok(counts) => Outcome::Done(Box::new(counts)),
        Err(outcome) => outcome,
    }
}

/// The input as text: as it came, or decoded from GB 18030 once its start
/// is seen not to be UTF-8 (or told to read as both).
fn source<R: Read, E: Write>(
    encoding: Encoding,
    input: R,
    messages: &mut Messages<E>,
) -> Result<Source<R>, Outcome> {
    match encoding {
        Encoding::Utf8 => Ok(Source::Utf8(input)),
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
                Utf8Look::Not if crate::input::looks_big5(sample) => {
                    return Err(Outcome::Failed(format!(
                        "the input is not GB 18030 (GBK): {}",
                        crate::input::BIG5
                    )));
                }
                Utf8Look::Not => {}
            }
            Ok(Source::Gb18030(decode))
        }
    }
}

/// Where a run's columns are in the input, and how many fields it writes.
struct Columns {
    code: usize,
    year: Option<usize>,
    parent: Option<usize>,
    /// The header's fields.
    width: usize,
    /// The fields appended to each row.
    appended: usize,
}

/// Reads the header row, finds the columns the arguments name, and writes
/// the header with the appended columns' names (`line` is left holding
/// it).
fn head<R: Read, W: Write>(
    records: &mut Records<R>,
    args: &Args,
    line: &mut Vec<u8>,
    out: &mut W,
) -> Result<Columns, Outcome> {
    records.stop_too_long = true;
    let headers: Vec<Vec<u8>> = {
        let header = records
            .next()
            .map_err(Outcome::Failed)?
            .ok_or_else(|| Outcome::Failed("the input is empty: expected a header row".into()))?;
        match header.shape {
            Shape::Whole => {}
            Shape::Unterminated(at) => {
                return Err(Outcome::Failed(format!(
                    "line {at}: the header row has a quoted field that is not closed \
                     by the end of the input"
                )));
            }
            Shape::TooLong => {
                return Err(Outcome::Failed(format!(
                    "line {}: the header row is longer than {MOST} bytes",
                    header.line
                )));
            }
        }
        line.extend_from_slice(header.text);
        header.iter().map(<[u8]>::to_vec).collect()
    };
    records.stop_too_long = false;
    let column = |name: &str| column(&headers, name);
    let code = column(&args.code)?;
    let year = args.year.as_deref().map(column).transpose()?;
    let parent = args
        .by_name
        .as_ref()
        .and_then(|by_name| by_name.parent.as_deref())
        .map(column)
        .transpose()?;
    let extra = treatment_columns(args);
    let treatment_names = Column::TREATMENT.map(Column::name);
    // With --name, the code each name was read as comes before the marks.
    let matched = if args.by_name.is_some() {
        &["matched_code"][..]
    } else {
        &[]
    };
    for name in matched
        .iter()
        .chain(&COLUMNS)
        .chain(&treatment_names[..extra])
    {
        line.push(args.delimiter);
        line.extend_from_slice(name.as_bytes());
    }
    line.push(b'\n');
    written(out.write_all(line))?;
    Ok(Columns {
        code,
        year,
        parent,
        width: headers.len(),
        appended: matched.len() + COLUMNS.len() + extra,
    })
}

/// The place of the column `name` among `headers`; or a message naming
/// the columns there are.
fn column(headers: &[Vec<u8>], name: &str) -> Result<usize, Outcome> {
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
}

fn run<R: Read, W: Write, E: Write>(
    args: &Args,
    input: R,
    output: W,
    messages: &mut Messages<E>,
) -> Result<Counts, Outcome> {
    let source = source(args.encoding, input, messages)?;
    let mut records = Records::new(source, args.delimiter);
    // Rows are written as they came, with the marks appended: a row is
    // copied, not parsed and quoted again.
    let mut out = io::BufWriter::with_capacity(64 * 1024, output);
    let delimiter = args.delimiter;

    let mut line = Vec::new();
    let columns = head(&mut records, args, &mut line, &mut out)?;
    let width = columns.width;

    let mut counts = Counts {
        by_name: args.by_name.is_some(),
        ..Counts::default()
    };
    let mut names = NameAnswers::default();
    let mut marks = Marks {
        treatment_columns: treatment_columns(args),
        ..Marks::default()
    };
    let mut answers = Answers::default();
    let mut appended = Vec::new();
    // The appended fields of a row unmarked for want of an answer: all
    // empty.
    let unmarked = vec![delimiter; columns.appended];
    while let Some(record) = records.next().map_err(Outcome::Failed)? {
        let line_number = record.line;
        counts.rows += 1;
        if record.text.starts_with(BOM) {
            messages.say_at(
                line_number,
                "the row begins with a byte order mark (U+FEFF), kept as data: were files \
                 joined together? Only one at the start of the input is dropped",
            );
        }
        match record.shape {
            Shape::Whole => {}
            Shape::TooLong => {
                counts.unmarked[Reason::TooLong as usize] += 1;
                messages.say_at(
                    line_number,
                    format_args!(
                        "the row is longer than {MOST} bytes (its first 40: {}): not written",
                        Quote(record.text)
                    ),
                );
                continue;
            }
            Shape::Unterminated(at) => {
                counts.unmarked[Reason::Unterminated as usize] += 1;
                messages.say_at(
                    at,
                    format_args!(
                        "a quoted field is not closed by the end of the input (the row \
                         begins on line {line_number}): the row is written unmarked, with \
                         the field closed"
                    ),
                );
                closed_line(&record, width, columns.appended, delimiter, &mut line);
                written(out.write_all(&line))?;
                continue;
            }
        }
        let fields = record.len();
        let bytes = |column: usize| record.get(column).unwrap_or_default();
        let appended = if let Some(by_name) = &args.by_name {
            let field = |column: Option<usize>| column.map(bytes).unwrap_or_default();
            let row = NameRow {
                name: bytes(columns.code),
                year: field(columns.year),
                parent: field(columns.parent),
            };
            let kept = names.get(row, by_name, args, &mut marks);
            names.tell(kept, &mut counts, messages, line_number);
            names.appended(kept).unwrap_or(&unmarked)
        } else {
            let code = bytes(columns.code);
            let year = columns.year.map(bytes);
            let (reason, problem, id) = answers.get(code, year, args, &mut marks, &mut appended);
            // The message goes straight to the writer of messages: a file of
            // bad values allocates nothing per row.
            let note = id.and_then(|id| answers.note(id));
            tell(&mut counts, messages, line_number, reason, problem, note);
            id.map_or(&unmarked[..], |id| answers.appended(id))
        };
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
        } else if fields < width {
            counts.short += 1;
        }
        marked_line(&record, width, appended, delimiter, &mut line);
        written(out.write_all(&line))?;
    }
    written(out.flush())?;
    Ok(counts)
}

/// The line of a row whose quoted field is not closed by the end of the
/// input, into `line`: its fields as read, quoted again where they need it
/// (the text as it came would leave the quote open), padded to the
/// header's `width`, and the `appended` fields empty.
fn closed_line(
    record: &Record<'_>,
    width: usize,
    appended: usize,
    delimiter: u8,
    line: &mut Vec<u8>,
) {
    line.clear();
    for i in 0..record.len().max(width) + appended {
        if i > 0 {
            line.push(delimiter);
        }
        push_field(line, record.get(i).unwrap_or_default(), delimiter);
    }
    line.push(b'\n');
}

/// The line of a row, into `line`: its text as it came with `appended`
/// after its first `width` fields, padded to them if it has fewer; the
/// extra fields of a longer row are copied as they came, after the marks.
fn marked_line(
    record: &Record<'_>,
    width: usize,
    appended: &[u8],
    delimiter: u8,
    line: &mut Vec<u8>,
) {
    line.clear();
    let fields = record.len();
    if fields > width {
        let cut = record.field_start(width).unwrap_or(record.text.len());
        line.extend_from_slice(&record.text[..cut]);
        line.extend_from_slice(appended);
        line.extend_from_slice(&record.text[cut..]);
    } else {
        line.extend_from_slice(record.text);
        line.resize(line.len() + (width - fields), delimiter);
        line.extend_from_slice(appended);
    }
    line.push(b'\n');
}

/// A field of exactly `digits` ASCII digits, the first not `0`, as a
/// number: the form of nearly every code and year of real files, which
/// [`read_code`] and [`read_year`] read as this number too.
fn plain_number(field: &[u8], digits: usize) -> Option<u32> {
    if field.len() != digits || field[0] == b'0' {
        return None;
    }
    field.iter().try_fold(0, |n: u32, &b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

/// The marks of `code` in `year` (by code alone without a year) set in
/// `marks`, why the row is unmarked if it is, and the message of the note
/// when the code was read through another year's list; or why it could not
/// be read.
fn answer(
    code: DivisionCode,
    year: Option<u16>,
    args: &Args,
    marks: &mut Marks,
) -> Result<(Option<Reason>, Option<String>), Message<'static>> {
    marks.clear();
    let mut message = None;
    match year {
        // By code alone, a code of no list is no answer either.
        None if codes::listed(code).is_none() => {
            return Err(Message {
                reason: Reason::NeverListed,
                problem: Problem::NeverListed(code),
            });
        }
        None => marks.set(pilots::covering(code), Units::default(), false),
        Some(year) => {
            let (coverage, note) = covering(code, year)?;
            marks.set(coverage.wholly(), coverage.partly(), true);
            if let Some(rules) = args.treatment {
                marks.set_treatment(&Row::of(coverage, year, rules));
            }
            if let Some(note) = note {
                marks.note.extend_from_slice(note.column(year).as_bytes());
                message = Some(note.message_with_changes(code, year));
            }
        }
    }
    Ok((marks.ids.is_empty().then_some(Reason::NoPilot), message))
}

/// Counts a row, marked or unmarked for `reason`, and says its message or
/// note for its line.
fn tell<E: Write>(
    counts: &mut Counts,
    messages: &mut Messages<E>,
    line: u64,
    reason: Option<Reason>,
    message: Option<impl Said>,
    note: Option<&str>,
) {
    match reason {
        None => counts.marked += 1,
        Some(reason) => counts.unmarked[reason as usize] += 1,
    }
    if let Some(message) = message {
        messages.say_at(line, message);
    }
    if let Some(note) = note {
        counts.read_elsewhere += 1;
        messages.say_at(line, note);
    }
}

/// The answers kept for the codes and years read, for at most
/// [`Answers::MOST`] codes: files repeat their codes, and a lookup costs
/// less than reading a code again. Kept by code, each code's years side
/// by side, and the last code's place remembered: a panel sorted by code
/// and year, as panels are, finds a row's answer next to the last row's,
/// in the processor's cache. The appended fields and the notes are kept
/// by number, each once (a panel's rows share a few hundred).
#[derive(Default)]
struct Answers {
    codes: rustc_hash::FxHashMap<u32, u32>,
    /// Each code's answers, by year from [`codes::FIRST_YEAR`], and by code
    /// alone last.
    years: Vec<[Option<Kept>; YEARS + 1]>,
    last: Option<(u32, u32)>,
    appended: Vec<Box<[u8]>>,
    appended_ids: rustc_hash::FxHashMap<Box<[u8]>, u32>,
    notes: Vec<Box<str>>,
}

/// The years of the lists.
const YEARS: usize = (codes::LAST_YEAR - codes::FIRST_YEAR + 1) as usize;

/// An answer kept: why its row is unmarked (`None` when it is marked),
/// its appended fields and its note, by number.
#[derive(Clone, Copy)]
struct Kept {
    reason: Option<Reason>,
    appended: u32,
    note: Option<u32>,
}

impl Answers {
    /// Enough for every code of the lists, and a bound on memory.
    const MOST: usize = 1 << 16;

    /// The index of `year` in a code's answers; `None` outside the lists.
    fn year(year: Option<u16>) -> Option<usize> {
        match year {
            None => Some(YEARS),
            Some(year) => usize::from(year)
                .checked_sub(usize::from(codes::FIRST_YEAR))
                .filter(|&i| i < YEARS),
        }
    }

    fn slot(&mut self, code: u32) -> Option<usize> {
        match self.last {
            Some((last, slot)) if last == code => Some(slot as usize),
            _ => {
                let slot = *self.codes.get(&code)?;
                self.last = Some((code, slot));
                Some(slot as usize)
            }
        }
    }

    /// The answer for a row's code field and year field (`None` without
    /// `--year`): why the row is unmarked, the problem to tell, and the
    /// answer kept, if any. Answers are kept for the rows that repeat the
    /// code and year, in whatever form; `appended` is room for the fields
    /// of a new answer.
    fn get<'a>(
        &mut self,
        code: &'a [u8],
        year: Option<&'a [u8]>,
        args: &Args,
        marks: &mut Marks,
        appended: &mut Vec<u8>,
    ) -> (Option<Reason>, Option<Problem<'a>>, Option<Kept>) {
        // Most rows write their code and year as plain digits: those are
        // looked up as they are, before being read, since only codes and
        // years that were read have answers kept.
        let plain = plain_number(code, 6).and_then(|code| match year {
            None => Some((code, None)),
            Some(year) => {
                let year = plain_number(year, 4)?;
                Some((code, Some(u16::try_from(year).ok()?)))
            }
        });
        if let Some(kept) = plain.and_then(|(code, year)| self.find(code, year)) {
            return (kept.reason, None, Some(kept));
        }
        let read = read_code(code).and_then(|code| match year {
            None => Ok((code, None)),
            Some(year) => Ok((code, Some(read_year(year)?))),
        });
        match read {
            Ok((code, year)) => match self.find(code.get(), year) {
                Some(kept) => (kept.reason, None, Some(kept)),
                None => match answer(code, year, args, marks) {
                    Ok((reason, note)) => {
                        appended.clear();
                        for field in marks.fields() {
                            appended.push(args.delimiter);
                            if !field.is_empty() {
                                push_field(appended, field, args.delimiter);
                            }
                        }
                        let kept = self.insert(code, year, appended, reason, note);
                        (reason, None, Some(kept))
                    }
                    Err(message) => (Some(message.reason), Some(message.problem), None),
                },
            },
            Err(message) if message.reason == Reason::OutsideMainland => {
                (Some(Reason::OutsideMainland), None, None)
            }
            Err(message) => (Some(message.reason), Some(message.problem), None),
        }
    }

    /// The answer kept for `code` (a [`DivisionCode`] as a number).
    fn find(&mut self, code: u32, year: Option<u16>) -> Option<Kept> {
        let year = Self::year(year)?;
        let slot = self.slot(code)?;
        self.years[slot][year]
    }

    fn appended(&self, kept: Kept) -> &[u8] {
        &self.appended[kept.appended as usize]
    }

    fn note(&self, kept: Kept) -> Option<&str> {
        kept.note.map(|n| &*self.notes[n as usize])
    }

    fn insert(
        &mut self,
        code: DivisionCode,
        year: Option<u16>,
        appended: &[u8],
        reason: Option<Reason>,
        note: Option<String>,
    ) -> Kept {
        if [self.codes.len(), self.appended.len(), self.notes.len()]
            .iter()
            .any(|&n| n >= Self::MOST)
        {
            *self = Answers::default();
        }
        let appended = if let Some(&id) = self.appended_ids.get(appended) {
            id
        } else {
            let id = u32::try_from(self.appended.len()).unwrap_or(u32::MAX);
            self.appended.push(appended.into());
            self.appended_ids.insert(appended.into(), id);
            id
        };
        let note = note.map(|note| {
            self.notes.push(note.into_boxed_str());
            u32::try_from(self.notes.len() - 1).unwrap_or(u32::MAX)
        });
        let kept = Kept {
            reason,
            appended,
            note,
        };
        if let Some(index) = Self::year(year) {
            let slot = if let Some(slot) = self.slot(code.get()) {
                slot
            } else {
                let slot = self.years.len();
                self.years.push([None; YEARS + 1]);
                let id = u32::try_from(slot).unwrap_or(u32::MAX);
                self.codes.insert(code.get(), id);
                self.last = Some((code.get(), id));
                slot
            };
            self.years[slot][index] = Some(kept);
        }
        kept
    }
}

/// The fields of a row that `--name` reads, as they came.
#[derive(Clone, Copy)]
struct NameRow<'a> {
    name: &'a [u8],
    year: &'a [u8],
    parent: &'a [u8],
}

/// How a row's name was read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NameRead {
    /// A name of its year's list.
    Matched,
    /// A name of another year's list.
    OtherYear,
    /// Several codes, or none, or the year or parent could not be read.
    Unmatched,
}

/// An answer kept for a name: why its row is unmarked, how the name was
/// read, its appended fields (`None` for all empty), the message about the
/// name and the message of the code's note, each by number.
#[derive(Clone, Copy)]
struct NameKept {
    reason: Option<Reason>,
    read: NameRead,
    appended: Option<u32>,
    message: Option<u32>,
    note: Option<u32>,
}

/// The answers kept for the names read, for at most
/// [`NameAnswers::MOST`] names: kept by the bytes of the name and parent
/// fields as they came (a name's forms differ in bytes from row to row:
/// each form is kept once), each name's years side by side, and the last
/// name's place remembered, as [`Answers`] keeps codes: a panel sorted by
/// name, or by unit and year, finds a row's answer next to the last row's.
#[derive(Default)]
struct NameAnswers {
    slots: rustc_hash::FxHashMap<Box<[u8]>, u32>,
    /// Each name's answers, by year from [`codes::FIRST_YEAR`], as their
    /// numbers in `kept` ([`NameAnswers::NONE`] where there is none yet):
    /// small, so that a name's years share a line of the processor's
    /// cache and every name's fit its cache.
    years: Vec<[u32; YEARS]>,
    kept: Vec<NameKept>,
    /// The last row's name and parent, parted by 0xFF (in no UTF-8
    /// text), and its place in `years`.
    key: Vec<u8>,
    last: Option<u32>,
    /// The appended fields, each once (a name's years share them).
    appended: Vec<Box<[u8]>>,
    appended_ids: rustc_hash::FxHashMap<Box<[u8]>, u32>,
    messages: Vec<Box<str>>,
}

impl NameAnswers {
    /// A bound on memory: each name keeps a year's answers for every
    /// year (tens of megabytes at most).
    const MOST: usize = 1 << 15;

    /// No answer kept.
    const NONE: u32 = u32::MAX;

    /// The answer for `row`, kept or found.
    fn get(
        &mut self,
        row: NameRow<'_>,
        by_name: &ByName,
        args: &Args,
        marks: &mut Marks,
    ) -> NameKept {
        // A name has an answer in each year: room for each.
        if self.slots.len() >= Self::MOST
            || [self.kept.len(), self.appended.len(), self.messages.len()]
                .iter()
                .any(|&n| n >= Self::MOST * YEARS)
        {
            *self = NameAnswers::default();
        }
        let year = plain_number(row.year, 4)
            .and_then(|year| u16::try_from(year).ok())
            .or_else(|| read_year(row.year).ok());
        let index = year.and_then(|year| Answers::year(Some(year)).filter(|&i| i < YEARS));
        // A year that could not be read, or outside the lists: told anew.
        let Some(index) = index else {
            return self.find(row, by_name, args, marks);
        };
        let n = row.name.len();
        let same = self.key.len() == n + 1 + row.parent.len()
            && self.key[..n] == *row.name
            && self.key[n] == 0xFF
            && self.key[n + 1..] == *row.parent;
        let slot = match self.last {
            Some(slot) if same => slot as usize,
            _ => {
                self.key.clear();
                self.key.extend_from_slice(row.name);
                self.key.push(0xFF);
                self.key.extend_from_slice(row.parent);
                let slot = if let Some(&slot) = self.slots.get(&self.key[..]) {
                    slot as usize
                } else {
                    let slot = self.years.len();
                    self.years.push([Self::NONE; YEARS]);
                    self.slots.insert(
                        self.key.as_slice().into(),
                        u32::try_from(slot).unwrap_or(u32::MAX),
                    );
                    slot
                };
                self.last = u32::try_from(slot).ok();
                slot
            }
        };
        if let Some(&kept) = self.kept.get(self.years[slot][index] as usize) {
            return kept;
        }
        let kept = self.find(row, by_name, args, marks);
        self.years[slot][index] = u32::try_from(self.kept.len()).unwrap_or(Self::NONE);
        self.kept.push(kept);
        kept
    }

    /// Keeps `message`, and gives its number.
    fn message(&mut self, message: String) -> Option<u32> {
        self.messages.push(message.into_boxed_str());
        u32::try_from(self.messages.len() - 1).ok()
    }

    /// Reads `row`'s name in the list of its year, within its parent and
    /// of the level asked; then the code it denotes as `--code` reads it.
    fn find(
        &mut self,
        row: NameRow<'_>,
        by_name: &ByName,
        args: &Args,
        marks: &mut Marks,
    ) -> NameKept {
        let mut unmatched = |reason: Reason, message: String| NameKept {
            reason: Some(reason),
            read: NameRead::Unmatched,
            appended: None,
            message: self.message(message),
            note: None,
        };
        let year = match read_year(row.year) {
            Ok(year) => year,
            Err(message) => return unmatched(message.reason, message.problem.to_string()),
        };
        let of_year = |err: &cn_edu_pilots::Error, otherwise| {
            if err.kind() == ErrorKind::YearOutOfRange {
                Reason::OutsideLists
            } else {
                otherwise
            }
        };
        // The input is UTF-8: it was checked, or decoded.
        let text = |field| std::str::from_utf8(field).unwrap_or_default();
        let name = text(row.name);
        let mut lookup = codes::named(name, year);
        if let Some(level) = by_name.level {
            lookup = lookup.level(level);
        }
        if !text(row.parent).trim().is_empty() {
            match codes::Within::parse(text(row.parent), year) {
                Ok(parent) => lookup = lookup.within(parent),
                Err(err) => return unmatched(of_year(&err, Reason::BadParent), err.to_string()),
            }
        }
        let found = match lookup.find() {
            Ok(found) => found,
            Err(err) => return unmatched(of_year(&err, Reason::UnknownName), err.to_string()),
        };
        let Some(one) = found.single() else {
            return unmatched(
                Reason::AmbiguousName,
                crate::names::ambiguous(name, year, found),
            );
        };
        let code = one.code().code();
        let (reason, note) = match answer(code, Some(year), args, marks) {
            Ok(answer) => answer,
            Err(message) => return unmatched(message.reason, message.problem.to_string()),
        };
        let mut appended = Vec::new();
        appended.push(args.delimiter);
        appended.extend_from_slice(code.to_string().as_bytes());
        for field in marks.fields() {
            appended.push(args.delimiter);
            if !field.is_empty() {
                push_field(&mut appended, field, args.delimiter);
            }
        }
        let id = if let Some(&id) = self.appended_ids.get(appended.as_slice()) {
            id
        } else {
            let id = u32::try_from(self.appended.len()).unwrap_or(u32::MAX);
            self.appended.push(appended.as_slice().into());
            self.appended_ids.insert(appended.into_boxed_slice(), id);
            id
        };
        let other_year = one.through_other_year();
        NameKept {
            reason,
            read: if other_year {
                NameRead::OtherYear
            } else {
                NameRead::Matched
            },
            appended: Some(id),
            message: if other_year {
                self.message(crate::names::other_year(name, year, one))
            } else {
                None
            },
            note: note.and_then(|note| self.message(note)),
        }
    }

    /// Counts a row and says its messages for its line.
    fn tell<E: Write>(
        &self,
        kept: NameKept,
        counts: &mut Counts,
        messages: &mut Messages<E>,
        line: u64,
    ) {
        match kept.reason {
            None => counts.marked += 1,
            Some(reason) => counts.unmarked[reason as usize] += 1,
        }
        match kept.read {
            NameRead::Matched => counts.names_matched += 1,
            NameRead::OtherYear => {
                counts.names_matched += 1;
                counts.names_other_year += 1;
            }
            NameRead::Unmatched => {}
        }
        let said = |n: u32| &*self.messages[n as usize];
        if let Some(message) = kept.message {
            messages.say_at(line, said(message));
        }
        if let Some(note) = kept.note {
            counts.read_elsewhere += 1;
            messages.say_at(line, said(note));
        }
    }

    /// The appended fields of an answer, `None` for all empty.
    fn appended(&self, kept: NameKept) -> Option<&[u8]> {
        kept.appended.map(|n| &*self.appended[n as usize])
    }
}

/// Whether standard output was closed when the program started (`>&-`).
/// The Rust runtime then opens `/dev/null` in its place, for reading and
/// writing, so that writes succeed; a shell's `> /dev/null` opens it for
/// writing only. Linux tells both through `/proc`; elsewhere, and for a
/// `/dev/null` a parent opened for reading and writing (Python's
/// `subprocess.DEVNULL` does), this cannot be told apart, and the run goes
/// on as if writing to `/dev/null`.
fn output_closed() -> bool {
    if !cfg!(target_os = "linux") {
        return false;
    }
    let null = std::fs::read_link("/proc/self/fd/1").is_ok_and(|p| p == Path::new("/dev/null"));
    // `flags:` in octal; the access mode is its last two bits, 2 for
    // reading and writing (O_RDWR).
    null && std::fs::read_to_string("/proc/self/fdinfo/1").is_ok_and(|info| {
        info.lines()
            .find_map(|l| l.strip_prefix("flags:"))
            .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
            .is_some_and(|flags| flags & 3 == 2)
    })
}

/// Runs `cn-edu-pilots mark` with the rest of the command line.
pub fn main(parser: &mut lexopt::Parser) -> ExitCode {
    let mut messages = Messages::new(io::stderr().lock());
    let args = match parse_args(parser) {
        Ok(Some(args)) => args,
        Ok(None) => return ExitCode::SUCCESS,
        Err(message) => {
            let usage = USAGE.lines().next().unwrap_or(USAGE);
            messages.say(format_args!("error: {message}\n{usage}"));
            messages.flush();
            return ExitCode::from(2);
        }
    };
    if output_closed() {
        messages.say(format_args!(
            "error: standard output is closed: nothing could be written. (The Rust runtime \
             puts /dev/null, open for reading and writing, in place of a closed output; \
             to discard the output, give > /dev/null)"
        ));
        messages.flush();
        return ExitCode::from(2);
    }
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
    fn a_byte_not_utf8_in_a_field_over_several_lines_is_told_at_its_line() {
        // The byte 0xFF is on line 5, counted by hand: the quoted field
        // begins on line 3.
        let input = b"code,year,name\n110000,2012,a\r\n110000,2013,\"x\r\ny\r\xff\"\n";
        let args = Args {
            code: "code".into(),
            by_name: None,
            year: Some("year".into()),
            delimiter: b',',
            encoding: Encoding::Utf8,
            allow_bad_rows: false,
            treatment: None,
        };
        for split in [false, true] {
            let mut messages = Messages::new(io::sink());
            let mut output = Vec::new();
            let outcome = if split {
                mark(&args, ByteByByte(input), &mut output, &mut messages)
            } else {
                mark(&args, &input[..], &mut output, &mut messages)
            };
            let Outcome::Failed(message) = outcome else {
                panic!("{outcome:?}");
            };
            assert!(
                message.starts_with("line 5: the input is not UTF-8"),
                "{message}"
            );
            // The row before it written.
            assert_eq!(memchr::memchr_iter(b'\n', &output).count(), 2);
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
                by_name: None,
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
}
