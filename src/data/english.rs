//! The English names of the divisions the list refers to, by code: the
//! members' 2012 divisions and what they became. They are kept by code, not
//! in the members' lines of `units.rs`, because a division is one fact
//! however many members it has (郑州市 and 佛山市 have two each) and its
//! successors are in no member's line at all. They follow the convention in
//! the docs of [`PilotUnit::name_en`](crate::PilotUnit::name_en);
//! `tests/english.rs` checks every one against it and every place name's
//! pinyin against a table reviewed syllable by syllable.

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
