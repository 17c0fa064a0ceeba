//! `mark` against its floor, in one run: the floor reads the same CSV with
//! the csv crate and writes it with three empty fields appended; `mark`
//! reads every code in its year's list and appends its four columns. The
//! input, 1,000,000 rows of a county-year panel, is made here and written
//! to a file under the target directory; `cn-edu-pilots mark` runs as a
//! whole process, as a person runs it, reading that file on its standard
//! input and writing to the null device, and the floor reads it in memory
//! and writes to `io::sink()`, so both measure the work and not the disk
//! (what the process adds, its start and the file's reading, is a few
//! milliseconds). The timed runs send `mark`'s messages to the null device
//! too; one run of each input before them reads its summary, to check the
//! counts. Two more inputs, where every row's code is bad, measure what a
//! row costs that gets a message: one with a bad value repeated, one with a
//! different bad value in every row. `mark` keeps the answer for each code
//! and year field it has read, a bad one from the second time it comes, so
//! a repeated value, good or bad, costs a lookup; a distinct bad value is
//! read, and its message written straight into the buffer of messages,
//! with nothing allocated.
//!
//! ```text
//! cargo bench -p cn-edu-pilots-cli --bench mark
//! ```
//!
//! The rounds alternate the three runs, so that each ratio is taken within
//! a round, on the machine's state of the moment; it prints the median
//! ratio of the rounds and their range, and exits with status 1 when a
//! target is missed: `mark` within 1.5x of the floor, and bad rows within
//! 2x of good ones.

use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROWS: usize = 1_000_000;
const ROUNDS: usize = 7;

/// Which bad values a panel has: none, one repeated (as a file repeats its
/// `NA`s), or a different one in every row.
#[derive(Clone, Copy, PartialEq)]
enum Bad {
    None,
    Repeated,
    Distinct,
}

/// A county-year panel, 2012 to 2024, with two more columns as such files
/// have: codes each listed in every year's list of 2012–2024 (from
/// `data/areacodes/`), pilot codes and others; or, with `bad`, a code that
/// is not one in every row (`41900x`, or `4190`, the row's number and `x`).
fn panel(bad: Bad) -> Vec<u8> {
    let codes = [
        "330105", "130702", "120113", "140105", "440305", "110105", "320303", "520111", "469001",
        "419001", "110101", "120116", "140106", "150602", "610102", "350203", "630102",
    ];
    let mut csv = String::from("county_code,year,county_name,enrolment\n");
    for i in 0..ROWS {
        let code = match bad {
            Bad::None => codes[i % codes.len()].to_owned(),
            Bad::Repeated => "41900x".to_owned(),
            Bad::Distinct => format!("4190{i}x"),
        };
        let year = 2012 + i % 13;
        csv.push_str(&format!("{code},{year},某某县,{}\n", 1000 + i % 9000));
    }
    csv.into_bytes()
}

/// The floor: read each record and write it with three empty fields.
fn floor(input: &[u8]) -> usize {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(io::sink());
    let mut record = csv::ByteRecord::new();
    let mut rows = 0;
    writer
        .write_byte_record(reader.byte_headers().expect("a header"))
        .expect("a sink");
    while reader.read_byte_record(&mut record).expect("CSV") {
        for _ in 0..3 {
            record.push_field(b"");
        }
        writer.write_byte_record(&record).expect("a sink");
        rows += 1;
    }
    writer.flush().expect("a sink");
    rows
}

/// What `mark`'s summary counts: the rows read, marked, read through
/// another year's list, unmarked, and unmarked for an invalid code.
#[derive(Debug)]
struct Counts {
    rows: u64,
    marked: u64,
    read_elsewhere: u64,
    unmarked: u64,
    bad_code: u64,
}

impl Counts {
    /// The counts of a summary, as `mark` writes it on standard error
    /// (`1000 rows read: 4 marked, 0 read through another year's list,
    /// 996 unmarked`, then `unmarked: …, 5 with an invalid code, …`).
    fn of(summary: &str) -> Counts {
        let number = |text: &str, after: &str| -> u64 {
            let text = &text[text.find(after).map_or(0, |i| i + after.len())..];
            let digits: String = text
                .trim_start()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().unwrap_or(0)
        };
        let totals = summary
            .lines()
            .find(|l| l.contains(" read: "))
            .unwrap_or_else(|| panic!("no summary in {summary:?}"));
        let bad_code = summary
            .lines()
            .find_map(|l| l.strip_prefix("unmarked: "))
            .and_then(|l| {
                l.split(", ")
                    .find_map(|part| part.strip_suffix(" with an invalid code"))
            })
            .map_or(0, |n| n.parse().expect("a count"));
        Counts {
            rows: number(totals, ""),
            marked: number(totals, "read:"),
            read_elsewhere: number(totals, "marked,"),
            unmarked: number(totals, "list,"),
            bad_code,
        }
    }
}

