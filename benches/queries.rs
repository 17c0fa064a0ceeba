//! Each query of the crate, and in groups of their own what it is held
//! against: `static_array`, the answer of a query by key precomputed as a
//! slice per key, and `baseline`, what a user would write without the
//! crate: the list read from the crate's own JSON export into owned
//! structs with `String` fields, filtered and scanned. A benchmark asks the
//! same batch of questions in every group (all 32 provinces, 10 codes, …),
//! and every group is checked to give the same answers before any is timed.
//! A thousand samples each (divan's default is 100) keep the ratios of a
//! run steady on a busy machine.
//!
//! ```text
//! cargo bench --bench queries | python3 benches/ratios.py
//! ```
//!
//! The script prints the table of docs/performance.md from the run: each query's median
//! time in the crate, and the ratios to the other groups.

use std::hint::black_box;
use std::sync::LazyLock;

use cn_edu_pilots::{
    DivisionCode, EconomicRegion, FocusTheme, MemberKind, PilotUnit, Province, ThemeCategory,
    Units, pilots,
};

fn main() {
    agree();
    divan::main();
}

/// Asks `query` about each key, hidden from the optimizer, and sums the
/// answers' checksums.
fn each<K>(keys: impl IntoIterator<Item = K>, query: impl Fn(K) -> u64) -> u64 {
    keys.into_iter().map(|k| query(black_box(k))).sum()
}

/// The ids of some units, summed: what a benchmark returns, so that nothing
/// is optimized away and the groups can be checked to agree.
fn sum<'a>(units: impl IntoIterator<Item = &'a PilotUnit>) -> u64 {
    units.into_iter().map(|u| u64::from(u.id())).sum()
}

fn code(code: u32) -> DivisionCode {
    DivisionCode::try_from(code).expect("a well-formed code")
}

/// The codes `covering` is asked about, of 2012 and of 2019.
static CODES: LazyLock<Vec<DivisionCode>> = LazyLock::new(|| {
    let codes = [
        140105, 411502, 440106, 440305, 540302, 110101, 652201, 469001, 320303, 650000,
    ];
    codes.map(code).into()
});

/// A county-year panel for `covering_in`: the cases of docs/joining.md and others,
/// codes of 2000 to 2011 and codes retired since among them, each in 2005,
/// 2010, 2012, 2016, 2020 and 2024, listed or not.
static PANEL: LazyLock<Vec<(DivisionCode, u16)>> = LazyLock::new(|| {
    let codes = [
        630106, 654203, 330105, 330103, 510185, 220184, 130702, 120113, 540302, 650502, 419001,
        140105, 440305, 110105, 630122, 654223, 341422, 341424, 110103,
    ];
    let years = |c| [2005, 2010, 2012, 2016, 2020, 2024].map(|y| (code(c), y));
    codes.into_iter().flat_map(years).collect()
});

/// Every province in each of its forms, as data writes them, and bad input.
static FORMS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut forms = Vec::new();
    for p in Province::ALL {
        forms.extend([p.name_zh(), p.short_name_zh(), p.abbreviation()].map(str::to_owned));
        forms.extend([p.name_en(), p.official_name_en()].map(str::to_owned));
        forms.push(p.name_en().to_uppercase());
        let iso = p.iso_3166_2().into_iter().chain(p.iso_3166_2_numeric());
        forms.extend(iso.map(str::to_owned));
        forms.extend(p.gb2260_code().map(|c| c.to_string()));
    }
    forms.extend(["北平", "Peking", "110101", "", "CN-99", "河南省省"].map(str::to_owned));
    forms
});

