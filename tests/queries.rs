//! The queries of `pilots`, against counts a user would check by reading the
//! notice (hand-counted tables below).

mod common;

use common::ids;

use cn_edu_pilots::{
    EconomicRegion, FocusTheme, MemberKind, PilotUnit, Province, ProvinceKind, ThemeCategory,
    Units, pilots,
};

/// Unit ids per province, counted by hand from the notice: a joint entry is
/// listed under every member's province.
#[rustfmt::skip]
const BY_PROVINCE: [(Province, &[u8]); 32] = [
    (Province::Beijing, &[1, 2]), (Province::Tianjin, &[3, 4]), (Province::Hebei, &[5, 6]),
    (Province::Shanxi, &[7, 8]), (Province::InnerMongolia, &[9, 10]),
    (Province::Liaoning, &[11, 12]), (Province::Jilin, &[13]), (Province::Heilongjiang, &[14, 15]),
    (Province::Shanghai, &[16, 17]), (Province::Jiangsu, &[18, 19]), (Province::Zhejiang, &[20, 21]),
    (Province::Anhui, &[22]), (Province::Fujian, &[23, 24]), (Province::Jiangxi, &[25]),
    (Province::Shandong, &[26, 27]), (Province::Henan, &[28]), (Province::Hubei, &[29, 30]),
    (Province::Hunan, &[31]), (Province::Guangdong, &[32, 33, 56]), (Province::Guangxi, &[34]),
    (Province::Hainan, &[]), (Province::Chongqing, &[35, 36]), (Province::Sichuan, &[37, 38]),
    (Province::Guizhou, &[39, 40]), (Province::Yunnan, &[41, 42]), (Province::Tibet, &[43, 44]),
    (Province::Shaanxi, &[45, 46]), (Province::Gansu, &[47, 48]), (Province::Qinghai, &[49, 50]),
    (Province::Ningxia, &[51, 52]), (Province::Xinjiang, &[28, 53, 54]), (Province::Xpcc, &[55]),
];

/// Every answer of every query by key, to combine.
fn answers() -> Vec<Units> {
    let mut all = vec![Units::ALL, Units::EMPTY];
    all.extend(Province::ALL.map(pilots::by_province));
    all.extend(EconomicRegion::ALL.map(pilots::by_region));
    all.extend(FocusTheme::ALL.map(pilots::by_theme));
    all.extend(ThemeCategory::ALL.map(pilots::by_category));
    all.extend(MemberKind::ALL.map(pilots::by_kind));
    all
}

#[test]
fn by_province_matches_the_hand_count() {
    for (province, expected) in BY_PROVINCE {
        let units = pilots::by_province(province);
        assert_eq!(units.len(), expected.len(), "{province:?}");
        assert_eq!(ids(units), expected, "{province:?}");
        assert_eq!(
            ids(units.iter().rev()),
            expected.iter().rev().copied().collect::<Vec<_>>()
        );
        // Hainan alone has no pilot.
        assert_eq!(units.is_empty(), province == Province::Hainan);
    }
}

#[test]
fn by_region_matches_the_hand_count() {
    // Eastern: 京2 津2 冀2 沪2 苏2 浙2 闽2 鲁2 粤3 琼0 = 19; Central: 晋2 皖1 赣1
    // 豫1 鄂2 湘1 = 8; Western: 蒙2 桂1 渝2 川2 贵2 云2 藏2 陕2 甘2 青2 宁2 新3
    // 兵团1 = 25; Northeast: 辽2 吉1 黑2 = 5. The Henan entry counts in both
    // Central and Western.
    let counts: Vec<(EconomicRegion, usize)> = EconomicRegion::ALL
        .iter()
        .map(|r| (*r, pilots::by_region(*r).len()))
        .collect();
    assert_eq!(
        counts,
        [
            (EconomicRegion::Eastern, 19),
            (EconomicRegion::Central, 8),
            (EconomicRegion::Western, 25),
            (EconomicRegion::Northeast, 5),
        ]
    );
    assert!(ids(pilots::by_region(EconomicRegion::Western)).contains(&28));
}

