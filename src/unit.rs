//! The unit model: a pilot entry of the notice and the organisations in it.

use core::fmt;

use crate::data::units::TABLE;
use crate::division::Division;
use crate::labels::labelled_enum;
use crate::province::Province;
use crate::theme::{FocusTheme, ThemeSet};

labelled_enum! {
    /// What kind of organisation a [`Member`] is, read off the end of its name.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{MemberKind, pilots};
    ///
    /// let jixi = &pilots::get(14).unwrap().members()[0];
    /// assert_eq!(jixi.name(), "黑龙江省鸡西市人民政府");
    /// assert_eq!(jixi.kind(), MemberKind::Government);
    /// assert!(jixi.kind().is_territorial());
    /// ```
    pub enum MemberKind ("member kind") {
        /// 教育行政部门: a local education authority, whatever its name
        /// (教育局, 教育委员会, 教育体育局, 文化教育体育局, 教育科技局,
        /// 教育和科学技术局).
        EducationBureau => "教育行政部门", "Education bureau";
        /// 人民政府: a local people's government.
        Government => "人民政府", "Government";
        /// 电教馆 (电化教育馆): a public centre for educational technology,
        /// as 中央电化教育馆 names itself the National Center for Educational
        /// Technology.
        EducationalTechnologyCenter => "电教馆", "Educational technology center";
        /// 教育科研培训中心: a public centre for teaching research and teacher
        /// training.
        ResearchAndTrainingCenter => "教育科研培训中心", "Research and training center";
        /// 高等学校: a university or one of its schools.
        University => "高等学校", "University";
        /// 企业: a company.
        Enterprise => "企业", "Enterprise";
    }
}

impl MemberKind {
    /// Whether members of this kind act for the territory they are named
    /// after: education bureaus, governments and the public centres of a
    /// division do; universities and companies do not. Only territorial
    /// members make a unit [`covering`](crate::pilots::covering) an area.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::MemberKind;
    ///
    /// assert!(MemberKind::EducationalTechnologyCenter.is_territorial());
    /// assert!(!MemberKind::University.is_territorial());
    /// ```
    #[inline]
    #[must_use]
    pub const fn is_territorial(self) -> bool {
        !matches!(self, MemberKind::University | MemberKind::Enterprise)
    }
}

/// One organisation of a [`PilotUnit`]. Most units have one member; three
/// joint units have two, five and three.
///
/// # Example
/// ```
/// use cn_edu_pilots::{MemberKind, Province, pilots};
///
/// let henan = pilots::get(28).unwrap();
/// let names: Vec<&str> = henan.members().iter().map(|m| m.name()).collect();
/// assert_eq!(names, ["河南省电教馆", "郑州市教育局", "新疆维吾尔自治区哈密地区教育局", "郑州大学", "焦作市教育局"]);
/// // The text leaves 郑州市's province implicit; the crate does not.
/// assert_eq!(henan.members()[1].province(), Province::Henan);
/// assert_eq!(henan.members()[2].province(), Province::Xinjiang);
/// assert_eq!(henan.members()[3].kind(), MemberKind::University);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Member {
    name: &'static str,
    name_en: &'static str,
    province: Province,
    kind: MemberKind,
    division: Option<Division>,
    /// The position of the member's unit, filled in when the members are
    /// compiled.
    unit: u8,
    /// The member's position among its unit's members, likewise.
    place: u8,
}

impl Member {
    /// A member's line of `src/data/units.rs`.
    pub(crate) const fn new(
        name: &'static str,
        name_en: &'static str,
        province: Province,
        kind: MemberKind,
        division: Option<Division>,
    ) -> Member {
        Member {
            name,
            name_en,
            province,
            kind,
            division,
            unit: 0,
            place: 0,
        }
    }

