//! The provincial-level jurisdictions, one row each in GB/T 2260 order with
//! the Corps last: full and short Chinese name, 简称 (the first is the
//! canonical one), English name, official English name (with its
//! designation), other Latin spellings, other Chinese forms (traditional
//! characters, 内蒙), GB/T 2260 code, ISO 3166-2 code and the numeric one in
//! use until 2017, kind and economic region. The `Province` enum and its
//! docs are made from these rows by `province_table!`, and the parser's
//! tables of forms (`forms.rs`) by `cargo run -p cn-edu-pilots-gen`.

use crate::province::{outside_scope, province_table};

province_table! {
    Beijing => "北京市", "北京", ["京"], "Beijing", "Beijing Municipality", [], [], 110000, "CN-BJ", "CN-11", Municipality, Eastern;
    Tianjin => "天津市", "天津", ["津"], "Tianjin", "Tianjin Municipality", [], [], 120000, "CN-TJ", "CN-12", Municipality, Eastern;
    Hebei => "河北省", "河北", ["冀"], "Hebei", "Hebei Province", [], [], 130000, "CN-HE", "CN-13", Province, Eastern;
    /// Not to be confused with [`Shaanxi`](Province::Shaanxi).
    Shanxi => "山西省", "山西", ["晋"], "Shanxi", "Shanxi Province", [], ["晉"], 140000, "CN-SX", "CN-14", Province, Central;
    InnerMongolia => "内蒙古自治区", "内蒙古", ["蒙"], "Inner Mongolia", "Inner Mongolia Autonomous Region", ["Neimenggu", "Nei Mongol", "Nei Mongol Autonomous Region"], ["内蒙", "內蒙古自治區", "內蒙古", "內蒙"], 150000, "CN-NM", "CN-15", AutonomousRegion, Western;
    Liaoning => "辽宁省", "辽宁", ["辽"], "Liaoning", "Liaoning Province", [], ["遼寧省", "遼寧", "遼"], 210000, "CN-LN", "CN-21", Province, Northeast;
    Jilin => "吉林省", "吉林", ["吉"], "Jilin", "Jilin Province", [], [], 220000, "CN-JL", "CN-22", Province, Northeast;
    Heilongjiang => "黑龙江省", "黑龙江", ["黑"], "Heilongjiang", "Heilongjiang Province", [], ["黑龍江省", "黑龍江"], 230000, "CN-HL", "CN-23", Province, Northeast;
    Shanghai => "上海市", "上海", ["沪"], "Shanghai", "Shanghai Municipality", [], ["滬"], 310000, "CN-SH", "CN-31", Municipality, Eastern;
    Jiangsu => "江苏省", "江苏", ["苏"], "Jiangsu", "Jiangsu Province", [], ["江蘇省", "江蘇", "蘇"], 320000, "CN-JS", "CN-32", Province, Eastern;
    Zhejiang => "浙江省", "浙江", ["浙"], "Zhejiang", "Zhejiang Province", [], [], 330000, "CN-ZJ", "CN-33", Province, Eastern;
    Anhui => "安徽省", "安徽", ["皖"], "Anhui", "Anhui Province", [], [], 340000, "CN-AH", "CN-34", Province, Central;
    Fujian => "福建省", "福建", ["闽"], "Fujian", "Fujian Province", [], ["閩"], 350000, "CN-FJ", "CN-35", Province, Eastern;
    Jiangxi => "江西省", "江西", ["赣"], "Jiangxi", "Jiangxi Province", [], ["贛"], 360000, "CN-JX", "CN-36", Province, Central;
    Shandong => "山东省", "山东", ["鲁"], "Shandong", "Shandong Province", [], ["山東省", "山東", "魯"], 370000, "CN-SD", "CN-37", Province, Eastern;
    Henan => "河南省", "河南", ["豫"], "Henan", "Henan Province", [], [], 410000, "CN-HA", "CN-41", Province, Central;
    Hubei => "湖北省", "湖北", ["鄂"], "Hubei", "Hubei Province", [], [], 420000, "CN-HB", "CN-42", Province, Central;
    Hunan => "湖南省", "湖南", ["湘"], "Hunan", "Hunan Province", [], [], 430000, "CN-HN", "CN-43", Province, Central;
    Guangdong => "广东省", "广东", ["粤"], "Guangdong", "Guangdong Province", [], ["廣東省", "廣東", "粵"], 440000, "CN-GD", "CN-44", Province, Eastern;
    Guangxi => "广西壮族自治区", "广西", ["桂"], "Guangxi", "Guangxi Zhuang Autonomous Region", ["Guangxi Zhuang"], ["廣西壯族自治區", "廣西"], 450000, "CN-GX", "CN-45", AutonomousRegion, Western;
    Hainan => "海南省", "海南", ["琼"], "Hainan", "Hainan Province", [], ["瓊"], 460000, "CN-HI", "CN-46", Province, Eastern;
    Chongqing => "重庆市", "重庆", ["渝"], "Chongqing", "Chongqing Municipality", [], ["重慶市", "重慶"], 500000, "CN-CQ", "CN-50", Municipality, Western;
    Sichuan => "四川省", "四川", ["川", "蜀"], "Sichuan", "Sichuan Province", [], [], 510000, "CN-SC", "CN-51", Province, Western;
    Guizhou => "贵州省", "贵州", ["贵", "黔"], "Guizhou", "Guizhou Province", [], ["貴州省", "貴州", "貴"], 520000, "CN-GZ", "CN-52", Province, Western;
    Yunnan => "云南省", "云南", ["云", "滇"], "Yunnan", "Yunnan Province", [], ["雲南省", "雲南", "雲"], 530000, "CN-YN", "CN-53", Province, Western;
    /// "Tibet" was the government's English when the notice was issued
    /// (2012), and is this crate's [`name_en`](Province::name_en); since 2023
    /// official media write "Xizang", which parses too.
    Tibet => "西藏自治区", "西藏", ["藏"], "Tibet", "Tibet Autonomous Region", ["Xizang", "Xizang Autonomous Region"], ["西藏自治區"], 540000, "CN-XZ", "CN-54", AutonomousRegion, Western;
    /// Not to be confused with [`Shanxi`](Province::Shanxi).
    Shaanxi => "陕西省", "陕西", ["陕", "秦"], "Shaanxi", "Shaanxi Province", [], ["陝西省", "陝西", "陝"], 610000, "CN-SN", "CN-61", Province, Western;
    Gansu => "甘肃省", "甘肃", ["甘", "陇"], "Gansu", "Gansu Province", [], ["甘肅省", "甘肅", "隴"], 620000, "CN-GS", "CN-62", Province, Western;
    Qinghai => "青海省", "青海", ["青"], "Qinghai", "Qinghai Province", [], [], 630000, "CN-QH", "CN-63", Province, Western;
    Ningxia => "宁夏回族自治区", "宁夏", ["宁"], "Ningxia", "Ningxia Hui Autonomous Region", ["Ningxia Hui"], ["寧夏回族自治區", "寧夏", "寧"], 640000, "CN-NX", "CN-64", AutonomousRegion, Western;
    Xinjiang => "新疆维吾尔自治区", "新疆", ["新"], "Xinjiang", "Xinjiang Uygur Autonomous Region", ["Xinjiang Uygur", "Xinjiang Uyghur", "Xinjiang Uyghur Autonomous Region", "Xinjiang Uighur", "Xinjiang Uighur Autonomous Region"], ["新疆維吾爾自治區"], 650000, "CN-XJ", "CN-65", AutonomousRegion, Western;
    /// The Ministry of Education addresses the Corps as a jurisdiction of
    /// its own. It is not a GB/T 2260 division: it has no division code and
    /// no ISO 3166-2 code.
    Xpcc => "新疆生产建设兵团", "新疆兵团", ["兵团"], "Xinjiang Production and Construction Corps", "Xinjiang Production and Construction Corps", ["XPCC", "Bingtuan"], ["新疆生產建設兵團", "新疆兵團", "兵團"], None, None, None, Corps, Western;
}

// Places that the notice does not cover but that a province parser meets
// in real data: each one's name, its GB/T 2260 prefix and its forms, so
// that an error can say so. `OUTSIDE_SCOPE` keeps the name and prefix; the
// forms go to the parser's table of forms.
outside_scope! {
    "Taiwan", 71, ["台湾省", "台湾", "臺灣省", "臺灣", "台灣省", "台灣", "台", "臺", "Taiwan", "Taiwan Province", "CN-TW", "CN-71"];
    "Hong Kong", 81, ["香港特别行政区", "香港特別行政區", "香港特区", "香港特區", "香港", "港", "Hong Kong", "Hong Kong SAR", "Hong Kong Special Administrative Region", "Xianggang", "CN-HK", "CN-91"];
    "Macao", 82, ["澳门特别行政区", "澳門特別行政區", "澳门特区", "澳門特區", "澳门", "澳門", "澳", "Macao", "Macau", "Macao SAR", "Macau SAR", "Macao Special Administrative Region", "Aomen", "CN-MO", "CN-92"];
}
