//! How well `FocusTheme::classify` agrees with hand labels on a corpus of
//! texts that are not from the notice, or on the notice's own focus texts
//! against their rows: per-theme precision and recall, overall figures, how
//! many off-topic controls it leaves without a theme, and every text where
//! it misses a label or adds one.
//!
//! ```text
//! cargo run --example validate_themes
//! cargo run --example validate_themes -- path/to/corpus.tsv
//! cargo run --example validate_themes -- --notice
//! cargo run --example validate_themes -- --education --notice
//! ```
//!
//! The corpus is a tab-separated file with a header and the columns `id`,
//! `part` (`genre` or `control`), `text` and `themes` (theme names separated
//! by `;`); by default `tests/data/themes-corpus.tsv`. `--notice` takes the
//! notice's 56 focus texts instead, each labelled by its row (the id is the
//! entry's). `--education` classifies with
//! `FocusTheme::classify_education_text`, for texts known to be about
//! education. A bad argument or a bad row prints what was wrong and exits
//! with status 2; `--help` prints the usage.

use std::process::ExitCode;

use cn_edu_pilots::{FocusTheme, ThemeSet, pilots};

const USAGE: &str = "usage: validate_themes [--education] [--notice | CORPUS.tsv]

Compares FocusTheme::classify with hand labels: per theme, overall, and
every text where they part.

  CORPUS.tsv   labelled texts (id, part, text, themes); by default
               tests/data/themes-corpus.tsv
  --notice     the notice's 56 focus texts, labelled by their rows
  --education  classify with classify_education_text (texts known to be
               about education)
  -h, --help   print this and exit";

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

/// The notice's focus texts, each labelled by its row.
fn notice() -> Vec<Row> {
    pilots::all()
        .iter()
        .map(|unit| Row {
            id: unit.id().to_string(),
            control: false,
            text: unit.focus().to_owned(),
            labels: unit.themes(),
        })
        .collect()
}

fn ratio(part: usize, whole: usize) -> String {
    if whole == 0 {
        "—".to_owned()
    } else {
        format!("{:.2} ({part}/{whole})", part as f64 / whole as f64)
    }
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let (name, classify): (&str, fn(&str) -> ThemeSet) =
        match args.iter().position(|a| a == "--education") {
            Some(at) => {
                args.remove(at);
                (
                    "classify_education_text",
                    FocusTheme::classify_education_text,
                )
            }
            None => ("classify", FocusTheme::classify),
        };
    // The crate's directory as `cargo run` gives it when the example runs
    // (not where it was built), else the current one.
    let default = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_owned())
        + "/tests/data/themes-corpus.tsv";
    let read = match args.as_slice() {
        [] => read(&default),
        [flag] if flag == "--notice" => Ok(notice()),
        [path] if !path.starts_with('-') => read(path),
        args => {
            // An option, or a second path.
            let unexpected = args.iter().find(|a| a.starts_with('-')).or(args.get(1));
            let unexpected = unexpected.map_or("", String::as_str);
            eprintln!("error: unexpected argument {unexpected:?}");
            eprintln!("{}", USAGE.lines().next().unwrap_or(USAGE));
            return ExitCode::from(2);
        }
    };
    let rows = match read {
        Ok(rows) => rows,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let found: Vec<ThemeSet> = rows.iter().map(|r| classify(&r.text)).collect();

    println!(
        "{name} on {} texts: {} genre, {} controls\n",
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
