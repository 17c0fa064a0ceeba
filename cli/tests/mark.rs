//! `cn-edu-pilots mark`, run as a person runs it: its output, exit status
//! and messages checked against the notice's list (`data/pilot-list.txt`),
//! the hand-reviewed cases of docs/joining.md, the code lists of `data/areacodes/`
//! and the committed county panel.

#![warn(clippy::pedantic)]

use std::fmt::Write as _;
use std::process::{Command, Stdio};

mod common;
use common::{notice, program, rejected, root, run};

#[test]
fn mark_answers_help_and_rejects_an_unknown_option() {
    common::answers_help_and_rejects_unknown_options("mark");
}

/// The cases of docs/joining.md, and two bad rows.
const PANEL: &str = "county_code,year,note
630106,2020,湟中区
654203,2022,沙湾市
330105,2020,拱墅区
330105,2021,拱墅区 with 下城区
330103,2020,下城区
510185,2017,简阳市
220184,2021,公主岭市
130702,2017,桥东区
120113,2021,北辰区
540302,2015,卡若区
650502,2017,伊州区
419001,2024,济源市
4108,2015,bad code
410881,1999,bad year
";

/// Codes a year's list lacks, codes of years before the notice, and a code
/// of no list; the years a code is listed are those of `data/areacodes/`
/// (630122 to 2018, 630106 from 2019, 659006 from 2012, 630199 never).
const UNLISTED: &str = "code,year
630122,2020
630106,2018
341422,2010
341424,2010
110103,2005
659006,2010
630199,2020
";

#[test]
fn mark_reads_codes_the_years_list_lacks_and_says_so() {
    let output = run(
        "mark",
        &["--code", "code", "--year", "year"],
        UNLISTED.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(1), "630199 could not be read");
    let mut reader = csv::Reader::from_reader(&output.stdout[..]);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("a row").iter().map(str::to_owned).collect())
        .collect();
    let marks: Vec<[&str; 3]> = rows
        .iter()
        .map(|r| [r[2].as_str(), r[4].as_str(), r[5].as_str()])
        .collect();
    assert_eq!(
        marks,
        [
            [
                "50",
                "wholly",
                "not in the 2020 list: read in the 2018 list"
            ],
            [
                "50",
                "wholly",
                "not in the 2018 list: read in the 2019 list"
            ],
            ["22", "wholly", ""], // 无为县, 巢湖市's until 2011, wholly in 芜湖市's 2012 area
            ["22", "partly", ""], // 和县: its 沈巷镇 went to 芜湖市鸠江区 in 2011
            ["1", "wholly", ""],  // 崇文区, in 东城区 since 2010
            [
                "55",
                "wholly",
                "not in the 2010 list: read in the 2012 list"
            ], // 铁门关市
            ["", "", ""],
        ]
    );
    let messages = String::from_utf8(output.stderr).expect("UTF-8 messages");
    let messages: Vec<&str> = messages.lines().collect();
    assert_eq!(
        messages,
        [
            "line 2: code 630122 is not in the list of 2020: read in the list of 2018, the last year it is listed; \
             it became 630106 湟中区 in 2019, wholly (国函〔2019〕106号)",
            "line 3: code 630106 is not in the list of 2018: read in the list of 2019, the first year it is listed; \
             it came from 630122 湟中县 in 2019, wholly (国函〔2019〕106号)",
            "line 7: code 659006 is not in the list of 2010: read in the list of 2012, the first year it is listed; \
             it came from 650000 新疆维吾尔自治区 in 2012, partly (国函〔2012〕206号)",
            "line 8: 630199 is in no year-end list of 2000 to 2024",
            "7 rows read: 6 marked, 3 read through another year's list, 1 unmarked",
            "unmarked: 1 with a code in no list",
            "1 row could not be read",
            "exit status 1: --allow-bad-rows makes it 0",
        ]
    );
}

#[test]
fn mark_names_the_columns_within_bounds() {
    // A header of 30 columns, the last one 100 bytes long.
    let mut header: Vec<String> = (0..30).map(|i| format!("c{i}")).collect();
    header.push("x".repeat(100));
    let input = format!("{}\n", header.join(","));
    let message = rejected("mark", &["--code", "county"], input.as_bytes());
    let first = message.lines().next().unwrap_or_default();
    let listed: Vec<String> = (0..20).map(|i| format!("c{i}")).collect();
    assert_eq!(
        first,
        format!(
            "error: no column \"county\"; the columns are: {}, and 11 more",
            listed.join(", ")
        )
    );
}

#[test]
fn mark_by_code_alone_names_codes_of_no_list() {
    // 630199 and 410881 are in no list of data/areacodes/; 440305 is 南山区.
    let output = run(
        "mark",
        &["--code", "code"],
        b"code\n630199\n440305\n410881\n",
    );
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let ids: Vec<&str> = stdout
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap_or_default())
        .collect();
    assert_eq!(ids, ["", "32;56", ""]);
    let messages = String::from_utf8(output.stderr).expect("UTF-8 messages");
    let messages: Vec<&str> = messages.lines().take(4).collect();
    assert_eq!(
        messages,
        [
            "line 2: 630199 is in no year-end list of 2000 to 2024",
            "line 4: 410881 is in no year-end list of 2000 to 2024",
            "3 rows read: 1 marked, 0 read through another year's list, 2 unmarked",
            "unmarked: 2 with a code in no list",
        ]
    );
}

