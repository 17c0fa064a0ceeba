//! `mark` against its floor, as whole processes: the floor reads the same
//! CSV with the csv crate and writes it with four empty fields appended;
//! `mark` reads every code in its year's list and appends its four
//! columns. The input is a realistic panel: every code of the 2024 list
//! (any level), cycling over the 13 years 2012–2024, 1,000,000 rows, so
//! that the codes a year's list lacks are read through another year's
//! list, with a message, as a real file's are; and the same panel with a
//! different bad code in every row. Each is written to a file under the
//! target directory, and each program reads it on its standard input and
//! writes to the null device, its messages too.
//!
//! The floor is this bench's own binary run again with `MARK_FLOOR=1` in
//! its environment: a process of its own, built with the same profile, and
//! no command that the program shows its users.
//!
//! ```text
//! cargo bench -p cn-edu-pilots-cli --bench mark
//! ```
//!
//! And by name: a county panel of 1,000,000 rows, every county-level
//! division of each year's list 2005–2016 by its name in that list, with
//! its province's name as the parent (as a survey writes them) and its
//! code, read by `mark --name name --year year --parent province` and by
//! `mark --code code --year year`, the same file.
//!
//! The rounds alternate the runs, so that each ratio is taken within a
//! round, on the machine's state of the moment; it prints the median
//! ratio of the rounds and their range, and exits with status 1 when a
//! target is missed: `mark` within 1.5x of the floor, bad rows within 2x
//! of good ones, and names within 2x of codes.

#![warn(clippy::pedantic)]

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROWS: usize = 1_000_000;
const ROUNDS: usize = 7;
const YEARS: std::ops::RangeInclusive<usize> = 2012..=2024;

/// The panel: every code of the 2024 list over 2012–2024, with two more
/// columns as such files have; with `bad`, a code that is not one, a
/// different one in every row (`4190`, the row's number and `x`).
fn panel(bad: bool) -> Vec<u8> {
    let codes: Vec<String> = cn_edu_pilots::codes::all()
        .filter(|code| code.years().contains(2024))
        .map(|code| code.code().to_string())
        .collect();
    let years = YEARS.count();
    let mut csv = String::from("county_code,year,county_name,enrolment\n");
    for i in 0..ROWS {
        let code = if bad {
            format!("4190{i}x")
        } else {
            codes[(i / years) % codes.len()].clone()
        };
        let year = YEARS.start() + i % years;
        writeln!(csv, "{code},{year},某某县,{}", 1000 + i % 9000).expect("a String takes it");
    }
    csv.into_bytes()
}

/// The county panel by name: each year 2005–2016 in turn, and in each
/// year the county-level codes of its list in turn, with their names and
/// their provinces' names that year.
fn names_panel() -> Vec<u8> {
    use cn_edu_pilots::{AdminLevel, codes};
    const NAME_YEARS: std::ops::RangeInclusive<u16> = 2005..=2016;
    let by_year: Vec<Vec<(u32, &str, &str)>> = NAME_YEARS
        .map(|year| {
            codes::all()
                .filter(|c| c.years().contains(year) && c.level() == AdminLevel::County)
                .filter_map(|c| {
                    let code = c.code();
                    let province = code.province_code();
                    let province = codes::listed(province)?.name_zh(year)?;
                    Some((code.get(), c.name_zh(year)?, province))
                })
                .collect()
        })
        .collect();
    let years = by_year.len();
    let mut csv = String::from("code,name,year,province\n");
    for i in 0..ROWS {
        let of_year = &by_year[i % years];
        let (code, name, province) = of_year[(i / years) % of_year.len()];
        let year = NAME_YEARS.start() + u16::try_from(i % years).expect("a year");
        writeln!(csv, "{code},{name},{year},{province}").expect("a String takes it");
    }
    csv.into_bytes()
}

/// The floor, in the process run with `MARK_FLOOR=1`: read each record of
/// standard input with the csv crate and write it to standard output with
/// four empty fields.
fn floor() {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(io::stdin().lock());
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(io::stdout().lock());
    let mut record = csv::ByteRecord::new();
    while reader.read_byte_record(&mut record).expect("CSV") {
        for _ in 0..4 {
            record.push_field(b"");
        }
        writer.write_byte_record(&record).expect("the output");
    }
    writer.flush().expect("the output");
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
    mark_with(input, &["--code", "county_code", "--year", "year"])
}

