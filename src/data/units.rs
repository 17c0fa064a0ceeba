//! The list itself: the annex of 教技函〔2012〕70号, one row per entry in the
//! notice's order, then one line per member organisation, so that this file
//! reads side by side with the notice (and with `data/pilot-list.txt`, its
//! verbatim copy).
//!
//! An entry's row gives its position in the notice, its name and focus of
//! work (试点工作重点内容) exactly as published, each followed by its English
//! (a joint entry's name only; a single member's entry is named as its
//! member), and its themes in the taxonomy of `themes.rs`. A member's line
//! gives what the text states or implies: its name and its English name, its
//! province (also where the name leaves it implicit), its kind, and the
//! GB/T 2260 division (2012-10 edition) its name places it in. The English
//! follows the convention in the docs of `PilotUnit::name_en`; the focus
//! texts' English is this crate's translation, not an official one.
//!
//! Every index of the crate is derived from this one table, and so is which
//! entries have each theme; `tests/fidelity.rs`, `tests/themes.rs`,
//! `tests/english.rs` and `tests/divisions.rs` check it against the notice,
//! the codebook, the English convention and the reference editions.

use crate::FocusTheme::{
    ApplicationAtScale, BalancedDevelopment, Broadband, CloudComputing, EducationalEquity,
    EthnicAndBorderAreas, InternetOfThings, LearningSociety, LearningTransformation,
    NextGenerationInternet, OnlineLearningSpace, PublicServiceSystem, RegionWideAdvancement,
    RegionalCollaboration, ResourceSharing, Standardization, Sustainability, TeacherDevelopment,
    TeachingModelInnovation, TeachingResearch, UnderdevelopedAreas, UrbanRuralIntegration,
};
use crate::MemberKind::{
    EducationBureau, EducationalTechnologyCenter, Enterprise, Government,
    ResearchAndTrainingCenter, University,
};
use crate::Province::{
    Anhui, Beijing, Chongqing, Fujian, Gansu, Guangdong, Guangxi, Guizhou, Hebei, Heilongjiang,
    Henan, Hubei, Hunan, InnerMongolia, Jiangsu, Jiangxi, Jilin, Liaoning, Ningxia, Qinghai,
    Shaanxi, Shandong, Shanghai, Shanxi, Sichuan, Tianjin, Tibet, Xinjiang, Xpcc, Yunnan, Zhejiang,
};
use crate::division::Division;
use crate::unit::{Member, UnitRow};
use crate::{FocusTheme, MemberKind, Province};

/// A member's division, by its 2012 code and name.
#[allow(
    clippy::unnecessary_wraps,
    reason = "a member's line reads `at(code, name)` or `None`, like the Option it fills"
)]
const fn at(code: u32, name_zh: &'static str) -> Option<Division> {
    Some(Division::new(code, name_zh))
}

/// An entry of one member: its English name is its member's.
const fn unit(
    id: u8,
    name: &'static str,
    focus: &'static str,
    focus_en: &'static str,
    themes: &[FocusTheme],
    members: &'static [Member],
) -> UnitRow {
    UnitRow::new(id, name, None, focus, focus_en, themes, members)
}

/// A joint entry: its English name is its members' joined by "; ", as the
/// Chinese one joins theirs with 、 or ，.
const fn joint(
    id: u8,
    name: &'static str,
    name_en: &'static str,
    focus: &'static str,
    focus_en: &'static str,
    themes: &[FocusTheme],
    members: &'static [Member],
) -> UnitRow {
    UnitRow::new(id, name, Some(name_en), focus, focus_en, themes, members)
}

const fn member(
    name: &'static str,
    name_en: &'static str,
    province: Province,
    kind: MemberKind,
    division: Option<Division>,
) -> Member {
    Member::new(name, name_en, province, kind, division)
}

