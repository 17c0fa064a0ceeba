//! How well `FocusTheme::classify` agrees with hand labels on a corpus of
//! texts that are not from the notice: per-theme precision and recall,
//! overall figures, how many off-topic controls it leaves without a theme,
//! and every text where it misses a label or adds one.
//!
//! ```text
//! cargo run --example validate_themes
//! cargo run --example validate_themes -- path/to/corpus.tsv
//! ```
//!
//! The corpus is a tab-separated file with a header and the columns `id`,
//! `part` (`genre` or `control`), `text` and `themes` (theme names separated
//! by `;`); by default `tests/data/themes-corpus.tsv`. A bad argument or a
//! bad row prints what was wrong and exits with status 2; `--help` prints
//! the usage.

use std::process::ExitCode;

use cn_edu_pilots::{FocusTheme, ThemeSet};

/// One labelled text.
struct Row {
    id: String,
    control: bool,
    text: String,
    labels: ThemeSet,
}

fn read(path: &str) -> Result<Vec<Row>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .from_path(path)
        .map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut rows = Vec::new();
    for (line, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("{path}: {e}"))?;
        let line = line + 2;
        let [id, part, text, themes] = [0, 1, 2, 3].map(|i| record.get(i).unwrap_or(""));
        let control = match part {
            "genre" => false,
            "control" => true,
            _ => {
                return Err(format!(
                    "{path}:{line}: part {part:?}: expected genre or control"
                ));
            }
        };
        let mut labels = ThemeSet::EMPTY;
        for name in themes.split(';').filter(|n| !n.is_empty()) {
            let theme: FocusTheme = name.parse().map_err(|e| format!("{path}:{line}: {e}"))?;
            labels = labels.with(theme);
        }
        rows.push(Row {
            id: id.to_owned(),
            control,
            text: text.to_owned(),
            labels,
        });
    }
    Ok(rows)
}

fn ratio(part: usize, whole: usize) -> String {
    if whole == 0 {
        "—".to_owned()
    } else {
        format!("{:.2} ({part}/{whole})", part as f64 / whole as f64)
    }
}

const USAGE: &str = "usage: validate_themes [CORPUS.tsv]

How well FocusTheme::classify agrees with the hand labels of CORPUS.tsv
(default: tests/data/themes-corpus.tsv): precision and recall per theme
and overall, and every text where they differ.

options:
  -h, --help  print this help";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/themes-corpus.tsv");
    let path = match args.as_slice() {
        [] => default,
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [path] if !path.starts_with('-') => path.as_str(),
        args => {
            // An option, or a second path.
            let unexpected = args.iter().find(|a| a.starts_with('-')).or(args.get(1));
            let unexpected = unexpected.map_or("", String::as_str);
            eprintln!("error: unexpected argument {unexpected:?}");
            eprintln!("{}", USAGE.lines().next().unwrap_or(USAGE));
            return ExitCode::from(2);
        }
    };
    let rows = match read(path) {
        Ok(rows) => rows,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let found: Vec<ThemeSet> = rows.iter().map(|r| FocusTheme::classify(&r.text)).collect();

    println!(
        "{} texts: {} genre, {} controls\n",
        rows.len(),
        rows.iter().filter(|r| !r.control).count(),
        rows.iter().filter(|r| r.control).count()
    );
    println!("| theme | labelled | found | precision | recall |");
    println!("|---|---:|---:|---:|---:|");
    let (mut tp_all, mut found_all, mut labelled_all) = (0, 0, 0);
    for theme in FocusTheme::ALL {
        let labelled = rows.iter().filter(|r| r.labels.contains(theme)).count();
        let given = found.iter().filter(|f| f.contains(theme)).count();
        let tp = rows
            .iter()
            .zip(&found)
            .filter(|(r, f)| r.labels.contains(theme) && f.contains(theme))
            .count();
        println!(
            "| {} | {labelled} | {given} | {} | {} |",
            theme.as_str(),
            ratio(tp, given),
            ratio(tp, labelled)
        );
        (tp_all, found_all, labelled_all) =
            (tp_all + tp, found_all + given, labelled_all + labelled);
    }
    let controls = rows.iter().filter(|r| r.control).count();
    let quiet = rows
        .iter()
        .zip(&found)
        .filter(|(r, f)| r.control && f.is_empty())
        .count();
    println!("\noverall precision {}", ratio(tp_all, found_all));
    println!("overall recall    {}", ratio(tp_all, labelled_all));
    println!("controls with no theme {}", ratio(quiet, controls));

    println!("\nDisagreements (labelled / found):");
    for (row, found) in rows.iter().zip(&found) {
        if row.labels != *found {
            let missed = (row.labels - *found)
                .iter()
                .map(FocusTheme::as_str)
                .collect::<Vec<_>>();
            let added = (*found - row.labels)
                .iter()
                .map(FocusTheme::as_str)
                .collect::<Vec<_>>();
            println!(
                "  {} {}  missed [{}] added [{}]",
                row.id,
                row.text,
                missed.join(" "),
                added.join(" ")
            );
        }
    }
    ExitCode::SUCCESS
}