    /// The English name, following the convention in the docs of
    /// [`PilotUnit::name_en`].
    ///
    /// # Example
    /// ```
    /// let henan = cn_edu_pilots::pilots::get(28).unwrap();
    /// let names: Vec<&str> = henan.members().iter().map(|m| m.name_en()).collect();
    /// assert_eq!(names[..2], ["Henan Province Educational Technology Center", "Zhengzhou City Education Bureau"]);
    /// assert_eq!(names[3], "Zhengzhou University");
    /// ```
    #[inline]
    #[must_use]
    pub const fn name_en(&self) -> &'static str {
        self.name_en
    }

    /// The entry of the notice the member belongs to.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::pilots;
    ///
    /// let zzu = pilots::member_by_name("郑州大学").unwrap();
    /// assert_eq!(zzu.unit().id(), 28);
    /// for unit in pilots::all() {
    ///     assert!(unit.members().iter().all(|m| m.unit() == unit));
    /// }
    /// ```
    #[inline]
    #[must_use]
    pub const fn unit(&self) -> &'static PilotUnit {
        &UNITS[self.unit as usize]
    }

    /// The member's id: its entry's id and its letter among the entry's
    /// members in the notice's order, `28a` for 河南省电教馆 (the first
    /// member of entry 28). The panels name members by it.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{MemberId, pilots};
    ///
    /// let henan = pilots::get(28).unwrap();
    /// let ids: Vec<String> = henan.members().iter().map(|m| m.id().to_string()).collect();
    /// assert_eq!(ids, ["28a", "28b", "28c", "28d", "28e"]);
    /// let id: MemberId = "28c".parse()?;
    /// assert_eq!(id.member().name(), "新疆维吾尔自治区哈密地区教育局");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn id(&self) -> MemberId {
        MemberId {
            unit: self.unit + 1,
            place: self.place,
        }
    }

    /// The member's position in [`pilots::members`](crate::pilots::members).
    #[cfg(feature = "panel")]
    pub(crate) const fn position(&self) -> usize {
        UNITS[self.unit as usize].first_member() as usize + self.place as usize
    }

    /// The name exactly as published.
    ///
    /// # Example
    /// ```
    /// let member = &cn_edu_pilots::pilots::get(1).unwrap().members()[0];
    /// assert_eq!(member.name(), "北京市东城区教育委员会");
    /// ```
    #[inline]
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The jurisdiction the member belongs to, also where the name leaves
    /// it implicit (郑州市教育局 → Henan; 华南师范大学教育信息技术学院 →
    /// Guangdong).
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::Province;
    ///
    /// let scnu = &cn_edu_pilots::pilots::get(33).unwrap().members()[1];
    /// assert_eq!(scnu.province(), Province::Guangdong);
    /// ```
    #[inline]
    #[must_use]
    pub const fn province(&self) -> Province {
        self.province
    }

    /// What kind of organisation the member is.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::MemberKind;
    ///
    /// let telecom = &cn_edu_pilots::pilots::get(33).unwrap().members()[2];
    /// assert_eq!(telecom.kind(), MemberKind::Enterprise);
    /// ```
    #[inline]
    #[must_use]
    pub const fn kind(&self) -> MemberKind {
        self.kind
    }

    /// The administrative division the member's name places it in, as of
    /// the GB/T 2260 edition in force when the notice was issued (National
    /// Bureau of Statistics, October 2012). `None` where the name places it
    /// in no division: 华南师范大学教育信息技术学院, and the Corps, whose
    /// divisions have no GB/T 2260 code. Entry 55's member (农二师) is still
    /// found by code, by an institutional rule (师市合一), not through this
    /// division: its area is the land the lists give its city 铁门关市
    /// (659006, listed from 2012) in any year, which
    /// [`pilots::covering_in`](crate::pilots::covering_in) reads
    /// territorially (铁门关市 wholly, the 巴音郭楞 counties it took land
    /// from partly until they gave it) and
    /// [`pilots::covering`](crate::pilots::covering) by 659006's digits.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::pilots;
    ///
    /// let chuxiong = &pilots::get(41).unwrap().members()[0];
    /// let division = chuxiong.division().unwrap();
    /// assert_eq!((division.code().get(), division.name_zh()), (532301, "楚雄市"));
    /// assert_eq!(pilots::get(55).unwrap().members()[0].division(), None);
    /// ```
    #[inline]
    #[must_use]
    pub const fn division(&self) -> Option<Division> {
        self.division
    }
}