/// The table, in the notice's order: `TABLE[i]` is entry `i + 1`. It is a
/// `const`, so only what `unit.rs` compiles from it is in the binary.
#[rustfmt::skip]
#[allow(clippy::unreadable_literal, reason = "division codes are identifiers, written as GB/T 2260 prints them")]
pub(crate) const TABLE: [UnitRow; 56] = [
    unit(1, "北京市东城区教育委员会", "网络环境下的教师专业发展模式探索", "Exploring models of teacher professional development in a networked environment", &[TeacherDevelopment], &[
        member("北京市东城区教育委员会", "Dongcheng District Education Commission, Beijing Municipality", Beijing, EducationBureau, at(110101, "东城区")),
    ]),
    unit(2, "北京市海淀区教育委员会", "教育信息化促进区域教育均衡发展模式探索", "Exploring models for promoting balanced development of regional education through education informatization", &[BalancedDevelopment], &[
        member("北京市海淀区教育委员会", "Haidian District Education Commission, Beijing Municipality", Beijing, EducationBureau, at(110108, "海淀区")),
    ]),
    unit(3, "天津市滨海新区教育局", "基于云计算技术的区域性资源共建共享模式、机制探索", "Exploring models and mechanisms for the joint building and sharing of regional resources based on cloud computing technology", &[CloudComputing, ResourceSharing], &[
        member("天津市滨海新区教育局", "Binhai New Area Education Bureau, Tianjin Municipality", Tianjin, EducationBureau, at(120116, "滨海新区")),
    ]),
    unit(4, "天津市北辰区教育局", "以优质教育资源的共建共享促进区域教育均衡发展模式探索", "Exploring models for promoting balanced development of regional education through the joint building and sharing of high-quality educational resources", &[ResourceSharing, BalancedDevelopment], &[
        member("天津市北辰区教育局", "Beichen District Education Bureau, Tianjin Municipality", Tianjin, EducationBureau, at(120113, "北辰区")),
    ]),
    unit(5, "河北省唐山市开平区教育局", "以教育信息化促进教育公平、均衡发展模式探索", "Exploring models for promoting educational equity and balanced development through education informatization", &[BalancedDevelopment, EducationalEquity], &[
        member("河北省唐山市开平区教育局", "Kaiping District Education Bureau, Tangshan City, Hebei Province", Hebei, EducationBureau, at(130205, "开平区")),
    ]),
    unit(6, "河北省张家口市桥东区教育局", "区域教育信息化公共服务体系建设与优质教育资源共建共享机制探索", "Exploring the building of a regional public service system for education informatization and mechanisms for the joint building and sharing of high-quality educational resources", &[ResourceSharing, PublicServiceSystem], &[
        member("河北省张家口市桥东区教育局", "Qiaodong District Education Bureau, Zhangjiakou City, Hebei Province", Hebei, EducationBureau, at(130702, "桥东区")),
    ]),
    unit(7, "山西省太原市教育局", "太原市教育信息化公共服务体系建设与应用模式探索", "Exploring the building of a public service system for education informatization in Taiyuan City and models for its application", &[PublicServiceSystem, ApplicationAtScale], &[
        member("山西省太原市教育局", "Taiyuan City Education Bureau, Shanxi Province", Shanxi, EducationBureau, at(140100, "太原市")),
    ]),
    unit(8, "山西省晋中市教育局", "推进国家数字教育资源公共服务平台规模化应用，探索区域教育信息化发展机制", "Advancing large-scale application of the National Public Service Platform for Educational Resources, and exploring mechanisms for developing regional education informatization", &[PublicServiceSystem, ApplicationAtScale, RegionWideAdvancement], &[
        member("山西省晋中市教育局", "Jinzhong City Education Bureau, Shanxi Province", Shanxi, EducationBureau, at(140700, "晋中市")),
    ]),
    unit(9, "内蒙古自治区鄂尔多斯市教育局", "信息化条件下教育教学模式创新探索", "Exploring innovation in models of education and teaching under conditions of informatization", &[TeachingModelInnovation], &[
        member("内蒙古自治区鄂尔多斯市教育局", "Ordos City Education Bureau, Inner Mongolia Autonomous Region", InnerMongolia, EducationBureau, at(150600, "鄂尔多斯市")),
    ]),
    unit(10, "内蒙古自治区锡林郭勒盟西乌珠穆沁旗教育科技局", "民族地区的优质教育资源共建共享与应用机制探索", "Exploring mechanisms for the joint building, sharing and application of high-quality educational resources in ethnic minority areas", &[ResourceSharing, EthnicAndBorderAreas, ApplicationAtScale], &[
        member("内蒙古自治区锡林郭勒盟西乌珠穆沁旗教育科技局", "West Ujimqin Banner Education, Science and Technology Bureau, Xilingol League, Inner Mongolia Autonomous Region", InnerMongolia, EducationBureau, at(152526, "西乌珠穆沁旗")),
    ]),
    unit(11, "辽宁省大连市沙河口区教育局", "优质资源共建共享途径探索", "Exploring approaches to the joint building and sharing of high-quality resources", &[ResourceSharing], &[
        member("辽宁省大连市沙河口区教育局", "Shahekou District Education Bureau, Dalian City, Liaoning Province", Liaoning, EducationBureau, at(210204, "沙河口区")),
    ]),
    unit(12, "辽宁省沈阳市教育局", "下一代互联网应用与区域教育均衡发展探索", "Exploring next-generation Internet applications and balanced development of regional education", &[NextGenerationInternet, BalancedDevelopment, ApplicationAtScale], &[
        member("辽宁省沈阳市教育局", "Shenyang City Education Bureau, Liaoning Province", Liaoning, EducationBureau, at(210100, "沈阳市")),
    ]),
    unit(13, "吉林省长春市教育局", "宽带网络校校通建设机制与应用模式探索", "Exploring mechanisms for building broadband network access for every school and models for its application", &[Broadband, ApplicationAtScale], &[
        member("吉林省长春市教育局", "Changchun City Education Bureau, Jilin Province", Jilin, EducationBureau, at(220100, "长春市")),
    ]),
    unit(14, "黑龙江省鸡西市人民政府", "网络学习空间普及与应用模式探索", "Exploring models for the widespread adoption and application of online learning spaces", &[OnlineLearningSpace, ApplicationAtScale], &[
        member("黑龙江省鸡西市人民政府", "Jixi City People's Government, Heilongjiang Province", Heilongjiang, Government, at(230300, "鸡西市")),
    ]),
    unit(15, "黑龙江省哈尔滨市阿城区人民政府", "中小学生自主学习平台与教与学方式变革探索", "Exploring a self-directed learning platform for primary and secondary school students and the transformation of ways of teaching and learning", &[TeachingModelInnovation, LearningTransformation], &[
        member("黑龙江省哈尔滨市阿城区人民政府", "Acheng District People's Government, Harbin City, Heilongjiang Province", Heilongjiang, Government, at(230112, "阿城区")),
    ]),
    unit(16, "上海市徐汇区教育局", "智慧型基础教育信息化公共服务体系建设与应用探索", "Exploring the building and application of a smart public service system for basic education informatization", &[PublicServiceSystem, ApplicationAtScale], &[
        member("上海市徐汇区教育局", "Xuhui District Education Bureau, Shanghai Municipality", Shanghai, EducationBureau, at(310104, "徐汇区")),
    ]),
    unit(17, "上海市普陀区教育局", "网络环境下学习方式变革实验", "Experiment in transforming ways of learning in a networked environment", &[LearningTransformation], &[
        member("上海市普陀区教育局", "Putuo District Education Bureau, Shanghai Municipality", Shanghai, EducationBureau, at(310107, "普陀区")),
    ]),
    unit(18, "江苏省无锡市教育局", "教育“物联网”普及与应用的有效模式探索", "Exploring effective models for the widespread adoption and application of the 'Internet of Things' in education", &[InternetOfThings, ApplicationAtScale], &[
        member("江苏省无锡市教育局", "Wuxi City Education Bureau, Jiangsu Province", Jiangsu, EducationBureau, at(320200, "无锡市")),
    ]),
    unit(19, "江苏省徐州市云龙区文化教育体育局", "网络环境下的区域优质教育资源共建共享机制探索", "Exploring mechanisms for the joint building and sharing of regional high-quality educational resources in a networked environment", &[ResourceSharing], &[
        member("江苏省徐州市云龙区文化教育体育局", "Yunlong District Culture, Education and Sports Bureau, Xuzhou City, Jiangsu Province", Jiangsu, EducationBureau, at(320303, "云龙区")),
    ]),
    unit(20, "浙江省杭州市拱墅区教育局", "以特级教师工作室和网络学习空间推动教育教学模式创新探索", "Exploring innovation in models of education and teaching driven by special-grade teacher studios and online learning spaces", &[TeachingModelInnovation, OnlineLearningSpace, TeacherDevelopment], &[
        member("浙江省杭州市拱墅区教育局", "Gongshu District Education Bureau, Hangzhou City, Zhejiang Province", Zhejiang, EducationBureau, at(330105, "拱墅区")),
    ]),
    unit(21, "浙江省台州市玉环县教育局", "区域教育资源可持续发展机制探索", "Exploring mechanisms for the sustainable development of regional educational resources", &[ResourceSharing, Sustainability], &[
        member("浙江省台州市玉环县教育局", "Yuhuan County Education Bureau, Taizhou City, Zhejiang Province", Zhejiang, EducationBureau, at(331021, "玉环县")),
    ]),
    unit(22, "安徽省芜湖市教育局", "教育信息化可持续发展模式探索", "Exploring models for the sustainable development of education informatization", &[Sustainability], &[
        member("安徽省芜湖市教育局", "Wuhu City Education Bureau, Anhui Province", Anhui, EducationBureau, at(340200, "芜湖市")),
    ]),
    unit(23, "福建省福州市教育局", "教育信息化促进区域教育均衡发展模式探索", "Exploring models for promoting balanced development of regional education through education informatization", &[BalancedDevelopment], &[
        member("福建省福州市教育局", "Fuzhou City Education Bureau, Fujian Province", Fujian, EducationBureau, at(350100, "福州市")),
    ]),
    unit(24, "福建省厦门市教育局", "区域教育信息化公共服务体系建设与应用机制探索", "Exploring the building of a regional public service system for education informatization and mechanisms for its application", &[PublicServiceSystem, ApplicationAtScale], &[
        member("福建省厦门市教育局", "Xiamen City Education Bureau, Fujian Province", Fujian, EducationBureau, at(350200, "厦门市")),
    ]),
    unit(25, "江西省婺源县教育体育局", "宽带网络校校通建设机制探索", "Exploring mechanisms for building broadband network access for every school", &[Broadband], &[
        member("江西省婺源县教育体育局", "Wuyuan County Education and Sports Bureau, Jiangxi Province", Jiangxi, EducationBureau, at(361130, "婺源县")),
    ]),
    unit(26, "山东省济南市历下区教育局", "基于云计算技术的教育教学模式创新实验", "Experiment in innovating models of education and teaching based on cloud computing technology", &[CloudComputing, TeachingModelInnovation], &[
        member("山东省济南市历下区教育局", "Lixia District Education Bureau, Jinan City, Shandong Province", Shandong, EducationBureau, at(370102, "历下区")),
    ]),
    joint(27, "山东省烟台市芝罘区教育体育局、山东省寿光市教育局", "Zhifu District Education and Sports Bureau, Yantai City, Shandong Province; Shouguang City Education Bureau, Shandong Province", "区域网络教研及跨区域网络协同教研模式探索", "Exploring models of regional online teaching research and cross-regional collaborative online teaching research", &[TeachingResearch, RegionalCollaboration], &[
        member("山东省烟台市芝罘区教育体育局", "Zhifu District Education and Sports Bureau, Yantai City, Shandong Province", Shandong, EducationBureau, at(370602, "芝罘区")),
        member("山东省寿光市教育局", "Shouguang City Education Bureau, Shandong Province", Shandong, EducationBureau, at(370783, "寿光市")),
    ]),
    joint(28, "河南省电教馆、郑州市教育局、新疆维吾尔自治区哈密地区教育局、郑州大学、焦作市教育局", "Henan Province Educational Technology Center; Zhengzhou City Education Bureau; Hami Prefecture Education Bureau, Xinjiang Uygur Autonomous Region; Zhengzhou University; Jiaozuo City Education Bureau", "优质教育资源共建共享机制及对口支援偏远地区基础教育发展模式探索", "Exploring mechanisms for the joint building and sharing of high-quality educational resources, and models of paired assistance for the development of basic education in remote areas", &[ResourceSharing, UnderdevelopedAreas, RegionalCollaboration], &[
        member("河南省电教馆", "Henan Province Educational Technology Center", Henan, EducationalTechnologyCenter, at(410000, "河南省")),
        member("郑州市教育局", "Zhengzhou City Education Bureau", Henan, EducationBureau, at(410100, "郑州市")),
        member("新疆维吾尔自治区哈密地区教育局", "Hami Prefecture Education Bureau, Xinjiang Uygur Autonomous Region", Xinjiang, EducationBureau, at(652200, "哈密地区")),
        member("郑州大学", "Zhengzhou University", Henan, University, at(410100, "郑州市")),
        member("焦作市教育局", "Jiaozuo City Education Bureau", Henan, EducationBureau, at(410800, "焦作市")),
    ]),
    unit(29, "湖北省麻城市教育局", "城乡数字教育一体化发展的长效机制探索", "Exploring long-term mechanisms for the integrated urban-rural development of digital education", &[UrbanRuralIntegration, Sustainability], &[
        member("湖北省麻城市教育局", "Macheng City Education Bureau, Hubei Province", Hubei, EducationBureau, at(421181, "麻城市")),
    ]),
    unit(30, "湖北省十堰市教育局", "经济欠发达地区教育信息化的发展途径探索", "Exploring approaches to developing education informatization in economically underdeveloped areas", &[UnderdevelopedAreas, RegionWideAdvancement], &[
        member("湖北省十堰市教育局", "Shiyan City Education Bureau, Hubei Province", Hubei, EducationBureau, at(420300, "十堰市")),
    ]),
    unit(31, "湖南省郴州市教育局", "教育信息化促进区域教育公平途径探索", "Exploring approaches to promoting regional educational equity through education informatization", &[EducationalEquity], &[
        member("湖南省郴州市教育局", "Chenzhou City Education Bureau, Hunan Province", Hunan, EducationBureau, at(431000, "郴州市")),
    ]),
    unit(32, "广东省深圳市南山区教育局", "区域“泛在学习”发展机制探索", "Exploring mechanisms for developing regional 'ubiquitous learning'", &[LearningTransformation], &[
        member("广东省深圳市南山区教育局", "Nanshan District Education Bureau, Shenzhen City, Guangdong Province", Guangdong, EducationBureau, at(440305, "南山区")),
    ]),
    joint(33, "广东省佛山市教育局，华南师范大学教育信息技术学院，中国电信佛山市分公司", "Foshan City Education Bureau, Guangdong Province; School of Information Technology in Education, South China Normal University; China Telecom Foshan Branch", "教育信息化公共服务体系建设与教育公平均衡发展探索", "Exploring the building of a public service system for education informatization and the equitable and balanced development of education", &[PublicServiceSystem, BalancedDevelopment, EducationalEquity], &[
        member("广东省佛山市教育局", "Foshan City Education Bureau, Guangdong Province", Guangdong, EducationBureau, at(440600, "佛山市")),
        member("华南师范大学教育信息技术学院", "School of Information Technology in Education, South China Normal University", Guangdong, University, None),
        member("中国电信佛山市分公司", "China Telecom Foshan Branch", Guangdong, Enterprise, at(440600, "佛山市")),
    ]),
    unit(34, "广西壮族自治区柳州市教育局", "利用云计算技术促进优质资源城乡共享机制探索", "Exploring mechanisms for using cloud computing technology to promote urban-rural sharing of high-quality resources", &[CloudComputing, ResourceSharing, UrbanRuralIntegration], &[
        member("广西壮族自治区柳州市教育局", "Liuzhou City Education Bureau, Guangxi Zhuang Autonomous Region", Guangxi, EducationBureau, at(450200, "柳州市")),
    ]),
    unit(35, "重庆市大足区教育委员会", "教育信息化促进经济欠发达地区教育均衡发展途径探索", "Exploring approaches to promoting balanced development of education in economically underdeveloped areas through education informatization", &[BalancedDevelopment, UnderdevelopedAreas], &[
        member("重庆市大足区教育委员会", "Dazu District Education Commission, Chongqing Municipality", Chongqing, EducationBureau, at(500111, "大足区")),
    ]),
    unit(36, "重庆市沙坪坝区教育委员会", "利用云计算技术促进优质资源共建共享机制探索", "Exploring mechanisms for using cloud computing technology to promote the joint building and sharing of high-quality resources", &[CloudComputing, ResourceSharing], &[
        member("重庆市沙坪坝区教育委员会", "Shapingba District Education Commission, Chongqing Municipality", Chongqing, EducationBureau, at(500106, "沙坪坝区")),
    ]),
    unit(37, "四川省成都市教育局", "教育信息化促进教育均衡发展模式探索", "Exploring models for promoting balanced development of education through education informatization", &[BalancedDevelopment], &[
        member("四川省成都市教育局", "Chengdu City Education Bureau, Sichuan Province", Sichuan, EducationBureau, at(510100, "成都市")),
    ]),
    unit(38, "四川省绵竹市教育局", "利用云计算技术促进优质资源城乡共享机制探索", "Exploring mechanisms for using cloud computing technology to promote urban-rural sharing of high-quality resources", &[CloudComputing, ResourceSharing, UrbanRuralIntegration], &[
        member("四川省绵竹市教育局", "Mianzhu City Education Bureau, Sichuan Province", Sichuan, EducationBureau, at(510683, "绵竹市")),
    ]),
    unit(39, "贵州省习水县教育和科学技术局", "教育信息化促进经济欠发达地区教育均衡发展途径探索", "Exploring approaches to promoting balanced development of education in economically underdeveloped areas through education informatization", &[BalancedDevelopment, UnderdevelopedAreas], &[
        member("贵州省习水县教育和科学技术局", "Xishui County Education, Science and Technology Bureau, Guizhou Province", Guizhou, EducationBureau, at(520330, "习水县")),
    ]),
    unit(40, "贵州省贵阳市小河区教育科研培训中心", "网络条件下校本研修与区域协作教研模式探索", "Exploring models of school-based teacher training and research and of regional collaborative teaching research under networked conditions", &[TeacherDevelopment, TeachingResearch], &[
        member("贵州省贵阳市小河区教育科研培训中心", "Xiaohe District Education Research and Training Center, Guiyang City, Guizhou Province", Guizhou, ResearchAndTrainingCenter, at(520114, "小河区")),
    ]),
    unit(41, "云南省楚雄州楚雄市教育局", "经济欠发达地区的教育信息化发展模式探索", "Exploring models for developing education informatization in economically underdeveloped areas", &[UnderdevelopedAreas, RegionWideAdvancement], &[
        member("云南省楚雄州楚雄市教育局", "Chuxiong City Education Bureau, Chuxiong Yi Autonomous Prefecture, Yunnan Province", Yunnan, EducationBureau, at(532301, "楚雄市")),
    ]),
    unit(42, "云南省保山市腾冲县教育局", "边疆民族地区教育信息化促进教育公平、均衡发展探索", "Exploring the promotion of educational equity and balanced development through education informatization in border ethnic minority areas", &[BalancedDevelopment, EducationalEquity, EthnicAndBorderAreas], &[
        member("云南省保山市腾冲县教育局", "Tengchong County Education Bureau, Baoshan City, Yunnan Province", Yunnan, EducationBureau, at(530522, "腾冲县")),
    ]),
    unit(43, "西藏自治区昌都地区教育局", "信息化促进区域教育均衡发展途径探索", "Exploring approaches to promoting balanced development of regional education through informatization", &[BalancedDevelopment], &[
        member("西藏自治区昌都地区教育局", "Qamdo Prefecture Education Bureau, Tibet Autonomous Region", Tibet, EducationBureau, at(542100, "昌都地区")),
    ]),
    unit(44, "西藏自治区拉萨市城关区教育体育局", "教育信息化促进教育公平机制探索", "Exploring mechanisms for promoting educational equity through education informatization", &[EducationalEquity], &[
        member("西藏自治区拉萨市城关区教育体育局", "Chengguan District Education and Sports Bureau, Lhasa City, Tibet Autonomous Region", Tibet, EducationBureau, at(540102, "城关区")),
    ]),
    unit(45, "陕西省榆林市神木县教育局", "教育信息化公共服务体系与学习型社会建设探索", "Exploring the building of a public service system for education informatization and of a learning society", &[PublicServiceSystem, LearningSociety], &[
        member("陕西省榆林市神木县教育局", "Shenmu County Education Bureau, Yulin City, Shaanxi Province", Shaanxi, EducationBureau, at(610821, "神木县")),
    ]),
    unit(46, "陕西省安康市石泉县教育体育局", "学校教育信息化标准化建设探索", "Exploring the standardized building of education informatization in schools", &[Standardization], &[
        member("陕西省安康市石泉县教育体育局", "Shiquan County Education and Sports Bureau, Ankang City, Shaanxi Province", Shaanxi, EducationBureau, at(610922, "石泉县")),
    ]),
    unit(47, "甘肃省白银市会宁县教育局", "教育信息化促进城乡教育均衡发展探索", "Exploring the promotion of balanced urban-rural development of education through education informatization", &[BalancedDevelopment, UrbanRuralIntegration], &[
        member("甘肃省白银市会宁县教育局", "Huining County Education Bureau, Baiyin City, Gansu Province", Gansu, EducationBureau, at(620422, "会宁县")),
    ]),
    unit(48, "甘肃省兰州市城关区教育局", "区域教育信息化公共服务体系建设与应用探索", "Exploring the building and application of a regional public service system for education informatization", &[PublicServiceSystem, ApplicationAtScale], &[
        member("甘肃省兰州市城关区教育局", "Chengguan District Education Bureau, Lanzhou City, Gansu Province", Gansu, EducationBureau, at(620102, "城关区")),
    ]),
    unit(49, "青海省西宁市城北区教育局", "信息化条件下教育教学模式改革探索", "Exploring reform of models of education and teaching under conditions of informatization", &[TeachingModelInnovation], &[
        member("青海省西宁市城北区教育局", "Chengbei District Education Bureau, Xining City, Qinghai Province", Qinghai, EducationBureau, at(630105, "城北区")),
    ]),
    unit(50, "青海省湟中县教育局", "教育信息化促进教育公平途径探索", "Exploring approaches to promoting educational equity through education informatization", &[EducationalEquity], &[
        member("青海省湟中县教育局", "Huangzhong County Education Bureau, Qinghai Province", Qinghai, EducationBureau, at(630122, "湟中县")),
    ]),
    unit(51, "宁夏回族自治区固原市泾源县教育局", "经济欠发达地区区域间信息化协作促进教育教学模式变革探索", "Exploring inter-regional informatization cooperation in economically underdeveloped areas to transform models of education and teaching", &[TeachingModelInnovation, UnderdevelopedAreas, RegionalCollaboration], &[
        member("宁夏回族自治区固原市泾源县教育局", "Jingyuan County Education Bureau, Guyuan City, Ningxia Hui Autonomous Region", Ningxia, EducationBureau, at(640424, "泾源县")),
    ]),
    unit(52, "宁夏回族自治区银川市灵武市教育局", "信息技术与教育教学融合提高教学质量模式探索", "Exploring models for improving teaching quality through the integration of information technology with education and teaching", &[TeachingModelInnovation], &[
        member("宁夏回族自治区银川市灵武市教育局", "Lingwu City Education Bureau, Yinchuan City, Ningxia Hui Autonomous Region", Ningxia, EducationBureau, at(640181, "灵武市")),
    ]),
    unit(53, "新疆维吾尔自治区喀什地区泽普县教育局", "民族地区教育信息化整体推进模式与机制探索", "Exploring models and mechanisms for advancing education informatization as a whole in ethnic minority areas", &[EthnicAndBorderAreas, RegionWideAdvancement], &[
        member("新疆维吾尔自治区喀什地区泽普县教育局", "Zepu County Education Bureau, Kashgar Prefecture, Xinjiang Uygur Autonomous Region", Xinjiang, EducationBureau, at(653124, "泽普县")),
    ]),
    unit(54, "新疆维吾尔自治区塔城地区沙湾县教育局", "民族地区宽带网络校校通建设与应用模式探索", "Exploring the building of broadband network access for every school in ethnic minority areas and models for its application", &[Broadband, EthnicAndBorderAreas, ApplicationAtScale], &[
        member("新疆维吾尔自治区塔城地区沙湾县教育局", "Shawan County Education Bureau, Tacheng Prefecture, Xinjiang Uygur Autonomous Region", Xinjiang, EducationBureau, at(654223, "沙湾县")),
    ]),
    unit(55, "新疆生产建设兵团农二师教育局", "优质教育教学资源共建共享途径探索", "Exploring approaches to the joint building and sharing of high-quality education and teaching resources", &[ResourceSharing], &[
        member("新疆生产建设兵团农二师教育局", "2nd Agricultural Division Education Bureau, Xinjiang Production and Construction Corps", Xpcc, EducationBureau, None),
    ]),
    unit(56, "广东省深圳市教育局", "采用云计算技术的公共服务体系建设与应用探索", "Exploring the building and application of a public service system using cloud computing technology", &[CloudComputing, PublicServiceSystem, ApplicationAtScale], &[
        member("广东省深圳市教育局", "Shenzhen City Education Bureau, Guangdong Province", Guangdong, EducationBureau, at(440300, "深圳市")),
    ]),
];