#[test]
fn mark_marks_the_readme_cases() {
    // docs/joining.md's hand-reviewed table: the covering pilot and how.
    let expected: [(&str, &str); 14] = [
        ("50", "wholly"), // 湟中县 became 湟中区 in 2019
        ("54", "wholly"), // 沙湾县 became 沙湾市 in 2021
        ("20", "wholly"),
        ("20", "partly"), // 下城区 merged into 拱墅区 (2021)
        ("", ""),         // 下城区 was no pilot
        ("", ""),         // 简阳市 joined 成都市 in 2016
        ("", ""),         // 公主岭市 joined 长春市 in 2020
        ("6", "partly"),  // part of 宣化县 moved into 桥东区
        ("4", "partly"),  // 双环邨街道 moved into 北辰区
        ("43", "wholly"), // 卡若区, in the former 昌都地区
        ("28", "wholly"), // 伊州区, in the former 哈密地区
        ("28", "wholly"), // any code of Henan
        ("", ""),         // a bad code
        ("", ""),         // a year outside the lists
    ];
    let entries = notice();
    let output = run(
        "mark",
        &["--code", "county_code", "--year", "year"],
        PANEL.as_bytes(),
    );
    // Two rows could not be read: exit status 1.
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut reader = csv::Reader::from_reader(&output.stdout[..]);
    let header = reader.headers().expect("a header").clone();
    assert!(header.iter().eq([
        "county_code",
        "year",
        "note",
        "pilot_ids",
        "pilot_names",
        "pilot_coverage",
        "pilot_note"
    ]));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), expected.len());
    for ((row, input), (id, how)) in rows.iter().zip(PANEL.lines().skip(1)).zip(expected) {
        assert!(
            row.iter().take(3).eq(input.split(',')),
            "{input}: the row is kept"
        );
        let name = id
            .parse::<usize>()
            .map_or("", |id| entries[id - 1].0.as_str());
        assert_eq!(
            (&row[3], &row[4], &row[5], &row[6]),
            (id, name, how, ""),
            "{input}"
        );
    }
    let messages = String::from_utf8(output.stderr).expect("UTF-8 messages");
    let messages: Vec<&str> = messages.lines().collect();
    assert_eq!(
        messages,
        [
            "line 14: invalid division code \"4108\": expected six ASCII digits, such as 410000",
            "line 15: year 1999 is outside the code lists, which cover 2000 to 2024",
            // Counted from the table above: 9 marked, 3 in no pilot's area.
            "14 rows read: 9 marked, 0 read through another year's list, 5 unmarked",
            "unmarked: 3 in no pilot's area, 1 with an invalid code, 1 with a year outside the lists",
            "2 rows could not be read",
            "exit status 1: --allow-bad-rows makes it 0",
        ]
    );
    // With --allow-bad-rows the same run exits with 0.
    let output = run(
        "mark",
        &[
            "--code",
            "county_code",
            "--year",
            "year",
            "--allow-bad-rows",
        ],
        PANEL.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(0));
    let messages = String::from_utf8(output.stderr).expect("UTF-8 messages");
    assert!(
        messages.ends_with("\n2 rows could not be read\n"),
        "{messages}"
    );
}

/// Runs `mark` with `args` on `input`: its exit status, its output as
/// rows of fields, and its messages as lines.
fn mark(args: &[&str], input: &[u8]) -> (Option<i32>, Vec<Vec<String>>, Vec<String>) {
    let output = run("mark", args, input);
    let delimiter = match args.iter().position(|&a| a == "--delimiter") {
        Some(i) if args[i + 1] == "tab" => b'\t',
        Some(i) => args[i + 1].as_bytes()[0],
        None => b',',
    };
    let text = String::from_utf8(output.stdout).expect("UTF-8 output");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let rows = reader
        .records()
        .map(|r| r.expect("CSV").iter().map(str::to_owned).collect())
        .collect();
    let messages = String::from_utf8(output.stderr).expect("UTF-8 messages");
    let messages = messages.lines().map(str::to_owned).collect();
    (output.status.code(), rows, messages)
}

/// The appended fields of a row marked with entry `id` alone, wholly.
fn marked(id: u8) -> Vec<String> {
    let name = notice()[usize::from(id) - 1].0.clone();
    vec![id.to_string(), name, "wholly".into(), String::new()]
}

const BY_YEAR: [&str; 4] = ["--code", "code", "--year", "year"];

#[test]
fn mark_reads_the_forms_real_files_carry() {
    // 630106 in 2020 and 654203 in 2022 are docs/joining.md's hand-reviewed
    // cases: 湟中 (50) and 沙湾 (54), wholly.
    let input = "code,year\n\
                 630106.0,2020.0\n\
                 \" 630106 \",\" 2020\"\n\
                 ６３０１０６,２０２０\n\
                 630106,2020年\n\
                 654203.00,２０２２年\n\
                 630106.5,2020\n\
                 630106,二〇二〇\n";
    let (status, rows, messages) = mark(&BY_YEAR, input.as_bytes());
    assert_eq!(status, Some(1));
    for (row, id) in rows[1..6].iter().zip([50, 50, 50, 50, 54]) {
        assert_eq!(row[2..], marked(id), "{row:?}");
    }
    assert_eq!(rows[2][..2], [" 630106 ", " 2020"], "the fields are kept");
    assert_eq!(rows[6][2..], ["", "", "", ""]);
    assert_eq!(rows[7][2..], ["", "", "", ""]);
    assert_eq!(
        messages[..2],
        [
            "line 7: invalid division code \"630106.5\": expected six ASCII digits, such as 410000",
            "line 8: invalid year \"二〇二〇\": expected a year such as 2020 (or 2020.0, ２０２０, 2020年)",
        ]
    );
    assert_eq!(
        messages[2],
        "7 rows read: 5 marked, 0 read through another year's list, 2 unmarked"
    );
}

#[test]
fn mark_counts_the_lines_of_the_input() {
    // CRLF line ends, a blank line, and a quoted field over two lines:
    // the bad codes are on lines 3, 7 and 10 (the quoted fields span lines
    // 5–6 and 8–9), counted by hand.
    let input = "code,year,remark\r\n\
                 630106,2020,ok\r\n\
                 bad1,2020,ok\r\n\
                 \r\n\
                 630106,2020,\"two\r\nlines\"\r\n\
                 bad2,2020,ok\r\n\
                 630106,2020,\"a\nb\"\n\
                 bad3,2020,no line end at the end";
    let (status, rows, messages) = mark(&BY_YEAR, input.as_bytes());
    assert_eq!(status, Some(1));
    assert_eq!(rows.len(), 7, "the blank line is no row");
    assert_eq!(rows[3][2], "two\r\nlines");
    let lines: Vec<&str> = messages
        .iter()
        .filter_map(|m| m.split_once(": invalid division code").map(|(l, _)| l))
        .collect();
    assert_eq!(lines, ["line 3", "line 7", "line 10"]);
}

#[test]
fn mark_counts_lines_ended_by_a_carriage_return_alone() {
    // Old Mac line ends, as some Excel exports still write them, then the
    // three kinds mixed: the bad codes are on lines 3, 7 and 10 (the
    // quoted fields span lines 5–6 and 8–9), counted by hand.
    for input in [
        "code,year,remark\r630106,2020,ok\rbad1,2020,ok\r\r\
         630106,2020,\"two\rlines\"\rbad2,2020,ok\r630106,2020,\"a\rb\"\rbad3,2020,end",
        "code,year,remark\r\n630106,2020,ok\rbad1,2020,ok\n\r\n\
         630106,2020,\"two\r\nlines\"\rbad2,2020,ok\n630106,2020,\"a\rb\"\r\nbad3,2020,end\r",
    ] {
        let (status, rows, messages) = mark(&BY_YEAR, input.as_bytes());
        assert_eq!(status, Some(1));
        assert_eq!(rows.len(), 7, "{input:?}: the blank line is no row");
        assert_eq!(rows[1][3..], marked(50), "{input:?}");
        let lines: Vec<&str> = messages
            .iter()
            .filter_map(|m| m.split_once(": invalid division code").map(|(l, _)| l))
            .collect();
        assert_eq!(lines, ["line 3", "line 7", "line 10"], "{input:?}");
    }
}