/// `cn-edu-pilots mark ARGS` on the file `input`, writing to the null
/// device, its messages too.
fn mark_with(input: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cn-edu-pilots"));
    command
        .arg("mark")
        .args(args)
        .stdin(std::fs::File::open(input).expect("the input file"))
        .stdout(Stdio::null());
    command
}

/// The floor's process on the file `input`, writing to the null device.
fn run_floor(input: &Path) {
    let status = Command::new(std::env::current_exe().expect("this bench"))
        .env("MARK_FLOOR", "1")
        .stdin(std::fs::File::open(input).expect("the input file"))
        .stdout(Stdio::null())
        .status()
        .expect("the floor runs");
    assert!(status.success(), "the floor failed: {status}");
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
    if std::env::var_os("MARK_FLOOR").is_some() {
        floor();
        return;
    }
    let good = file("good", &panel(false));
    let distinct = file("distinct", &panel(true));
    // Every row is read: the good ones each in its year's list or, where
    // that list lacks the code, through another's; every bad one is a bad
    // code.
    let counts = counted(&good);
    assert_eq!(counts.rows, ROWS as u64);
    assert!(
        counts.marked > 0 && counts.unmarked > 0 && counts.read_elsewhere > 0,
        "{counts:?}"
    );
    assert_eq!(counts.bad_code, 0, "{counts:?}");
    assert_eq!(counted(&distinct).bad_code, ROWS as u64);

    let names = file("names", &names_panel());
    let by_code = ["--code", "code", "--year", "year"];
    let by_name = ["--name", "name", "--year", "year", "--parent", "province"];
    let summary = mark_with(&names, &by_name)
        .stderr(Stdio::piped())
        .output()
        .expect("cn-edu-pilots runs");
    let summary = String::from_utf8_lossy(&summary.stderr);
    let names_line = summary
        .lines()
        .find(|l| l.starts_with("names: "))
        .unwrap_or_else(|| panic!("no summary of names in {summary:?}"));
    println!("by name: {names_line}");
    let run_with = |args: &[&str]| {
        let status = mark_with(&names, args)
            .stderr(Stdio::null())
            .status()
            .expect("cn-edu-pilots runs");
        assert!(
            matches!(status.code(), Some(0 | 1)),
            "mark stopped: {status}"
        );
    };
    let mut name_to_code = Vec::new();
    let mut name_times = (Vec::new(), Vec::new());

    let (mut to_floor, mut bad_to_good) = (Vec::new(), Vec::new());
    let mut times = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let (floor_time, ()) = time(|| run_floor(&good));
        let (mark_time, ()) = time(|| run_mark(&good));
        let (bad_time, ()) = time(|| run_mark(&distinct));
        to_floor.push(mark_time.as_secs_f64() / floor_time.as_secs_f64());
        bad_to_good.push(bad_time.as_secs_f64() / mark_time.as_secs_f64());
        times.0.push(floor_time.as_secs_f64());
        times.1.push(mark_time.as_secs_f64());
        times.2.push(bad_time.as_secs_f64());
        let (code_time, ()) = time(|| run_with(&by_code));
        let (name_time, ()) = time(|| run_with(&by_name));
        name_to_code.push(name_time.as_secs_f64() / code_time.as_secs_f64());
        name_times.0.push(code_time.as_secs_f64());
        name_times.1.push(name_time.as_secs_f64());
    }
    let seconds = |v: Vec<f64>| median(v).0;
    println!(
        "{ROWS} rows, {ROUNDS} rounds; median seconds: floor {:.3}, mark {:.3}, \
         mark on bad rows {:.3}",
        seconds(times.0),
        seconds(times.1),
        seconds(times.2)
    );
    println!(
        "county panel by name, {ROWS} rows; median seconds: by code {:.3}, by name {:.3}",
        seconds(name_times.0),
        seconds(name_times.1)
    );
    let mut missed = false;
    for (what, ratios, bound) in [
        ("mark / floor", to_floor, 1.5),
        (
            "bad rows / good rows (a different bad code in every row)",
            bad_to_good,
            2.0,
        ),
        ("by name / by code (the same rows)", name_to_code, 2.0),
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