#[test]
fn by_kind_matches_the_member_kinds() {
    assert_eq!(ids(pilots::by_kind(MemberKind::Government)), [14, 15]);
    assert_eq!(
        ids(pilots::by_kind(MemberKind::EducationalTechnologyCenter)),
        [28]
    );
    assert_eq!(
        ids(pilots::by_kind(MemberKind::ResearchAndTrainingCenter)),
        [40]
    );
    assert_eq!(ids(pilots::by_kind(MemberKind::University)), [28, 33]);
    assert_eq!(ids(pilots::by_kind(MemberKind::Enterprise)), [33]);
    // Every unit but the two governments and the Guiyang centre has a bureau.
    assert_eq!(pilots::by_kind(MemberKind::EducationBureau).len(), 53);
}

#[test]
fn member_kinds_follow_the_name_endings() {
    for unit in pilots::all() {
        for member in unit.members() {
            let name = member.name();
            let expected = if name.ends_with("人民政府") {
                MemberKind::Government
            } else if name.ends_with("电教馆") {
                MemberKind::EducationalTechnologyCenter
            } else if name.ends_with("教育科研培训中心") {
                MemberKind::ResearchAndTrainingCenter
            } else if name.contains("大学") {
                MemberKind::University
            } else if name.ends_with("分公司") {
                MemberKind::Enterprise
            } else {
                assert!(
                    [
                        "教育局",
                        "教育委员会",
                        "教育体育局",
                        "教育科技局",
                        "教育和科学技术局"
                    ]
                    .iter()
                    .any(|suffix| name.ends_with(suffix)),
                    "{name}"
                );
                MemberKind::EducationBureau
            };
            assert_eq!(member.kind(), expected, "{name}");
        }
    }
}

#[test]
fn implicit_provinces_are_filled_in() {
    let henan = pilots::get(28).unwrap();
    let provinces: Vec<Province> = henan.members().iter().map(|m| m.province()).collect();
    use Province::{Henan, Xinjiang};
    assert_eq!(provinces, [Henan, Henan, Xinjiang, Henan, Henan]);
    assert_eq!(henan.lead_province(), Henan);
    assert_eq!(henan.provinces().collect::<Vec<_>>(), [Henan, Xinjiang]);
    let foshan = pilots::get(33).unwrap();
    assert!(
        foshan
            .members()
            .iter()
            .all(|m| m.province() == Province::Guangdong)
    );
    assert_eq!(
        pilots::get(55).unwrap().lead_province().kind(),
        ProvinceKind::Corps
    );
}

#[test]
fn get_takes_ids_1_to_56() {
    assert_eq!(pilots::get(0), None);
    assert_eq!(pilots::get(1).map(|u| u.id()), Some(1));
    assert_eq!(
        pilots::get(56).map(|u| u.name()),
        Some("广东省深圳市教育局")
    );
    assert_eq!(pilots::get(57), None);
    assert_eq!(pilots::get(u8::MAX), None);
}

#[test]
fn search_matches_names_and_focus_texts() {
    assert_eq!(ids(pilots::search("深圳")), [32, 56]);
    assert_eq!(ids(pilots::search("  郑州大学\n")), [28]);
    assert_eq!(ids(pilots::search("校校通")), [13, 25, 54]);
    assert_eq!(ids(pilots::search("人民政府")), [14, 15]);
    assert_eq!(ids(pilots::search("")), Vec::<u8>::new());
    assert_eq!(ids(pilots::search(" \t")), Vec::<u8>::new());
    assert_eq!(ids(pilots::search("海南")), Vec::<u8>::new());
    assert_eq!(ids(pilots::search("\0")), Vec::<u8>::new());
    assert_eq!(ids(pilots::search("深\0")), Vec::<u8>::new());
    assert_eq!(ids(pilots::search("圳")), [32, 56]);
    // Longer than 16 bytes: the whole of a focus text (34 and 38 share it).
    assert_eq!(
        ids(pilots::search("利用云计算技术促进优质资源城乡共享机制探索")),
        [34, 38]
    );
    // Every focus text but two (17 and 26, which end in 实验) says 探索.
    assert_eq!(pilots::search("探索").len(), 54);
    assert_eq!(ids(pilots::search("实验")), [17, 26]);
}

