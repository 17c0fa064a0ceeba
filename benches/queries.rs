//! The crate's queries side by side with what a user would write without it:
//! the list read from the crate's own JSON export into owned structs with
//! `String` fields, queried by filtering them. Both sides run in the same
//! process, in alternating rounds, so that the machine's noise falls on
//! both; the table printed at the end gives the median time per call and
//! the ratio, which is what carries over between machines.
//!
//! ```text
//! cargo bench --bench queries
//! ```

use std::hint::black_box;
use std::time::{Duration, Instant};

use cn_edu_pilots::{DivisionCode, FocusTheme, PilotUnit, Province, pilots};
use serde::Deserialize;

// The rows of the crate's generated coverage table, read by the baseline as
// a user's own copy of the same facts: one row per code, year and unit.
const COVERAGE: &str = include_str!("../src/data/coverage.rs");

/// A unit as the baseline holds it, read back from the JSON export.
#[derive(Deserialize)]
struct Unit {
    id: u8,
    name: String,
    focus: String,
    name_en: String,
    focus_en: String,
    members: Vec<Member>,
    themes: Vec<String>,
}

#[derive(Deserialize)]
struct Member {
    province: String,
    kind: String,
    division: Option<Division>,
}

#[derive(Deserialize)]
struct Division {
    code: String,
    successor: Option<Box<Division>>,
}

/// One row of a year-aware coverage table as a user would keep it (say,
/// read from a CSV): a code of one year's list and a unit that covers it.
struct CoverageRow {
    code: String,
    year: u16,
    unit: u8,
    partly: bool,
}

/// The baseline's data: the units, and the province forms and theme
/// keywords a user would keep beside them, Latin forms stored lowercased
/// without separators.
struct Baseline {
    units: Vec<Unit>,
    coverage: Vec<CoverageRow>,
    provinces: Vec<(String, Vec<String>)>,
    /// Each theme's name, keywords and context keywords.
    themes: Vec<(String, Vec<String>, Vec<String>)>,
}

fn loose(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_' | '\''))
        .flat_map(char::to_lowercase)
        .collect()
}

impl Baseline {
    fn load() -> Baseline {
        let json = serde_json::to_string(pilots::all()).expect("export");
        let provinces = Province::ALL.map(|p| {
            let mut forms: Vec<String> = [p.name_zh(), p.short_name_zh(), p.abbreviation()]
                .map(str::to_owned)
                .into();
            forms.extend([p.name_en(), p.official_name_en(), p.as_str()].map(loose));
            forms.extend(
                p.iso_3166_2()
                    .into_iter()
                    .chain(p.iso_3166_2_numeric())
                    .map(loose),
            );
            forms.extend(p.gb2260_code().map(|c| c.to_string()));
            (p.as_str().to_owned(), forms)
        });
        let owned = |words: &[&str]| words.iter().map(|w| (*w).to_owned()).collect();
        let themes = FocusTheme::ALL.map(|t| {
            let (keywords, context) = (owned(t.keywords()), owned(t.context_keywords()));
            (t.as_str().to_owned(), keywords, context)
        });
        let mut coverage = Vec::new();
        // `    Row { code: 130702, from: 2016, to: 2024, unit: 6, extent: Partly }, // 桥东区`
        for row in COVERAGE
            .lines()
            .filter_map(|l| l.trim().strip_prefix("Row { "))
        {
            let fields: Vec<&str> = row
                .split(" }")
                .next()
                .unwrap_or_default()
                .split(", ")
                .filter_map(|field| Some(field.split_once(": ")?.1))
                .collect();
            let [code, from, to, unit, extent] = fields[..] else {
                panic!("a coverage row: {row}");
            };
            let years = from.parse().expect("a year")..=to.parse().expect("a year");
            for year in years {
                coverage.push(CoverageRow {
                    code: code.to_owned(),
                    year,
                    unit: unit.parse().expect("a unit id"),
                    partly: extent == "Partly",
                });
            }
        }
        Baseline {
            units: serde_json::from_str(&json).expect("units"),
            coverage,
            provinces: provinces.into(),
            themes: themes.into(),
        }
    }

