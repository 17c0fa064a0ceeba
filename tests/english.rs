//! English names against their convention (see `PilotUnit::name_en`): no
//! Chinese characters anywhere; every division's place name in pinyin as a
//! table reviewed syllable by syllable says, or an established English form
//! from a reviewed list, the one the convention documents; each kind of
//! division and organisation translated one way, as reviewed; each member
//! named from its smallest place to its largest; names written as their
//! owners write them.

use cn_edu_pilots::{Division, FocusTheme, MemberKind, Province, ThemeCategory, pilots};

/// The pinyin of every division's place name, reviewed syllable by syllable:
/// the division's Chinese name as the crate writes it, then its syllables
/// without the generic suffix (市, 区, 县, 旗, 地区, 自治州 …).
pub const SYLLABLES: &[(&str, &str)] = &[
    ("东城区", "dong cheng"),
    ("海淀区", "hai dian"),
    ("北辰区", "bei chen"),
    ("滨海新区", "bin hai"),
    ("开平区", "kai ping"),
    ("桥东区", "qiao dong"),
    ("太原市", "tai yuan"),
    ("晋中市", "jin zhong"),
    ("鄂尔多斯市", "e er duo si"),
    ("西乌珠穆沁旗", "xi wu zhu mu qin"),
    ("沈阳市", "shen yang"),
    ("沙河口区", "sha he kou"),
    ("长春市", "chang chun"),
    ("阿城区", "a cheng"),
    ("鸡西市", "ji xi"),
    ("徐汇区", "xu hui"),
    ("普陀区", "pu tuo"),
    ("无锡市", "wu xi"),
    ("云龙区", "yun long"),
    ("拱墅区", "gong shu"),
    ("玉环县", "yu huan"),
    ("玉环市", "yu huan"),
    ("芜湖市", "wu hu"),
    ("福州市", "fu zhou"),
    ("厦门市", "xia men"),
    ("婺源县", "wu yuan"),
    ("历下区", "li xia"),
    ("芝罘区", "zhi fu"),
    ("寿光市", "shou guang"),
    ("河南省", "he nan"),
    ("郑州市", "zheng zhou"),
    ("焦作市", "jiao zuo"),
    ("十堰市", "shi yan"),
    ("麻城市", "ma cheng"),
    ("郴州市", "chen zhou"),
    ("深圳市", "shen zhen"),
    ("南山区", "nan shan"),
    ("佛山市", "fo shan"),
    ("柳州市", "liu zhou"),
    ("沙坪坝区", "sha ping ba"),
    ("大足区", "da zu"),
    ("成都市", "cheng du"),
    ("绵竹市", "mian zhu"),
    ("花溪区", "hua xi"),
    ("小河区", "xiao he"),
    ("习水县", "xi shui"),
    ("腾冲县", "teng chong"),
    ("腾冲市", "teng chong"),
    ("楚雄市", "chu xiong"),
    ("城关区", "cheng guan"),
    ("昌都市", "chang du"),
    ("昌都地区", "chang du"),
    ("神木县", "shen mu"),
    ("神木市", "shen mu"),
    ("石泉县", "shi quan"),
    ("会宁县", "hui ning"),
    ("城北区", "cheng bei"),
    ("湟中县", "huang zhong"),
    ("湟中区", "huang zhong"),
    ("灵武市", "ling wu"),
    ("泾源县", "jing yuan"),
    ("哈密市", "ha mi"),
    ("哈密地区", "ha mi"),
    ("泽普县", "ze pu"),
    ("沙湾县", "sha wan"),
    ("沙湾市", "sha wan"),
];

/// Divisions whose English name is not their pinyin but a form the
/// government uses, reviewed one by one: the division, and its English
/// place name.
const ESTABLISHED: &[(&str, &str)] = &[
    ("鄂尔多斯市", "Ordos"),
    ("西乌珠穆沁旗", "West Ujimqin"),
    ("昌都地区", "Qamdo"),
    ("昌都市", "Qamdo"),
];

