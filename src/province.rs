//! Provincial-level jurisdictions, their kinds and economic regions, and the
//! parser that reads a province in whatever form data writes it.

use core::cmp::Ordering;
use core::fmt;
use core::str::FromStr;

use crate::data::forms::{FORMS_LATIN, FORMS_ZH, OUTSIDE};
use crate::data::provinces::{OUTSIDE_SCOPE, ROWS};
use crate::division::DivisionCode;
use crate::error::{Error, ErrorKind, Quoted};
use crate::labels::{is_separator, labelled_enum, matches_name};

pub use crate::data::provinces::Province;

/// One row of `src/data/provinces.rs`: `ROWS[p as usize]` describes `p`.
/// The row's other Latin and Chinese forms are not kept here: the parser
/// finds every form in the generated table `src/data/forms.rs`.
pub(crate) struct ProvinceRow {
    pub(crate) name_zh: &'static str,
    pub(crate) short_zh: &'static str,
    /// The first is the canonical 简称; any others are accepted aliases.
    pub(crate) abbreviations: &'static [&'static str],
    pub(crate) name_en: &'static str,
    /// The English name with its designation: `Henan Province`.
    pub(crate) official_name_en: &'static str,
    pub(crate) code: Option<DivisionCode>,
    pub(crate) iso: Option<&'static str>,
    /// The numeric ISO 3166-2 code in use until 2017: `CN-41`.
    pub(crate) iso_numeric: Option<&'static str>,
    pub(crate) kind: ProvinceKind,
    pub(crate) region: EconomicRegion,
}