/// One entry of the notice's list: a regional education-informatization
/// pilot unit (区域信息化试点单位) and its focus of work (试点工作重点内容).
///
/// # Example
/// ```
/// use cn_edu_pilots::{FocusTheme, Province, pilots};
///
/// let unit = pilots::get(34).unwrap();
/// assert_eq!(unit.id(), 34);
/// assert_eq!(unit.name(), "广西壮族自治区柳州市教育局");
/// assert_eq!(unit.focus(), "利用云计算技术促进优质资源城乡共享机制探索");
/// assert_eq!(unit.lead_province(), Province::Guangxi);
/// assert!(unit.themes().contains(FocusTheme::CloudComputing));
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PilotUnit {
    id: u8,
    /// The unit's members are `MEMBERS[first_member..][..member_count]`.
    first_member: u8,
    member_count: u8,
    name: &'static str,
    focus: &'static str,
    name_en: &'static str,
    focus_en: &'static str,
    themes: ThemeSet,
}

/// An entry as written in `src/data/units.rs`, with its members inline.
/// The table of rows is a `const`; [`UNITS`] and [`MEMBERS`] are compiled
/// from it, the members laid end to end, so that a unit refers to its
/// members by position rather than by a slice.
pub(crate) struct UnitRow {
    id: u8,
    name: &'static str,
    /// A joint entry's English name; `None` for one member, whose it is.
    name_en: Option<&'static str>,
    focus: &'static str,
    focus_en: &'static str,
    themes: ThemeSet,
    members: &'static [Member],
}

impl UnitRow {
    pub(crate) const fn new(
        id: u8,
        name: &'static str,
        name_en: Option<&'static str>,
        focus: &'static str,
        focus_en: &'static str,
        themes: &[FocusTheme],
        members: &'static [Member],
    ) -> UnitRow {
        UnitRow {
            id,
            name,
            name_en,
            focus,
            focus_en,
            themes: ThemeSet::of(themes),
            members,
        }
    }
}

/// The number of entries in the notice's list.
pub(crate) const UNIT_COUNT: usize = TABLE.len();

/// The number of members of all entries.
pub(crate) const MEMBER_COUNT: usize = {
    let mut count = 0;
    let mut i = 0;
    while i < TABLE.len() {
        count += TABLE[i].members.len();
        i += 1;
    }
    count
};

/// The units, in the notice's order.
#[expect(
    clippy::cast_possible_truncation,
    reason = "member positions and counts fit a byte, as the first assertion checks"
)]
pub(crate) static UNITS: [PilotUnit; UNIT_COUNT] = {
    assert!(
        MEMBER_COUNT <= u8::MAX as usize,
        "member positions are bytes"
    );
    let mut units = [const {
        PilotUnit {
            id: 0,
            first_member: 0,
            member_count: 0,
            name: "",
            focus: "",
            name_en: "",
            focus_en: "",
            themes: ThemeSet::EMPTY,
        }
    }; UNIT_COUNT];
    let mut first = 0;
    let mut i = 0;
    while i < UNIT_COUNT {
        let row = &TABLE[i];
        // Sets of units are bits by position, and `get` finds a unit by id.
        assert!(
            row.id as usize == i + 1,
            "a unit's id is its position in the notice"
        );
        // A joint entry's row gives its English name; another's is its
        // member's.
        assert!(
            (row.members.len() > 1) == row.name_en.is_some(),
            "a joint entry, and only a joint entry, is written with `joint`"
        );
        units[i] = PilotUnit {
            id: row.id,
            first_member: first as u8,
            member_count: row.members.len() as u8,
            name: row.name,
            focus: row.focus,
            name_en: match row.name_en {
                Some(name_en) => name_en,
                None => row.members[0].name_en,
            },
            focus_en: row.focus_en,
            themes: row.themes,
        };
        first += row.members.len();
        i += 1;
    }
    units
};

