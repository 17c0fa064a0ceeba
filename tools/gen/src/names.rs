//! `src/data/names.rs`: the stem of every name of `src/data/codes.rs`'s
//! `NAMES`, the name without its generic suffix (楚雄彝族自治州 → 楚雄,
//! 鄂尔多斯市 → 鄂尔多斯, 昌都地区 → 昌都), and the rows by stem, for the
//! crate's lookup of codes by name (`codes::named`).

use std::fmt::Write as _;

use crate::areacodes::History;
use crate::codes::{Named, names};

/// The generic suffixes of division names, longest first: one of them is
/// stripped, the longest that leaves a stem of two characters or more.
const SUFFIXES: [&str; 17] = [
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "林区",
    "新区",
    "省",
    "市",
    "盟",
    "县",
    "区",
    "旗",
];

/// The suffixes after which the names of the ethnic groups the division is
/// autonomous for are stripped too (a 自治区's groups are in its suffix).
const AUTONOMOUS: [&str; 3] = ["自治州", "自治县", "自治旗"];

/// The names of China's ethnic groups as division names write them before
/// 自治州, 自治县 or 自治旗: the 56 groups' X族 forms, 各族 (隆林各族自治县,
/// 龙胜各族自治县), and the forms without 族 that names of the lists use
/// (伊犁哈萨克自治州, 察布查尔锡伯自治县, 鄂伦春自治旗).
pub(crate) const ETHNIC_GROUPS: [&str; 64] = [
    "汉族",
    "蒙古族",
    "回族",
    "藏族",
    "维吾尔族",
    "苗族",
    "彝族",
    "壮族",
    "布依族",
    "朝鲜族",
    "满族",
    "侗族",
    "瑶族",
    "白族",
    "土家族",
    "哈尼族",
    "哈萨克族",
    "傣族",
    "黎族",
    "傈僳族",
    "佤族",
    "畲族",
    "高山族",
    "拉祜族",
    "水族",
    "东乡族",
    "纳西族",
    "景颇族",
    "柯尔克孜族",
    "土族",
    "达斡尔族",
    "仫佬族",
    "羌族",
    "布朗族",
    "撒拉族",
    "毛南族",
    "仡佬族",
    "锡伯族",
    "阿昌族",
    "普米族",
    "塔吉克族",
    "怒族",
    "乌孜别克族",
    "俄罗斯族",
    "鄂温克族",
    "德昂族",
    "保安族",
    "裕固族",
    "京族",
    "塔塔尔族",
    "独龙族",
    "鄂伦春族",
    "赫哲族",
    "门巴族",
    "珞巴族",
    "基诺族",
    "各族",
    "蒙古",
    "哈萨克",
    "柯尔克孜",
    "锡伯",
    "塔吉克",
    "维吾尔",
    "鄂伦春",
];

/// The number of characters of `s`.
fn chars(s: &str) -> usize {
    s.chars().count()
}

/// The stem of `name`, the name of `code`: the name without its generic
/// suffix and, after 自治州, 自治县 or 自治旗, without the ethnic groups'
/// names before that; `None` where no suffix leaves two characters or more
/// (城区, 易县, 南沙群岛).
///
/// Two rules keep a place name whole. 林区 is the suffix of a forestry
/// district (神农架林区), never of a district of a city (codes ending 01 to
/// 20, as GB/T 2260 numbers them: 万柏林区, 碑林区), where only 区 is.
/// And a name that is nothing but one group's name keeps it, without 族
/// (东乡族自治县 → 东乡, 鄂温克族自治旗 → 鄂温克, 鄂伦春自治旗 → 鄂伦春).
pub(crate) fn stem(code: u32, name: &str) -> Option<&str> {
    let district = (1..=20).contains(&(code % 100));
    SUFFIXES.iter().find_map(|suffix| {
        if *suffix == "林区" && district {
            return None;
        }
        let mut rest = name.strip_suffix(suffix)?;
        if AUTONOMOUS.contains(suffix) {
            while let Some(shorter) = ETHNIC_GROUPS
                .iter()
                .filter_map(|group| rest.strip_suffix(group))
                .filter(|shorter| chars(shorter) >= 2)
                .min_by_key(|shorter| shorter.len())
            {
                rest = shorter;
            }
            if ETHNIC_GROUPS.contains(&rest) {
                rest = rest.strip_suffix('族').unwrap_or(rest);
            }
        }
        (chars(rest) >= 2).then_some(rest)
    })
}

/// The key of a row: its stem, or its whole name where it has none.
fn key(row: &Named) -> &str {
    stem(row.code, &row.name).unwrap_or(&row.name)
}

