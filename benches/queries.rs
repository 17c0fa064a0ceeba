//! The crate's queries side by side with what a user would write without
//! it: the dataset read from the crate's own JSON export into owned structs
//! with `String` fields, queried by linear filtering. Each group measures
//! both in the same run; the table printed at the end gives the median time
//! per call and the ratio baseline / crate, which is what to compare across
//! machines.
//!
//! ```text
//! cargo bench --bench queries
//! ```

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use cn_edu_pilots::{DivisionCode, FocusTheme, PilotUnit, Province, pilots};
use criterion::Criterion;
use serde::Deserialize;

// ---------------------------------------------------------------------------
// The baseline: owned data loaded from JSON, filtered linearly.

#[derive(Deserialize)]
struct OwnedUnit {
    id: u8,
    name: String,
    focus: String,
    members: Vec<OwnedMember>,
    themes: Vec<String>,
}

#[derive(Deserialize)]
struct OwnedMember {
    province: String,
    kind: String,
    division: Option<OwnedDivision>,
}

#[derive(Deserialize)]
struct OwnedDivision {
    code: String,
    successor: Option<Box<OwnedDivision>>,
}

#[derive(Deserialize)]
struct OwnedProvince {
    id: String,
    forms: Vec<String>,
    latin: Vec<String>,
}

#[derive(Deserialize)]
struct OwnedTheme {
    id: String,
    keywords: Vec<String>,
}

struct Baseline {
    units: Vec<OwnedUnit>,
    provinces: Vec<OwnedProvince>,
    themes: Vec<OwnedTheme>,
}

impl Baseline {
    fn load() -> Baseline {
        let units = serde_json::to_string(pilots::all()).expect("export");
        // The province and theme tables a user would keep next to it.
        let provinces: Vec<serde_json::Value> = Province::ALL
            .iter()
            .map(|p| {
                let mut forms = vec![p.name_zh(), p.short_name_zh(), p.abbreviation()];
                forms.extend(
                    ["蜀", "黔", "滇", "秦", "陇"]
                        .iter()
                        .filter(|a| a.parse() == Ok(*p)),
                );
                let code = p.gb2260_code().map(|c| c.to_string());
                let mut latin = vec![p.name_en().to_owned(), <&str>::from(*p).to_owned()];
                latin.extend(
                    ["Neimenggu", "Nei Mongol", "Xizang", "XPCC", "Bingtuan"]
                        .iter()
                        .filter(|a| a.parse() == Ok(*p))
                        .map(|a| (*a).to_owned()),
                );
                latin.extend(p.iso_3166_2().map(str::to_owned));
                let mut forms: Vec<String> = forms.into_iter().map(str::to_owned).collect();
                forms.extend(code);
                serde_json::json!({ "id": <&str>::from(*p), "forms": forms, "latin": latin })
            })
            .collect();
        let themes: Vec<serde_json::Value> = FocusTheme::ALL
            .iter()
            .map(|t| serde_json::json!({ "id": <&str>::from(*t), "keywords": t.keywords() }))
            .collect();
        Baseline {
            units: serde_json::from_str(&units).expect("units"),
            provinces: {
                let mut provinces: Vec<OwnedProvince> =
                    serde_json::from_value(provinces.into()).expect("provinces");
                for p in &mut provinces {
                    p.latin = p.latin.iter().map(|f| loose(f)).collect();
                }
                provinces
            },
            themes: serde_json::from_value(themes.into()).expect("themes"),
        }
    }

    fn by_province(&self, province: &str) -> Vec<&OwnedUnit> {
        self.units
            .iter()
            .filter(|u| u.members.iter().any(|m| m.province == province))
            .collect()
    }

    fn by_theme(&self, theme: &str) -> Vec<&OwnedUnit> {
        self.units
            .iter()
            .filter(|u| u.themes.iter().any(|t| t == theme))
            .collect()
    }

    fn parse_province(&self, input: &str) -> Option<&str> {
        let s = input.trim();
        // The Latin forms were stored lowercased without separators.
        let loose = loose(s);
        self.provinces
            .iter()
            .find(|p| p.forms.iter().any(|f| f == s) || p.latin.contains(&loose))
            .map(|p| p.id.as_str())
    }

    fn classify(&self, text: &str) -> Vec<String> {
        self.themes
            .iter()
            .filter(|t| t.keywords.iter().any(|k| text.contains(k.as_str())))
            .map(|t| t.id.clone())
            .collect()
    }

    fn search(&self, query: &str) -> Vec<&OwnedUnit> {
        let q = query.trim();
        if q.is_empty() {
            return Vec::new();
        }
        self.units
            .iter()
            .filter(|u| u.name.contains(q) || u.focus.contains(q))
            .collect()
    }

