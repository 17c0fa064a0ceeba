//! The queries and parsers allocate nothing: a counting global allocator
//! sees no allocation while they run, on the Ok and the Err paths. (Error
//! values may allocate only when formatted.)

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

use cn_edu_pilots::{
    DivisionCode, EconomicRegion, FocusTheme, MemberKind, Province, ThemeCategory, codes, pilots,
};

/// Counts the allocations made by the current thread, so that tests running
/// in parallel do not see each other's.
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// count is a thread-local `Cell` with a const initializer and no destructor,
// so touching it never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` and returns how many allocations it made on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

/// Consumes a query's answer the way a caller would.
fn ids<'a>(units: impl IntoIterator<Item = &'a cn_edu_pilots::PilotUnit>) -> u32 {
    units.into_iter().map(|u| u32::from(u.id())).sum()
}

#[test]
fn the_counter_sees_allocations() {
    // The check of the checker: a Vec allocates.
    assert_eq!(allocations(|| drop(black_box(vec![1u8; 8]))), 1);
}

#[test]
fn queries_allocate_nothing() {
    let n = allocations(|| {
        for p in Province::ALL {
            black_box(ids(pilots::by_province(black_box(p))));
        }
        for r in EconomicRegion::ALL {
            black_box(ids(pilots::by_region(r)));
        }
        for t in FocusTheme::ALL {
            black_box(ids(pilots::by_theme(t)));
        }
        for c in ThemeCategory::ALL {
            black_box(ids(pilots::by_category(c)));
        }
        for k in MemberKind::ALL {
            black_box(ids(pilots::by_kind(k)));
        }
        for id in 0..=60 {
            black_box(pilots::get(black_box(id)));
        }
        for q in ["深圳", "云计算", " 教育局 ", "", "海南", "𝕏"] {
            black_box(ids(pilots::search(black_box(q))));
        }
        let west = pilots::by_region(EconomicRegion::Western);
        black_box(ids(west & pilots::by_theme(FocusTheme::CloudComputing)));
        black_box(ids(west | pilots::by_kind(MemberKind::University)));
        black_box(ids(cn_edu_pilots::Units::ALL - west));
        black_box(ids(cn_edu_pilots::Units::ALL.iter().rev()));
        for q in ["Shenzhen", "CLOUD", "Zhengzhou University", "x"] {
            black_box(ids(pilots::search(black_box(q))));
        }
        for name in ["郑州大学", "Zhengzhou University", " 郑州 "] {
            black_box(pilots::member_by_name(black_box(name)));
        }
        black_box(pilots::members().len());
        for unit in pilots::all() {
            black_box((unit.name_en(), unit.focus_en()));
            for member in unit.members() {
                black_box((member.name_en(), member.unit().id()));
                black_box(member.division().map(|d| d.name_en()));
            }
        }
        black_box(pilots::all());
    });
    assert_eq!(n, 0);
}

#[test]
fn covering_allocates_nothing() {
    let codes: Vec<DivisionCode> = [140105, 411502, 440106, 440305, 540302, 110000, 650502]
        .into_iter()
        .map(|c| DivisionCode::try_from(c).unwrap())
        .collect();
    let n = allocations(|| {
        for &code in &codes {
            black_box(ids(pilots::covering(black_box(code))));
            black_box(ids(pilots::within(black_box(code))));
        }
    });
    assert_eq!(n, 0);
}

#[test]
fn covering_in_and_history_allocate_nothing() {
    // Listed, retired, not yet listed and never listed codes, in years
    // inside and outside the lists.
    let codes: Vec<DivisionCode> = [
        630106, 630122, 330105, 120113, 510185, 410881, 110105, 110103, 341422, 630199,
    ]
    .into_iter()
    .map(|c| DivisionCode::try_from(c).unwrap())
    .collect();
    let n = allocations(|| {
        for &code in &codes {
            for year in [1999, 2000, 2005, 2011, 2012, 2018, 2021, 2024, 2025] {
                match pilots::covering_in(black_box(code), black_box(year)) {
                    Ok(found) => {
                        black_box(ids(found.wholly()) + ids(found.partly()) + ids(found.any()));
                        black_box((found.reading(), found.year_read()));
                        for (member, extent) in found.members() {
                            black_box((member.name(), extent));
                        }
                        black_box(found.listed().became().len());
                    }
                    Err(err) => {
                        black_box(err.kind());
                    }
                }
            }
        }
        for member in pilots::members() {
            if let Some(division) = member.division() {
                black_box(division.history().len());
                black_box(division.successor().map(|d| d.code()));
                black_box(division.as_of(black_box(2019)).map(|d| d.name_zh()));
            }
        }
    });
    assert_eq!(n, 0);
}

#[test]
fn code_lookups_allocate_nothing() {
    let codes: Vec<DivisionCode> = [
        110101, 110103, 341400, 341422, 341424, 630122, 630106, 630199,
    ]
    .into_iter()
    .map(|c| DivisionCode::try_from(c).unwrap())
    .collect();
    let n = allocations(|| {
        black_box(codes::all().filter(|c| c.years().contains(2012)).count());
        for &code in &codes {
            let Some(listed) = codes::listed(black_box(code)) else {
                continue;
            };
            black_box((listed.code(), listed.level()));
            for year in [1999, 2000, 2010, 2011, 2024, 2025] {
                black_box((listed.name_zh(year), listed.parent(year)));
                black_box(listed.years().contains(year));
            }
            let years = listed.years();
            black_box((years.first(), years.last()));
            for span in years.spans() {
                black_box(span);
            }
            for (span, name) in listed.names() {
                black_box((span, name));
            }
            for change in listed.became().chain(listed.came_from()) {
                black_box((change.year(), change.from(), change.to()));
                black_box((change.extent(), change.document()));
            }
        }
    });
    assert_eq!(n, 0);
}

