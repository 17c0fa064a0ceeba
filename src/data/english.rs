//! English renderings of the list, in the order of `units.rs`: one row per
//! entry with the English of its focus of work, then one line per member,
//! and the English names of the divisions, by code. The convention they
//! follow is in the docs of [`PilotUnit::name_en`](crate::PilotUnit::name_en);
//! `tests/english.rs` checks every name against it and every place name's
//! pinyin against a table reviewed syllable by syllable.
//!
//! The focus texts are this crate's translation, not an official one.

use crate::unit::EnglishRow;

const fn entry(id: u8, focus_en: &'static str, members_en: &'static [&'static str]) -> EnglishRow {
    EnglishRow::new(id, None, focus_en, members_en)
}

/// A joint entry: its English name is its members' joined by "; ".
const fn joint(
    id: u8,
    name_en: &'static str,
    focus_en: &'static str,
    members_en: &'static [&'static str],
) -> EnglishRow {
    EnglishRow::new(id, Some(name_en), focus_en, members_en)
}

/// The English of each entry, in the order of `units.rs`.
#[rustfmt::skip]
pub(crate) const ENGLISH: [EnglishRow; 56] = [
    entry(1, "Exploring models of teacher professional development in a networked environment", &[
        "Dongcheng District Education Commission, Beijing Municipality",
    ]),
    entry(2, "Exploring models for promoting balanced development of regional education through education informatization", &[
        "Haidian District Education Commission, Beijing Municipality",
    ]),
    entry(3, "Exploring models and mechanisms for the joint building and sharing of regional resources based on cloud computing technology", &[
        "Binhai New Area Education Bureau, Tianjin Municipality",
    ]),
    entry(4, "Exploring models for promoting balanced development of regional education through the joint building and sharing of high-quality educational resources", &[
        "Beichen District Education Bureau, Tianjin Municipality",
    ]),
    entry(5, "Exploring models for promoting educational equity and balanced development through education informatization", &[
        "Kaiping District Education Bureau, Tangshan City, Hebei Province",
    ]),
    entry(6, "Exploring the building of a regional public service system for education informatization and mechanisms for the joint building and sharing of high-quality educational resources", &[
        "Qiaodong District Education Bureau, Zhangjiakou City, Hebei Province",
    ]),
    entry(7, "Exploring the building of a public service system for education informatization in Taiyuan City and models for its application", &[
        "Taiyuan City Education Bureau, Shanxi Province",
    ]),
    entry(8, "Advancing large-scale application of the National Public Service Platform for Digital Educational Resources, and exploring mechanisms for developing regional education informatization", &[
        "Jinzhong City Education Bureau, Shanxi Province",
    ]),
    entry(9, "Exploring innovation in models of education and teaching under conditions of informatization", &[
        "Ordos City Education Bureau, Inner Mongolia Autonomous Region",
    ]),
    entry(10, "Exploring mechanisms for the joint building, sharing and application of high-quality educational resources in ethnic minority areas", &[
        "West Ujimqin Banner Education and Science and Technology Bureau, Xilingol League, Inner Mongolia Autonomous Region",
    ]),
    entry(11, "Exploring approaches to the joint building and sharing of high-quality resources", &[
        "Shahekou District Education Bureau, Dalian City, Liaoning Province",
    ]),
    entry(12, "Exploring next-generation Internet applications and balanced development of regional education", &[
        "Shenyang City Education Bureau, Liaoning Province",
    ]),
    entry(13, "Exploring mechanisms for building broadband network access for every school and models for its application", &[
        "Changchun City Education Bureau, Jilin Province",
    ]),
    entry(14, "Exploring models for the widespread adoption and application of online learning spaces", &[
        "Jixi City People's Government, Heilongjiang Province",
    ]),
    entry(15, "Exploring a self-directed learning platform for primary and secondary school students and the transformation of ways of teaching and learning", &[
        "Acheng District People's Government, Harbin City, Heilongjiang Province",
    ]),
    entry(16, "Exploring the building and application of a smart public service system for basic education informatization", &[
        "Xuhui District Education Bureau, Shanghai Municipality",
    ]),
    entry(17, "Experiment in transforming ways of learning in a networked environment", &[
        "Putuo District Education Bureau, Shanghai Municipality",
    ]),
    entry(18, "Exploring effective models for the widespread adoption and application of the 'Internet of Things' in education", &[
        "Wuxi City Education Bureau, Jiangsu Province",
    ]),
    entry(19, "Exploring mechanisms for the joint building and sharing of regional high-quality educational resources in a networked environment", &[
        "Yunlong District Culture, Education and Sports Bureau, Xuzhou City, Jiangsu Province",
    ]),
    entry(20, "Exploring innovation in models of education and teaching driven by special-grade teacher studios and online learning spaces", &[
        "Gongshu District Education Bureau, Hangzhou City, Zhejiang Province",
    ]),
    entry(21, "Exploring mechanisms for the sustainable development of regional educational resources", &[
        "Yuhuan County Education Bureau, Taizhou City, Zhejiang Province",
    ]),
    entry(22, "Exploring models for the sustainable development of education informatization", &[
        "Wuhu City Education Bureau, Anhui Province",
    ]),
    entry(23, "Exploring models for promoting balanced development of regional education through education informatization", &[
        "Fuzhou City Education Bureau, Fujian Province",
    ]),
    entry(24, "Exploring the building of a regional public service system for education informatization and mechanisms for its application", &[
        "Xiamen City Education Bureau, Fujian Province",
    ]),
    entry(25, "Exploring mechanisms for building broadband network access for every school", &[
        "Wuyuan County Education and Sports Bureau, Jiangxi Province",
    ]),
    entry(26, "Experiment in innovating models of education and teaching based on cloud computing technology", &[
        "Lixia District Education Bureau, Jinan City, Shandong Province",
    ]),
    joint(27, "Zhifu District Education and Sports Bureau, Yantai City, Shandong Province; Shouguang City Education Bureau, Shandong Province", "Exploring models of regional online teaching research and cross-regional collaborative online teaching research", &[
        "Zhifu District Education and Sports Bureau, Yantai City, Shandong Province",
        "Shouguang City Education Bureau, Shandong Province",
    ]),
    joint(28, "Henan Province Education Technology Center; Zhengzhou City Education Bureau; Hami Prefecture Education Bureau, Xinjiang Uygur Autonomous Region; Zhengzhou University; Jiaozuo City Education Bureau", "Exploring mechanisms for the joint building and sharing of high-quality educational resources, and models of paired assistance for the development of basic education in remote areas", &[
        "Henan Province Education Technology Center",
        "Zhengzhou City Education Bureau",
        "Hami Prefecture Education Bureau, Xinjiang Uygur Autonomous Region",
        "Zhengzhou University",
        "Jiaozuo City Education Bureau",
    ]),
    entry(29, "Exploring long-term mechanisms for the integrated urban-rural development of digital education", &[
        "Macheng City Education Bureau, Hubei Province",
    ]),
    entry(30, "Exploring approaches to developing education informatization in economically underdeveloped areas", &[
        "Shiyan City Education Bureau, Hubei Province",
    ]),
    entry(31, "Exploring approaches to promoting regional educational equity through education informatization", &[
        "Chenzhou City Education Bureau, Hunan Province",
    ]),
    entry(32, "Exploring mechanisms for developing regional 'ubiquitous learning'", &[
        "Nanshan District Education Bureau, Shenzhen City, Guangdong Province",
    ]),
    joint(33, "Foshan City Education Bureau, Guangdong Province; School of Information Technology in Education, South China Normal University; China Telecom Foshan Branch", "Exploring the building of a public service system for education informatization and the equitable and balanced development of education", &[
        "Foshan City Education Bureau, Guangdong Province",
        "School of Information Technology in Education, South China Normal University",
        "China Telecom Foshan Branch",
    ]),
    entry(34, "Exploring mechanisms for using cloud computing technology to promote urban-rural sharing of high-quality resources", &[
        "Liuzhou City Education Bureau, Guangxi Zhuang Autonomous Region",
    ]),
    entry(35, "Exploring approaches to promoting balanced development of education in economically underdeveloped areas through education informatization", &[
        "Dazu District Education Commission, Chongqing Municipality",
    ]),
    entry(36, "Exploring mechanisms for using cloud computing technology to promote the joint building and sharing of high-quality resources", &[
        "Shapingba District Education Commission, Chongqing Municipality",
    ]),
    entry(37, "Exploring models for promoting balanced development of education through education informatization", &[
        "Chengdu City Education Bureau, Sichuan Province",
    ]),
    entry(38, "Exploring mechanisms for using cloud computing technology to promote urban-rural sharing of high-quality resources", &[
        "Mianzhu City Education Bureau, Sichuan Province",
    ]),
    entry(39, "Exploring approaches to promoting balanced development of education in economically underdeveloped areas through education informatization", &[
        "Xishui County Education and Science and Technology Bureau, Guizhou Province",
    ]),
    entry(40, "Exploring models of school-based teacher training and research and of regional collaborative teaching research under networked conditions", &[
        "Xiaohe District Education Research and Training Center, Guiyang City, Guizhou Province",
    ]),
    entry(41, "Exploring models for developing education informatization in economically underdeveloped areas", &[
        "Chuxiong City Education Bureau, Chuxiong Yi Autonomous Prefecture, Yunnan Province",
    ]),
    entry(42, "Exploring the promotion of educational equity and balanced development through education informatization in border ethnic minority areas", &[
        "Tengchong County Education Bureau, Baoshan City, Yunnan Province",
    ]),
    entry(43, "Exploring approaches to promoting balanced development of regional education through informatization", &[
        "Qamdo Prefecture Education Bureau, Tibet Autonomous Region",
    ]),
    entry(44, "Exploring mechanisms for promoting educational equity through education informatization", &[
        "Chengguan District Education and Sports Bureau, Lhasa City, Tibet Autonomous Region",
    ]),
    entry(45, "Exploring the building of a public service system for education informatization and of a learning society", &[
        "Shenmu County Education Bureau, Yulin City, Shaanxi Province",
    ]),
    entry(46, "Exploring the standardized building of education informatization in schools", &[
        "Shiquan County Education and Sports Bureau, Ankang City, Shaanxi Province",
    ]),
    entry(47, "Exploring the promotion of balanced urban-rural development of education through education informatization", &[
        "Huining County Education Bureau, Baiyin City, Gansu Province",
    ]),
    entry(48, "Exploring the building and application of a regional public service system for education informatization", &[
        "Chengguan District Education Bureau, Lanzhou City, Gansu Province",
    ]),
    entry(49, "Exploring reform of models of education and teaching under conditions of informatization", &[
        "Chengbei District Education Bureau, Xining City, Qinghai Province",
    ]),
    entry(50, "Exploring approaches to promoting educational equity through education informatization", &[
        "Huangzhong County Education Bureau, Qinghai Province",
    ]),
    entry(51, "Exploring inter-regional informatization cooperation among economically underdeveloped areas to transform models of education and teaching", &[
        "Jingyuan County Education Bureau, Guyuan City, Ningxia Hui Autonomous Region",
    ]),
    entry(52, "Exploring models for improving teaching quality through the integration of information technology with education and teaching", &[
        "Lingwu City Education Bureau, Yinchuan City, Ningxia Hui Autonomous Region",
    ]),
    entry(53, "Exploring models and mechanisms for advancing education informatization as a whole in ethnic minority areas", &[
        "Zepu County Education Bureau, Kashgar Prefecture, Xinjiang Uygur Autonomous Region",
    ]),
    entry(54, "Exploring the building of broadband network access for every school in ethnic minority areas and models for its application", &[
        "Shawan County Education Bureau, Tacheng Prefecture, Xinjiang Uygur Autonomous Region",
    ]),
    entry(55, "Exploring approaches to the joint building and sharing of high-quality education and teaching resources", &[
        "2nd Agricultural Division Education Bureau, Xinjiang Production and Construction Corps",
    ]),
    entry(56, "Exploring the building and application of a public service system using cloud computing technology", &[
        "Shenzhen City Education Bureau, Guangdong Province",
    ]),
];