/// The members of all units, unit after unit, with the positions of their
/// units.
#[expect(
    clippy::cast_possible_truncation,
    reason = "unit positions are under 64"
)]
pub(crate) static MEMBERS: [Member; MEMBER_COUNT] = {
    let mut members = [TABLE[0].members[0]; MEMBER_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < UNIT_COUNT {
        let mut m = 0;
        while m < TABLE[i].members.len() {
            let mut member = TABLE[i].members[m];
            member.unit = i as u8;
            member.place = m as u8;
            members[n] = member;
            n += 1;
            m += 1;
        }
        i += 1;
    }
    members
};

#[expect(
    clippy::missing_fields_in_debug,
    reason = "the member positions are shown as the members"
)]
impl fmt::Debug for PilotUnit {
    /// The unit as its accessors give it: the members themselves rather
    /// than their positions.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PilotUnit")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("focus", &self.focus)
            .field("name_en", &self.name_en)
            .field("focus_en", &self.focus_en)
            .field("members", &self.members())
            .field("themes", &self.themes)
            .finish()
    }
}

impl PilotUnit {
    /// The position of the entry in the notice, 1 to 56.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::pilots;
    ///
    /// let first = pilots::all().iter().next().unwrap();
    /// assert_eq!(first.id(), 1);
    /// assert_eq!(pilots::get(1), Some(first));
    /// ```
    #[inline]
    #[must_use]
    pub const fn id(&self) -> u8 {
        self.id
    }