    fn units(&self, keep: impl Fn(&Unit) -> bool) -> Vec<&Unit> {
        self.units.iter().filter(|u| keep(u)).collect()
    }

    fn parse_province(&self, input: &str) -> Option<&str> {
        let (s, latin) = (input.trim(), loose(input.trim()));
        let (name, _) = self
            .provinces
            .iter()
            .find(|(_, forms)| forms.iter().any(|f| *f == s || *f == latin))?;
        Some(name)
    }

    /// Every keyword tested with `str::contains`, with the codebook's rule
    /// for context keywords.
    fn classify(&self, text: &str) -> Vec<&str> {
        let has = |words: &Vec<String>| words.iter().any(|k| text.contains(k.as_str()));
        let sure: Vec<&str> = (self.themes.iter())
            .filter(|t| has(&t.1))
            .map(|t| t.0.as_str())
            .collect();
        let education = FocusTheme::EDUCATION_WORDS.iter().any(|w| text.contains(w));
        if sure.is_empty() && !education {
            return sure;
        }
        let context = (self.themes.iter())
            .filter(|t| !has(&t.1) && has(&t.2))
            .map(|t| t.0.as_str());
        sure.into_iter().chain(context).collect()
    }

    /// The ids of the units that cover `code` of the list of `year` wholly
    /// and partly: a scan of the coverage rows, and of the units for a
    /// member whose area is the whole province.
    fn covering_in(&self, code: &str, year: u16) -> (Vec<u8>, Vec<u8>) {
        let (mut wholly, mut partly) = (Vec::new(), Vec::new());
        for row in &self.coverage {
            if row.code == code && row.year == year {
                if row.partly { &mut partly } else { &mut wholly }.push(row.unit);
            }
        }
        for unit in &self.units {
            let whole_province = unit.members.iter().any(|m| {
                !matches!(m.kind.as_str(), "University" | "Enterprise")
                    && m.division.as_ref().is_some_and(|d| {
                        d.code.ends_with("0000") && code.get(..2) == d.code.get(..2)
                    })
            });
            if whole_province && !wholly.contains(&unit.id) {
                wholly.push(unit.id);
            }
        }
        partly.retain(|id| !wholly.contains(id));
        (wholly, partly)
    }

    fn covering(&self, code: &str) -> Vec<&Unit> {
        let contains = |area: &Division| {
            let area = area.code.as_str();
            let stem = area
                .strip_suffix("0000")
                .or_else(|| area.strip_suffix("00"));
            code.starts_with(stem.unwrap_or(area))
        };
        self.units(|u| {
            u.members.iter().any(|m| {
                !matches!(m.kind.as_str(), "University" | "Enterprise")
                    && m.division.as_ref().is_some_and(|d| {
                        contains(d) || d.successor.as_deref().is_some_and(contains)
                    })
            })
        })
    }
}

/// A checksum of an answer, so that nothing is optimized away and both
/// sides can be checked to agree.
fn sum<'a>(units: impl IntoIterator<Item = &'a PilotUnit>) -> u64 {
    units.into_iter().map(|u| u64::from(u.id())).sum()
}

/// A checksum of a coverage: the wholly covering ids, plus a thousand
/// times the partly covering ones.
fn sum_coverage<'a>(
    wholly: impl IntoIterator<Item = &'a PilotUnit>,
    partly: impl IntoIterator<Item = &'a PilotUnit>,
) -> u64 {
    sum(wholly) + 1000 * sum(partly)
}

fn sum_owned(units: &[&Unit]) -> u64 {
    units.iter().map(|u| u64::from(u.id)).sum()
}