/// Declares [`Province`] and its rows from the table in
/// `src/data/provinces.rs`: the variants, their docs with each one's forms,
/// the summary table in the enum's docs, `ALL`, `COUNT`, `as_str` and
/// `ROWS`.
macro_rules! province_table {
    (@some None) => { None };
    (@some $value:literal) => { Some($value) };
    (@code None) => { None };
    (@code $code:literal) => { Some(DivisionCode::from_table($code)) };
    (@cell None) => { "—" };
    (@cell $value:literal) => { $value };
    // A list of forms in a variant's docs.
    (@list) => { "none" };
    (@list $first:literal $(, $more:literal)*) => { concat!($first, $(", ", $more,)*) };
    // A variant's codes in its docs: all three or none.
    (@codes None None None) => { "- Codes: none." };
    (@codes $code:literal $iso:literal $iso_numeric:literal) => {
        concat!("- Codes: GB/T 2260 ", $code, ", ISO 3166-2 ", $iso, " (", $iso_numeric, " until 2017).")
    };
    ($(
        $(#[$doc:meta])*
        $variant:ident => $zh:literal, $short:literal, [$abbr:literal $(, $more_abbr:literal)*],
            $en:literal, $official_en:literal, [$($latin:literal),*], [$($other_zh:literal),*],
            $code:tt, $iso:tt, $iso_numeric:tt, $kind:ident, $region:ident;
    )*) => {
        /// A provincial-level jurisdiction (省级行政区) as the notice addresses
        /// them: the 31 mainland provinces, autonomous regions and
        /// municipalities, plus the Xinjiang Production and Construction
        /// Corps, which the Ministry of Education treats as a jurisdiction
        /// of its own.
        ///
        /// Variants are in GB/T 2260 order, [`Xpcc`](Province::Xpcc) last, as
        /// in [`Province::ALL`]. `Display` prints the full Chinese name.
        ///
        /// # Forms
        /// Each variant's docs list every form `FromStr` accepts for it;
        /// the table below gives the main ones. Surrounding whitespace is
        /// ignored, and full-width letters, digits and punctuation
        /// (`ＣＮ－ＨＡ`, `４１００００`) are read as their ASCII forms.
        /// - Chinese forms must match exactly: the full and short names, every
        ///   简称, and the traditional-character and other forms listed.
        /// - Latin names (English, official English, pinyin) are compared in
        ///   any ASCII case, with spaces, hyphens or underscores between
        ///   their words, or nothing: `Inner Mongolia`, `inner-mongolia`,
        ///   `InnerMongolia`, but not `Inn er Mongolia` or `H-e-n-a-n`. The
        ///   variant's name is one of them.
        /// - Codes and abbreviations written in capitals (`CN-HA`, `CN-41`,
        ///   `XPCC`) are compared in any ASCII case but letter for letter:
        ///   `cn-ha` is `CN-HA`, `C-N-H-A` and `CNHA` are not.
        /// - The GB/T 2260 province-level code: six digits.
        ///
        /// Taiwan, Hong Kong and Macao, in the forms their own rows would have
        /// (台湾, 臺灣, 香港, Macao, CN-TW, CN-91, 810000, …), are errors of kind
        /// [`ProvinceOutsideScope`](crate::ErrorKind::ProvinceOutsideScope);
        /// anything else is of kind
        /// [`UnknownProvince`](crate::ErrorKind::UnknownProvince).
        /// The strict constructors ([`Province::from_iso`],
        /// [`Province::from_abbreviation`], [`Province::from_name_zh`],
        /// [`Province::from_name_en`], [`Province::from_code`]) accept exactly
        /// one kind of form each.
        ///
        /// | variant | 中文 | English | GB/T 2260 | ISO 3166-2 |
        /// |---|---|---|---|---|
        $(
            #[doc = concat!(
                "| [`", stringify!($variant), "`](Province::", stringify!($variant), ") | ",
                $zh, " | ", $en, " | ", province_table!(@cell $code), " | ",
                province_table!(@cell $iso), " |"
            )]
        )*
        ///
        /// # Example
        /// ```
        /// use cn_edu_pilots::{EconomicRegion, Province};
        ///
        /// let henan: Province = "豫".parse()?;
        /// assert_eq!(henan, Province::Henan);
        /// assert_eq!(henan.to_string(), "河南省");
        /// assert_eq!(henan.gb2260_code().map(|c| c.get()), Some(410000));
        /// assert_eq!(henan.iso_3166_2(), Some("CN-HA"));
        /// assert_eq!(henan.region(), EconomicRegion::Central);
        /// # Ok::<(), cn_edu_pilots::Error>(())
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
        )]
        pub enum Province {
            $(
                #[doc = concat!($zh, ", ", $en, ".")]
                $(#[$doc])*
                ///
                /// Its forms, each of which `FromStr` accepts:
                #[doc = concat!(
                    "- Chinese: ", $zh, ", ", $short, "; 简称 ", $abbr, $(", ", $more_abbr,)*
                    "; other forms: ", province_table!(@list $($other_zh),*), "."
                )]
                #[doc = concat!(
                    "- English: ", $en, "; official: ", $official_en, "; other Latin forms: ",
                    province_table!(@list $($latin),*), "."
                )]
                #[doc = province_table!(@codes $code $iso $iso_numeric)]
                ///
                #[doc = concat!(
                    "Kind: [`", stringify!($kind), "`](crate::ProvinceKind::", stringify!($kind),
                    "); economic region: [`", stringify!($region), "`](crate::EconomicRegion::",
                    stringify!($region), ")."
                )]
                $variant,
            )*
        }

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
            pub const ALL: [Province; Province::COUNT] = [$(Province::$variant,)*];

            /// The number of jurisdictions: 31 and the Corps.
            ///
            /// # Example
            /// ```
            /// assert_eq!(cn_edu_pilots::Province::COUNT, 32);
            /// ```
            pub const COUNT: usize = [$(stringify!($variant),)*].len();

            /// The variant's name: the canonical form, written by serde.
            ///
            /// # Example
            /// ```
            /// use cn_edu_pilots::Province;
            ///
            /// assert_eq!(Province::InnerMongolia.as_str(), "InnerMongolia");
            /// assert_eq!("InnerMongolia".parse(), Ok(Province::InnerMongolia));
            /// ```
            #[inline]
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Province::$variant => stringify!($variant),)*
                }
            }
        }

        /// The rows, in the order of the variants.
        pub(crate) static ROWS: [crate::province::ProvinceRow; Province::COUNT] = {
            use crate::division::DivisionCode;
            [$(
                crate::province::ProvinceRow {
                    name_zh: $zh,
                    short_zh: $short,
                    abbreviations: &[$abbr $(, $more_abbr)*],
                    name_en: $en,
                    official_name_en: $official_en,
                    code: province_table!(@code $code),
                    iso: province_table!(@some $iso),
                    iso_numeric: province_table!(@some $iso_numeric),
                    kind: crate::province::ProvinceKind::$kind,
                    region: crate::province::EconomicRegion::$region,
                },
            )*]
        };
    };
}
pub(crate) use province_table;