/// `cn-edu-pilots mark` on the file `input`, writing to the null device.
fn mark(input: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cn-edu-pilots"));
    command
        .args(["mark", "--code", "county_code", "--year", "year"])
        .stdin(std::fs::File::open(input).expect("the input file"))
        .stdout(Stdio::null());
    command
}

/// Runs `mark` on `input` and reads the counts of its summary.
fn counted(input: &Path) -> Counts {
    let output = mark(input)
        .stderr(Stdio::piped())
        .output()
        .expect("cn-edu-pilots runs");
    let summary = String::from_utf8_lossy(&output.stderr);
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "mark stopped: {}\n{summary}",
        output.status
    );
    Counts::of(&summary)
}

/// Runs `mark` on `input`, its messages to the null device as well: what
/// is timed is the work, not the reading of a million messages.
fn run_mark(input: &Path) {
    let status = mark(input)
        .stderr(Stdio::null())
        .status()
        .expect("cn-edu-pilots runs");
    assert!(
        matches!(status.code(), Some(0 | 1)),
        "mark stopped: {status}"
    );
}

/// Writes `bytes` to a file of this bench's own under the target directory.
fn file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("mark-{name}.csv"));
    std::fs::write(&path, bytes).expect("the bench's input file");
    path
}

fn time<T>(f: impl FnOnce() -> T) -> (Duration, T) {
    let start = Instant::now();
    let out = std::hint::black_box(f());
    (start.elapsed(), out)
}

fn median(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    (
        values[values.len() / 2],
        values[0],
        values[values.len() - 1],
    )
}

fn main() {
    let good = panel(Bad::None);
    let good_file = file("good", &good);
    let bad = file("bad", &panel(Bad::Repeated));
    let distinct = file("distinct", &panel(Bad::Distinct));
    // Every row is read; the good ones are all listed in their year, and
    // marked or not; every bad one is a bad code.
    let counts = counted(&good_file);
    assert_eq!((counts.rows, floor(&good)), (ROWS as u64, ROWS));
    assert!(counts.marked > 0 && counts.unmarked > 0, "{counts:?}");
    assert_eq!(counts.read_elsewhere, 0);
    for panel in [&bad, &distinct] {
        assert_eq!(counted(panel).bad_code, ROWS as u64);
    }

    let (mut to_floor, mut bad_to_good, mut distinct_to_good) =
        (Vec::new(), Vec::new(), Vec::new());
    let mut times = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let (f, _) = time(|| floor(&good));
        let (m, _) = time(|| run_mark(&good_file));
        let (b, _) = time(|| run_mark(&bad));
        let (d, _) = time(|| run_mark(&distinct));
        to_floor.push(m.as_secs_f64() / f.as_secs_f64());
        bad_to_good.push(b.as_secs_f64() / m.as_secs_f64());
        distinct_to_good.push(d.as_secs_f64() / m.as_secs_f64());
        times.0.push(f.as_secs_f64());
        times.1.push(m.as_secs_f64());
        times.2.push(b.as_secs_f64());
    }
    let seconds = |v: Vec<f64>| median(v).0;
    println!(
        "{ROWS} rows, {ROUNDS} rounds; median seconds: floor {:.3}, mark {:.3}, mark on bad rows {:.3}",
        seconds(times.0),
        seconds(times.1),
        seconds(times.2)
    );
    let mut missed = false;
    for (what, ratios, bound) in [
        ("mark / floor", to_floor, 1.5),
        ("bad rows / good rows", bad_to_good, 2.0),
        ("distinct bad rows / good rows", distinct_to_good, 2.0),
    ] {
        let (mid, low, high) = median(ratios);
        let verdict = if mid <= bound { "met" } else { "MISSED" };
        missed |= mid > bound;
        println!("{what}: {mid:.2}x [{low:.2}–{high:.2}] (target ≤ {bound}x: {verdict})");
    }
    if missed {
        std::process::exit(1);
    }
}