/// The English name of every division the list refers to (the members'
/// 2012 divisions and their successors), by code, ascending.
#[rustfmt::skip]
#[allow(clippy::unreadable_literal, reason = "division codes are identifiers, written as GB/T 2260 prints them")]
pub(crate) static DIVISION_NAMES_EN: [(u32, &str); 67] = [
    (110101, "Dongcheng District"), // 东城区
    (110108, "Haidian District"), // 海淀区
    (120113, "Beichen District"), // 北辰区
    (120116, "Binhai New Area"), // 滨海新区
    (130205, "Kaiping District"), // 开平区
    (130702, "Qiaodong District"), // 桥东区
    (140100, "Taiyuan City"), // 太原市
    (140700, "Jinzhong City"), // 晋中市
    (150600, "Ordos City"), // 鄂尔多斯市
    (152526, "West Ujimqin Banner"), // 西乌珠穆沁旗
    (210100, "Shenyang City"), // 沈阳市
    (210204, "Shahekou District"), // 沙河口区
    (220100, "Changchun City"), // 长春市
    (230112, "Acheng District"), // 阿城区
    (230300, "Jixi City"), // 鸡西市
    (310104, "Xuhui District"), // 徐汇区
    (310107, "Putuo District"), // 普陀区
    (320200, "Wuxi City"), // 无锡市
    (320303, "Yunlong District"), // 云龙区
    (330105, "Gongshu District"), // 拱墅区
    (331021, "Yuhuan County"), // 玉环县
    (331083, "Yuhuan City"), // 玉环市
    (340200, "Wuhu City"), // 芜湖市
    (350100, "Fuzhou City"), // 福州市
    (350200, "Xiamen City"), // 厦门市
    (361130, "Wuyuan County"), // 婺源县
    (370102, "Lixia District"), // 历下区
    (370602, "Zhifu District"), // 芝罘区
    (370783, "Shouguang City"), // 寿光市
    (410000, "Henan Province"), // 河南省
    (410100, "Zhengzhou City"), // 郑州市
    (410800, "Jiaozuo City"), // 焦作市
    (420300, "Shiyan City"), // 十堰市
    (421181, "Macheng City"), // 麻城市
    (431000, "Chenzhou City"), // 郴州市
    (440300, "Shenzhen City"), // 深圳市
    (440305, "Nanshan District"), // 南山区
    (440600, "Foshan City"), // 佛山市
    (450200, "Liuzhou City"), // 柳州市
    (500106, "Shapingba District"), // 沙坪坝区
    (500111, "Dazu District"), // 大足区
    (510100, "Chengdu City"), // 成都市
    (510683, "Mianzhu City"), // 绵竹市
    (520111, "Huaxi District"), // 花溪区
    (520114, "Xiaohe District"), // 小河区
    (520330, "Xishui County"), // 习水县
    (530522, "Tengchong County"), // 腾冲县
    (530581, "Tengchong City"), // 腾冲市
    (532301, "Chuxiong City"), // 楚雄市
    (540102, "Chengguan District"), // 城关区
    (540300, "Qamdo City"), // 昌都市
    (542100, "Qamdo Prefecture"), // 昌都地区
    (610821, "Shenmu County"), // 神木县
    (610881, "Shenmu City"), // 神木市
    (610922, "Shiquan County"), // 石泉县
    (620102, "Chengguan District"), // 城关区
    (620422, "Huining County"), // 会宁县
    (630105, "Chengbei District"), // 城北区
    (630106, "Huangzhong District"), // 湟中区
    (630122, "Huangzhong County"), // 湟中县
    (640181, "Lingwu City"), // 灵武市
    (640424, "Jingyuan County"), // 泾源县
    (650500, "Hami City"), // 哈密市
    (652200, "Hami Prefecture"), // 哈密地区
    (653124, "Zepu County"), // 泽普县
    (654203, "Shawan City"), // 沙湾市
    (654223, "Shawan County"), // 沙湾县
];