    /// The entry line exactly as published; joint entries keep their
    /// separators (、 or ，).
    ///
    /// # Example
    /// ```
    /// let joint = cn_edu_pilots::pilots::get(27).unwrap();
    /// assert_eq!(joint.name(), "山东省烟台市芝罘区教育体育局、山东省寿光市教育局");
    /// ```
    #[inline]
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The focus of work (试点工作重点内容) exactly as published.
    ///
    /// # Example
    /// ```
    /// let unit = cn_edu_pilots::pilots::get(18).unwrap();
    /// assert_eq!(unit.focus(), "教育“物联网”普及与应用的有效模式探索");
    /// ```
    #[inline]
    #[must_use]
    pub const fn focus(&self) -> &'static str {
        self.focus
    }

    /// The English name of the entry: its member's, or for a joint entry
    /// its members' joined by "; ".
    ///
    /// The English names follow one convention:
    /// - A member is named from its smallest place to its largest, as its
    ///   Chinese name states them (none added, none dropped): the place and
    ///   the organisation, then each larger place after a comma —
    ///   "Kaiping District Education Bureau, Tangshan City, Hebei Province".
    /// - Place names are in Hanyu Pinyin as official romanization writes
    ///   them, one word per name (Zhangjiakou, Shahekou), with the pinyin
    ///   apostrophe where a syllable starting with a, o or e follows
    ///   another (none of these names needs one). Polyphonic characters are
    ///   read as in the place name: 长春 Changchun, 重庆 Chongqing, 芝罘
    ///   Zhifu, 成都 Chengdu. A short form is written out: 楚雄州, for
    ///   楚雄彝族自治州, is Chuxiong Yi Autonomous Prefecture.
    /// - Established English forms are used where the government itself
    ///   uses them: Inner Mongolia, Tibet, Harbin, Ordos, Xilingol, West
    ///   Ujimqin, Qamdo, Kashgar, Lhasa, Xinjiang Uygur. (Tibet is the
    ///   government's English of 2012, when the notice was issued; since
    ///   2023 official media write Xizang, which
    ///   [`Province`](crate::Province)'s parser reads too.)
    /// - Each kind of division and organisation is translated the same way
    ///   everywhere: 省 Province, 自治区 Autonomous Region, 市 Municipality
    ///   for the four municipalities and City otherwise, 地区 Prefecture,
    ///   盟 League, 旗 Banner, 区 District, 新区 New Area, 县 County;
    ///   教育局 Education Bureau, 教育委员会 Education Commission, 人民政府
    ///   People's Government, 电教馆 Educational Technology Center (as
    ///   中央电化教育馆 names itself the National Center for Educational
    ///   Technology), 教育体育局 Education and Sports Bureau, 文化教育体育局
    ///   Culture, Education and Sports Bureau, 教育科技局 and 教育和科学技术局
    ///   Education, Science and Technology Bureau (as the NPC's
    ///   教育科学文化卫生委员会 is its Education, Science, Culture and Public
    ///   Health Committee), 教育科研培训中心 Education Research and Training
    ///   Center.
    /// - Known institutions use their own English names: South China Normal
    ///   University (its School of Information Technology in Education),
    ///   Zhengzhou University, China Telecom. So do the focus texts: entry 8's
    ///   国家数字教育资源公共服务平台 is the National Public Service Platform for
    ///   Educational Resources, as the platform calls itself.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::pilots;
    ///
    /// assert_eq!(pilots::get(13).unwrap().name_en(), "Changchun City Education Bureau, Jilin Province");
    /// assert_eq!(
    ///     pilots::get(27).unwrap().name_en(),
    ///     "Zhifu District Education and Sports Bureau, Yantai City, Shandong Province; \
    ///      Shouguang City Education Bureau, Shandong Province"
    /// );
    /// ```
    #[inline]
    #[must_use]
    pub const fn name_en(&self) -> &'static str {
        self.name_en
    }

    /// An English rendering of the focus of work: this crate's translation,
    /// not an official one.
    ///
    /// # Example
    /// ```
    /// let unit = cn_edu_pilots::pilots::get(1).unwrap();
    /// assert_eq!(unit.focus(), "网络环境下的教师专业发展模式探索");
    /// assert_eq!(
    ///     unit.focus_en(),
    ///     "Exploring models of teacher professional development in a networked environment"
    /// );
    /// ```
    #[inline]
    #[must_use]
    pub const fn focus_en(&self) -> &'static str {
        self.focus_en
    }

    /// The position of the unit's first member in [`MEMBERS`].
    pub(crate) const fn first_member(&self) -> u8 {
        self.first_member
    }

    /// The organisations of the entry, in the order published.
    ///
    /// # Example
    /// ```
    /// let foshan = cn_edu_pilots::pilots::get(33).unwrap();
    /// assert_eq!(foshan.members().len(), 3);
    /// ```
    #[inline]
    #[must_use]
    pub const fn members(&self) -> &'static [Member] {
        let (_, from_first) = MEMBERS.split_at(self.first_member as usize);
        from_first.split_at(self.member_count as usize).0
    }

    /// Whether the entry names more than one organisation.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::pilots;
    ///
    /// assert_eq!(pilots::all().iter().filter(|u| u.is_joint()).count(), 3);
    /// ```
    #[inline]
    #[must_use]
    pub const fn is_joint(&self) -> bool {
        self.member_count > 1
    }

    /// The province of the first member.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{Province, pilots};
    ///
    /// assert_eq!(pilots::get(28).unwrap().lead_province(), Province::Henan);
    /// ```
    #[inline]
    #[must_use]
    pub const fn lead_province(&self) -> Province {
        // Every unit of the table has a member (tests/fidelity.rs).
        self.members()[0].province
    }

    /// The distinct provinces of the members, in the order they first
    /// appear.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::{Province, pilots};
    ///
    /// let henan = pilots::get(28).unwrap();
    /// let provinces: Vec<Province> = henan.provinces().collect();
    /// assert_eq!(provinces, [Province::Henan, Province::Xinjiang]);
    /// ```
    #[inline]
    pub fn provinces(&self) -> impl Iterator<Item = Province> + 'static {
        let members = self.members();
        members
            .iter()
            .enumerate()
            .filter(move |(i, m)| !members[..*i].iter().any(|n| n.province == m.province))
            .map(|(_, m)| m.province)
    }

    /// The focus themes, as written in the unit's row of the table, decided
    /// by reading the focus text against the codebook of [`FocusTheme`].
    /// The keyword heuristic [`FocusTheme::classify_education_text`] gives
    /// the same labels for 55 of the 56 texts (it also gives entry 8's
    /// platform for educational resources
    /// [`ResourceSharing`](FocusTheme::ResourceSharing)), and works on any
    /// other text about education.
    ///
    /// # Example
    /// ```
    /// use cn_edu_pilots::FocusTheme;
    ///
    /// let unit = cn_edu_pilots::pilots::get(13).unwrap();
    /// assert_eq!(unit.focus(), "宽带网络校校通建设机制与应用模式探索");
    /// assert!(unit.themes().contains(FocusTheme::Broadband));
    /// ```
    #[inline]
    #[must_use]
    pub const fn themes(&self) -> ThemeSet {
        self.themes
    }
}