#[test]
fn mark_repeats_the_message_of_a_bad_value_on_every_line() {
    // A bad value told once, then again (when its answer is kept), then
    // from the answer kept; a year field that is no year likewise.
    let input = "code,year\nNA,2020\n630106,2020\nNA,2020\nNA,2020\n630106,NA\n630106,NA\n";
    let (status, rows, messages) = mark(&BY_YEAR, input.as_bytes());
    assert_eq!(status, Some(1));
    assert_eq!(rows[2][2..], marked(50));
    let code = "invalid division code \"NA\": expected six ASCII digits, such as 410000";
    let year = "invalid year \"NA\": expected a year such as 2020 (or 2020.0, ２０２０, 2020年)";
    assert_eq!(
        messages[..5],
        [
            format!("line 2: {code}"),
            format!("line 4: {code}"),
            format!("line 5: {code}"),
            format!("line 6: {year}"),
            format!("line 7: {year}"),
        ]
    );
    assert_eq!(
        messages[5..7],
        [
            "6 rows read: 1 marked, 0 read through another year's list, 5 unmarked",
            "unmarked: 3 with an invalid code, 2 with an invalid year",
        ]
    );
}

#[test]
fn mark_quotes_a_bounded_prefix_of_a_bad_field() {
    let long = "9".repeat(100_000);
    let year = "年".repeat(1_000);
    let input = format!("code,year\n{long},2020\n630106,{year}\n");
    let (status, rows, messages) = mark(&BY_YEAR, input.as_bytes());
    assert_eq!(status, Some(1));
    assert_eq!(rows[1][0], long, "the field is kept whole");
    assert_eq!(
        messages[0],
        format!(
            "line 2: invalid division code \"{}\"…: expected six ASCII digits, such as 410000",
            "9".repeat(40)
        )
    );
    // 40 bytes hold 13 whole characters of three bytes.
    assert!(
        messages[1].starts_with(&format!("line 3: invalid year \"{}\"…: ", "年".repeat(13))),
        "{}",
        messages[1]
    );
}

#[test]
fn mark_keeps_ragged_rows_and_the_columns_under_their_headers() {
    let input = "code,year,name\n630106,2020\n630106,2020,湟中区,extra,\"more, quoted\"\n630106\n";
    let (status, rows, messages) = mark(&BY_YEAR, input.as_bytes());
    assert_eq!(status, Some(1), "{messages:?}");
    let mut padded = vec!["630106".to_owned(), "2020".into(), String::new()];
    padded.extend(marked(50));
    assert_eq!(rows[1], padded, "a short row is padded");
    let mut long = vec!["630106".to_owned(), "2020".into(), "湟中区".into()];
    long.extend(marked(50));
    long.extend(["extra".to_owned(), "more, quoted".into()]);
    assert_eq!(
        rows[2], long,
        "the marks under their headers, the rest after"
    );
    assert_eq!(rows[3][..3], ["630106", "", ""]);
    assert_eq!(
        messages,
        [
            "line 3: 5 fields where the header has 3: the marks are written under their \
             headers, after field 3, and the 2 extra fields after them",
            "line 4: invalid year \"\": expected a year such as 2020 (or 2020.0, ２０２０, 2020年)",
            "3 rows read: 2 marked, 0 read through another year's list, 1 unmarked",
            "unmarked: 1 with an invalid year",
            "1 row longer than the header: marks under their headers, extra fields after them",
            "2 rows shorter than the header: padded",
            "1 row could not be read",
            "exit status 1: --allow-bad-rows makes it 0",
        ]
    );
}

/// `代码,年份,名称\n630106,2020,湟中区\n` in GBK, as `iconv -t gbk` writes it.
const GBK: &[u8] =
    b"\xb4\xfa\xc2\xeb,\xc4\xea\xb7\xdd,\xc3\xfb\xb3\xc6\n630106,2020,\xe4\xd2\xd6\xd0\xc7\xf8\n";

#[test]
fn mark_refuses_gbk_or_reads_it_when_told() {
    let args = ["--code", "代码", "--year", "年份"];
    let output = run("mark", &args, GBK);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty(), "nothing is written");
    assert_eq!(
        String::from_utf8(output.stderr).expect("UTF-8 messages"),
        "error: line 1: the input is not UTF-8; it reads as GB 18030 (GBK): run with --encoding gbk\n"
    );
    // A UTF-8 header and a line in GBK: the run stops there, and what was
    // written is UTF-8.
    let mixed = [
        b"code,year,name\n630106,2020,\xe6\xb9\x9f\n".as_slice(),
        &GBK[29..],
    ]
    .concat();
    let output = run("mark", &BY_YEAR, &mixed);
    assert_eq!(output.status.code(), Some(2));
    let written = String::from_utf8(output.stdout).expect("UTF-8 output");
    assert_eq!(written.lines().count(), 2, "{written}");
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .starts_with("error: line 3: the input is not UTF-8; it reads as GB 18030"),
    );

    let (status, rows, messages) = mark(&[&args[..], &["--encoding", "gbk"]].concat(), GBK);
    assert_eq!(status, Some(0), "{messages:?}");
    assert_eq!(rows[0][..3], ["代码", "年份", "名称"]);
    let mut row = vec!["630106".to_owned(), "2020".into(), "湟中区".into()];
    row.extend(marked(50));
    assert_eq!(rows[1], row);
}