/// Declares `OUTSIDE_SCOPE` from the rows of the places outside the list in
/// `src/data/provinces.rs`: each one's name and GB/T 2260 prefix. The rows'
/// forms are for the generated table of forms (`src/data/forms.rs`), which
/// the parser reads instead.
macro_rules! outside_scope {
    ($($name:literal, $prefix:literal, [$($form:literal),*];)*) => {
        /// The places outside the list: each one's name and GB/T 2260 prefix.
        pub(crate) static OUTSIDE_SCOPE: [(&str, u8); [$($prefix),*].len()] =
            [$(($name, $prefix)),*];
    };
}
pub(crate) use outside_scope;

impl Province {
    const fn row(self) -> &'static ProvinceRow {
        &ROWS[self as usize]
    }

    /// The full Chinese name: 北京市, 内蒙古自治区, 新疆生产建设兵团.
    ///
    /// # Example
    /// ```
    /// assert_eq!(cn_edu_pilots::Province::Guangxi.name_zh(), "广西壮族自治区");
    /// ```
    #[inline]
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
    #[inline]
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
    #[inline]
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
    #[inline]
    #[must_use]
    pub const fn name_en(self) -> &'static str {
        self.row().name_en
    }

    /// The official English name, with its designation: Henan Province,
    /// Beijing Municipality, Guangxi Zhuang Autonomous Region.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::Province;
    ///
    /// assert_eq!(Province::Ningxia.official_name_en(), "Ningxia Hui Autonomous Region");
    /// assert_eq!(Province::Chongqing.official_name_en(), "Chongqing Municipality");
    /// ```
    #[inline]
    #[must_use]
    pub const fn official_name_en(self) -> &'static str {
        self.row().official_name_en
    }

    /// The GB/T 2260 code of the province-level division (`410000` for
    /// Henan), or `None` for the Corps, which has none.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, Province};
    ///
    /// assert_eq!(Province::Xinjiang.gb2260_code(), Some(DivisionCode::try_from(650000)?));
    /// assert_eq!(Province::Xpcc.gb2260_code(), None);
    /// # Ok::<(), cn_edu_pilots::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn gb2260_code(self) -> Option<DivisionCode> {
        self.row().code
    }

    /// The province whose province-level code is exactly `code`; `None` for
    /// the code of a prefecture or county. [`DivisionCode::province`] gives
    /// the province any code lies in.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{DivisionCode, Province};
    ///
    /// let code = |n: u32| DivisionCode::try_from(n).unwrap();
    /// assert_eq!(Province::from_code(code(440000)), Some(Province::Guangdong));
    /// assert_eq!(Province::from_code(code(440300)), None);
    /// assert_eq!(code(440300).province(), Province::Guangdong);
    /// ```
    #[inline]
    #[must_use]
    pub const fn from_code(code: DivisionCode) -> Option<Province> {
        if code.get() % 10_000 == 0 {
            Province::from_code_prefix(code.get() / 10_000)
        } else {
            None
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
    #[inline]
    #[must_use]
    pub const fn iso_3166_2(self) -> Option<&'static str> {
        self.row().iso
    }

    /// The numeric ISO 3166-2 code in use until 2017 (`"CN-41"`, the
    /// province's GB/T 2260 prefix), which data from around 2012 carries;
    /// `None` for the Corps.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::Province;
    ///
    /// assert_eq!(Province::Henan.iso_3166_2_numeric(), Some("CN-41"));
    /// assert_eq!("CN-41".parse(), Ok(Province::Henan));
    /// ```
    #[inline]
    #[must_use]
    pub const fn iso_3166_2_numeric(self) -> Option<&'static str> {
        self.row().iso_numeric
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
    #[inline]
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
    #[inline]
    #[must_use]
    pub const fn region(self) -> EconomicRegion {
        self.row().region
    }

    /// The province whose ISO 3166-2 code is `s`, exactly as the standard
    /// writes it: the letter code in use since 2017 (`CN-HA`) or the numeric
    /// one in use before (`CN-41`). `FromStr` also takes `cn-ha`.
    ///
    /// # Errors
    /// [`Error`] quoting the input for anything else.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::Province;
    ///
    /// assert_eq!(Province::from_iso("CN-HA"), Ok(Province::Henan));
    /// assert_eq!(Province::from_iso("CN-41"), Ok(Province::Henan));
    /// assert!(Province::from_iso("cn-ha").is_err());
    /// assert!(Province::from_iso("河南").is_err());
    /// ```
    #[inline]
    pub fn from_iso(s: &str) -> Result<Province, Error> {
        strict(s, EXPECTED_ISO, |row| {
            row.iso == Some(s) || row.iso_numeric == Some(s)
        })
    }

    /// The province whose one-character abbreviation (简称) is `s`, in
    /// simplified characters: 豫, and the alternatives 蜀, 黔, 滇, 秦, 陇;
    /// 兵团 for the Corps.
    ///
    /// # Errors
    /// [`Error`] quoting the input for anything else.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::Province;
    ///
    /// assert_eq!(Province::from_abbreviation("蜀"), Ok(Province::Sichuan));
    /// assert!(Province::from_abbreviation("四川").is_err());
    /// assert!(Province::from_abbreviation(" 川").is_err());
    /// ```
    #[inline]
    pub fn from_abbreviation(s: &str) -> Result<Province, Error> {
        strict(s, EXPECTED_ABBREVIATION, |row| {
            row.abbreviations.contains(&s)
        })
    }

    /// The province whose full or short Chinese name is `s`, in simplified
    /// characters: 河南省 or 河南, 内蒙古自治区 or 内蒙古.
    ///
    /// # Errors
    /// [`Error`] quoting the input for anything else.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::Province;
    ///
    /// assert_eq!(Province::from_name_zh("广东"), Ok(Province::Guangdong));
    /// assert!(Province::from_name_zh("廣東").is_err());
    /// assert!(Province::from_name_zh("粤").is_err());
    /// ```
    #[inline]
    pub fn from_name_zh(s: &str) -> Result<Province, Error> {
        strict(s, EXPECTED_NAME_ZH, |row| {
            row.name_zh == s || row.short_zh == s
        })
    }

    /// The province whose English name or official English name is `s`,
    /// as written: `Inner Mongolia` or `Inner Mongolia Autonomous Region`.
    ///
    /// # Errors
    /// [`Error`] quoting the input for anything else.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::Province;
    ///
    /// assert_eq!(Province::from_name_en("Henan Province"), Ok(Province::Henan));
    /// assert!(Province::from_name_en("henan").is_err());
    /// assert!(Province::from_name_en("Neimenggu").is_err());
    /// ```
    #[inline]
    pub fn from_name_en(s: &str) -> Result<Province, Error> {
        strict(s, EXPECTED_NAME_EN, |row| {
            row.name_en == s || row.official_name_en == s
        })
    }

    /// The province whose codes start with the two digits `prefix` (41 for
    /// Henan): a binary search of the rows, which are in code order.
    pub(crate) const fn from_code_prefix(prefix: u32) -> Option<Province> {
        // The Corps, last, has no code.
        let (mut lo, mut hi) = (0, ROWS.len() - 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let row_prefix = match ROWS[mid].code {
                Some(code) => code.get() / 10_000,
                None => u32::MAX,
            };
            if row_prefix == prefix {
                return Some(Province::ALL[mid]);
            } else if row_prefix < prefix {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        None
    }
}

impl fmt::Display for Province {
    /// Prints the full Chinese name, [`Province::name_zh`].
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name_zh())
    }
}