/// Places and topics, two of them in English.
const SEARCHES: [&str; 10] = [
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

#[divan::bench_group(name = "crate", sample_count = 1000)]
mod crate_side {
    use super::*;

    #[divan::bench]
    pub fn by_province() -> u64 {
        each(Province::ALL, |p| sum(pilots::by_province(p)))
    }

    #[divan::bench]
    pub fn by_region() -> u64 {
        each(EconomicRegion::ALL, |r| sum(pilots::by_region(r)))
    }

    #[divan::bench]
    pub fn by_theme() -> u64 {
        each(FocusTheme::ALL, |t| sum(pilots::by_theme(t)))
    }

    #[divan::bench]
    pub fn by_category() -> u64 {
        each(ThemeCategory::ALL, |c| sum(pilots::by_category(c)))
    }

    #[divan::bench]
    pub fn by_kind() -> u64 {
        each(MemberKind::ALL, |k| sum(pilots::by_kind(k)))
    }

    #[divan::bench]
    pub fn province_from_str() -> u64 {
        each(FORMS.iter(), |s| u64::from(s.parse::<Province>().is_ok()))
    }

    #[divan::bench]
    pub fn covering() -> u64 {
        each(CODES.iter(), |&c| sum(pilots::covering(c)))
    }

    #[divan::bench]
    pub fn covering_in() -> u64 {
        let found = |(c, y)| pilots::covering_in(c, y).map(|f| (f.wholly(), f.partly()));
        each(PANEL.iter(), |&at| {
            found(at).map_or(0, |(w, p)| sum(w) + 1000 * sum(p))
        })
    }

    #[divan::bench]
    pub fn search() -> u64 {
        each(SEARCHES, |q| sum(pilots::search(q)))
    }

    #[divan::bench]
    pub fn classify() -> u64 {
        let texts = pilots::all().iter().map(PilotUnit::focus);
        each(texts, |t| FocusTheme::classify(t).len() as u64)
    }
}

#[divan::bench_group(sample_count = 1000)]
mod static_array {
    use super::*;

    type Array = LazyLock<Vec<Vec<&'static PilotUnit>>>;

    fn array<K>(
        keys: impl IntoIterator<Item = K>,
        query: fn(K) -> Units,
    ) -> Vec<Vec<&'static PilotUnit>> {
        keys.into_iter()
            .map(|k| query(k).iter().collect())
            .collect()
    }

    static PROVINCES: Array = LazyLock::new(|| array(Province::ALL, pilots::by_province));
    static REGIONS: Array = LazyLock::new(|| array(EconomicRegion::ALL, pilots::by_region));
    static THEMES: Array = LazyLock::new(|| array(FocusTheme::ALL, pilots::by_theme));
    static CATEGORIES: Array = LazyLock::new(|| array(ThemeCategory::ALL, pilots::by_category));
    static KINDS: Array = LazyLock::new(|| array(MemberKind::ALL, pilots::by_kind));

    #[divan::bench]
    pub fn by_province() -> u64 {
        let array = &*PROVINCES;
        each(Province::ALL, |p| sum(array[p as usize].iter().copied()))
    }

    #[divan::bench]
    pub fn by_region() -> u64 {
        let array = &*REGIONS;
        each(EconomicRegion::ALL, |r| {
            sum(array[r as usize].iter().copied())
        })
    }

    #[divan::bench]
    pub fn by_theme() -> u64 {
        let array = &*THEMES;
        each(FocusTheme::ALL, |t| sum(array[t as usize].iter().copied()))
    }

    #[divan::bench]
    pub fn by_category() -> u64 {
        let array = &*CATEGORIES;
        each(ThemeCategory::ALL, |c| {
            sum(array[c as usize].iter().copied())
        })
    }

    #[divan::bench]
    pub fn by_kind() -> u64 {
        let array = &*KINDS;
        each(MemberKind::ALL, |k| sum(array[k as usize].iter().copied()))
    }
}

#[divan::bench_group(sample_count = 1000)]
mod baseline {
    use super::*;
    use serde::Deserialize;

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

    /// One row of a year-aware coverage table as a user would keep it
    /// (read from a CSV, say): a code of one year's list and a unit that
    /// covers it, but for the units whose area is a whole province.
    struct Row {
        code: String,
        year: u16,
        unit: u8,
        partly: bool,
    }

    /// The units, and what a user would keep beside them: each province's
    /// forms (Latin ones lowercased without separators), each theme's name,
    /// keywords and context keywords, and the coverage rows.
    struct Baseline {
        units: Vec<Unit>,
        provinces: Vec<(String, Vec<String>)>,
        themes: Vec<(String, Vec<String>, Vec<String>)>,
        rows: Vec<Row>,
    }

