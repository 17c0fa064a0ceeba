//! The list itself: the annex of 教技函〔2012〕70号, one entry per literal, in
//! the notice's order, so this file can be read side by side with the notice
//! (and with `data/pilot-list.txt`, its verbatim copy).
//!
//! Each member carries what the text states or implies: its province (also
//! where the name leaves it implicit), its kind, and the GB/T 2260 division
//! (2012-10 edition) its name places it in. Themes are not written here: they
//! are classified from the focus text at compile time by `PilotUnit::new`.
//! Every index of the crate is derived from this one table.

use crate::Province;
use crate::Province::{
    Anhui, Beijing, Chongqing, Fujian, Gansu, Guangdong, Guangxi, Guizhou, Hebei, Heilongjiang,
    Henan, Hubei, Hunan, InnerMongolia, Jiangsu, Jiangxi, Jilin, Liaoning, Ningxia, Qinghai,
    Shaanxi, Shandong, Shanghai, Shanxi, Sichuan, Tianjin, Tibet, Xinjiang, Xpcc, Yunnan, Zhejiang,
};
use crate::division::Division;
use crate::unit::MemberKind::{
    EducationBureau, EducationTechnologyCenter, Enterprise, Government, ResearchAndTrainingCenter,
    University,
};
use crate::unit::{Member, PilotUnit};

/// The division a member sits in, by its 2012 code and name.
const fn at(code: u32, name_zh: &'static str) -> Division {
    Division::new(code, name_zh)
}

/// Number of entries in the notice's list.
pub(crate) const UNIT_COUNT: usize = 56;