#[test]
fn the_set_operators_are_those_of_sets() {
    // Checked on every pair of answers against the same operation on the
    // ids, done with Vec::contains.
    let answers = answers();
    for &a in &answers {
        let a_ids = ids(a);
        assert_eq!(a.len(), a_ids.len());
        assert_eq!(a.is_empty(), a_ids.is_empty());
        for unit in pilots::all() {
            assert_eq!(a.contains(unit), a_ids.contains(&unit.id()));
        }
        assert_eq!(
            ids(a.iter().rev()),
            a_ids.iter().rev().copied().collect::<Vec<_>>()
        );
        assert_eq!(a.iter().collect::<Units>(), a);
        for &b in &answers {
            let b_ids = ids(b);
            let both: Vec<u8> = a_ids
                .iter()
                .copied()
                .filter(|i| b_ids.contains(i))
                .collect();
            let only_a: Vec<u8> = a_ids
                .iter()
                .copied()
                .filter(|i| !b_ids.contains(i))
                .collect();
            let mut either = a_ids.clone();
            either.extend(b_ids.iter().filter(|i| !a_ids.contains(i)));
            either.sort_unstable();
            assert_eq!(ids(a & b), both);
            assert_eq!(ids(a - b), only_a);
            assert_eq!(ids(a | b), either);
            let mut c = a;
            c &= b;
            assert_eq!(c, a & b);
            c = a;
            c |= b;
            assert_eq!(c, a | b);
            c = a;
            c -= b;
            assert_eq!(c, a - b);
        }
    }
}

#[test]
fn queries_compose() {
    use EconomicRegion::Western;
    use FocusTheme::{CloudComputing, TeacherDevelopment};
    // Read off the notice: the teacher-development pilots are 1 (北京东城),
    // 20 (浙江) and 40 (贵阳小河); only 40 is in the west. The cloud pilots in
    // the west are 柳州 (34), 重庆 (36) and 成都 (38).
    assert_eq!(
        ids(pilots::by_region(Western) & pilots::by_theme(TeacherDevelopment)),
        [40]
    );
    assert_eq!(
        ids(pilots::by_region(Western) & pilots::search("云计算")),
        [34, 36, 38]
    );
    assert_eq!(
        ids(pilots::by_theme(CloudComputing) - pilots::by_region(Western)),
        [3, 26, 56]
    );
    assert_eq!(
        ids(pilots::by_kind(MemberKind::University) | pilots::by_kind(MemberKind::Government)),
        [14, 15, 28, 33]
    );
}

#[test]
fn the_whole_list_as_a_set() {
    assert_eq!(pilots::all(), Units::ALL);
    assert_eq!(ids(pilots::all()), (1..=56).collect::<Vec<u8>>());
    assert_eq!(Units::ALL.len(), 56);
    assert_eq!(Units::default(), Units::EMPTY);
    assert_eq!(
        format!("{:?}", pilots::by_province(Province::Xinjiang)),
        "[28, 53, 54]"
    );
    // Iterating leaves the set whole: it is a set, its iterator apart.
    let xinjiang = pilots::by_province(Province::Xinjiang);
    let mut iter = xinjiang.iter();
    assert_eq!(iter.next().map(PilotUnit::id), Some(28));
    assert_eq!(iter.len(), 2);
    assert_eq!(iter.next_back().map(PilotUnit::id), Some(54));
    assert_eq!(ids(iter), [53]);
    assert_eq!(xinjiang.len(), 3);
    assert!(xinjiang.contains(pilots::get(28).unwrap()));
    // The operations of a ThemeSet: one element, extending, removing.
    let henan_entry = Units::from(pilots::get(28).unwrap());
    let mut grown = henan_entry;
    grown.extend([pilots::get(53).unwrap(), pilots::get(54).unwrap()]);
    assert_eq!(grown, xinjiang);
    grown -= henan_entry;
    assert_eq!((&grown).into_iter().count(), 2);
    assert_eq!(ids(grown), [53, 54]);
    assert_eq!(ids(xinjiang - grown), [28]);
    assert!(Units::EMPTY < henan_entry);
    let by_ref: Vec<u8> = (&xinjiang).into_iter().map(PilotUnit::id).collect();
    assert_eq!(by_ref, [28, 53, 54]);
    let mut seen = Vec::new();
    for unit in xinjiang {
        seen.push(unit.id());
    }
    assert_eq!(seen, [28, 53, 54]);
}