/// The text of `src/data/names.rs`.
pub(crate) fn table(header: &str, history: &History) -> String {
    let rows = names(history);
    let mut out = header.to_owned();
    out.push_str(
        "//! The stem of every name of `codes::NAMES`: the name without its generic\n\
         //! suffix (省, 市, 县, 地区, 自治州 and the like) and, before 自治州, 自治县\n\
         //! or 自治旗, the ethnic groups' names (楚雄彝族自治州 → 楚雄); and the rows\n\
         //! by stem, for the lookup of codes by name. A name without a stem of two\n\
         //! characters or more (城区, 易县) is found by itself.\n\n",
    );
    let longest = rows.iter().map(|r| r.name.len()).max().unwrap_or(0);
    let _ = writeln!(
        out,
        "/// The length in bytes of the longest name of `NAMES`.\n\
         pub(crate) const LONGEST_NAME: usize = {longest};\n"
    );
    let lens: Vec<u8> = rows
        .iter()
        .map(|r| u8::try_from(key(r).len()).expect("a name of fewer than 256 bytes"))
        .collect();
    out.push_str(
        "/// For each row of `NAMES`, the length in bytes of its key: its stem, a\n\
         /// prefix of its name, or its whole name where it has none. One byte\n\
         /// string, not an array of numbers: the compiler reads it as one token.\n",
    );
    write_bytes(&mut out, "KEY_LEN", &lens);
    let mut by_key: Vec<usize> = (0..rows.len()).collect();
    by_key.sort_by(|&a, &b| key(&rows[a]).cmp(key(&rows[b])).then(a.cmp(&b)));
    let bytes: Vec<u8> = by_key
        .iter()
        .flat_map(|&i| {
            u16::try_from(i)
                .expect("fewer than 65,536 rows")
                .to_le_bytes()
        })
        .collect();
    out.push_str(
        "/// The rows of `NAMES` by key (as bytes) and row, each a `u16` in two\n\
         /// bytes, the low one first.\n",
    );
    write_bytes(&mut out, "BY_KEY", &bytes);
    out
}

/// A static byte string of `bytes`, 16 a line.
fn write_bytes(out: &mut String, name: &str, bytes: &[u8]) {
    let _ = writeln!(
        out,
        "pub(crate) static {name}: &[u8; {}] = b\"\\",
        bytes.len()
    );
    for line in bytes.chunks(16) {
        let escaped: String = line.iter().map(|b| format!("\\x{b:02x}")).collect();
        let _ = writeln!(out, "    {escaped}\\");
    }
    out.push_str("\";\n\n");
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn stems_of_the_forms_of_names() {
        for (code, name, expected) in [
            (532300, "楚雄彝族自治州", Some("楚雄")),
            (152500, "锡林郭勒盟", Some("锡林郭勒")),
            (150600, "鄂尔多斯市", Some("鄂尔多斯")),
            (469029, "保亭黎族苗族自治县", Some("保亭")),
            (610924, "石泉县", Some("石泉")),
            (110000, "北京市", Some("北京")),
            (650000, "新疆维吾尔自治区", Some("新疆")),
            (450000, "广西壮族自治区", Some("广西")),
            (150000, "内蒙古自治区", Some("内蒙古")),
            (540000, "西藏自治区", Some("西藏")),
            (652800, "巴音郭楞蒙古自治州", Some("巴音郭楞")),
            (654022, "察布查尔锡伯自治县", Some("察布查尔")),
            (310115, "浦东新区", Some("浦东")),
            (542100, "昌都地区", Some("昌都")),
            (429021, "神农架林区", Some("神农架")),
            (140109, "万柏林区", Some("万柏林")),
            (610103, "碑林区", Some("碑林")),
            (441803, "清新区", Some("清新")),
            (622926, "东乡族自治县", Some("东乡")),
            (150724, "鄂温克族自治旗", Some("鄂温克")),
            (150723, "鄂伦春自治旗", Some("鄂伦春")),
            (451031, "隆林各族自治县", Some("隆林")),
            (632324, "河南蒙古族自治县", Some("河南")),
            (632800, "海西蒙古族藏族自治州", Some("海西")),
            (622927, "积石山保安族东乡族撒拉族自治县", Some("积石山")),
            (140402, "城区", None),
            (130633, "易县", None),
            (320322, "沛县", None),
            (460321, "西沙群岛", None),
        ] {
            assert_eq!(stem(code, name), expected, "{name}");
        }
    }
}

#[cfg(test)]
mod every_name {
    use super::{ETHNIC_GROUPS, stem};
    use crate::areacodes::History;
    use crate::find_root;

    #[test]
    fn every_autonomous_name_of_the_lists_is_stripped_to_its_place_name() {
        let root = find_root(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the root");
        let history = History::load(&root);
        // The names that are one group's name but for the suffix keep it.
        let whole = ["鄂伦春"];
        let mut seen = 0;
        for table in history.tables.values() {
            for (&code, name) in table {
                if !["自治州", "自治县", "自治旗"]
                    .iter()
                    .any(|s| name.ends_with(s))
                {
                    continue;
                }
                seen += 1;
                let stem = stem(code, name).unwrap_or_else(|| panic!("{name}: no stem"));
                assert!(name.starts_with(stem), "{name}");
                assert!(!stem.contains("自治"), "{name} → {stem}");
                assert!(
                    whole.contains(&stem) || !ETHNIC_GROUPS.iter().any(|g| stem.ends_with(g)),
                    "{name} → {stem}"
                );
            }
        }
        assert!(seen > 100 * 25, "{seen}");
    }
}