#[test]
fn mark_refuses_utf8_given_as_gbk() {
    let args = ["--code", "code", "--year", "year", "--encoding", "gbk"];
    // UTF-8 with Chinese, as most files are: refused, and nothing written.
    for input in [
        "code,year,name\n630106,2020,湟中区\n".as_bytes(),
        "\u{FEFF}code,year\n630106,2020\n".as_bytes(),
    ] {
        let output = run("mark", &args, input);
        assert_eq!(output.status.code(), Some(2));
        assert!(output.stdout.is_empty(), "nothing is written");
        assert_eq!(
            String::from_utf8(output.stderr).expect("UTF-8 messages"),
            "error: the input reads as UTF-8, not as GB 18030 (GBK): it is UTF-8, \
             run without --encoding gbk\n"
        );
    }
    // A single character may be either: read as told, with a warning; here
    // GB 18030 cannot read it, and the message says what it is.
    let output = run("mark", &args, "code,year,name\n630106,2020,湟\n".as_bytes());
    assert_eq!(output.status.code(), Some(2));
    let messages = String::from_utf8(output.stderr).expect("UTF-8 messages");
    let messages: Vec<&str> = messages.lines().collect();
    assert_eq!(
        messages,
        [
            "warning: the text outside ASCII at the start of the input (3 bytes) reads as \
             UTF-8 as well as GB 18030 (GBK): it is read as GB 18030, as --encoding gbk asks; \
             if names come out garbled, the input is UTF-8: run without --encoding gbk",
            "error: line 2: the input is not GB 18030 (GBK) here; its start reads as UTF-8: \
             run without --encoding gbk",
        ]
    );
    // GBK with its Chinese is read as before, with no warning.
    let (status, rows, messages) = mark(
        &["--code", "代码", "--year", "年份", "--encoding", "gbk"],
        GBK,
    );
    assert_eq!((status, messages.len()), (Some(0), 1), "{messages:?}");
    assert_eq!(rows[1][2], "湟中区");
}

#[test]
fn mark_drops_a_bom_however_it_arrives() {
    use std::io::Write;
    let input = "\u{FEFF}code,year\n630106,2020\n".as_bytes();
    for split in 0..=3 {
        let mut child = program()
            .arg("mark")
            .args(BY_YEAR)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("mark");
        let mut stdin = child.stdin.take().expect("a pipe");
        // The BOM's first bytes, then a pause, so that they arrive alone.
        stdin.write_all(&input[..split]).expect("the input");
        stdin.flush().expect("the input");
        std::thread::sleep(std::time::Duration::from_millis(100));
        stdin.write_all(&input[split..]).expect("the input");
        drop(stdin);
        let output = child.wait_with_output().expect("mark's output");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "split at {split}: {stderr}");
        let text = String::from_utf8(output.stdout).expect("UTF-8");
        assert!(
            text.starts_with("code,year,pilot_ids,"),
            "split at {split}: {text}"
        );
    }
}

#[test]
fn mark_reads_other_delimiters() {
    // 南山区 (440305) lies in two pilots' areas: 南山区's and 深圳市's.
    let id = |name: &str| {
        let found = notice().iter().position(|(n, _)| n == name);
        found.map(|i| (i + 1).to_string()).expect("an entry")
    };
    let ids = format!(
        "{};{}",
        id("广东省深圳市南山区教育局"),
        id("广东省深圳市教育局")
    );
    for (delimiter, text) in [(";", ";"), ("tab", "\t")] {
        let input = format!("code{text}year\n440305{text}2020\n630106{text}2020\n");
        let args = [&BY_YEAR[..], &["--delimiter", delimiter]].concat();
        let output = run("mark", &args, input.as_bytes());
        assert!(output.status.success());
        let written = String::from_utf8(output.stdout).expect("UTF-8");
        let lines: Vec<&str> = written.lines().collect();
        assert_eq!(
            lines[0],
            [
                "code",
                "year",
                "pilot_ids",
                "pilot_names",
                "pilot_coverage",
                "pilot_note"
            ]
            .join(text)
        );
        let (_, rows, _) = mark(&args, input.as_bytes());
        assert_eq!(rows[1][2], ids, "{delimiter}");
        assert_eq!(rows[1][4], "wholly;wholly", "{delimiter}");
        assert_eq!(rows[2][2..], marked(50));
    }
    let message = rejected(
        "mark",
        &[&BY_YEAR[..], &["--delimiter", "ab"]].concat(),
        b"",
    );
    assert!(
        message.starts_with("error: invalid delimiter \"ab\": "),
        "{message}"
    );
}

#[test]
fn mark_ends_quietly_when_its_output_or_messages_are_closed() {
    use std::io::Write;
    let mut input = String::from("code,year\n");
    for _ in 0..200_000 {
        input.push_str("630106,2020\nbad,2020\n");
    }
    // Standard output closed after the first bytes: status 141, no panic.
    let mut child = program()
        .arg("mark")
        .args(BY_YEAR)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mark");
    let mut stdin = child.stdin.take().expect("a pipe");
    let feeder = std::thread::spawn(move || {
        // The input may be refused once mark has stopped.
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut stdout = child.stdout.take().expect("a pipe");
    let mut first = [0; 16];
    std::io::Read::read_exact(&mut stdout, &mut first).expect("the first bytes");
    drop(stdout);
    let output = child.wait_with_output().expect("mark");
    feeder.join().expect("the input");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(141), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("rows read"), "no summary: {stderr}");

    // Standard error closed: the output is whole, the status still 1.
    let mut child = program()
        .arg("mark")
        .args(BY_YEAR)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mark");
    drop(child.stderr.take());
    let mut stdin = child.stdin.take().expect("a pipe");
    let input = "code,year\n630106,2020\nbad,2020\n";
    stdin.write_all(input.as_bytes()).expect("the input");
    drop(stdin);
    let output = child.wait_with_output().expect("mark");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(output.stdout)
            .expect("UTF-8")
            .lines()
            .count(),
        3
    );
}

#[test]
fn mark_names_the_columns_when_one_is_missing() {
    let message = rejected("mark", &["--code", "county"], PANEL.as_bytes());
    assert_eq!(
        message,
        "error: no column \"county\"; the columns are: county_code, year, note\n"
    );
    let message = rejected("mark", &[], PANEL.as_bytes());
    assert!(
        message.starts_with(
            "error: missing --code COLUMN (or --name COLUMN)\nusage: cn-edu-pilots mark "
        ),
        "{message}"
    );
}

