//! Provincial-level jurisdictions, their kinds and economic regions.

use core::fmt;
use core::str::FromStr;

use crate::error::ParseProvinceError;
use crate::labels::labelled_enum;

/// A provincial-level jurisdiction (省级行政区) as the notice addresses them:
/// the 31 mainland provinces, autonomous regions and municipalities, plus the
/// Xinjiang Production and Construction Corps, which the Ministry of
/// Education treats as a jurisdiction of its own.
///
/// Variants are in GB/T 2260 order, [`Xpcc`](Province::Xpcc) last, as in
/// [`Province::ALL`]. `Display` prints the full Chinese name; `FromStr`
/// accepts every form listed under [`FromStr for Province`](#impl-FromStr-for-Province).
///
/// # Example
/// ```
/// use cn_edu_pilots::{EconomicRegion, Province};
///
/// let henan: Province = "豫".parse()?;
/// assert_eq!(henan, Province::Henan);
/// assert_eq!(henan.to_string(), "河南省");
/// assert_eq!(henan.gb2260_code(), Some(410000));
/// assert_eq!(henan.iso_3166_2(), Some("CN-HA"));
/// assert_eq!(henan.region(), EconomicRegion::Central);
/// # Ok::<(), cn_edu_pilots::ParseProvinceError>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumIter,
    strum::EnumCount,
    strum::IntoStaticStr,
)]
#[repr(u8)]
pub enum Province {
    /// 北京市, Beijing.
    Beijing,
    /// 天津市, Tianjin.
    Tianjin,
    /// 河北省, Hebei.
    Hebei,
    /// 山西省, Shanxi (not to be confused with [`Shaanxi`](Province::Shaanxi)).
    Shanxi,
    /// 内蒙古自治区, Inner Mongolia.
    InnerMongolia,
    /// 辽宁省, Liaoning.
    Liaoning,
    /// 吉林省, Jilin.
    Jilin,
    /// 黑龙江省, Heilongjiang.
    Heilongjiang,
    /// 上海市, Shanghai.
    Shanghai,
    /// 江苏省, Jiangsu.
    Jiangsu,
    /// 浙江省, Zhejiang.
    Zhejiang,
    /// 安徽省, Anhui.
    Anhui,
    /// 福建省, Fujian.
    Fujian,
    /// 江西省, Jiangxi.
    Jiangxi,
    /// 山东省, Shandong.
    Shandong,
    /// 河南省, Henan.
    Henan,
    /// 湖北省, Hubei.
    Hubei,
    /// 湖南省, Hunan.
    Hunan,
    /// 广东省, Guangdong.
    Guangdong,
    /// 广西壮族自治区, Guangxi.
    Guangxi,
    /// 海南省, Hainan.
    Hainan,
    /// 重庆市, Chongqing.
    Chongqing,
    /// 四川省, Sichuan.
    Sichuan,
    /// 贵州省, Guizhou.
    Guizhou,
    /// 云南省, Yunnan.
    Yunnan,
    /// 西藏自治区, Tibet (Xizang).
    Tibet,
    /// 陕西省, Shaanxi (not to be confused with [`Shanxi`](Province::Shanxi)).
    Shaanxi,
    /// 甘肃省, Gansu.
    Gansu,
    /// 青海省, Qinghai.
    Qinghai,
    /// 宁夏回族自治区, Ningxia.
    Ningxia,
    /// 新疆维吾尔自治区, Xinjiang.
    Xinjiang,
    /// 新疆生产建设兵团, the Xinjiang Production and Construction Corps
    /// (XPCC). Not a GB/T 2260 division: it has no division code and no
    /// ISO 3166-2 code.
    Xpcc,
}

/// What kind of provincial-level jurisdiction a [`Province`] is.
///
/// # Example
/// ```
/// use cn_edu_pilots::{Province, ProvinceKind};
///
/// assert_eq!(Province::Chongqing.kind(), ProvinceKind::Municipality);
/// assert_eq!(Province::Xpcc.kind().to_string(), "生产建设兵团");
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumIter,
    strum::EnumCount,
    strum::IntoStaticStr,
)]
pub enum ProvinceKind {
    /// 直辖市, a municipality directly under the central government.
    Municipality,
    /// 省, a province.
    Province,
    /// 自治区, an autonomous region.
    AutonomousRegion,
    /// 生产建设兵团, the Xinjiang Production and Construction Corps.
    Corps,
}

