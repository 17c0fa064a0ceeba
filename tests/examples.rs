//! The examples, run as a person runs them: the binaries that `cargo test`
//! builds, with their output, exit status and messages checked against the
//! notice's list (`data/pilot-list.txt`), the hand-labelled corpus and
//! counts made by hand from the notice. (The program's commands, `mark`
//! and `panel`, are tested in `cli/tests/`.)

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

mod common;
use common::binary;

/// Every example built with the features of this test: `export_json`
/// needs `serde`.
fn examples() -> Vec<&'static str> {
    let mut all = vec![
        "summary",
        "by_province",
        "validate_themes",
        "export_csv",
        "chart",
    ];
    all.extend(cfg!(feature = "serde").then_some("export_json"));
    all
}

/// Runs example `name` with `args` in the crate's directory, with `stdin`
/// as its standard input.
fn run(name: &str, args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(binary(name))
        .args(args)
        .current_dir(common::manifest_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {name}: {e}"));
    let mut input = child.stdin.take().expect("a pipe");
    // The input is written from another thread while the output is read,
    // so that neither pipe fills while the other waits.
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || {
            // An example that stops before reading its input closes the pipe.
            match input.write_all(stdin) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e),
                _ => Ok(()),
            }
        });
        let output = child.wait_with_output().expect("the example's output");
        if let Err(e) = writer.join().expect("the writer of the input") {
            panic!("{name}'s input: {e}");
        }
        output
    })
}

/// The output of a run that succeeded with nothing on standard error.
fn stdout(name: &str, args: &[&str]) -> String {
    let output = run(name, args, b"");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{name} {args:?}: {}\n{stderr}",
        output.status
    );
    assert!(
        stderr.is_empty(),
        "{name} {args:?} wrote to standard error: {stderr}"
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// What a run that failed with exit status 2 wrote to standard error.
fn rejected(name: &str, args: &[&str], stdin: &[u8]) -> String {
    let output = run(name, args, stdin);
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 messages");
    assert_eq!(output.status.code(), Some(2), "{name} {args:?}: {stderr}");
    stderr
}

/// The notice's entries: name and focus, in the notice's order.
fn notice() -> Vec<(String, String)> {
    let list = std::fs::read_to_string(common::manifest_dir().join("data/pilot-list.txt"))
        .expect("data/pilot-list.txt");
    let lines: Vec<&str> = list.lines().skip(1 + 1).collect(); // the two column headings
    let entries = lines.chunks(2).map(|e| (e[0].to_owned(), e[1].to_owned()));
    entries.collect()
}

/// The member organisations of an entry, as the notice separates them.
fn members(name: &str) -> Vec<&str> {
    name.split(['、', '，']).collect()
}

/// Unit ids of some provinces, counted by hand from the notice (a joint
/// entry counts in each of its members' provinces), with the province's
/// names, its abbreviation and its ISO 3166-2 code.
const HAND_COUNT: [(&str, &str, &str, &str, &[u8]); 4] = [
    ("河南省", "豫", "Henan", "CN-HA", &[28]),
    ("广东省", "粤", "Guangdong", "CN-GD", &[32, 33, 56]),
    ("新疆维吾尔自治区", "新", "Xinjiang", "CN-XJ", &[28, 53, 54]),
    ("海南省", "琼", "Hainan", "CN-HI", &[]),
];

/// The cells of the row of `output` that begins with `name`.
fn row<'a>(output: &'a str, name: &str) -> Vec<&'a str> {
    let found = output
        .lines()
        .find(|line| line.split_whitespace().next() == Some(name));
    found
        .unwrap_or_else(|| panic!("no row for {name}"))
        .split_whitespace()
        .collect()
}

#[test]
fn every_example_answers_help() {
    for name in examples() {
        for flag in ["--help", "-h"] {
            let help = stdout(name, &[flag]);
            assert!(
                help.starts_with(&format!("usage: {name} ")),
                "{name} {flag}: {help}"
            );
            assert!(help.contains("-h, --help"), "{name} {flag}: {help}");
        }
    }
}