    fn covering(&self, code: &str) -> Vec<&OwnedUnit> {
        let contains = |area: &str| {
            let stem = area
                .strip_suffix("0000")
                .or_else(|| area.strip_suffix("00"))
                .unwrap_or(area);
            code.starts_with(stem)
        };
        self.units
            .iter()
            .filter(|u| {
                u.members.iter().any(|m| {
                    !matches!(m.kind.as_str(), "University" | "Enterprise")
                        && m.division.as_ref().is_some_and(|d| {
                            contains(&d.code)
                                || d.successor.as_ref().is_some_and(|s| contains(&s.code))
                        })
                })
            })
            .collect()
    }
}

/// Lowercase, without the separators people put in or leave out.
fn loose(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}

fn sum_owned(units: &[&OwnedUnit]) -> u32 {
    units.iter().map(|u| u32::from(u.id)).sum()
}

fn sum<'a>(units: impl Iterator<Item = &'a PilotUnit>) -> u32 {
    units.map(|u| u32::from(u.id())).sum()
}

// ---------------------------------------------------------------------------
// Inputs, the same for both sides.

/// Every accepted form of every province, plus input that must fail.
fn province_inputs() -> Vec<String> {
    let mut inputs = Vec::new();
    for p in Province::ALL {
        inputs.extend(
            [
                p.name_zh(),
                p.short_name_zh(),
                p.abbreviation(),
                p.name_en(),
            ]
            .map(str::to_owned),
        );
        inputs.push(p.name_en().to_lowercase());
        inputs.extend(p.gb2260_code().map(|c| c.to_string()));
        inputs.extend(p.iso_3166_2().map(str::to_owned));
    }
    inputs.extend(["北平", "香港", "110101", "", "Peking", "CN-11", "河南省省"].map(str::to_owned));
    inputs
}

/// What people look for: places and topics, matching a few entries or none.
const SEARCHES: [&str; 8] = [
    "深圳",
    "云计算",
    "郑州大学",
    "均衡发展",
    "海南",
    "成都",
    "校校通",
    "物联网",
];

/// Words in nearly every entry (24 to 54 of 56): the answer is most of the
/// list, so its size, not the lookup, bounds the time.
const BROAD_SEARCHES: [&str; 3] = ["探索", "教育局", "教育信息化"];

const COVERING: [u32; 10] = [
    140105, 411502, 440106, 440305, 540302, 110101, 652201, 469001, 320303, 650000,
];

// ---------------------------------------------------------------------------

/// Calls per iteration of each group, to report time per call.
fn calls() -> BTreeMap<&'static str, usize> {
    BTreeMap::from([
        ("by_province", Province::ALL.len()),
        ("by_theme", FocusTheme::ALL.len()),
        ("province_from_str", province_inputs().len()),
        ("classify", pilots::all().len()),
        ("search", SEARCHES.len()),
        ("search_broad", BROAD_SEARCHES.len()),
        ("covering", COVERING.len()),
    ])
}

/// Measures each side of one comparison in one criterion group; each side
/// returns a checksum of its answers so that nothing is optimized away.
fn group(c: &mut Criterion, name: &str, sides: &[(&str, &dyn Fn() -> u32)]) {
    let mut g = c.benchmark_group(name);
    for (side, run) in sides {
        g.bench_function(*side, |b| b.iter(run));
    }
    g.finish();
}