/// The four economic regions of the National Bureau of Statistics
/// (东部、中部、西部和东北地区), the split used in Chinese statistical
/// yearbooks. The Corps is counted with the west, where it lies.
///
/// # Example
/// ```
/// use cn_edu_pilots::{EconomicRegion, Province};
///
/// assert_eq!(Province::Liaoning.region(), EconomicRegion::Northeast);
/// assert_eq!(EconomicRegion::Western.provinces().count(), 13);
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumIter,
    strum::EnumCount,
    strum::IntoStaticStr,
)]
pub enum EconomicRegion {
    /// 东部: Beijing, Tianjin, Hebei, Shanghai, Jiangsu, Zhejiang, Fujian,
    /// Shandong, Guangdong, Hainan.
    Eastern,
    /// 中部: Shanxi, Anhui, Jiangxi, Henan, Hubei, Hunan.
    Central,
    /// 西部: Inner Mongolia, Guangxi, Chongqing, Sichuan, Guizhou, Yunnan,
    /// Tibet, Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang, and the Corps.
    Western,
    /// 东北: Liaoning, Jilin, Heilongjiang.
    Northeast,
}

/// One row of facts about a province. `ROWS[p as usize]` describes `p`.
struct Row {
    name_zh: &'static str,
    short_zh: &'static str,
    /// The first is the canonical 简称; any others are accepted aliases.
    abbreviations: &'static [&'static str],
    name_en: &'static str,
    /// Other Latin spellings accepted by `FromStr` (pinyin, official short forms).
    latin_aliases: &'static [&'static str],
    /// 0 where there is none (the Corps).
    code: u32,
    iso: &'static str,
    kind: ProvinceKind,
    region: EconomicRegion,
}

#[rustfmt::skip]
const fn row(
    name_zh: &'static str, short_zh: &'static str, abbreviations: &'static [&'static str],
    name_en: &'static str, latin_aliases: &'static [&'static str],
    code: u32, iso: &'static str, kind: ProvinceKind, region: EconomicRegion,
) -> Row {
    Row { name_zh, short_zh, abbreviations, name_en, latin_aliases, code, iso, kind, region }
}

use EconomicRegion::{Central, Eastern, Northeast, Western};
use ProvinceKind::{AutonomousRegion as Ar, Corps, Municipality as Mun, Province as Prov};