#[test]
fn every_example_rejects_an_unknown_option() {
    for name in examples() {
        let message = rejected(name, &["--no-such-option"], b"");
        let mut lines = message.lines();
        let error = lines.next().unwrap_or_default();
        assert!(
            error.starts_with("error: ") && error.contains("--no-such-option"),
            "{name}: {message}"
        );
        assert!(
            lines
                .next()
                .is_some_and(|usage| usage.starts_with(&format!("usage: {name} ")))
        );
    }
}

#[test]
fn summary_counts_the_notice() {
    let entries = notice().len();
    let organisations: usize = notice().iter().map(|(name, _)| members(name).len()).sum();
    let zh = stdout("summary", &[]);
    let en = stdout("summary", &["--lang", "en"]);
    let mut lines = zh.lines();
    assert_eq!(
        lines.next(),
        Some("关于公布第一批教育信息化试点单位名单的通知（教技函〔2012〕70号）")
    );
    let counts = format!("{entries} 条，{organisations} 个单位");
    assert_eq!(
        lines.next(),
        Some(&*format!(
            "第一批教育信息化试点单位（区域信息化试点单位）：{counts}"
        ))
    );
    let counts = format!("{entries} entries, {organisations} organisations");
    assert!(en.contains(&format!(
        "regional education-informatization pilot units: {counts}\n"
    )));
    for (name_zh, abbreviation, name_en, iso, ids) in HAND_COUNT {
        let (count, ids) = (ids.len().to_string(), ids.iter().map(u8::to_string));
        let expected = |name: &str, key: &str| {
            [name, key, &count]
                .map(str::to_owned)
                .into_iter()
                .chain(ids.clone())
        };
        assert!(
            row(&zh, name_zh)
                .into_iter()
                .eq(expected(name_zh, abbreviation)),
            "{name_zh}"
        );
        assert!(
            row(&en, name_en).into_iter().eq(expected(name_en, iso)),
            "{name_en}"
        );
    }
}

/// The ids and names of the units listed by `by_province`, by province
/// heading.
fn listed(output: &str) -> Vec<(&str, Vec<(u8, &str)>)> {
    let mut provinces: Vec<(&str, Vec<(u8, &str)>)> = Vec::new();
    for line in output.lines().filter(|l| !l.is_empty()) {
        if !line.starts_with(' ') {
            provinces.push((line, Vec::new()));
        } else if let Some((id, name)) = line.trim_start().split_once(". ") {
            if let (Ok(id), Some((_, units))) = (id.parse(), provinces.last_mut()) {
                units.push((id, name));
            }
        }
    }
    provinces
}

#[test]
fn by_province_takes_any_form() {
    let entries = notice();
    let name = |id: u8| entries[usize::from(id) - 1].0.as_str();
    for (name_zh, abbreviation, name_en, iso, ids) in HAND_COUNT {
        for form in [name_zh, abbreviation, name_en, iso] {
            let output = stdout("by_province", &[form]);
            let [(heading, units)] = &listed(&output)[..] else {
                panic!("{form}: not one province: {output}");
            };
            assert!(
                heading.starts_with(&format!("{name_zh} ({name_en}): {} 个试点单位", ids.len()))
            );
            let expected: Vec<(u8, &str)> = ids.iter().map(|&id| (id, name(id))).collect();
            assert_eq!(*units, expected, "{form}");
        }
    }
    // Traditional characters, and English.
    let output = stdout("by_province", &["--lang", "en", "廣東"]);
    let [(heading, units)] = &listed(&output)[..] else {
        panic!("{output}")
    };
    assert_eq!(*heading, "Guangdong Province: 3 pilot unit(s)");
    assert_eq!(units.iter().map(|u| u.0).collect::<Vec<_>>(), [32, 33, 56]);
    assert!(output.contains("Shenzhen City Education Bureau, Guangdong Province"));
    // Without a province, every province, and every entry under one at least.
    let output = stdout("by_province", &[]);
    let all = listed(&output);
    assert_eq!(all.len(), 32);
    for (id, (entry, _)) in (1..).zip(&entries) {
        assert!(
            all.iter()
                .any(|(_, units)| units.contains(&(id, entry.as_str()))),
            "entry {id}"
        );
    }
}