/// The table, in the notice's order: `TABLE[i].id() == i + 1`.
#[rustfmt::skip]
pub(crate) const TABLE: [PilotUnit; UNIT_COUNT] = [
    PilotUnit::new(
        1,
        "北京市东城区教育委员会",
        "网络环境下的教师专业发展模式探索",
        &[
            Member::new("北京市东城区教育委员会", Beijing, EducationBureau, Some(at(110101, "东城区"))),
        ],
    ),
    PilotUnit::new(
        2,
        "北京市海淀区教育委员会",
        "教育信息化促进区域教育均衡发展模式探索",
        &[
            Member::new("北京市海淀区教育委员会", Beijing, EducationBureau, Some(at(110108, "海淀区"))),
        ],
    ),
    PilotUnit::new(
        3,
        "天津市滨海新区教育局",
        "基于云计算技术的区域性资源共建共享模式、机制探索",
        &[
            Member::new("天津市滨海新区教育局", Tianjin, EducationBureau, Some(at(120116, "滨海新区"))),
        ],
    ),
    PilotUnit::new(
        4,
        "天津市北辰区教育局",
        "以优质教育资源的共建共享促进区域教育均衡发展模式探索",
        &[
            Member::new("天津市北辰区教育局", Tianjin, EducationBureau, Some(at(120113, "北辰区"))),
        ],
    ),
    PilotUnit::new(
        5,
        "河北省唐山市开平区教育局",
        "以教育信息化促进教育公平、均衡发展模式探索",
        &[
            Member::new("河北省唐山市开平区教育局", Hebei, EducationBureau, Some(at(130205, "开平区"))),
        ],
    ),
    PilotUnit::new(
        6,
        "河北省张家口市桥东区教育局",
        "区域教育信息化公共服务体系建设与优质教育资源共建共享机制探索",
        &[
            Member::new("河北省张家口市桥东区教育局", Hebei, EducationBureau, Some(at(130702, "桥东区"))),
        ],
    ),
    PilotUnit::new(
        7,
        "山西省太原市教育局",
        "太原市教育信息化公共服务体系建设与应用模式探索",
        &[
            Member::new("山西省太原市教育局", Shanxi, EducationBureau, Some(at(140100, "太原市"))),
        ],
    ),
    PilotUnit::new(
        8,
        "山西省晋中市教育局",
        "推进国家数字教育资源公共服务平台规模化应用，探索区域教育信息化发展机制",
        &[
            Member::new("山西省晋中市教育局", Shanxi, EducationBureau, Some(at(140700, "晋中市"))),
        ],
    ),
    PilotUnit::new(
        9,
        "内蒙古自治区鄂尔多斯市教育局",
        "信息化条件下教育教学模式创新探索",
        &[
            Member::new("内蒙古自治区鄂尔多斯市教育局", InnerMongolia, EducationBureau, Some(at(150600, "鄂尔多斯市"))),
        ],
    ),
    PilotUnit::new(
        10,
        "内蒙古自治区锡林郭勒盟西乌珠穆沁旗教育科技局",
        "民族地区的优质教育资源共建共享与应用机制探索",
        &[
            Member::new("内蒙古自治区锡林郭勒盟西乌珠穆沁旗教育科技局", InnerMongolia, EducationBureau, Some(at(152526, "西乌珠穆沁旗"))),
        ],
    ),
    PilotUnit::new(
        11,
        "辽宁省大连市沙河口区教育局",
        "优质资源共建共享途径探索",
        &[
            Member::new("辽宁省大连市沙河口区教育局", Liaoning, EducationBureau, Some(at(210204, "沙河口区"))),
        ],
    ),
    PilotUnit::new(
        12,
        "辽宁省沈阳市教育局",
        "下一代互联网应用与区域教育均衡发展探索",
        &[
            Member::new("辽宁省沈阳市教育局", Liaoning, EducationBureau, Some(at(210100, "沈阳市"))),
        ],
    ),
    PilotUnit::new(
        13,
        "吉林省长春市教育局",
        "宽带网络校校通建设机制与应用模式探索",
        &[
            Member::new("吉林省长春市教育局", Jilin, EducationBureau, Some(at(220100, "长春市"))),
        ],
    ),
    PilotUnit::new(
        14,
        "黑龙江省鸡西市人民政府",
        "网络学习空间普及与应用模式探索",
        &[
            Member::new("黑龙江省鸡西市人民政府", Heilongjiang, Government, Some(at(230300, "鸡西市"))),
        ],
    ),
    PilotUnit::new(
        15,
        "黑龙江省哈尔滨市阿城区人民政府",
        "中小学生自主学习平台与教与学方式变革探索",
        &[
            Member::new("黑龙江省哈尔滨市阿城区人民政府", Heilongjiang, Government, Some(at(230112, "阿城区"))),
        ],
    ),
    PilotUnit::new(
        16,
        "上海市徐汇区教育局",
        "智慧型基础教育信息化公共服务体系建设与应用探索",
        &[
            Member::new("上海市徐汇区教育局", Shanghai, EducationBureau, Some(at(310104, "徐汇区"))),
        ],
    ),
    PilotUnit::new(
        17,
        "上海市普陀区教育局",
        "网络环境下学习方式变革实验",
        &[
            Member::new("上海市普陀区教育局", Shanghai, EducationBureau, Some(at(310107, "普陀区"))),
        ],
    ),
    PilotUnit::new(
        18,
        "江苏省无锡市教育局",
        "教育“物联网”普及与应用的有效模式探索",
        &[
            Member::new("江苏省无锡市教育局", Jiangsu, EducationBureau, Some(at(320200, "无锡市"))),
        ],
    ),
    PilotUnit::new(
        19,
        "江苏省徐州市云龙区文化教育体育局",
        "网络环境下的区域优质教育资源共建共享机制探索",
        &[
            Member::new("江苏省徐州市云龙区文化教育体育局", Jiangsu, EducationBureau, Some(at(320303, "云龙区"))),
        ],
    ),
    PilotUnit::new(
        20,
        "浙江省杭州市拱墅区教育局",
        "以特级教师工作室和网络学习空间推动教育教学模式创新探索",
        &[
            Member::new("浙江省杭州市拱墅区教育局", Zhejiang, EducationBureau, Some(at(330105, "拱墅区"))),
        ],
    ),
    PilotUnit::new(
        21,
        "浙江省台州市玉环县教育局",
        "区域教育资源可持续发展机制探索",
        &[
            Member::new("浙江省台州市玉环县教育局", Zhejiang, EducationBureau, Some(at(331021, "玉环县"))),
        ],
    ),
    PilotUnit::new(
        22,
        "安徽省芜湖市教育局",
        "教育信息化可持续发展模式探索",
        &[
            Member::new("安徽省芜湖市教育局", Anhui, EducationBureau, Some(at(340200, "芜湖市"))),
        ],
    ),
    PilotUnit::new(
        23,
        "福建省福州市教育局",
        "教育信息化促进区域教育均衡发展模式探索",
        &[
            Member::new("福建省福州市教育局", Fujian, EducationBureau, Some(at(350100, "福州市"))),
        ],
    ),
    PilotUnit::new(
        24,
        "福建省厦门市教育局",
        "区域教育信息化公共服务体系建设与应用机制探索",
        &[
            Member::new("福建省厦门市教育局", Fujian, EducationBureau, Some(at(350200, "厦门市"))),
        ],
    ),
    PilotUnit::new(
        25,
        "江西省婺源县教育体育局",
        "宽带网络校校通建设机制探索",
        &[
            Member::new("江西省婺源县教育体育局", Jiangxi, EducationBureau, Some(at(361130, "婺源县"))),
        ],
    ),
    PilotUnit::new(
        26,
        "山东省济南市历下区教育局",
        "基于云计算技术的教育教学模式创新实验",
        &[
            Member::new("山东省济南市历下区教育局", Shandong, EducationBureau, Some(at(370102, "历下区"))),
        ],
    ),
    PilotUnit::new(
        27,
        "山东省烟台市芝罘区教育体育局、山东省寿光市教育局",
        "区域网络教研及跨区域网络协同教研模式探索",
        &[
            Member::new("山东省烟台市芝罘区教育体育局", Shandong, EducationBureau, Some(at(370602, "芝罘区"))),
            Member::new("山东省寿光市教育局", Shandong, EducationBureau, Some(at(370783, "寿光市"))),
        ],
    ),
    PilotUnit::new(
        28,
        "河南省电教馆、郑州市教育局、新疆维吾尔自治区哈密地区教育局、郑州大学、焦作市教育局",
        "优质教育资源共建共享机制及对口支援偏远地区基础教育发展模式探索",
        &[
            Member::new("河南省电教馆", Henan, EducationTechnologyCenter, Some(at(410000, "河南省"))),
            Member::new("郑州市教育局", Henan, EducationBureau, Some(at(410100, "郑州市"))),
            Member::new("新疆维吾尔自治区哈密地区教育局", Xinjiang, EducationBureau, Some(at(652200, "哈密地区"))),
            Member::new("郑州大学", Henan, University, Some(at(410100, "郑州市"))),
            Member::new("焦作市教育局", Henan, EducationBureau, Some(at(410800, "焦作市"))),
        ],
    ),
    PilotUnit::new(
        29,
        "湖北省麻城市教育局",
        "城乡数字教育一体化发展的长效机制探索",
        &[
            Member::new("湖北省麻城市教育局", Hubei, EducationBureau, Some(at(421181, "麻城市"))),
        ],
    ),
    PilotUnit::new(
        30,
        "湖北省十堰市教育局",
        "经济欠发达地区教育信息化的发展途径探索",
        &[
            Member::new("湖北省十堰市教育局", Hubei, EducationBureau, Some(at(420300, "十堰市"))),
        ],
    ),
    PilotUnit::new(
        31,
        "湖南省郴州市教育局",
        "教育信息化促进区域教育公平途径探索",
        &[
            Member::new("湖南省郴州市教育局", Hunan, EducationBureau, Some(at(431000, "郴州市"))),
        ],
    ),
    PilotUnit::new(
        32,
        "广东省深圳市南山区教育局",
        "区域“泛在学习”发展机制探索",
        &[
            Member::new("广东省深圳市南山区教育局", Guangdong, EducationBureau, Some(at(440305, "南山区"))),
        ],
    ),
    PilotUnit::new(
        33,
        "广东省佛山市教育局，华南师范大学教育信息技术学院，中国电信佛山市分公司",
        "教育信息化公共服务体系建设与教育公平均衡发展探索",
        &[
            Member::new("广东省佛山市教育局", Guangdong, EducationBureau, Some(at(440600, "佛山市"))),
            Member::new("华南师范大学教育信息技术学院", Guangdong, University, None),
            Member::new("中国电信佛山市分公司", Guangdong, Enterprise, Some(at(440600, "佛山市"))),
        ],
    ),
    PilotUnit::new(
        34,
        "广西壮族自治区柳州市教育局",
        "利用云计算技术促进优质资源城乡共享机制探索",
        &[
            Member::new("广西壮族自治区柳州市教育局", Guangxi, EducationBureau, Some(at(450200, "柳州市"))),
        ],
    ),
    PilotUnit::new(
        35,
        "重庆市大足区教育委员会",
        "教育信息化促进经济欠发达地区教育均衡发展途径探索",
        &[
            Member::new("重庆市大足区教育委员会", Chongqing, EducationBureau, Some(at(500111, "大足区"))),
        ],
    ),
    PilotUnit::new(
        36,
        "重庆市沙坪坝区教育委员会",
        "利用云计算技术促进优质资源共建共享机制探索",
        &[
            Member::new("重庆市沙坪坝区教育委员会", Chongqing, EducationBureau, Some(at(500106, "沙坪坝区"))),
        ],
    ),
    PilotUnit::new(
        37,
        "四川省成都市教育局",
        "教育信息化促进教育均衡发展模式探索",
        &[
            Member::new("四川省成都市教育局", Sichuan, EducationBureau, Some(at(510100, "成都市"))),
        ],
    ),
    PilotUnit::new(
        38,
        "四川省绵竹市教育局",
        "利用云计算技术促进优质资源城乡共享机制探索",
        &[
            Member::new("四川省绵竹市教育局", Sichuan, EducationBureau, Some(at(510683, "绵竹市"))),
        ],
    ),
    PilotUnit::new(
        39,
        "贵州省习水县教育和科学技术局",
        "教育信息化促进经济欠发达地区教育均衡发展途径探索",
        &[
            Member::new("贵州省习水县教育和科学技术局", Guizhou, EducationBureau, Some(at(520330, "习水县"))),
        ],
    ),
    PilotUnit::new(
        40,
        "贵州省贵阳市小河区教育科研培训中心",
        "网络条件下校本研修与区域协作教研模式探索",
        &[
            Member::new("贵州省贵阳市小河区教育科研培训中心", Guizhou, ResearchAndTrainingCenter, Some(at(520114, "小河区"))),
        ],
    ),
    PilotUnit::new(
        41,
        "云南省楚雄州楚雄市教育局",
        "经济欠发达地区的教育信息化发展模式探索",
        &[
            Member::new("云南省楚雄州楚雄市教育局", Yunnan, EducationBureau, Some(at(532301, "楚雄市"))),
        ],
    ),
    PilotUnit::new(
        42,
        "云南省保山市腾冲县教育局",
        "边疆民族地区教育信息化促进教育公平、均衡发展探索",
        &[
            Member::new("云南省保山市腾冲县教育局", Yunnan, EducationBureau, Some(at(530522, "腾冲县"))),
        ],
    ),
    PilotUnit::new(
        43,
        "西藏自治区昌都地区教育局",
        "信息化促进区域教育均衡发展途径探索",
        &[
            Member::new("西藏自治区昌都地区教育局", Tibet, EducationBureau, Some(at(542100, "昌都地区"))),
        ],
    ),
    PilotUnit::new(
        44,
        "西藏自治区拉萨市城关区教育体育局",
        "教育信息化促进教育公平机制探索",
        &[
            Member::new("西藏自治区拉萨市城关区教育体育局", Tibet, EducationBureau, Some(at(540102, "城关区"))),
        ],
    ),
    PilotUnit::new(
        45,
        "陕西省榆林市神木县教育局",
        "教育信息化公共服务体系与学习型社会建设探索",
        &[
            Member::new("陕西省榆林市神木县教育局", Shaanxi, EducationBureau, Some(at(610821, "神木县"))),
        ],
    ),
    PilotUnit::new(
        46,
        "陕西省安康市石泉县教育体育局",
        "学校教育信息化标准化建设探索",
        &[
            Member::new("陕西省安康市石泉县教育体育局", Shaanxi, EducationBureau, Some(at(610922, "石泉县"))),
        ],
    ),
    PilotUnit::new(
        47,
        "甘肃省白银市会宁县教育局",
        "教育信息化促进城乡教育均衡发展探索",
        &[
            Member::new("甘肃省白银市会宁县教育局", Gansu, EducationBureau, Some(at(620422, "会宁县"))),
        ],
    ),
    PilotUnit::new(
        48,
        "甘肃省兰州市城关区教育局",
        "区域教育信息化公共服务体系建设与应用探索",
        &[
            Member::new("甘肃省兰州市城关区教育局", Gansu, EducationBureau, Some(at(620102, "城关区"))),
        ],
    ),
    PilotUnit::new(
        49,
        "青海省西宁市城北区教育局",
        "信息化条件下教育教学模式改革探索",
        &[
            Member::new("青海省西宁市城北区教育局", Qinghai, EducationBureau, Some(at(630105, "城北区"))),
        ],
    ),
    PilotUnit::new(
        50,
        "青海省湟中县教育局",
        "教育信息化促进教育公平途径探索",
        &[
            Member::new("青海省湟中县教育局", Qinghai, EducationBureau, Some(at(630122, "湟中县"))),
        ],
    ),
    PilotUnit::new(
        51,
        "宁夏回族自治区固原市泾源县教育局",
        "经济欠发达地区区域间信息化协作促进教育教学模式变革探索",
        &[
            Member::new("宁夏回族自治区固原市泾源县教育局", Ningxia, EducationBureau, Some(at(640424, "泾源县"))),
        ],
    ),
    PilotUnit::new(
        52,
        "宁夏回族自治区银川市灵武市教育局",
        "信息技术与教育教学融合提高教学质量模式探索",
        &[
            Member::new("宁夏回族自治区银川市灵武市教育局", Ningxia, EducationBureau, Some(at(640181, "灵武市"))),
        ],
    ),
    PilotUnit::new(
        53,
        "新疆维吾尔自治区喀什地区泽普县教育局",
        "民族地区教育信息化整体推进模式与机制探索",
        &[
            Member::new("新疆维吾尔自治区喀什地区泽普县教育局", Xinjiang, EducationBureau, Some(at(653124, "泽普县"))),
        ],
    ),
    PilotUnit::new(
        54,
        "新疆维吾尔自治区塔城地区沙湾县教育局",
        "民族地区宽带网络校校通建设与应用模式探索",
        &[
            Member::new("新疆维吾尔自治区塔城地区沙湾县教育局", Xinjiang, EducationBureau, Some(at(654223, "沙湾县"))),
        ],
    ),
    PilotUnit::new(
        55,
        "新疆生产建设兵团农二师教育局",
        "优质教育教学资源共建共享途径探索",
        &[
            Member::new("新疆生产建设兵团农二师教育局", Xpcc, EducationBureau, None),
        ],
    ),
    PilotUnit::new(
        56,
        "广东省深圳市教育局",
        "采用云计算技术的公共服务体系建设与应用探索",
        &[
            Member::new("广东省深圳市教育局", Guangdong, EducationBureau, Some(at(440300, "深圳市"))),
        ],
    ),
];