#[rustfmt::skip]
const ROWS: [Row; 32] = [
    row("北京市", "北京", &["京"], "Beijing", &[], 110000, "CN-BJ", Mun, Eastern),
    row("天津市", "天津", &["津"], "Tianjin", &[], 120000, "CN-TJ", Mun, Eastern),
    row("河北省", "河北", &["冀"], "Hebei", &[], 130000, "CN-HE", Prov, Eastern),
    row("山西省", "山西", &["晋"], "Shanxi", &[], 140000, "CN-SX", Prov, Central),
    row("内蒙古自治区", "内蒙古", &["蒙"], "Inner Mongolia", &["Neimenggu", "Nei Mongol"], 150000, "CN-NM", Ar, Western),
    row("辽宁省", "辽宁", &["辽"], "Liaoning", &[], 210000, "CN-LN", Prov, Northeast),
    row("吉林省", "吉林", &["吉"], "Jilin", &[], 220000, "CN-JL", Prov, Northeast),
    row("黑龙江省", "黑龙江", &["黑"], "Heilongjiang", &[], 230000, "CN-HL", Prov, Northeast),
    row("上海市", "上海", &["沪"], "Shanghai", &[], 310000, "CN-SH", Mun, Eastern),
    row("江苏省", "江苏", &["苏"], "Jiangsu", &[], 320000, "CN-JS", Prov, Eastern),
    row("浙江省", "浙江", &["浙"], "Zhejiang", &[], 330000, "CN-ZJ", Prov, Eastern),
    row("安徽省", "安徽", &["皖"], "Anhui", &[], 340000, "CN-AH", Prov, Central),
    row("福建省", "福建", &["闽"], "Fujian", &[], 350000, "CN-FJ", Prov, Eastern),
    row("江西省", "江西", &["赣"], "Jiangxi", &[], 360000, "CN-JX", Prov, Central),
    row("山东省", "山东", &["鲁"], "Shandong", &[], 370000, "CN-SD", Prov, Eastern),
    row("河南省", "河南", &["豫"], "Henan", &[], 410000, "CN-HA", Prov, Central),
    row("湖北省", "湖北", &["鄂"], "Hubei", &[], 420000, "CN-HB", Prov, Central),
    row("湖南省", "湖南", &["湘"], "Hunan", &[], 430000, "CN-HN", Prov, Central),
    row("广东省", "广东", &["粤"], "Guangdong", &[], 440000, "CN-GD", Prov, Eastern),
    row("广西壮族自治区", "广西", &["桂"], "Guangxi", &[], 450000, "CN-GX", Ar, Western),
    row("海南省", "海南", &["琼"], "Hainan", &[], 460000, "CN-HI", Prov, Eastern),
    row("重庆市", "重庆", &["渝"], "Chongqing", &[], 500000, "CN-CQ", Mun, Western),
    row("四川省", "四川", &["川", "蜀"], "Sichuan", &[], 510000, "CN-SC", Prov, Western),
    row("贵州省", "贵州", &["贵", "黔"], "Guizhou", &[], 520000, "CN-GZ", Prov, Western),
    row("云南省", "云南", &["云", "滇"], "Yunnan", &[], 530000, "CN-YN", Prov, Western),
    row("西藏自治区", "西藏", &["藏"], "Tibet", &["Xizang"], 540000, "CN-XZ", Ar, Western),
    row("陕西省", "陕西", &["陕", "秦"], "Shaanxi", &[], 610000, "CN-SN", Prov, Western),
    row("甘肃省", "甘肃", &["甘", "陇"], "Gansu", &[], 620000, "CN-GS", Prov, Western),
    row("青海省", "青海", &["青"], "Qinghai", &[], 630000, "CN-QH", Prov, Western),
    row("宁夏回族自治区", "宁夏", &["宁"], "Ningxia", &[], 640000, "CN-NX", Ar, Western),
    row("新疆维吾尔自治区", "新疆", &["新"], "Xinjiang", &[], 650000, "CN-XJ", Ar, Western),
    row("新疆生产建设兵团", "新疆兵团", &["兵团"], "Xinjiang Production and Construction Corps", &["XPCC", "Bingtuan"], 0, "", Corps, Western),
];

impl Province {
    /// Every jurisdiction, in GB/T 2260 code order with the Corps last.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::Province;
    ///
    /// assert_eq!(Province::ALL.len(), 32);
    /// assert_eq!(Province::ALL[0], Province::Beijing);
    /// assert_eq!(Province::ALL[31], Province::Xpcc);
    /// ```
    #[rustfmt::skip]
    pub const ALL: [Province; 32] = {
        use Province::{
            Anhui, Beijing, Chongqing, Fujian, Gansu, Guangdong, Guangxi, Guizhou, Hainan, Hebei,
            Heilongjiang, Henan, Hubei, Hunan, InnerMongolia, Jiangsu, Jiangxi, Jilin, Liaoning,
            Ningxia, Qinghai, Shaanxi, Shandong, Shanghai, Shanxi, Sichuan, Tianjin, Tibet, Xinjiang,
            Xpcc, Yunnan, Zhejiang,
        };
        [
            Beijing, Tianjin, Hebei, Shanxi, InnerMongolia, Liaoning, Jilin, Heilongjiang,
            Shanghai, Jiangsu, Zhejiang, Anhui, Fujian, Jiangxi, Shandong, Henan, Hubei,
            Hunan, Guangdong, Guangxi, Hainan, Chongqing, Sichuan, Guizhou, Yunnan, Tibet,
            Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang, Xpcc,
        ]
    };