/// Parses every form listed in the [`Province`] table, the variant's name
/// and the province-level GB/T 2260 code, as the table's notes say.
/// Surrounding whitespace is ignored.
///
/// # Errors
/// [`Error`] quoting the input: of kind
/// [`ProvinceOutsideScope`](ErrorKind::ProvinceOutsideScope) for Taiwan, Hong Kong
/// and Macao (香港, CN-HK, 810000, …), [`UnknownProvince`](ErrorKind::UnknownProvince)
/// for anything else (北平, a county code such as 110101, the empty string).
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
    type Err = Error;

    #[inline]
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let fail = |kind| Err(unknown(input, kind, EXPECTED_ANY_FORM));
        let mut buffer = [0; FOLDED_MAX];
        let Some(s) = fold_full_width(input.trim(), &mut buffer) else {
            return fail(ErrorKind::UnknownProvince);
        };
        if s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit()) {
            let code = s.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0'));
            if code % 10_000 == 0 {
                if let Some(province) = Province::from_code_prefix(code / 10_000) {
                    return Ok(province);
                }
                if OUTSIDE_SCOPE
                    .iter()
                    .any(|(_, prefix)| u32::from(*prefix) == code / 10_000)
                {
                    return fail(ErrorKind::ProvinceOutsideScope);
                }
            }
            return fail(ErrorKind::UnknownProvince);
        }
        find_form(s).or_else(fail)
    }
}