#[test]
fn by_province_rejects_an_unknown_province() {
    let message = rejected("by_province", &["北平"], b"");
    assert!(
        message.starts_with("error: unknown province \"北平\""),
        "{message}"
    );
    assert!(message.contains("\nusage: by_province "), "{message}");
}

#[test]
fn validate_themes_reads_the_corpus() {
    let path = common::manifest_dir().join("tests/data/themes-corpus.tsv");
    let corpus = std::fs::read_to_string(path).expect("the corpus");
    let rows: Vec<Vec<&str>> = corpus
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    let controls = rows.iter().filter(|r| r[1] == "control").count();
    let labels = |theme: &str| {
        rows.iter()
            .filter(|r| r[3].split(';').any(|t| t == theme))
            .count()
    };
    let all_labels: usize = rows
        .iter()
        .map(|r| r[3].split(';').filter(|t| !t.is_empty()).count())
        .sum();

    let output = stdout("validate_themes", &[]);
    let mut lines = output.lines();
    let counts = format!(
        "classify on {} texts: {} genre, {controls} controls",
        rows.len(),
        rows.len() - controls
    );
    assert_eq!(lines.next(), Some(counts.as_str()));
    // Each theme's row: the labels the corpus gives it.
    let table = output
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| theme"));
    let mut themes = 0;
    for line in table {
        let cells: Vec<&str> = line.split(" | ").collect();
        let theme = cells[0].trim_start_matches("| ");
        assert_eq!(cells[1], labels(theme).to_string(), "{line}");
        themes += 1;
    }
    assert_eq!(themes, 22);
    let recall = output
        .lines()
        .find(|l| l.starts_with("overall recall"))
        .expect("the recall");
    assert!(recall.ends_with(&format!("/{all_labels})")), "{recall}");
    let quiet = output
        .lines()
        .find(|l| l.starts_with("controls with no theme"))
        .expect("controls");
    assert!(quiet.ends_with(&format!("/{controls})")), "{quiet}");
    // Every disagreement is one of the corpus's texts.
    let disagreements = output
        .split_once("\nDisagreements (labelled / found):\n")
        .expect("a list")
        .1;
    for line in disagreements.lines() {
        let (id, rest) = line.trim_start().split_once(' ').expect("an id and a text");
        let row = rows
            .iter()
            .find(|r| r[0] == id)
            .unwrap_or_else(|| panic!("{id} is not in the corpus"));
        assert!(rest.starts_with(row[2]), "{line}");
    }

    let message = rejected("validate_themes", &["no-such-corpus.tsv"], b"");
    assert!(
        message.starts_with("error: cannot read no-such-corpus.tsv: "),
        "{message}"
    );
}

#[cfg(feature = "serde")]
#[test]
fn export_json_writes_every_unit() {
    let output = stdout("export_json", &[]);
    let units: serde_json::Value = serde_json::from_str(&output).expect("JSON");
    let units = units.as_array().expect("an array");
    let entries = notice();
    assert_eq!(units.len(), entries.len());
    for ((id, unit), (name, focus)) in (1..).zip(units).zip(&entries) {
        assert_eq!(unit["id"], id);
        assert_eq!(unit["name"], name.as_str());
        assert_eq!(unit["focus"], focus.as_str());
        let names = unit["members"]
            .as_array()
            .expect("members")
            .iter()
            .map(|m| &m["name"]);
        assert!(names.eq(members(name)), "entry {id}");
    }
}