    const fn row(self) -> &'static Row {
        &ROWS[self as usize]
    }

    /// The full Chinese name: 北京市, 内蒙古自治区, 新疆生产建设兵团.
    ///
    /// # Example
    /// ```
    /// assert_eq!(cn_edu_pilots::Province::Guangxi.name_zh(), "广西壮族自治区");
    /// ```
    #[must_use]
    pub const fn name_zh(self) -> &'static str {
        self.row().name_zh
    }

    /// The short Chinese name: 北京, 内蒙古, 新疆兵团.
    ///
    /// # Example
    /// ```
    /// assert_eq!(cn_edu_pilots::Province::Guangxi.short_name_zh(), "广西");
    /// ```
    #[must_use]
    pub const fn short_name_zh(self) -> &'static str {
        self.row().short_zh
    }

    /// The canonical one-character abbreviation (简称) as on licence plates:
    /// 京, 川, 贵, 云, 陕, 甘; for the Corps, 兵团. The alternative 简称
    /// (蜀, 黔, 滇, 秦, 陇) are accepted by `FromStr`.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::Province;
    ///
    /// assert_eq!(Province::Sichuan.abbreviation(), "川");
    /// assert_eq!("蜀".parse::<Province>(), Ok(Province::Sichuan));
    /// ```
    #[must_use]
    pub const fn abbreviation(self) -> &'static str {
        self.row().abbreviations[0]
    }

    /// The English name: Beijing, Inner Mongolia, Tibet, Xinjiang Production
    /// and Construction Corps.
    ///
    /// # Example
    /// ```
    /// assert_eq!(cn_edu_pilots::Province::InnerMongolia.name_en(), "Inner Mongolia");
    /// ```
    #[must_use]
    pub const fn name_en(self) -> &'static str {
        self.row().name_en
    }

    /// The GB/T 2260 code of the province-level division (`410000` for
    /// Henan), or `None` for the Corps, which has none.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::Province;
    ///
    /// assert_eq!(Province::Xinjiang.gb2260_code(), Some(650000));
    /// assert_eq!(Province::Xpcc.gb2260_code(), None);
    /// ```
    #[must_use]
    pub const fn gb2260_code(self) -> Option<u32> {
        match self.row().code {
            0 => None,
            code => Some(code),
        }
    }

    /// The current ISO 3166-2 subdivision code (`"CN-BJ"`, the letter codes
    /// in use since 2017), or `None` for the Corps.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::Province;
    ///
    /// assert_eq!(Province::Shaanxi.iso_3166_2(), Some("CN-SN"));
    /// assert_eq!(Province::Xpcc.iso_3166_2(), None);
    /// ```
    #[must_use]
    pub const fn iso_3166_2(self) -> Option<&'static str> {
        let iso = self.row().iso;
        if iso.is_empty() { None } else { Some(iso) }
    }

    /// Whether this is a municipality, a province, an autonomous region or
    /// the Corps.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{Province, ProvinceKind};
    ///
    /// assert_eq!(Province::Tibet.kind(), ProvinceKind::AutonomousRegion);
    /// ```
    #[must_use]
    pub const fn kind(self) -> ProvinceKind {
        self.row().kind
    }

    /// The National Bureau of Statistics economic region.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{EconomicRegion, Province};
    ///
    /// assert_eq!(Province::Xpcc.region(), EconomicRegion::Western);
    /// ```
    #[must_use]
    pub const fn region(self) -> EconomicRegion {
        self.row().region
    }

    /// The province whose GB/T 2260 province-level code is `code`.
    pub(crate) const fn from_gb2260_code(code: u32) -> Option<Province> {
        if code % 10_000 == 0 {
            Province::from_code_prefix(code / 10_000)
        } else {
            None
        }
    }

    /// The province whose code starts with the two digits `prefix` (41 for
    /// Henan): one lookup in a table derived from `ROWS`.
    pub(crate) const fn from_code_prefix(prefix: u32) -> Option<Province> {
        if prefix < 100 {
            BY_PREFIX[prefix as usize]
        } else {
            None
        }
    }
}

/// The province of each two-digit code prefix, built from `ROWS`.
static BY_PREFIX: [Option<Province>; 100] = {
    let mut table = [None; 100];
    let mut i = 0;
    while i < ROWS.len() {
        if ROWS[i].code != 0 {
            table[(ROWS[i].code / 10_000) as usize] = Some(Province::ALL[i]);
        }
        i += 1;
    }
    table
};

impl fmt::Display for Province {
    /// Prints the full Chinese name, [`Province::name_zh`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name_zh())
    }
}