#[test]
fn mark_appends_the_treatment_columns_when_asked() {
    // Hand-reviewed against the notice and data/areacodes: the members by
    // their ids in data/panels/members.csv (28a 河南省电教馆, 28b 郑州市教育局).
    let input = "code,year
630122,2020
410303,2015
410102,2015
440106,2015
520111,2013
520111,2011
341422,2010
659006,2012
630199,2020
NA,2010
";
    let columns = [
        "via_members",
        "treated",
        "treated_wholly",
        "via_province_member",
        "post",
        "first_treat",
    ];
    let expected: [[&str; 6]; 10] = [
        ["50a", "1", "1", "0", "1", "2013"],     // 湟中县, read in 2018
        ["28a", "0", "0", "1", "1", "0"], // 洛阳市西工区: the 电教馆 alone, not counted by default
        ["28a;28b", "1", "1", "0", "1", "2013"], // 郑州市中原区
        ["", "0", "0", "0", "1", "0"],    // 广州市天河区: no pilot
        ["40a", "1", "0", "0", "1", "2013"], // 花溪区 with 小河区: partly
        ["", "0", "0", "0", "0", "0"],    // 花溪区 before 小河区 joined it
        ["22a", "1", "1", "0", "0", "2013"], // 无为县, in 巢湖市, before 2013
        ["55a", "1", "1", "0", "0", "2013"], // 铁门关市, by the institutional rule
        ["", "", "", "", "", ""],         // a code of no list: not known
        ["", "", "", "", "", ""],         // a bad code: not known
    ];
    let (status, rows, _) = mark(&BY_YEAR_TREATED, input.as_bytes());
    assert_eq!(status, Some(1));
    assert_eq!(rows[0][6..], columns);
    for (row, expected) in rows[1..].iter().zip(expected) {
        assert_eq!(row[6..], expected, "{row:?}");
    }
    assert_eq!(rows.len(), 11);
    // The other timing and coding, as the panels take them.
    let args = [
        "--code",
        "code",
        "--year",
        "year",
        "--treat-year",
        "2012",
        "--never-treated",
        "inf",
    ];
    let (_, rows, _) = mark(&args, input.as_bytes());
    assert_eq!(rows[4][10..], ["1", "Inf"]); // 天河区, 2015
    assert_eq!(rows[8][10..], ["1", "2012"]); // 铁门关市, 2012
    // Counting the province-level member: 西工区 is treated.
    let mut include = BY_YEAR_TREATED.to_vec();
    include.extend(["--province-members", "include"]);
    let (_, rows, _) = mark(&include, input.as_bytes());
    assert_eq!(rows[2][6..], ["28a", "1", "1", "1", "1", "2013"]);
    // A code of Taiwan is read, but is in no list: unmarked, and its
    // treatment is not known from the lists.
    let (_, rows, _) = mark(&BY_YEAR_TREATED, b"code,year\n710000,2012\n");
    assert_eq!(rows[1][6..], ["", "", "", "", "", ""]);
    // By code alone a code is read by its digits, which do not say whether
    // its area meets a pilot's: refused, with every option that implies it.
    for option in [
        &["--treatment"][..],
        &["--treat-year", "2012"],
        &["--never-treated", "inf"],
        &["--province-members", "include"],
    ] {
        let mut args = vec!["--code", "code"];
        args.extend_from_slice(option);
        let (status, rows, messages) = mark(&args, b"code\n510185\n659006\n");
        assert_eq!(status, Some(2), "{option:?}");
        assert!(rows.is_empty());
        assert_eq!(
            messages[0],
            "error: --treatment (and --treat-year, --never-treated, --province-members) needs --year COLUMN: \
             treatment is read in the list of each row's year"
        );
    }
}

const BY_YEAR_TREATED: [&str; 5] = ["--code", "code", "--year", "year", "--treatment"];

#[test]
fn mark_gives_each_panel_row_the_panels_treatment() {
    // The committed county panel, marked by its codes and years, gets the
    // treatment columns the panel has: the two commands share one rule.
    let panel = std::fs::read(root().join("data/panels/county_year.csv"))
        .expect("data/panels/county_year.csv");
    let (status, rows, messages) = mark(&BY_YEAR_TREATED, &panel);
    assert_eq!(status, Some(0), "{messages:?}");
    let header = &rows[0];
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let first = header.len() - 6;
    let pairs = [
        ("via_members", "via_members"),
        ("treated", "treated"),
        ("treated_wholly", "treated_wholly"),
        ("via_province_member", "via_province_member"),
        ("post", "post"),
        ("first_treat", "first_treat"),
    ];
    for (i, (panel_column, column)) in pairs.into_iter().enumerate() {
        assert_eq!(header[first + i], column);
        let source = at(panel_column);
        for row in &rows[1..] {
            assert_eq!(row[source], row[first + i], "{column} of {row:?}");
        }
    }
    assert_eq!(rows.len(), 71_376 + 1);
}

#[test]
fn mark_tells_a_quoted_field_left_open_at_the_end() {
    // The field is read as it is, its quote closed: `2020`, unmarked.
    let (status, rows, messages) = mark(&BY_YEAR, b"code,year\n630106,\"2020");
    assert_eq!(status, Some(1), "{messages:?}");
    assert_eq!(rows[1], ["630106", "2020", "", "", "", ""]);
    assert_eq!(
        messages[0],
        "line 2: a quoted field is not closed by the end of the input (the row begins on \
         line 2): the row is written unmarked, with the field closed"
    );
    // Opened on line 3, its line ends kept: the field is `bad,2020\r\n\r\n`.
    let input = b"code,year\n630106,2020\n\"bad,2020\r\n\r\n";
    let (status, rows, messages) = mark(&BY_YEAR, input);
    assert_eq!(status, Some(1), "{messages:?}");
    assert_eq!(rows[2], ["bad,2020\r\n\r\n", "", "", "", "", ""]);
    assert!(
        messages[0].starts_with("line 3: a quoted field"),
        "{messages:?}"
    );
    // Opened on line 4, in a row that begins on line 3.
    let input = b"code,year\n630106,2020\n630106,\"20\n20\n";
    let (_, rows, messages) = mark(&BY_YEAR, input);
    assert_eq!(rows[2][1], "20\n20\n");
    assert!(
        messages[0].starts_with("line 3: a quoted field"),
        "the quote is on the row's first line: {messages:?}"
    );
    let input = b"code,year,note\n630106,2020,\"a\nb\",\"\nc";
    let (_, rows, messages) = mark(&BY_YEAR, input);
    assert_eq!(rows[1][..3], ["630106", "2020", "a\nb"]);
    assert_eq!(rows[1][3], "\nc");
    assert!(
        messages[0].starts_with("line 3: a quoted field") && messages[0].contains("line 2)"),
        "{messages:?}"
    );
    // A quoted field closed at the end is a row like any.
    let (status, rows, _) = mark(&BY_YEAR, b"code,year\n630106,\"2020\"");
    assert_eq!(status, Some(0));
    assert_eq!(rows[1][2..], marked(50));
}