/// One row of the table: the median time per call of each side.
struct Row {
    query: &'static str,
    sides: Vec<(&'static str, f64)>,
}

/// Times the sides of one comparison in alternating rounds and returns the
/// median nanoseconds per call of each. `calls` is the number of queries one
/// run of a side makes. The sides must agree on their checksum.
fn compare(query: &'static str, calls: usize, sides: &[(&'static str, &dyn Fn() -> u64)]) -> Row {
    let expected = (sides[0].1)();
    for (name, run) in sides {
        assert_eq!(run(), expected, "{query}: {name} disagrees");
    }
    // Enough runs per sample for about a millisecond of the slowest side.
    let slowest = sides
        .iter()
        .map(|(_, run)| time(*run, 10))
        .fold(Duration::ZERO, Duration::max);
    let runs = (Duration::from_millis(1).as_nanos() / (slowest.as_nanos() / 10).max(1)).max(1);
    let runs = u32::try_from(runs).unwrap_or(u32::MAX);
    let mut samples = vec![Vec::new(); sides.len()];
    for _ in 0..41 {
        for (samples, (_, run)) in samples.iter_mut().zip(sides) {
            samples.push(time(*run, runs).as_secs_f64() * 1e9 / f64::from(runs));
        }
    }
    let sides = sides.iter().zip(samples).map(|((name, _), mut samples)| {
        samples.sort_by(f64::total_cmp);
        (*name, samples[samples.len() / 2] / calls as f64)
    });
    Row {
        query,
        sides: sides.collect(),
    }
}

fn time(run: &dyn Fn() -> u64, runs: u32) -> Duration {
    let start = Instant::now();
    for _ in 0..runs {
        black_box(run());
    }
    start.elapsed()
}