/// Parses every form a user types. Surrounding whitespace is ignored.
///
/// | form | examples |
/// |---|---|
/// | full Chinese name | 河南省, 内蒙古自治区, 新疆生产建设兵团 |
/// | short Chinese name | 河南, 内蒙古, 新疆兵团 |
/// | 简称, including alternatives | 豫, 川 / 蜀, 贵 / 黔, 云 / 滇, 陕 / 秦, 甘 / 陇, 兵团 |
/// | English or pinyin name, any ASCII case, spaces and hyphens optional | Henan, inner mongolia, Neimenggu, Nei Mongol, Tibet, Xizang, XPCC, Bingtuan |
/// | the variant's name | `InnerMongolia`, `Xpcc` |
/// | GB/T 2260 province-level code | 410000 |
/// | ISO 3166-2 code, any ASCII case | CN-HA, cn-ha |
///
/// # Errors
/// [`ParseProvinceError`] for anything else (北平, 香港, a county code such
/// as 110101, the empty string), quoting the input.
///
/// # Example
/// ```
/// use cn_edu_pilots::Province;
///
/// for form in ["河南省", "河南", "豫", "Henan", "henan", "410000", "CN-HA", " cn-ha "] {
///     assert_eq!(form.parse::<Province>(), Ok(Province::Henan));
/// }
/// assert!("香港".parse::<Province>().is_err());
/// ```
impl FromStr for Province {
    type Err = ParseProvinceError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let s = input.trim();
        let found = if s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit()) {
            // A code: compared with the provinces' codes.
            let code = s.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0'));
            Province::from_gb2260_code(code)
        } else {
            // Anything else: its key, then one probe of the table, usually.
            Key::of(s).and_then(|key| {
                let mut slot = key.slot();
                loop {
                    let index = usize::from(FORM_SLOTS[slot]);
                    match FORMS.get(index.wrapping_sub(1)) {
                        Some((form, province)) if form.eq(&key) => break Some(*province),
                        Some(_) => slot = (slot + 1) % SLOT_COUNT,
                        None => break None,
                    }
                }
            })
        };
        found.ok_or_else(|| ParseProvinceError::new(input))
    }
}

/// The longest form as a key, in 8-byte words.
const KEY_WORDS: usize = 6;

/// A form as compared: ASCII text lowercased, without the separators people
/// put in or leave out (space, `-`, `_`, `'`), so that `Inner Mongolia`,
/// `inner-mongolia` and `InnerMongolia` are one key; anything else byte for
/// byte. Zero-padded to a fixed size, so hashing and comparing are a few
/// word operations.
#[derive(Clone, Copy)]
struct Key {
    words: [u64; KEY_WORDS],
}

impl Key {
    /// The key of `s`, or `None` when it is longer than any form.
    const fn of(s: &str) -> Option<Key> {
        let src = s.as_bytes();
        let ascii = s.is_ascii();
        let mut words = [0u64; KEY_WORDS];
        let mut len = 0;
        let mut i = 0;
        while i < src.len() {
            let b = src[i];
            i += 1;
            if ascii && matches!(b, b' ' | b'-' | b'_' | b'\'') {
                continue;
            }
            if len == 8 * KEY_WORDS {
                return None;
            }
            let b = if ascii { b.to_ascii_lowercase() } else { b };
            words[len / 8] |= (b as u64) << (8 * (len % 8));
            len += 1;
        }
        Some(Key { words })
    }

    /// The first slot to probe.
    const fn slot(&self) -> usize {
        let mut hash = 0u64;
        let mut w = 0;
        while w < KEY_WORDS {
            hash = (hash ^ self.words[w])
                .wrapping_mul(0x9E37_79B9_7F4A_7C15)
                .rotate_left(29);
            w += 1;
        }
        (hash % SLOT_COUNT as u64) as usize
    }

    const fn eq(&self, other: &Key) -> bool {
        let mut w = 0;
        while w < KEY_WORDS {
            if self.words[w] != other.words[w] {
                return false;
            }
            w += 1;
        }
        true
    }
}

/// The number of accepted forms of all provinces but their codes: full and
/// short Chinese names, English name, ISO 3166-2 code, 简称 and Latin
/// aliases.
const FORM_COUNT: usize = {
    let mut n = 0;
    let mut p = 0;
    while p < ROWS.len() {
        let row = &ROWS[p];
        n += 3 + row.abbreviations.len() + row.latin_aliases.len();
        if !row.iso.is_empty() {
            n += 1;
        }
        p += 1;
    }
    n
};