#[test]
fn export_csv_writes_every_member() {
    let output = stdout("export_csv", &[]);
    // RFC 4180: CRLF line ends (no field spans lines here).
    assert!(
        output.ends_with("\r\n") && output.matches('\n').count() == output.matches("\r\n").count()
    );
    let mut reader = csv::Reader::from_reader(output.as_bytes());
    let header = reader.headers().expect("a header").clone();
    // The columns as docs/repository.md lists them.
    let columns = [
        "unit_id",
        "member",
        "member_en",
        "kind",
        "province",
        "region",
        "code_2012",
        "name_2012",
        "name_2012_en",
        "level",
        "code_2019",
        "code_2024",
        "name_2024",
        "themes",
    ];
    assert!(header.iter().eq(columns));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    let expected = (1..).zip(notice()).flat_map(|(id, (name, _))| {
        members(&name)
            .into_iter()
            .map(|m| (id.to_string(), m.to_owned()))
            .collect::<Vec<_>>()
    });
    let found = rows.iter().map(|r| (r[0].to_owned(), r[1].to_owned()));
    assert!(found.eq(expected), "the members, in notice order");
    // 太原市 (entry 7) is placed in its division, 140100, and 郑州大学 in
    // the city its name gives, 郑州市.
    let taiyuan = rows
        .iter()
        .find(|r| &r[1] == "山西省太原市教育局")
        .expect("太原");
    assert_eq!(
        (&taiyuan[6], &taiyuan[7], &taiyuan[9]),
        ("140100", "太原市", "Prefectural")
    );
    let zzu = rows.iter().find(|r| &r[1] == "郑州大学").expect("郑州大学");
    assert_eq!(
        (&zzu[3], &zzu[6], &zzu[7]),
        ("University", "410100", "郑州市")
    );
}

/// A file in this test's own scratch directory, under the target directory:
/// under a hash of the package's path, so that two clones sharing a target
/// directory and testing at once do not write over each other's files.
fn scratch(name: &str) -> PathBuf {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::hash::DefaultHasher::new();
    env!("CARGO_MANIFEST_DIR").hash(&mut hasher);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("{:016x}", hasher.finish()))
        .join("examples");
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir.join(name)
}

#[test]
fn chart_draws_the_committed_svgs() {
    let docs = common::manifest_dir().join("docs");
    for (args, committed) in [
        (&[][..], "pilots-per-province.svg"),
        (&["--theme", "云计算"][..], "pilots-cloud-computing.svg"),
    ] {
        let path = scratch(committed);
        let path_text = path.to_str().expect("a UTF-8 path");
        let output = stdout("chart", &[args, &[path_text]].concat());
        assert_eq!(output, format!("wrote {path_text}\n"));
        let svg = std::fs::read_to_string(&path).expect("the SVG");
        let docs_svg = std::fs::read_to_string(docs.join(committed)).expect("the committed SVG");
        assert!(
            svg == docs_svg,
            "docs/{committed} is not what `chart` draws now: copy {path_text} there"
        );
        assert!(
            svg.starts_with("<svg ") && svg.trim_end().ends_with("</svg>"),
            "{committed}"
        );
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
        // Every jurisdiction is named, in both languages, and the places
        // outside the list are drawn too.
        let texts: Vec<&str> = svg
            .split("<text")
            .skip(1)
            .filter_map(|t| Some(t.split_once('>')?.1.split_once("</text>")?.0.trim()))
            .collect();
        for name in [
            "河南", "Henan", "海南", "Hainan", "兵团", "XPCC", "台湾", "Taiwan",
        ] {
            assert!(
                texts.iter().any(|t| t.contains(name)),
                "{committed}: no label {name}"
            );
        }
        // A bar and a tile per jurisdiction, and the three outside the list.
        assert!(svg.matches("<rect").count() >= 32 + 32 + 3, "{committed}");
    }
}

#[test]
fn chart_rejects_a_bad_theme_or_no_path() {
    let message = rejected("chart", &["--theme", "不存在", "bad.svg"], b"");
    assert!(
        message.starts_with("error: unknown focus theme \"不存在\""),
        "{message}"
    );
    let message = rejected("chart", &[], b"");
    assert!(
        message.starts_with("error: missing the output path\n"),
        "{message}"
    );
    assert!(!common::manifest_dir().join("bad.svg").exists());
}