/// What the message of an unknown province says was expected: by
/// `FromStr`, any form, and by each strict constructor, its one kind.
const EXPECTED_ANY_FORM: &str = "expected a Chinese name in simplified or traditional characters \
     (河南省, 河南, 廣東), a one-character abbreviation (豫), an English or pinyin name (Henan, \
     Henan Province), a GB/T 2260 code (410000) or an ISO 3166-2 code (CN-HA, CN-41)";
const EXPECTED_ISO: &str =
    "expected an ISO 3166-2 code as the standard writes it, such as CN-HA or CN-41";
const EXPECTED_ABBREVIATION: &str =
    "expected a one-character abbreviation (简称) in simplified characters, such as 豫, 川 or 蜀";
const EXPECTED_NAME_ZH: &str =
    "expected a full or short Chinese name in simplified characters, such as 河南省 or 河南";
const EXPECTED_NAME_EN: &str =
    "expected an English name as the province table writes it, such as Henan or Henan Province";

/// The error of a province parser that expected `expected`.
#[inline]
fn unknown(input: &str, kind: ErrorKind, expected: &'static str) -> Error {
    Error::expecting(kind, Quoted::new(input), "province", expected)
}

/// The province whose row `is` accepts `s`, or an error expecting that
/// kind of form; of kind `ProvinceOutsideScope` where `FromStr` would say
/// so.
fn strict(
    s: &str,
    expected: &'static str,
    is: impl Fn(&ProvinceRow) -> bool,
) -> Result<Province, Error> {
    if let Some(p) = ROWS.iter().position(is) {
        return Ok(Province::ALL[p]);
    }
    let kind = match s.parse::<Province>() {
        Err(err) if err.kind() == ErrorKind::ProvinceOutsideScope => err.kind(),
        _ => ErrorKind::UnknownProvince,
    };
    Err(unknown(s, kind, expected))
}

/// The room for an input with full-width characters, in bytes after
/// folding: more than twice the longest form (42 bytes, Xinjiang Production
/// and Construction Corps), so that separators between its words fit.
pub(crate) const FOLDED_MAX: usize = 96;

/// `s` with full-width ASCII (U+FF01 to U+FF5E) read as ASCII and the
/// ideographic space as a space, written into `buffer`; `None` when it does
/// not fit, for no form is that long.
#[inline]
pub(crate) fn fold_full_width<'a>(s: &'a str, buffer: &'a mut [u8; FOLDED_MAX]) -> Option<&'a str> {
    // Full-width forms are U+FF01 to U+FF5E (bytes EF BC 81 to EF BD 9E)
    // and the ideographic space U+3000 (E3 80 80): without those lead
    // bytes, there is nothing to fold.
    if !s.bytes().any(|b| b == 0xEF || b == 0xE3) {
        return Some(s);
    }
    let mut len = 0;
    for c in s.chars() {
        let c = match u32::from(c) {
            full @ 0xFF01..=0xFF5E => char::from_u32(full - 0xFEE0)
                .expect("U+FF01..U+FF5E less 0xFEE0 is printable ASCII"),
            0x3000 => ' ',
            _ => c,
        };
        let end = len + c.len_utf8();
        c.encode_utf8(buffer.get_mut(len..end)?);
        len = end;
    }
    core::str::from_utf8(&buffer[..len]).ok().map(str::trim)
}

impl TryFrom<&str> for Province {
    type Error = Error;