/// The table as a static, so that queries can hand out `&'static` references.
pub(crate) static UNITS: [PilotUnit; UNIT_COUNT] = TABLE;

/// Number of organisations named in the list.
pub(crate) const MEMBER_COUNT: usize = 63;

// Compile-time checks of the table: the build fails if an edit breaks one.
const _: () = {
    let mut members = 0;
    let mut i = 0;
    while i < TABLE.len() {
        let unit = &TABLE[i];
        // Ids are positions in the notice.
        assert!(unit.id() as usize == i + 1);
        // The entry line is its members' names joined by one separator.
        assert!(
            is_joined(unit.name(), unit.members(), "、")
                || is_joined(unit.name(), unit.members(), "，")
        );
        // Every focus text has at least one theme.
        assert!(!unit.themes().is_empty());
        let mut m = 0;
        while m < unit.members().len() {
            let member = &unit.members()[m];
            // A member whose name starts with a province's name is in that province…
            let mut p = 0;
            while p < Province::ALL.len() {
                let province = Province::ALL[p];
                if starts_with(member.name(), province.name_zh()) {
                    assert!(member.province() as u8 == province as u8);
                }
                p += 1;
            }
            // …and so is its division.
            if let Some(division) = member.division() {
                assert!(division.province() as u8 == member.province() as u8);
            }
            m += 1;
        }
        members += unit.members().len();
        i += 1;
    }
    assert!(members == MEMBER_COUNT);
};

const fn starts_with(s: &str, prefix: &str) -> bool {
    let (s, prefix) = (s.as_bytes(), prefix.as_bytes());
    s.len() >= prefix.len() && bytes_eq(s.split_at(prefix.len()).0, prefix)
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `name` is exactly the names of `members` joined by `separator`.
const fn is_joined(name: &str, members: &[Member], separator: &str) -> bool {
    let mut rest = name.as_bytes();
    let mut m = 0;
    while m < members.len() {
        let part = members[m].name().as_bytes();
        if m > 0 {
            let sep = separator.as_bytes();
            if rest.len() < sep.len() || !bytes_eq(rest.split_at(sep.len()).0, sep) {
                return false;
            }
            rest = rest.split_at(sep.len()).1;
        }
        if rest.len() < part.len() || !bytes_eq(rest.split_at(part.len()).0, part) {
            return false;
        }
        rest = rest.split_at(part.len()).1;
        m += 1;
    }
    rest.is_empty()
}