#[test]
fn parsing_allocates_nothing_on_ok_and_err() {
    let long = "河南".repeat(500);
    let inputs = [
        "河南",
        "豫",
        "Henan",
        " inner mongolia ",
        "410000",
        "CN-HA",
        "北平",
        "香港",
        "河南\0",
        "廣東",
        "Guangxi Zhuang Autonomous Region",
        "ＣＮ－ＨＡ",
        "４１００００",
        "CN-41",
        "C-N-H-A",
        "",
        "110101",
        long.as_str(),
    ];
    let codes = [
        "110101",
        " 410000 ",
        "41000",
        "810000",
        "000000",
        "abcdef",
        "410012",
        long.as_str(),
    ];
    let n = allocations(|| {
        for s in inputs {
            let _ = black_box(black_box(s).parse::<Province>());
            let _ = black_box(black_box(s).parse::<FocusTheme>());
            let _ = black_box(black_box(s).parse::<EconomicRegion>());
        }
        for s in codes {
            let _ = black_box(black_box(s).parse::<DivisionCode>());
        }
        for s in inputs {
            let _ = black_box(Province::from_iso(black_box(s)));
            let _ = black_box(Province::from_abbreviation(black_box(s)));
            let _ = black_box(Province::from_name_zh(black_box(s)));
            let _ = black_box(Province::from_name_en(black_box(s)));
        }
        for n in [0, 110101, 810000, u32::MAX] {
            let _ = black_box(DivisionCode::try_from(black_box(n)));
        }
    });
    assert_eq!(n, 0);
    // Formatting an error is where it allocates, and it quotes the input.
    let err = "北平".parse::<Province>().unwrap_err();
    assert!(allocations(|| drop(black_box(err.to_string()))) > 0);
}

#[test]
fn classification_allocates_nothing() {
    let n = allocations(|| {
        for unit in pilots::all() {
            black_box(FocusTheme::classify(black_box(unit.focus())));
            black_box(FocusTheme::explain(unit.focus()).count());
            black_box(unit.themes().iter().count());
        }
    });
    assert_eq!(n, 0);
}

#[cfg(feature = "serde")]
#[test]
fn reading_serde_allocates_nothing() {
    // Written beforehand; postcard reads from a borrowed slice.
    let province = postcard::to_allocvec(&Province::InnerMongolia).unwrap();
    let code = postcard::to_allocvec(&DivisionCode::try_from(630_106).unwrap()).unwrap();
    let themes = postcard::to_allocvec(&pilots::get(56).unwrap().themes()).unwrap();
    let bad = postcard::to_allocvec("北平").unwrap();
    let n = allocations(|| {
        let _ = black_box(postcard::from_bytes::<Province>(black_box(&province)));
        let _ = black_box(postcard::from_bytes::<DivisionCode>(black_box(&code)));
        let _ = black_box(postcard::from_bytes::<cn_edu_pilots::ThemeSet>(black_box(
            &themes,
        )));
        let _ = black_box(postcard::from_bytes::<FocusTheme>(black_box(&bad)).is_err());
        // A province from its integer code: the digits are read on the stack.
        let _ = black_box(serde_json::from_str::<Province>(black_box("440000")));
    });
    assert_eq!(n, 0);
}

#[cfg(feature = "names")]
#[test]
fn looking_up_a_name_allocates_nothing() {
    use cn_edu_pilots::AdminLevel;
    use cn_edu_pilots::codes::Within;

    let n = allocations(|| {
        // Single answers: by the list's name, the stem, 州, an
        // abbreviation, a name of another year, with a level and a parent.
        for (name, year) in [
            ("楚雄彝族自治州", 2012),
            ("锡林郭勒", 2012),
            ("楚雄州", 2012),
            ("克州", 2012),
            ("昌都地区", 2015),
            ("湟中县", 2020),
            (" ＣＨＡＯＹＡＮＧ\u{3000}", 2012),
        ] {
            if let Ok(found) = codes::named(black_box(name), year).find() {
                let single = found.single();
                black_box(single.map(|m| (m.code().name_zh(year), m.form(), m.name_zh())));
                black_box(single.map(|m| (m.years_named(), m.through_other_year())));
                black_box(found.len());
            }
        }
        let found = codes::named(black_box("芜湖"), 2012)
            .level(AdminLevel::Prefectural)
            .find();
        let _ = black_box(found.map(|m| m.single().map(|m| m.code().code())));
        let beijing = Within::parse(black_box("北京"), 2012).unwrap();
        let found = codes::named(black_box("朝阳区"), 2012)
            .within(beijing)
            .find();
        let _ = black_box(found.map(|m| m.single().map(|m| m.code().code())));
        let changchun = Within::parse(black_box("长春"), 2012).unwrap();
        black_box(
            codes::named("朝阳区", 2012)
                .within(changchun)
                .find()
                .is_ok(),
        );
        // Ambiguities and errors too.
        let _ = black_box(
            codes::named(black_box("城区"), 2012)
                .find()
                .map(|m| m.count()),
        );
        black_box(codes::named(black_box("北平"), 2012).find().is_err());
        black_box(codes::named(black_box("北京"), 1999).find().is_err());
        black_box(Within::parse(black_box("思茅"), 2010).is_err());
    });
    assert_eq!(n, 0);
}