#[test]
fn mark_writes_every_row_before_input_it_cannot_decode() {
    let args = [&BY_YEAR[..], &["--encoding", "gbk"]].concat();
    let output = run(
        "mark",
        &args,
        b"code,year\n630106,2020\n630106,2020\n\x81,\n",
    );
    assert_eq!(output.status.code(), Some(2));
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert_eq!(text.lines().count(), 3, "{text}");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: line 4: the input is not GB 18030 (GBK) here\n"
    );
    // Many rows, more than a read holds; in UTF-8 the same.
    for (encoding, bad) in [("gbk", b"\x81,\n".as_slice()), ("utf-8", b"\xff,\n")] {
        let mut input = b"code,year\n".to_vec();
        for _ in 0..5_000 {
            input.extend_from_slice(b"630106,2020\n");
        }
        input.extend_from_slice(bad);
        let args = [&BY_YEAR[..], &["--encoding", encoding]].concat();
        let output = run("mark", &args, &input);
        assert_eq!(output.status.code(), Some(2), "{encoding}");
        let text = String::from_utf8(output.stdout).expect("UTF-8");
        assert_eq!(text.lines().count(), 5_001, "{encoding}");
        assert!(
            String::from_utf8_lossy(&output.stderr)
                .starts_with("error: line 5002: the input is not"),
            "{encoding}"
        );
    }
}

/// Runs `mark` by year on a stream of `size` bytes made by `make` (called
/// with each 1 MiB piece's number), and returns its messages and its peak
/// memory, read from `/proc` before its input ends.
#[cfg(target_os = "linux")]
fn peak_memory(
    head: &[u8],
    make: impl Fn(usize) -> Vec<u8>,
    pieces: usize,
    tail: &[u8],
) -> (String, u64) {
    use std::io::{Read, Write};
    let mut child = program()
        .arg("mark")
        .args(BY_YEAR)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mark");
    let pid = child.id();
    let mut stdin = child.stdin.take().expect("a pipe");
    let mut stdout = child.stdout.take().expect("a pipe");
    let reader = std::thread::spawn(move || {
        let mut sink = Vec::new();
        stdout.read_to_end(&mut sink).expect("the output");
    });
    stdin.write_all(head).expect("the input");
    for i in 0..pieces {
        stdin.write_all(&make(i)).expect("the input");
    }
    // The peak so far, while the program waits for the rest.
    std::thread::sleep(std::time::Duration::from_millis(200));
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("its status");
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM");
    stdin.write_all(tail).expect("the input");
    drop(stdin);
    reader.join().expect("the output");
    let output = child.wait_with_output().expect("mark");
    (String::from_utf8_lossy(&output.stderr).into_owned(), kb)
}

#[cfg(target_os = "linux")]
#[test]
fn mark_keeps_its_memory_bounded_whatever_the_line_ends() {
    const MIB: usize = 1 << 20;
    const BOUND_KB: u64 = 64 * 1024;
    // 16 MiB of blank lines, `\n` and `\r\n`: skipped, and counted.
    let (messages, kb) = peak_memory(
        b"code,year\n",
        |i| {
            if i % 2 == 0 {
                vec![b'\n'; MIB]
            } else {
                b"\r\n".repeat(MIB / 2)
            }
        },
        16,
        b"bad,2020\n",
    );
    assert!(kb < BOUND_KB, "{kb} kB");
    let line = 2 + 8 * MIB + 8 * MIB / 2;
    assert!(
        messages.starts_with(&format!("line {line}: invalid division code")),
        "{messages}"
    );
    // 16 MiB of line ends in one quoted field: the row is too long, told
    // and not written, and the next is read.
    let (messages, kb) = peak_memory(
        b"code,year\n630106,\"",
        |_| vec![b'\n'; MIB],
        16,
        b"\"\nbad,2020\n",
    );
    assert!(kb < BOUND_KB, "{kb} kB");
    assert!(
        messages.starts_with("line 2: the row is longer than 1048576 bytes"),
        "{messages}"
    );
    assert!(
        messages.contains(&format!("line {}: invalid division code", 3 + 16 * MIB)),
        "{messages}"
    );
    // NUL bytes, as `< /dev/zero` gives: one field that never ends.
    let (messages, kb) = peak_memory(b"code,year\n", |_| vec![0; MIB], 16, b"\n630106,2020\n");
    assert!(kb < BOUND_KB, "{kb} kB");
    assert!(messages.contains("1 marked"), "{messages}");
    // A header that never ends stops the run once it is too long.
    let output = program()
        .args(["mark", "--code", "code"])
        .stdin(std::fs::File::open("/dev/zero").expect("/dev/zero"))
        .output()
        .expect("mark");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: line 1: the header row is longer than 1048576 bytes\n"
    );
}

#[test]
fn mark_fails_when_its_output_cannot_be_written() {
    let input = "code,year\n630106,2020\n";
    // A full device: the write fails, the run says so and exits with 2.
    #[cfg(target_os = "linux")]
    {
        use std::io::Write;
        let mut child = program()
            .arg("mark")
            .args(BY_YEAR)
            .stdin(Stdio::piped())
            .stdout(std::fs::File::create("/dev/full").expect("/dev/full"))
            .stderr(Stdio::piped())
            .spawn()
            .expect("mark");
        let mut stdin = child.stdin.take().expect("a pipe");
        stdin.write_all(input.as_bytes()).expect("the input");
        drop(stdin);
        let output = child.wait_with_output().expect("mark");
        assert_eq!(output.status.code(), Some(2));
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            "error: cannot write the output: No space left on device (os error 28)\n"
        );
    }
    // Closed by the shell (`>&-`): told, not summed up as rows marked.
    #[cfg(target_os = "linux")]
    {
        let output = program()
            .args(["mark", "--code", "code"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .expect("mark");
        // `> /dev/null` is a choice, and the run goes on (here, to find
        // no header).
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            "error: the input is empty: expected a header row\n"
        );
        let output = Command::new("sh")
            .args([
                "-c",
                "printf 'code,year\\n630106,2020\\n' | \"$PROGRAM\" mark --code code >&-",
            ])
            .env("PROGRAM", common::PROGRAM)
            .output()
            .expect("sh");
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.starts_with("error: standard output is closed: nothing could be written"),
            "{stderr}"
        );
        assert!(!stderr.contains("rows read"), "{stderr}");
    }
}

#[test]
fn mark_copies_the_extra_fields_of_a_long_row_as_they_came() {
    let input = "code,year,x\n630106,2020,\"a\"\"b\",c,\"d\"\"e\" ,\"f\"\n";
    let output = run("mark", &BY_YEAR, input.as_bytes());
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert_eq!(
        text.lines().nth(1),
        Some("630106,2020,\"a\"\"b\",50,青海省湟中县教育局,wholly,,c,\"d\"\"e\" ,\"f\"")
    );
}