fn benches(c: &mut Criterion) {
    let base = Baseline::load();

    let names: Vec<&str> = Province::ALL.iter().map(|p| <&str>::from(*p)).collect();
    // What "indexing a static array" costs: precomputed slices per province.
    let table: Vec<Vec<&'static PilotUnit>> = Province::ALL
        .iter()
        .map(|&p| pilots::by_province(p).collect())
        .collect();
    group(
        c,
        "by_province",
        &[
            ("crate", &|| {
                Province::ALL
                    .iter()
                    .map(|&p| sum(pilots::by_province(black_box(p))))
                    .sum()
            }),
            ("static_array", &|| {
                Province::ALL
                    .iter()
                    .map(|&p| sum(table[black_box(p) as usize].iter().copied()))
                    .sum()
            }),
            ("baseline", &|| {
                names
                    .iter()
                    .map(|p| sum_owned(&base.by_province(black_box(p))))
                    .sum()
            }),
        ],
    );

    let names: Vec<&str> = FocusTheme::ALL.iter().map(|t| <&str>::from(*t)).collect();
    group(
        c,
        "by_theme",
        &[
            ("crate", &|| {
                FocusTheme::ALL
                    .iter()
                    .map(|&t| sum(pilots::by_theme(black_box(t))))
                    .sum()
            }),
            ("baseline", &|| {
                names
                    .iter()
                    .map(|t| sum_owned(&base.by_theme(black_box(t))))
                    .sum()
            }),
        ],
    );

    let inputs = province_inputs();
    let count =
        |ok: &dyn Fn(&str) -> bool| inputs.iter().filter(|s| ok(black_box(s))).count() as u32;
    group(
        c,
        "province_from_str",
        &[
            ("crate", &|| count(&|s| s.parse::<Province>().is_ok())),
            ("baseline", &|| count(&|s| base.parse_province(s).is_some())),
        ],
    );

    group(
        c,
        "classify",
        &[
            ("crate", &|| {
                pilots::all()
                    .iter()
                    .map(|u| FocusTheme::classify(black_box(u.focus())).len() as u32)
                    .sum()
            }),
            ("baseline", &|| {
                base.units
                    .iter()
                    .map(|u| base.classify(black_box(&u.focus)).len() as u32)
                    .sum()
            }),
        ],
    );

    for (name, queries) in [
        ("search", &SEARCHES[..]),
        ("search_broad", &BROAD_SEARCHES[..]),
    ] {
        group(
            c,
            name,
            &[
                ("crate", &|| {
                    queries
                        .iter()
                        .map(|q| sum(pilots::search(black_box(q))))
                        .sum()
                }),
                ("baseline", &|| {
                    queries
                        .iter()
                        .map(|q| sum_owned(&base.search(black_box(q))))
                        .sum()
                }),
            ],
        );
    }

    let codes: Vec<DivisionCode> = COVERING
        .iter()
        .map(|&c| DivisionCode::try_from(c).unwrap())
        .collect();
    let strings: Vec<String> = COVERING.iter().map(u32::to_string).collect();
    group(
        c,
        "covering",
        &[
            ("crate", &|| {
                codes
                    .iter()
                    .map(|&c| sum(pilots::covering(black_box(c))))
                    .sum()
            }),
            ("baseline", &|| {
                strings
                    .iter()
                    .map(|c| sum_owned(&base.covering(black_box(c))))
                    .sum()
            }),
        ],
    );
}

/// Both sides must give the same answers, or the comparison means nothing.
fn check_agreement() {
    let base = Baseline::load();
    for p in Province::ALL {
        assert_eq!(
            sum(pilots::by_province(p)),
            sum_owned(&base.by_province(<&str>::from(p)))
        );
    }
    for t in FocusTheme::ALL {
        assert_eq!(
            sum(pilots::by_theme(t)),
            sum_owned(&base.by_theme(<&str>::from(t)))
        );
    }
    for s in province_inputs() {
        assert_eq!(
            s.parse::<Province>().ok().map(<&str>::from),
            base.parse_province(&s),
            "{s}"
        );
    }
    for u in pilots::all() {
        let ours: Vec<&str> = FocusTheme::classify(u.focus())
            .iter()
            .map(<&str>::from)
            .collect();
        assert_eq!(ours, base.classify(u.focus()));
    }
    for q in SEARCHES.iter().chain(&BROAD_SEARCHES) {
        assert_eq!(sum(pilots::search(q)), sum_owned(&base.search(q)), "{q}");
    }
    for c in COVERING {
        let code = DivisionCode::try_from(c).unwrap();
        assert_eq!(
            sum(pilots::covering(code)),
            sum_owned(&base.covering(&c.to_string())),
            "{c}"
        );
    }
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"))
}

/// The median of one benchmark of this run, in ns per iteration; `None`
/// where it did not run in this run (filtered out, or `--test`).
fn median(dir: &std::path::Path, group: &str, function: &str, since: SystemTime) -> Option<f64> {
    let path = dir
        .join(group)
        .join(function)
        .join("new")
        .join("estimates.json");
    if std::fs::metadata(&path).and_then(|m| m.modified()).ok()? < since {
        return None;
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn report(dir: &std::path::Path, since: SystemTime) {
    let mut rows = Vec::new();
    for (group, calls) in calls() {
        let (Some(ours), Some(theirs)) = (
            median(dir, group, "crate", since),
            median(dir, group, "baseline", since),
        ) else {
            continue;
        };
        let per = |t: f64| t / calls as f64;
        rows.push(format!(
            "| `{group}` | {calls} | {:.1} | {:.1} | {:.1}x |",
            per(ours),
            per(theirs),
            theirs / ours
        ));
        if let Some(array) = median(dir, group, "static_array", since) {
            rows.push(format!(
                "| `{group}`: static array | {calls} | {:.1} | | crate / array {:.2}x |",
                per(array),
                ours / array
            ));
        }
    }
    // Nothing was measured in this run (`--test`, or a filter that matched
    // no group): no table.
    if rows.is_empty() {
        return;
    }
    println!(
        "\n| query | calls per iteration | crate (median ns per call) | baseline (median ns per call) | baseline / crate |"
    );
    println!("|---|---:|---:|---:|---:|");
    for row in rows {
        println!("{row}");
    }
}

fn main() {
    check_agreement();
    let since = SystemTime::now();
    let dir = target_dir().join("criterion");
    let mut c = Criterion::default()
        .output_directory(&dir)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    benches(&mut c);
    c.final_summary();
    report(&dir, since);
}