    fn loose(s: &str) -> String {
        let kept = s.chars().filter(|c| !matches!(c, ' ' | '-' | '_' | '\''));
        kept.flat_map(char::to_lowercase).collect()
    }

    fn owned<'a>(words: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        words.into_iter().map(str::to_owned).collect()
    }

    static BASE: LazyLock<Baseline> = LazyLock::new(|| {
        let json =
            serde_json::to_string(&pilots::all().iter().collect::<Vec<_>>()).expect("the export");
        let provinces = Province::ALL.map(|p| {
            let mut forms = owned([p.name_zh(), p.short_name_zh(), p.abbreviation()]);
            let latin = [p.name_en(), p.official_name_en(), p.as_str()].into_iter();
            let iso = p.iso_3166_2().into_iter().chain(p.iso_3166_2_numeric());
            forms.extend(latin.chain(iso).map(loose));
            forms.extend(p.gb2260_code().map(|c| c.to_string()));
            (p.as_str().to_owned(), forms)
        });
        let themes = FocusTheme::ALL.map(|t| {
            let (keywords, context) = (t.keywords().iter(), t.context_keywords().iter());
            (
                t.as_str().to_owned(),
                owned(keywords.copied()),
                owned(context.copied()),
            )
        });
        let mut base = Baseline {
            units: serde_json::from_str(&json).expect("the units"),
            provinces: provinces.into(),
            themes: themes.into(),
            rows: Vec::new(),
        };
        // The same facts as the crate's: every well-formed code of every
        // province that a list has, in each year 2000 to 2024, asked of
        // `covering_in` once.
        for province in Province::ALL.iter().filter_map(|p| p.gb2260_code()) {
            for code in (0..10_000).filter_map(|n| DivisionCode::try_from(province.get() + n).ok())
            {
                let (text, whole) = (code.to_string(), base.whole_province(&code.to_string()));
                for year in 2000..=2024 {
                    let Ok(found) = pilots::covering_in(code, year) else {
                        continue; // a code in no list
                    };
                    for (units, partly) in [(found.wholly(), false), (found.partly(), true)] {
                        for unit in units
                            .iter()
                            .map(PilotUnit::id)
                            .filter(|u| !whole.contains(u))
                        {
                            let code = text.clone();
                            base.rows.push(Row {
                                code,
                                year,
                                unit,
                                partly,
                            });
                        }
                    }
                }
            }
        }
        base
    });

    impl Member {
        fn territorial(&self) -> bool {
            !matches!(self.kind.as_str(), "University" | "Enterprise")
        }
    }

    impl Baseline {
        fn units(&self, keep: impl Fn(&Unit) -> bool) -> Vec<&Unit> {
            self.units.iter().filter(|u| keep(u)).collect()
        }

        /// The units with a territorial member whose area is the province
        /// of `code`.
        fn whole_province(&self, code: &str) -> Vec<u8> {
            let whole = |m: &Member| {
                m.territorial()
                    && (m.division.as_ref()).is_some_and(|d| {
                        d.code.ends_with("0000") && code.get(..2) == d.code.get(..2)
                    })
            };
            let units = self.units(|u| u.members.iter().any(whole));
            units.iter().map(|u| u.id).collect()
        }
    }

    fn ids(units: &[&Unit]) -> u64 {
        units.iter().map(|u| u64::from(u.id)).sum()
    }

    #[divan::bench]
    pub fn by_province() -> u64 {
        let base = &*BASE;
        let find = |p: &str| base.units(|u| u.members.iter().any(|m| m.province == p));
        each(Province::ALL.map(Province::as_str), |p| ids(&find(p)))
    }

    #[divan::bench]
    pub fn by_theme() -> u64 {
        let base = &*BASE;
        let find = |t: &str| base.units(|u| u.themes.iter().any(|n| n == t));
        each(FocusTheme::ALL.map(FocusTheme::as_str), |t| ids(&find(t)))
    }

    /// The first province one of whose forms is the input trimmed, or
    /// loosened as the Latin forms are.
    #[divan::bench]
    pub fn province_from_str() -> u64 {
        let base = &*BASE;
        let parse = |input: &str| {
            let (s, latin) = (input.trim(), loose(input.trim()));
            let mut all = base.provinces.iter();
            all.find(|(_, forms)| forms.iter().any(|f| *f == s || *f == latin))
        };
        each(FORMS.iter(), |s| u64::from(parse(s).is_some()))
    }

    /// The units with a territorial member whose 2012 area, or its
    /// successor, holds the code by its digits.
    #[divan::bench]
    pub fn covering() -> u64 {
        let base = &*BASE;
        let find = |code: &str| {
            let holds = |area: &Division| {
                let area = area.code.as_str();
                let stem = area
                    .strip_suffix("0000")
                    .or_else(|| area.strip_suffix("00"));
                code.starts_with(stem.unwrap_or(area))
            };
            let holds = |d: &Division| holds(d) || d.successor.as_deref().is_some_and(holds);
            base.units(|u| {
                (u.members.iter())
                    .any(|m| m.territorial() && m.division.as_ref().is_some_and(holds))
            })
        };
        each(CODES.iter().map(DivisionCode::to_string), |c| {
            ids(&find(&c))
        })
    }

    /// A scan of the coverage rows, and the units whose area is the whole
    /// province.
    #[divan::bench]
    pub fn covering_in() -> u64 {
        let base = &*BASE;
        let find = |code: &str, year: u16| {
            let (mut wholly, mut partly) = (base.whole_province(code), Vec::new());
            for row in base
                .rows
                .iter()
                .filter(|r| r.code == code && r.year == year)
            {
                if row.partly { &mut partly } else { &mut wholly }.push(row.unit);
            }
            partly.retain(|id| !wholly.contains(id));
            let sum = |ids: Vec<u8>| ids.into_iter().map(u64::from).sum::<u64>();
            sum(wholly) + 1000 * sum(partly)
        };
        each(PANEL.iter(), |&(c, y)| find(&c.to_string(), y))
    }

    /// `str::contains` on every text, the English lowercased first.
    #[divan::bench]
    pub fn search() -> u64 {
        let base = &*BASE;
        let find = |q: &str| {
            let lower = q.to_ascii_lowercase();
            let english = |t: &str| q.is_ascii() && t.to_ascii_lowercase().contains(&lower);
            base.units(|u| {
                u.name.contains(q)
                    || u.focus.contains(q)
                    || english(&u.name_en)
                    || english(&u.focus_en)
            })
        };
        each(SEARCHES, |q| ids(&find(q)))
    }

    /// Every keyword tested with `str::contains`, with the codebook's rule
    /// for context keywords.
    #[divan::bench]
    pub fn classify() -> u64 {
        let base = &*BASE;
        let classify = |text: &str| {
            let has = |words: &Vec<String>| words.iter().any(|k| text.contains(k.as_str()));
            let sure: Vec<&str> = (base.themes.iter())
                .filter(|t| has(&t.1))
                .map(|t| &*t.0)
                .collect();
            let education = FocusTheme::EDUCATION_WORDS.iter().any(|w| text.contains(w));
            if sure.is_empty() && !education {
                return sure;
            }
            let context = base.themes.iter().filter(|t| !has(&t.1) && has(&t.2));
            sure.into_iter().chain(context.map(|t| &*t.0)).collect()
        };
        each(base.units.iter(), |u| classify(&u.focus).len() as u64)
    }
}

/// Every group gives the same answers.
fn agree() {
    use {baseline as b, crate_side as c, static_array as a};
    type Pair = (&'static str, fn() -> u64, fn() -> u64);
    let pairs: [Pair; 12] = [
        ("by_province", c::by_province, a::by_province),
        ("by_region", c::by_region, a::by_region),
        ("by_theme", c::by_theme, a::by_theme),
        ("by_category", c::by_category, a::by_category),
        ("by_kind", c::by_kind, a::by_kind),
        ("by_province", c::by_province, b::by_province),
        ("by_theme", c::by_theme, b::by_theme),
        (
            "province_from_str",
            c::province_from_str,
            b::province_from_str,
        ),
        ("covering", c::covering, b::covering),
        ("covering_in", c::covering_in, b::covering_in),
        ("search", c::search, b::search),
        ("classify", c::classify, b::classify),
    ];
    for (query, ours, theirs) in pairs {
        assert_eq!(ours(), theirs(), "{query}: the groups disagree");
    }
}