fn main() {
    // `cargo test --benches` runs this with `--bench` absent: nothing to do.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let base = Baseline::load();
    // What "indexing a precomputed static array" costs: the answers, as
    // slices, one per key.
    let array: Vec<Vec<&PilotUnit>> = Province::ALL
        .map(|p| pilots::by_province(p).iter().collect())
        .into();
    let theme_array: Vec<Vec<&PilotUnit>> = FocusTheme::ALL
        .map(|t| pilots::by_theme(t).iter().collect())
        .into();
    let codes = [
        140105, 411502, 440106, 440305, 540302, 110101, 652201, 469001, 320303, 650000,
    ]
    .map(|c| DivisionCode::try_from(c).expect("code"));
    let code_strings = codes.map(|c| c.to_string());
    // A county-year panel: the codes of the issue's cases and others, in
    // several years each.
    let panel: Vec<(DivisionCode, u16)> = [
        630106, 654203, 330105, 330103, 510185, 220184, 130702, 120113, 540302, 650502, 410881,
        140105, 440305, 110105,
    ]
    .into_iter()
    .flat_map(|c| [2012, 2016, 2020, 2024].map(|y| (DivisionCode::try_from(c).expect("code"), y)))
    .collect();
    let panel_strings: Vec<(String, u16)> =
        panel.iter().map(|&(c, y)| (c.to_string(), y)).collect();
    // What data holds: every province in each of its forms, as written.
    let mut forms: Vec<String> = Vec::new();
    for p in Province::ALL {
        forms.extend([p.name_zh(), p.short_name_zh(), p.abbreviation()].map(str::to_owned));
        forms.extend([p.name_en(), p.official_name_en()].map(str::to_owned));
        forms.push(p.name_en().to_uppercase());
        forms.extend(
            p.iso_3166_2()
                .into_iter()
                .chain(p.iso_3166_2_numeric())
                .map(str::to_owned),
        );
        forms.extend(p.gb2260_code().map(|c| c.to_string()));
    }
    forms.extend(["北平", "Peking", "110101", "", "CN-99", "河南省省"].map(str::to_owned));
    let searches = [
        "Shenzhen",
        "cloud computing",
        "深圳",
        "云计算",
        "郑州大学",
        "均衡发展",
        "海南",
        "成都",
        "校校通",
        "探索",
    ];

    let rows = [
        compare(
            "`pilots::by_province`",
            Province::COUNT,
            &[
                ("crate", &|| {
                    Province::ALL
                        .map(|p| sum(pilots::by_province(black_box(p))))
                        .iter()
                        .sum()
                }),
                ("baseline", &|| {
                    let by = |p: Province| {
                        base.units(|u| u.members.iter().any(|m| m.province == p.as_str()))
                    };
                    Province::ALL
                        .map(|p| sum_owned(&by(black_box(p))))
                        .iter()
                        .sum()
                }),
                ("static array", &|| {
                    Province::ALL
                        .map(|p| sum(array[black_box(p) as usize].iter().copied()))
                        .iter()
                        .sum()
                }),
            ],
        ),
        compare(
            "`pilots::by_theme`",
            FocusTheme::COUNT,
            &[
                ("crate", &|| {
                    FocusTheme::ALL
                        .map(|t| sum(pilots::by_theme(black_box(t))))
                        .iter()
                        .sum()
                }),
                ("baseline", &|| {
                    let by =
                        |t: FocusTheme| base.units(|u| u.themes.iter().any(|n| n == t.as_str()));
                    FocusTheme::ALL
                        .map(|t| sum_owned(&by(black_box(t))))
                        .iter()
                        .sum()
                }),
                ("static array", &|| {
                    FocusTheme::ALL
                        .map(|t| sum(theme_array[black_box(t) as usize].iter().copied()))
                        .iter()
                        .sum()
                }),
            ],
        ),
        compare(
            "`Province::from_str`",
            forms.len(),
            &[
                ("crate", &|| {
                    forms
                        .iter()
                        .filter(|s| black_box(s).parse::<Province>().is_ok())
                        .count() as u64
                }),
                ("baseline", &|| {
                    forms
                        .iter()
                        .filter(|s| base.parse_province(black_box(s)).is_some())
                        .count() as u64
                }),
            ],
        ),
        compare(
            "`pilots::covering`",
            codes.len(),
            &[
                ("crate", &|| {
                    codes
                        .iter()
                        .map(|&c| sum(pilots::covering(black_box(c))))
                        .sum()
                }),
                ("baseline", &|| {
                    code_strings
                        .iter()
                        .map(|c| sum_owned(&base.covering(black_box(c))))
                        .sum()
                }),
            ],
        ),
        compare(
            "`pilots::covering_in`",
            panel.len(),
            &[
                ("crate", &|| {
                    panel
                        .iter()
                        .map(|&(c, y)| {
                            let found = pilots::covering_in(black_box(c), black_box(y));
                            found.map_or(0, |f| sum_coverage(f.wholly(), f.partly()))
                        })
                        .sum()
                }),
                ("baseline", &|| {
                    panel_strings
                        .iter()
                        .map(|(c, y)| {
                            let (wholly, partly) = base.covering_in(black_box(c), black_box(*y));
                            let ids = |ids: Vec<u8>| ids.into_iter().map(u64::from).sum::<u64>();
                            ids(wholly) + 1000 * ids(partly)
                        })
                        .sum()
                }),
            ],
        ),
        compare(
            "`pilots::search`",
            searches.len(),
            &[
                ("crate", &|| {
                    searches
                        .iter()
                        .map(|q| sum(pilots::search(black_box(q))))
                        .sum()
                }),
                ("baseline", &|| {
                    let search = |q: &str| {
                        let lower = q.to_ascii_lowercase();
                        let english =
                            |t: &str| q.is_ascii() && t.to_ascii_lowercase().contains(&lower);
                        base.units(|u| {
                            u.name.contains(q)
                                || u.focus.contains(q)
                                || english(&u.name_en)
                                || english(&u.focus_en)
                        })
                    };
                    searches
                        .iter()
                        .map(|q| sum_owned(&search(black_box(q))))
                        .sum()
                }),
            ],
        ),
        compare(
            "`FocusTheme::classify`",
            base.units.len(),
            &[
                ("crate", &|| {
                    pilots::all()
                        .iter()
                        .map(|u| FocusTheme::classify(black_box(u.focus())).len() as u64)
                        .sum()
                }),
                ("baseline", &|| {
                    base.units
                        .iter()
                        .map(|u| base.classify(black_box(&u.focus)).len() as u64)
                        .sum()
                }),
            ],
        ),
    ];

    println!("\n| query | crate | baseline | baseline / crate | static array | crate / array |");
    println!("|---|---:|---:|---:|---:|---:|");
    for row in rows {
        let (crate_ns, base_ns) = (row.sides[0].1, row.sides[1].1);
        let array = row.sides.get(2).map_or(String::from(" | "), |&(_, array)| {
            format!("{array:.1} ns | {:.1}x", crate_ns / array)
        });
        println!(
            "| {} | {crate_ns:.1} ns | {base_ns:.1} ns | {:.1}x | {array} |",
            row.query,
            base_ns / crate_ns
        );
    }
}