/// Each kind of division by the end of its Chinese name, longest first,
/// and its English.
const DIVISION_KINDS: &[(&str, &str)] = &[
    ("新区", "New Area"),
    ("地区", "Prefecture"),
    ("区", "District"),
    ("县", "County"),
    ("市", "City"),
    ("旗", "Banner"),
    ("省", "Province"),
];

/// Each kind of organisation by the end of its Chinese name, longest first,
/// and its English, as reviewed: 教育科技局 and 教育和科学技术局 as the NPC's
/// 教育科学文化卫生委员会 is the "Education, Science, Culture and Public Health
/// Committee"; 电教馆 as 中央电化教育馆 names itself the "National Center for
/// Educational Technology".
const ORGANISATIONS: &[(&str, &str)] = &[
    ("文化教育体育局", "Culture, Education and Sports Bureau"),
    (
        "教育和科学技术局",
        "Education, Science and Technology Bureau",
    ),
    ("教育科研培训中心", "Education Research and Training Center"),
    ("教育体育局", "Education and Sports Bureau"),
    ("教育科技局", "Education, Science and Technology Bureau"),
    ("教育委员会", "Education Commission"),
    ("人民政府", "People's Government"),
    ("教育局", "Education Bureau"),
    ("电教馆", "Educational Technology Center"),
];

/// The English labels of the kinds of member, as reviewed: the
/// organisations' English above, in sentence case as every label is.
const KIND_LABELS: &[(MemberKind, &str)] = &[
    (MemberKind::EducationBureau, "Education bureau"),
    (MemberKind::Government, "Government"),
    (
        MemberKind::EducationalTechnologyCenter,
        "Educational technology center",
    ),
    (
        MemberKind::ResearchAndTrainingCenter,
        "Research and training center",
    ),
    (MemberKind::University, "University"),
    (MemberKind::Enterprise, "Enterprise"),
];

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(u32::from(c), 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FFFF)
    })
}