#[test]
fn search_matches_members_and_english_in_any_case() {
    assert_eq!(ids(pilots::search("Shenzhen")), [32, 56]);
    assert_eq!(ids(pilots::search("shenzhen")), [32, 56]);
    assert_eq!(ids(pilots::search("昌都")), [43]);
    assert_eq!(ids(pilots::search("郑州大学")), [28]);
    assert_eq!(ids(pilots::search("Zhengzhou University")), [28]);
    assert_eq!(
        ids(pilots::search("CLOUD COMPUTING")),
        [3, 26, 34, 36, 38, 56]
    );
    assert_eq!(ids(pilots::search("China Telecom")), [33]);
    assert_eq!(ids(pilots::search("Internet of Things")), [18]);
    for query in [
        "Shenzhen",
        "hami",
        "Bureau",
        "model",
        "z",
        "昌都",
        "教育局",
        " ",
        "Ｘ",
    ] {
        assert_eq!(
            ids(pilots::search(query)),
            common::search_by_scan(query),
            "{query:?}"
        );
    }
}

#[test]
fn members_know_their_units_and_are_found_by_name() {
    let members = pilots::members();
    assert_eq!(members.len(), 63);
    let by_units: Vec<&str> = pilots::all()
        .iter()
        .flat_map(|u| u.members())
        .map(|m| m.name())
        .collect();
    let listed: Vec<&str> = members.iter().map(|m| m.name()).collect();
    assert_eq!(listed, by_units);
    for unit in pilots::all() {
        for member in unit.members() {
            assert_eq!(member.unit(), unit);
        }
    }
    for member in members {
        // Names are unique, so a name finds its own member.
        assert_eq!(pilots::member_by_name(member.name()), Some(member));
        assert_eq!(pilots::member_by_name(member.name_en()), Some(member));
        assert_eq!(
            pilots::member_by_name(&format!("  {}\n", member.name())),
            Some(member)
        );
    }
    assert_eq!(
        pilots::member_by_name("郑州大学").map(|m| m.unit().id()),
        Some(28)
    );
    assert_eq!(pilots::member_by_name("郑州"), None);
    assert_eq!(pilots::member_by_name(""), None);
}

#[test]
fn within_is_the_converse_of_covering() {
    // The examples of the docs, read off the member list.
    assert_eq!(common::within(440300), [32, 56]);
    assert_eq!(common::within(440000), [32, 33, 56]);
    assert_eq!(common::within(410000), [28]);
    // 新疆: 哈密地区 of the Henan entry, 53, 54, and entry 55 by 铁门关市.
    assert_eq!(common::within(650000), [28, 53, 54, 55]);
    assert_eq!(common::within(659006), [55]);
    assert_eq!(common::within(659001), Vec::<u8>::new()); // 石河子市
    assert_eq!(common::within(540300), [43]);
    assert_eq!(common::within(460000), Vec::<u8>::new());
    // Against the oracle, for every member's code and its prefecture's and
    // province's.
    for member in pilots::members() {
        let Some(division) = member.division() else {
            continue;
        };
        let code = division.code();
        let codes = [
            Some(code),
            code.prefecture_code(),
            Some(code.province_code()),
        ];
        for code in codes.into_iter().flatten() {
            assert_eq!(
                common::within(code.get()),
                common::within_by_scan(code.get()),
                "{code}"
            );
        }
    }
}

#[test]
fn covering_finds_entry_55_through_its_city_only() {
    // 铁门关市 (659006) is the Corps' Second Division's city (师市合一):
    // entry 55's area by the institutional rule, though its member has no
    // division. The other Corps cities, and 巴音郭楞 around it, are not.
    assert_eq!(pilots::get(55).unwrap().members()[0].division(), None);
    assert_eq!(common::covering(659006), [55]);
    for city in [
        659001, 659002, 659003, 659004, 659005, 659007, 659008, 659009, 659010, 659011, 659012,
    ] {
        assert_eq!(common::covering(city), Vec::<u8>::new(), "{city}");
    }
    for code in [
        652800, 652801, 652822, 652823, 652824, 652825, 652826, 652827, 652828, 652829,
    ] {
        assert_eq!(common::covering(code), Vec::<u8>::new(), "{code}");
    }
    // The oracle agrees.
    assert_eq!(common::covering_by_scan(659006), [55]);
}