#[test]
fn mark_tells_big5_from_gbk() {
    // `代碼,年份,名稱\n630106,2020,青海省西寧市湟中區\n` in Big5, as Python's
    // `str.encode("big5")` writes it.
    let big5 = b"\xa5N\xbdX,\xa6~\xa5\xf7,\xa6W\xba\xd9\n630106,2020,\
                 \xabC\xae\xfc\xac\xd9\xa6\xe8\xb9\xe7\xa5\xab\xb5G\xa4\xa4\xb0\xcf\n";
    let advice = "it looks like Big5 (traditional Chinese), which is neither UTF-8 nor \
                  GB 18030 (GBK), the encodings read: convert it to UTF-8 \
                  (iconv -f big5 -t utf-8)";
    let message = rejected("mark", &BY_YEAR, big5);
    assert_eq!(
        message,
        format!("error: line 1: the input is not UTF-8; {advice}\n")
    );
    let args = [&BY_YEAR[..], &["--encoding", "gbk"]].concat();
    let message = rejected("mark", &args, big5);
    assert_eq!(
        message,
        format!("error: the input is not GB 18030 (GBK): {advice}\n")
    );
}

#[test]
fn mark_keeps_a_later_bom_as_data_and_says_so() {
    // Two files joined: the second's BOM begins line 3.
    let input = "\u{FEFF}code,year\n630106,2020\n\u{FEFF}630106,2020\n";
    let output = run("mark", &BY_YEAR, input.as_bytes());
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(text.starts_with("code,year,"), "the first is dropped");
    assert_eq!(text.lines().nth(2), Some("\u{FEFF}630106,2020,,,,"));
    let messages = String::from_utf8(output.stderr).expect("UTF-8");
    let messages: Vec<&str> = messages.lines().collect();
    assert_eq!(
        messages[..2],
        [
            "line 3: the row begins with a byte order mark (U+FEFF), kept as data: were \
             files joined together? Only one at the start of the input is dropped",
            "line 3: invalid division code \"\\u{feff}630106\": expected six ASCII digits, \
             such as 410000",
        ]
    );
}

#[test]
fn mark_reads_years_and_codes_by_the_same_rules() {
    // Four digits for a year as six for a code: no leading zero, one
    // width of digits in a field, in any of the forms of a code.
    let input = "code,year\n\
                 630106,0002020\n\
                 630106,20２0\n\
                 0630122,2020\n\
                 63０106,2020\n\
                 630106,0202\n\
                 ６３０１０６,２０２０年\n\
                 630106.0, 2020.0 \n";
    let (status, rows, messages) = mark(&BY_YEAR, input.as_bytes());
    assert_eq!(status, Some(1));
    let told: Vec<&str> = messages
        .iter()
        .filter(|m| m.contains(": invalid "))
        .filter_map(|m| m.split(" \"").next())
        .collect();
    assert_eq!(
        told,
        [
            "line 2: invalid year",
            "line 3: invalid year",
            "line 4: invalid division code",
            "line 5: invalid division code",
            "line 6: invalid year",
        ],
        "{messages:?}"
    );
    assert_eq!(rows[6][2..], marked(50));
    assert_eq!(rows[7][2..], marked(50));
}

/// Names as yearbooks and surveys write them, with the codes the hand
/// table gives them (tests/data/names-hand.tsv, from the lists of
/// data/areacodes/data/): at the prefecture level, every one of one code.
const NAMES_AT_PREFECTURE_LEVEL: &str = "name,year
北京,2010
楚雄州,2010
锡林郭勒,2010
昌都地区,2015
哈密,2010
";

#[test]
fn mark_by_name_reads_the_hand_tables_names_at_a_level() {
    let (status, rows, messages) = mark(
        &["--name", "name", "--year", "year", "--level", "prefecture"],
        NAMES_AT_PREFECTURE_LEVEL.as_bytes(),
    );
    assert_eq!(status, Some(0), "{messages:?}");
    assert_eq!(
        rows[0],
        [
            "name",
            "year",
            "matched_code",
            "pilot_ids",
            "pilot_names",
            "pilot_coverage",
            "pilot_note"
        ]
    );
    let matched: Vec<&str> = rows[1..].iter().map(|r| r[2].as_str()).collect();
    assert_eq!(matched, ["110000", "532300", "152500", "542100", "652200"]);
    // 楚雄彝族自治州 holds entry 41's 楚雄市, partly; 昌都地区 (542100), no
    // longer listed in 2015, is entry 43's own area, read in its last list.
    assert_eq!(rows[2][3..], ["41", &entry(41), "partly", ""]);
    assert_eq!(
        rows[4][3..],
        [
            "43",
            &entry(43),
            "wholly",
            "not in the 2015 list: read in the 2013 list"
        ]
    );
    assert_eq!(
        messages[..2],
        [
            "line 5: name \"昌都地区\" is no name of the 2015 list: read as 542100 昌都地区, \
             its name in 2000–2013",
            "line 5: code 542100 is not in the list of 2015: read in the list of 2013, the last \
             year it is listed; it became 540300 昌都市 in 2014, wholly (国函〔2014〕143号)",
        ]
    );
    assert_eq!(
        messages[2..],
        [
            "5 rows read: 5 marked, 1 read through another year's list, 0 unmarked",
            "names: 5 matched (1 through another year's name), 0 ambiguous, 0 unknown",
        ]
    );
}

/// The name of entry `id` in the notice.
fn entry(id: u8) -> String {
    notice()[usize::from(id) - 1].0.clone()
}

/// Names without a level, some with a parent, as the hand table reads them
/// (tests/data/names-hand.tsv): 哈密 and 朝阳区 alone are ambiguous, 北平 is
/// no name of any list, and the last names are 楚雄州 with an ideographic
/// (full-width) space and ASCII spaces around it, read as 楚雄州.
const NAMES_WITH_PARENTS: &str = "name,year,parent
哈密,2010,
朝阳区,2010,
朝阳区,2010,北京
朝阳区,2010,长春
朝阳区,2010,220100
湟中县,2020,
北平,2012,
\u{3000}楚雄州 ,2010,
 楚雄州,2010,云南
";