/// Every accepted form of every province but its code, as a key, built at
/// compile time from `ROWS`. A variant's own name (`InnerMongolia`, `Xpcc`)
/// has the key of its English name or an alias.
const FORMS_CONST: [(Key, Province); FORM_COUNT] = {
    let mut forms = [(
        Key {
            words: [0; KEY_WORDS],
        },
        Province::Beijing,
    ); FORM_COUNT];
    let mut n = 0;
    let mut p = 0;
    while p < ROWS.len() {
        let row = &ROWS[p];
        let fixed = [row.name_zh, row.short_zh, row.name_en, row.iso];
        let lists: [&[&str]; 3] = [&fixed, row.abbreviations, row.latin_aliases];
        let mut l = 0;
        while l < lists.len() {
            let mut f = 0;
            while f < lists[l].len() {
                let form = lists[l][f];
                f += 1;
                if form.is_empty() {
                    continue;
                }
                match Key::of(form) {
                    Some(key) => forms[n] = (key, Province::ALL[p]),
                    None => panic!("a province form is longer than a key"),
                }
                n += 1;
            }
            l += 1;
        }
        p += 1;
    }
    forms
};

/// The forms, for the run-time lookup.
static FORMS: [(Key, Province); FORM_COUNT] = FORMS_CONST;

/// Slots of the form table: over twice the number of forms, so that probes
/// are short and a miss soon meets an empty slot.
const SLOT_COUNT: usize = 512;

/// An open-addressing hash table over `FORMS`: each slot holds 1 + the
/// index of a form, or 0 for empty.
static FORM_SLOTS: [u16; SLOT_COUNT] = {
    let mut slots = [0u16; SLOT_COUNT];
    let mut i = 0;
    while i < FORM_COUNT {
        let (key, province) = FORMS_CONST[i];
        let mut slot = key.slot();
        loop {
            let index = slots[slot] as usize;
            if index == 0 {
                slots[slot] = (i + 1) as u16;
                break;
            }
            // The same form twice must name the same province, or parsing
            // would be ambiguous.
            let (other, owner) = FORMS_CONST[index - 1];
            if other.eq(&key) {
                assert!(owner as u8 == province as u8);
                break;
            }
            slot = (slot + 1) % SLOT_COUNT;
        }
        i += 1;
    }
    assert!(2 * FORM_COUNT <= SLOT_COUNT);
    slots
};

impl TryFrom<&str> for Province {
    type Error = ParseProvinceError;

    /// The same as [`FromStr`](#impl-FromStr-for-Province).
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

labelled_enum!(ProvinceKind, "province kind",
    "one of Municipality, Province, AutonomousRegion, Corps or their Chinese names (直辖市, 省, 自治区, 生产建设兵团)", {
    Municipality => "直辖市", "Municipality";
    Province => "省", "Province";
    AutonomousRegion => "自治区", "Autonomous region";
    Corps => "生产建设兵团", "Production and Construction Corps";
});

labelled_enum!(EconomicRegion, "economic region",
    "one of Eastern, Central, Western, Northeast or their Chinese names (东部, 中部, 西部, 东北)", {
    Eastern => "东部", "Eastern";
    Central => "中部", "Central";
    Western => "西部", "Western";
    Northeast => "东北", "Northeast";
});

impl EconomicRegion {
    /// The jurisdictions in this region, in [`Province::ALL`] order.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{EconomicRegion, Province};
    ///
    /// let northeast: Vec<Province> = EconomicRegion::Northeast.provinces().collect();
    /// assert_eq!(northeast, [Province::Liaoning, Province::Jilin, Province::Heilongjiang]);
    /// ```
    pub fn provinces(self) -> impl Iterator<Item = Province> {
        Province::ALL
            .into_iter()
            .filter(move |p| p.region() == self)
    }
}

// `ALL` lists the variants in declaration order, which `ROWS` follows too.
const _: () = {
    use strum::EnumCount;
    assert!(Province::COUNT == Province::ALL.len());
    assert!(ROWS.len() == Province::ALL.len());
    let mut i = 0;
    while i < Province::ALL.len() {
        assert!(Province::ALL[i] as usize == i);
        i += 1;
    }
};