/// Pinyin syllables as one word: capitalised, with the apostrophe before a
/// syllable that starts with a, o or e after another.
fn pinyin_word(syllables: &str) -> String {
    let mut word = String::new();
    for (i, syllable) in syllables.split(' ').enumerate() {
        if i > 0 && syllable.starts_with(['a', 'o', 'e']) {
            word.push('\'');
        }
        word.push_str(syllable);
    }
    let mut chars = word.chars();
    chars.next().map_or(String::new(), |c| {
        c.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

/// Every division the list refers to: the members' and their successors.
fn divisions() -> Vec<Division> {
    let mut all: Vec<Division> = pilots::members()
        .iter()
        .filter_map(|m| m.division())
        .flat_map(|d| [Some(d), d.successor()])
        .flatten()
        .collect();
    all.sort();
    all.dedup();
    all
}

#[test]
fn no_english_string_has_a_chinese_character() {
    let mut strings: Vec<&str> = Vec::new();
    for unit in pilots::all() {
        strings.extend([unit.name_en(), unit.focus_en()]);
        strings.extend(unit.members().iter().map(|m| m.name_en()));
    }
    strings.extend(divisions().iter().map(|d| d.name_en()));
    for p in Province::ALL {
        strings.extend([p.name_en(), p.official_name_en(), p.as_str()]);
    }
    strings.extend(FocusTheme::ALL.iter().map(|t| t.label_en()));
    strings.extend(MemberKind::ALL.iter().map(|k| k.label_en()));
    assert_eq!(strings.len(), 56 * 2 + 63 + 67 + 32 * 3 + 22 + 6);
    for s in strings {
        assert!(!s.is_empty(), "an empty English string");
        assert!(!has_cjk(s), "{s:?} has a Chinese character");
        assert_eq!(s.trim(), s, "{s:?} has surrounding whitespace");
    }
}

#[test]
fn every_division_is_its_place_in_pinyin_and_its_kind() {
    let divisions = divisions();
    assert_eq!(divisions.len(), 67);
    for division in divisions {
        let zh = division.name_zh();
        let (suffix, kind) = DIVISION_KINDS
            .iter()
            .find(|(suffix, _)| zh.ends_with(suffix))
            .unwrap_or_else(|| panic!("{zh}: no kind of division"));
        let place = match ESTABLISHED.iter().find(|(name, _)| *name == zh) {
            Some((_, place)) => (*place).to_owned(),
            None => {
                let (_, syllables) = SYLLABLES
                    .iter()
                    .find(|(name, _)| *name == zh)
                    .unwrap_or_else(|| panic!("{zh}: not in the syllable table"));
                // One syllable per character of the place name.
                let chars = zh.trim_end_matches(suffix).chars().count();
                assert_eq!(syllables.split(' ').count(), chars, "{zh}: {syllables}");
                pinyin_word(syllables)
            }
        };
        assert_eq!(
            division.name_en(),
            format!("{place} {kind}"),
            "{zh} ({})",
            division.code()
        );
    }
}

/// The larger places that members' names state and that are not
/// themselves a member's division, reviewed one by one: the place as the
/// name writes it, and its pinyin syllables (or an established English
/// form, marked `=`), then its kind in English.
const PLACES_IN_NAMES: &[(&str, &str, &str)] = &[
    ("唐山市", "tang shan", "City"),
    ("张家口市", "zhang jia kou", "City"),
    ("锡林郭勒盟", "=Xilingol", "League"),
    ("大连市", "da lian", "City"),
    ("哈尔滨市", "=Harbin", "City"),
    ("徐州市", "xu zhou", "City"),
    ("杭州市", "hang zhou", "City"),
    ("台州市", "tai zhou", "City"),
    ("济南市", "ji nan", "City"),
    ("烟台市", "yan tai", "City"),
    ("贵阳市", "gui yang", "City"),
    // The name's short form of 楚雄彝族自治州, written out.
    ("楚雄州", "chu xiong", "Yi Autonomous Prefecture"),
    ("保山市", "bao shan", "City"),
    ("拉萨市", "=Lhasa", "City"),
    ("榆林市", "yu lin", "City"),
    ("安康市", "an kang", "City"),
    ("白银市", "bai yin", "City"),
    ("兰州市", "lan zhou", "City"),
    ("西宁市", "xi ning", "City"),
    ("固原市", "gu yuan", "City"),
    ("银川市", "yin chuan", "City"),
    ("喀什地区", "=Kashgar", "Prefecture"),
    ("塔城地区", "ta cheng", "Prefecture"),
];

#[test]
fn territorial_members_are_named_place_by_place() {
    // Every place a name may state, with its English: provinces (official
    // names), the members' divisions (checked above) and the larger places.
    let mut places: Vec<(String, String)> = Province::ALL
        .iter()
        .map(|p| (p.name_zh().to_owned(), p.official_name_en().to_owned()))
        .collect();
    places.extend(
        divisions()
            .iter()
            .map(|d| (d.name_zh().to_owned(), d.name_en().to_owned())),
    );
    for (zh, syllables, kind) in PLACES_IN_NAMES {
        let place = match syllables.strip_prefix('=') {
            Some(established) => established.to_owned(),
            None => pinyin_word(syllables),
        };
        places.push(((*zh).to_owned(), format!("{place} {kind}")));
    }
    let mut checked = 0;
    for member in pilots::members() {
        let zh = member.name();
        let Some((suffix, org)) = ORGANISATIONS
            .iter()
            .find(|(suffix, _)| zh.ends_with(suffix))
        else {
            continue;
        };
        if member.province() == Province::Xpcc {
            continue; // 农二师 is no place; see institutions below.
        }
        // The name, less its organisation, read as places, longest first.
        let mut rest = zh.strip_suffix(suffix).unwrap_or_default();
        let mut english: Vec<&str> = Vec::new();
        while !rest.is_empty() {
            let (place_zh, place_en) = places
                .iter()
                .filter(|(place, _)| rest.starts_with(place.as_str()))
                .max_by_key(|(place, _)| place.len())
                .unwrap_or_else(|| panic!("{zh}: no known place at {rest:?}"));
            english.push(place_en);
            rest = &rest[place_zh.len()..];
        }
        // Smallest place and organisation first, then each larger place.
        let (smallest, larger) = english.split_last().expect("a place");
        let mut expected = format!("{smallest} {org}");
        for place in larger.iter().rev() {
            expected.push_str(", ");
            expected.push_str(place);
        }
        assert_eq!(member.name_en(), expected, "{zh}");
        checked += 1;
    }
    // All but the two universities, the company and the Corps' bureau.
    assert_eq!(checked, 59);
}

#[test]
fn institutions_use_their_own_english_names() {
    let name = |zh: &str| pilots::member_by_name(zh).map(|m| m.name_en());
    assert_eq!(
        name("新疆生产建设兵团农二师教育局"),
        Some(
            "2nd Agricultural Division Education Bureau, Xinjiang Production and Construction Corps"
        )
    );
    assert_eq!(name("郑州大学"), Some("Zhengzhou University"));
    assert_eq!(
        name("华南师范大学教育信息技术学院"),
        Some("School of Information Technology in Education, South China Normal University")
    );
    assert_eq!(
        name("中国电信佛山市分公司"),
        Some("China Telecom Foshan Branch")
    );
}

#[test]
fn joint_entries_join_their_members_english_names() {
    for unit in pilots::all() {
        let joined: Vec<&str> = unit.members().iter().map(|m| m.name_en()).collect();
        assert_eq!(unit.name_en(), joined.join("; "), "unit {}", unit.id());
    }
}

#[test]
fn the_same_focus_text_has_the_same_english() {
    for a in pilots::all() {
        for b in pilots::all() {
            if a.focus() == b.focus() {
                assert_eq!(
                    a.focus_en(),
                    b.focus_en(),
                    "units {} and {}",
                    a.id(),
                    b.id()
                );
            }
        }
    }
}

/// The established English forms the convention lists (the docs of
/// `PilotUnit::name_en`), reviewed one by one: each is the form the
/// government used for the place when the notice was issued.
const ESTABLISHED_FORMS: &[&str] = &[
    "Inner Mongolia",
    "Tibet",
    "Harbin",
    "Ordos",
    "Xilingol",
    "West Ujimqin",
    "Qamdo",
    "Kashgar",
    "Lhasa",
    "Xinjiang Uygur",
];

/// Provinces whose official English name starts with an established form
/// rather than the pinyin of their short name, reviewed one by one.
const PROVINCES_ESTABLISHED: &[(Province, &str)] = &[
    (Province::InnerMongolia, "Inner Mongolia"),
    (Province::Tibet, "Tibet"),
    (Province::Xinjiang, "Xinjiang Uygur"),
];

/// The established forms the docs of `PilotUnit::name_en` list.
fn documented_established_forms() -> Vec<String> {
    let source = include_str!("../src/unit.rs");
    let lead = "Established English forms are used where the government itself";
    let from = source
        .find(lead)
        .expect("the convention's established forms");
    let (item, _) = source[from..]
        .split_once("\n    /// - ")
        .expect("the next item of the convention");
    let text: Vec<&str> = item
        .lines()
        .map(|line| line.trim_start().trim_start_matches("///").trim())
        .collect();
    let text = text.join(" ");
    let (_, list) = text.split_once("uses them: ").expect("a list");
    let (list, _) = list.split_once('.').expect("the list's end");
    list.split(", ").map(str::to_owned).collect()
}

#[test]
fn the_established_forms_are_the_documented_ones() {
    let mut used: Vec<&str> = ESTABLISHED.iter().map(|(_, place)| *place).collect();
    used.extend(
        PLACES_IN_NAMES
            .iter()
            .filter_map(|(_, syllables, _)| syllables.strip_prefix('=')),
    );
    for (province, form) in PROVINCES_ESTABLISHED {
        assert!(
            province.official_name_en().starts_with(form),
            "{province:?}"
        );
        used.push(form);
    }
    let mut reviewed = ESTABLISHED_FORMS.to_vec();
    let documented = documented_established_forms();
    assert_eq!(documented, reviewed, "the documented list, in its order");
    used.sort_unstable();
    used.dedup();
    reviewed.sort_unstable();
    assert_eq!(used, reviewed, "every established form used is documented");
    // Tibet, the government's English in 2012: since 2023 official media
    // write Xizang, which the docs say parses too.
    assert_eq!(Province::Tibet.name_en(), "Tibet");
    assert_eq!("Xizang".parse(), Ok(Province::Tibet));
}

#[test]
fn member_kinds_are_labelled_as_reviewed() {
    assert_eq!(KIND_LABELS.len(), MemberKind::COUNT);
    for (kind, label) in KIND_LABELS {
        assert_eq!(kind.label_en(), *label, "{kind:?}");
    }
    // Each label is its organisation's English in sentence case.
    let center = ORGANISATIONS.iter().find(|(zh, _)| *zh == "电教馆");
    assert_eq!(
        center.map(|(_, en)| en.to_lowercase()),
        Some(
            MemberKind::EducationalTechnologyCenter
                .label_en()
                .to_lowercase()
        )
    );
}

/// Every English text of the themes: labels and the codebook.
fn theme_texts() -> Vec<&'static str> {
    let mut texts: Vec<&str> = ThemeCategory::ALL.iter().map(|c| c.label_en()).collect();
    for theme in FocusTheme::ALL {
        texts.extend([
            theme.label_en(),
            theme.definition(),
            theme.includes(),
            theme.excludes(),
        ]);
    }
    texts
}

#[test]
fn the_internet_of_things_is_capitalised_one_way() {
    let mut texts = theme_texts();
    texts.extend(pilots::all().iter().map(|u| u.focus_en()));
    let mut seen = 0;
    for text in texts {
        let lower = text.to_lowercase();
        for (at, _) in lower.match_indices("internet of things") {
            assert_eq!(&text[at..][..18], "Internet of Things", "{text:?}");
            seen += 1;
        }
    }
    // The theme's label and definition, and entry 18's focus.
    assert_eq!(seen, 3);
}

/// Names written with capitals in the focus texts, reviewed: a place, a
/// platform by its own English name, and the internet. Any other word
/// inside a sentence is in lower case.
const PROPER_NAMES: &[&str] = &[
    "Taiyuan City",
    "National Public Service Platform for Educational Resources",
    "Internet of Things",
    "Internet",
];

#[test]
fn focus_texts_capitalise_only_names() {
    for unit in pilots::all() {
        let mut text = unit.focus_en().to_owned();
        for name in PROPER_NAMES {
            text = text.replace(name, "name");
        }
        for word in text.split([' ', '\'', '-']).skip(1) {
            assert!(
                !word.starts_with(|c: char| c.is_ascii_uppercase()),
                "unit {}: {word:?} in {:?}",
                unit.id(),
                unit.focus_en()
            );
        }
    }
    // Entry 8's platform by the English name it gives itself.
    let jinzhong = pilots::get(8).map(|u| u.focus_en()).unwrap_or_default();
    assert!(jinzhong.contains("the National Public Service Platform for Educational Resources"));
    // Entry 51: 区域间 does not say the partner areas are underdeveloped too.
    let jingyuan = pilots::get(51).map(|u| u.focus_en()).unwrap_or_default();
    assert!(jingyuan.contains("cooperation in economically underdeveloped areas"));
}