#[test]
fn mark_by_name_tells_ambiguous_and_unknown_names_with_their_candidates() {
    let args = ["--name", "name", "--year", "year", "--parent", "parent"];
    let (status, rows, messages) = mark(&args, NAMES_WITH_PARENTS.as_bytes());
    assert_eq!(status, Some(1), "{messages:?}");
    let matched: Vec<&str> = rows[1..].iter().map(|r| r[3].as_str()).collect();
    assert_eq!(
        matched,
        [
            "", "", "110105", "220104", "220104", "630122", "", "532300", "532300"
        ]
    );
    assert_eq!(rows[4][4..7], ["13", &entry(13), "wholly"]);
    assert_eq!(entry(13), "吉林省长春市教育局");
    // Unmatched rows have every appended field empty.
    for row in [1, 2, 7] {
        assert!(
            rows[row][3..].iter().all(String::is_empty),
            "{:?}",
            rows[row]
        );
    }
    assert_eq!(
        rows[6][4..],
        [
            "50",
            &entry(50),
            "wholly",
            "not in the 2020 list: read in the 2018 list"
        ]
    );
    assert_eq!(
        messages,
        [
            "line 2: name \"哈密\" denotes 2 codes in 2010: 652200 哈密地区 (prefecture, in \
             新疆维吾尔自治区); 652201 哈密市 (county, in 哈密地区): give a parent (--parent) or \
             a level (--level) to tell them apart",
            "line 3: name \"朝阳区\" denotes 2 codes in 2010: 110105 朝阳区 (county, in 北京市); \
             220104 朝阳区 (county, in 长春市): give a parent (--parent) or a level (--level) \
             to tell them apart",
            "line 7: name \"湟中县\" is no name of the 2020 list: read as 630122 湟中县, its name \
             in 2000–2018",
            "line 7: code 630122 is not in the list of 2020: read in the list of 2018, the last \
             year it is listed; it became 630106 湟中区 in 2019, wholly (国函〔2019〕106号)",
            "line 8: unknown division name \"北平\": expected the name of a division in a \
             year-end list of 2000 to 2024, as the list writes it (楚雄彝族自治州), without its \
             generic suffix (楚雄), with 州, 县 or 旗 for an autonomous prefecture, county or \
             banner (楚雄州, 保亭县), or a known abbreviation (巴州); none matched, in the year \
             asked or in another",
            // 长春市 (entry 13) holds its 朝阳区.
            "9 rows read: 5 marked, 1 read through another year's list, 4 unmarked",
            "names: 6 matched (1 through another year's name), 2 ambiguous, 1 unknown",
            "unmarked: 1 in no pilot's area, 2 with a name of several codes, 1 with a name of \
             no code",
            "3 rows could not be read",
            "exit status 1: --allow-bad-rows makes it 0",
        ]
    );
    let output = run(
        "mark",
        &[&args[..], &["--allow-bad-rows"]].concat(),
        NAMES_WITH_PARENTS.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn mark_by_name_names_at_most_eight_candidates() {
    // 郊区: 17 districts in data/areacodes/data/2000.txt.
    let (status, _, messages) = mark(
        &["--name", "name", "--year", "year"],
        "name,year\n郊区,2000\n".as_bytes(),
    );
    assert_eq!(status, Some(1));
    let message = &messages[0];
    assert!(
        message.starts_with("line 2: name \"郊区\" denotes 17 codes in 2000: "),
        "{message}"
    );
    assert_eq!(message.matches("郊区 (county").count(), 8, "{message}");
    assert!(message.contains("; and 9 more: give a parent"), "{message}");
}

/// Runs `mark` and gives its output's rows.
fn marked_rows(args: &[&str], input: &str) -> Vec<Vec<String>> {
    let (status, rows, messages) = mark(args, input.as_bytes());
    assert!(matches!(status, Some(0 | 1)), "{messages:?}");
    rows
}

#[test]
fn mark_by_name_marks_a_row_as_by_its_code_treatment_too() {
    // Every prefecture-level name of the hand table and more, and names
    // read through other years' lists: each row's marks are those of the
    // code it was read as, in its year.
    let input = "name,year
楚雄州,2010
昌都地区,2015
湟中县,2020
锡林郭勒,2012
襄樊,2012
海淀区,2013
北京,2005
克州,2016
";
    for treatment in [&[][..], &["--treatment"], &["--treat-year", "2012"]] {
        let by_name = marked_rows(
            &[
                &["--name", "name", "--year", "year", "--level", "prefecture"][..],
                treatment,
            ]
            .concat(),
            input,
        );
        let by_name_county = marked_rows(
            &[&["--name", "name", "--year", "year"][..], treatment].concat(),
            input,
        );
        // 海淀区 is a county-level name: not of the prefecture level.
        assert_eq!(by_name[6][2], "");
        assert_eq!(by_name_county[6][2], "110108");
        let mut codes = String::new();
        for r in &by_name_county {
            writeln!(codes, "{},{}", r[2], r[1]).expect("a String takes it");
        }
        let by_code = marked_rows(
            &[&["--code", "matched_code", "--year", "year"][..], treatment].concat(),
            &codes,
        );
        assert_eq!(by_code.len(), by_name_county.len());
        for (named, coded) in by_name_county.iter().zip(&by_code) {
            assert_eq!(named[2], coded[0], "{treatment:?}");
            assert_eq!(named[3..], coded[2..], "{treatment:?}");
        }
    }
}

/// `名称,年份\n楚雄州,2010\n` in GBK, as `iconv -t gbk` writes it.
const GBK_NAMES: &[u8] = b"\xc3\xfb\xb3\xc6,\xc4\xea\xb7\xdd\n\xb3\xfe\xd0\xdb\xd6\xdd,2010\n";

#[test]
fn mark_by_name_reads_gbk_when_told() {
    let (status, rows, messages) = mark(
        &["--name", "名称", "--year", "年份", "--encoding", "gbk"],
        GBK_NAMES,
    );
    assert_eq!(status, Some(0), "{messages:?}");
    assert_eq!(rows[1][..4], ["楚雄州", "2010", "532300", "41"]);
}

#[test]
fn mark_by_name_needs_a_year_and_one_column() {
    for (args, message) in [
        (
            &["--name", "name"][..],
            "error: --name needs --year COLUMN: a name is read in the list of its row's year, \
             as names change meaning from year to year (哈密)",
        ),
        (
            &["--name", "name", "--code", "code", "--year", "year"],
            "error: --code and --name: give one, the column of codes or of names",
        ),
        (
            &["--code", "code", "--level", "county"],
            "error: --parent and --level go with --name COLUMN",
        ),
        (
            &["--name", "name", "--year", "year", "--level", "city"],
            "error: unknown level \"city\": expected province, prefecture or county",
        ),
    ] {
        let stderr = rejected("mark", args, b"name,year\n");
        assert_eq!(stderr.lines().next(), Some(message), "{args:?}");
    }
}