/// The id of a [`Member`]: its entry's id and its letter among the entry's
/// members in the notice's order, written `28a` (河南省电教馆, the first of
/// entry 28's five members). `members.csv` and the panels' `via_members`
/// columns name members by it; letters keep it from being read as a
/// number.
///
/// # Example
/// ```
/// use cn_edu_pilots::{MemberId, pilots};
///
/// let id: MemberId = " 33b".parse()?;
/// assert_eq!((id.unit(), id.letter()), (33, 'b'));
/// assert_eq!(id.member().name(), "华南师范大学教育信息技术学院");
/// assert_eq!(id.member().id(), id);
/// assert_eq!(id.to_string(), "33b");
/// assert!("33d".parse::<MemberId>().is_err()); // entry 33 has three members
/// assert!("57a".parse::<MemberId>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MemberId {
    /// The entry's id, 1 to 56.
    unit: u8,
    /// The member's position in its entry, from 0.
    place: u8,
}

impl MemberId {
    /// The id of the member's entry, 1 to 56.
    ///
    /// # Example
    /// ```
    /// let id: cn_edu_pilots::MemberId = "28e".parse().unwrap();
    /// assert_eq!(id.unit(), 28);
    /// ```
    #[inline]
    #[must_use]
    pub const fn unit(self) -> u8 {
        self.unit
    }

    /// The member's letter in its entry: `a` for the first.
    ///
    /// # Example
    /// ```
    /// let id: cn_edu_pilots::MemberId = "28e".parse().unwrap();
    /// assert_eq!(id.letter(), 'e');
    /// ```
    #[inline]
    #[must_use]
    pub const fn letter(self) -> char {
        (b'a' + self.place) as char
    }

    /// The member the id names.
    ///
    /// # Example
    /// ```
    /// let id: cn_edu_pilots::MemberId = "28e".parse().unwrap();
    /// assert_eq!(id.member().name(), "焦作市教育局");
    /// ```
    #[inline]
    #[must_use]
    pub const fn member(self) -> &'static Member {
        // An id is made only from a member or checked against the units.
        &MEMBERS[UNITS[self.unit as usize - 1].first_member() as usize + self.place as usize]
    }
}

impl fmt::Display for MemberId {
    /// `28a`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.unit, self.letter())
    }
}

impl fmt::Debug for MemberId {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl core::str::FromStr for MemberId {
    type Err = crate::Error;

    /// Reads `28a`: an entry's id (1 to 56, no leading zero) and the
    /// lowercase letter of one of its members; surrounding whitespace is
    /// ignored.
    ///
    /// # Errors
    /// An [`Error`](crate::Error) quoting the input where
    /// it names no member.
    #[inline]
    fn from_str(input: &str) -> Result<MemberId, Self::Err> {
        let error = || {
            crate::Error::expecting(
                crate::ErrorKind::UnknownMember,
                crate::error::Quoted::new(input),
                "member id",
                "expected an entry's id (1 to 56) and the letter of one of its members, as 28a",
            )
        };
        let (unit, letter) = match *input.trim().as_bytes() {
            [d @ b'1'..=b'9', letter] => (d - b'0', letter),
            [d @ b'1'..=b'9', e @ b'0'..=b'9', letter] => ((d - b'0') * 10 + (e - b'0'), letter),
            _ => return Err(error()),
        };
        let place = match letter {
            b'a'..=b'z' => letter - b'a',
            _ => return Err(error()),
        };
        match UNITS.get(usize::from(unit) - 1) {
            Some(found) if usize::from(place) < found.members().len() => {
                Ok(MemberId { unit, place })
            }
            _ => Err(error()),
        }
    }
}

impl TryFrom<&str> for MemberId {
    type Error = crate::Error;

    /// The same as `FromStr`.
    #[inline]
    fn try_from(s: &str) -> Result<MemberId, Self::Error> {
        s.parse()
    }
}