    /// The same as [`FromStr`](#impl-FromStr-for-Province).
    #[inline]
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// Whether `code` is one of the four municipalities (直辖市), which the
/// prefecture panel and a name's lookup at prefecture level also take as
/// prefecture-level cities.
#[cfg(feature = "names")]
#[inline]
pub(crate) fn is_municipality(code: DivisionCode) -> bool {
    code.level() == crate::AdminLevel::Provincial
        && Province::from_code(code).is_some_and(|p| p.kind() == ProvinceKind::Municipality)
}

/// The province of the form that `s` is, or the kind of error: of kind
/// `ProvinceOutsideScope` for a form of a place outside the list. The Chinese forms
/// are sorted as written, the Latin ones by their key (their letters and
/// digits in lower case), and no two keys are equal, so the one form a
/// binary search finds is the only candidate; it must then match `s` as its
/// kind of form is compared ([`matches`]).
#[inline]
fn find_form(s: &str) -> Result<Province, ErrorKind> {
    const _: () = assert!(
        OUTSIDE as usize >= Province::COUNT,
        "OUTSIDE numbers no variant"
    );
    let found = if s.is_ascii() {
        // The input's letters and digits in lower case, as the Latin forms
        // are ordered; one longer than the buffer is no form.
        let mut buffer = [0; FOLDED_MAX];
        let mut len = 0;
        for b in s.bytes().filter(|&b| !is_separator(b)) {
            *buffer.get_mut(len).ok_or(ErrorKind::UnknownProvince)? = b.to_ascii_lowercase();
            len += 1;
        }
        let key = &buffer[..len];
        let i = FORMS_LATIN.binary_search_by(|&(form, _)| cmp_letters(form, key));
        i.map(|i| FORMS_LATIN[i])
    } else {
        let i = FORMS_ZH.binary_search_by(|&(form, _)| cmp_bytes(form, s.as_bytes()));
        i.map(|i| FORMS_ZH[i])
    };
    match found {
        // A province is written as the number of its variant, and a place
        // outside the list as `OUTSIDE`, which numbers none.
        Ok((form, owner)) if matches(form, s) => match Province::ALL.get(usize::from(owner)) {
            Some(&province) => Ok(province),
            None => Err(ErrorKind::ProvinceOutsideScope),
        },
        _ => Err(ErrorKind::UnknownProvince),
    }
}

/// Orders `form` against `key` byte for byte, as `str::cmp` does, with a
/// loop that the compiler keeps inline: the forms are short and differ early,
/// where a call to `memcmp` at each step of the search doubles its time.
#[inline]
fn cmp_bytes(form: &str, key: &[u8]) -> Ordering {
    form.bytes().cmp(key.iter().copied())
}

/// Orders the Latin `form` by its key, its letters and digits in lower
/// case, against `key`, with a loop kept inline as in [`cmp_bytes`].
#[inline]
fn cmp_letters(form: &str, key: &[u8]) -> Ordering {
    let letters = form.bytes().filter(|&b| !is_separator(b));
    letters
        .map(|b| b.to_ascii_lowercase())
        .cmp(key.iter().copied())
}

/// Whether `input` is `form`: a Chinese form exactly; a Latin name (with
/// lowercase letters: `Inner Mongolia`) in any ASCII case, with spaces,
/// hyphens or underscores between its words, or nothing; a code or
/// abbreviation written in capitals (`CN-HA`, `XPCC`) in any case but
/// letter for letter.
#[inline]
fn matches(form: &str, input: &str) -> bool {
    if !form.is_ascii() {
        form == input
    } else if form.bytes().any(|b| b.is_ascii_lowercase()) {
        matches_name(form.as_bytes(), input.as_bytes())
    } else {
        form.eq_ignore_ascii_case(input)
    }
}

labelled_enum! {
    /// What kind of provincial-level jurisdiction a [`Province`] is.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{Province, ProvinceKind};
    ///
    /// assert_eq!(Province::Chongqing.kind(), ProvinceKind::Municipality);
    /// assert_eq!(Province::Xpcc.kind().to_string(), "生产建设兵团");
    /// ```
    pub enum ProvinceKind ("province kind") {
        /// 直辖市, a municipality directly under the central government.
        Municipality => "直辖市", "Municipality";
        /// 省, a province.
        Province => "省", "Province";
        /// 自治区, an autonomous region.
        AutonomousRegion => "自治区", "Autonomous region";
        /// 生产建设兵团, the Xinjiang Production and Construction Corps.
        Corps => "生产建设兵团", "Production and Construction Corps";
    }
}

labelled_enum! {
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
    pub enum EconomicRegion ("economic region") {
        /// 东部: Beijing, Tianjin, Hebei, Shanghai, Jiangsu, Zhejiang,
        /// Fujian, Shandong, Guangdong, Hainan.
        Eastern => "东部", "Eastern";
        /// 中部: Shanxi, Anhui, Jiangxi, Henan, Hubei, Hunan.
        Central => "中部", "Central";
        /// 西部: Inner Mongolia, Guangxi, Chongqing, Sichuan, Guizhou,
        /// Yunnan, Tibet, Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang, and
        /// the Corps.
        Western => "西部", "Western";
        /// 东北: Liaoning, Jilin, Heilongjiang.
        Northeast => "东北", "Northeast";
    }
}

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
    #[inline]
    pub fn provinces(self) -> impl Iterator<Item = Province> {
        Province::ALL
            .into_iter()
            .filter(move |p| p.region() == self)
    }
}
