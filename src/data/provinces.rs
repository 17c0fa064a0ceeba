//! The provincial-level jurisdictions, one row each in GB/T 2260 order with
//! the Corps last: full and short Chinese name, 简称 (the first is the
//! canonical one), English name, other Latin spellings, GB/T 2260 code,
//! ISO 3166-2 code, kind and economic region. The `Province` enum, its docs
//! and its parser's table of forms are all made from these rows.

use crate::province::province_table;

province_table! {
    Beijing => "北京市", "北京", ["京"], "Beijing", [], 110000, "CN-BJ", Municipality, Eastern;
    Tianjin => "天津市", "天津", ["津"], "Tianjin", [], 120000, "CN-TJ", Municipality, Eastern;
    Hebei => "河北省", "河北", ["冀"], "Hebei", [], 130000, "CN-HE", Province, Eastern;
    /// Not to be confused with [`Shaanxi`](Province::Shaanxi).
    Shanxi => "山西省", "山西", ["晋"], "Shanxi", [], 140000, "CN-SX", Province, Central;
    InnerMongolia => "内蒙古自治区", "内蒙古", ["蒙"], "Inner Mongolia", ["Neimenggu", "Nei Mongol"], 150000, "CN-NM", AutonomousRegion, Western;
    Liaoning => "辽宁省", "辽宁", ["辽"], "Liaoning", [], 210000, "CN-LN", Province, Northeast;
    Jilin => "吉林省", "吉林", ["吉"], "Jilin", [], 220000, "CN-JL", Province, Northeast;
    Heilongjiang => "黑龙江省", "黑龙江", ["黑"], "Heilongjiang", [], 230000, "CN-HL", Province, Northeast;
    Shanghai => "上海市", "上海", ["沪"], "Shanghai", [], 310000, "CN-SH", Municipality, Eastern;
    Jiangsu => "江苏省", "江苏", ["苏"], "Jiangsu", [], 320000, "CN-JS", Province, Eastern;
    Zhejiang => "浙江省", "浙江", ["浙"], "Zhejiang", [], 330000, "CN-ZJ", Province, Eastern;
    Anhui => "安徽省", "安徽", ["皖"], "Anhui", [], 340000, "CN-AH", Province, Central;
    Fujian => "福建省", "福建", ["闽"], "Fujian", [], 350000, "CN-FJ", Province, Eastern;
    Jiangxi => "江西省", "江西", ["赣"], "Jiangxi", [], 360000, "CN-JX", Province, Central;
    Shandong => "山东省", "山东", ["鲁"], "Shandong", [], 370000, "CN-SD", Province, Eastern;
    Henan => "河南省", "河南", ["豫"], "Henan", [], 410000, "CN-HA", Province, Central;
    Hubei => "湖北省", "湖北", ["鄂"], "Hubei", [], 420000, "CN-HB", Province, Central;
    Hunan => "湖南省", "湖南", ["湘"], "Hunan", [], 430000, "CN-HN", Province, Central;
    Guangdong => "广东省", "广东", ["粤"], "Guangdong", [], 440000, "CN-GD", Province, Eastern;
    Guangxi => "广西壮族自治区", "广西", ["桂"], "Guangxi", [], 450000, "CN-GX", AutonomousRegion, Western;
    Hainan => "海南省", "海南", ["琼"], "Hainan", [], 460000, "CN-HI", Province, Eastern;
    Chongqing => "重庆市", "重庆", ["渝"], "Chongqing", [], 500000, "CN-CQ", Municipality, Western;
    Sichuan => "四川省", "四川", ["川", "蜀"], "Sichuan", [], 510000, "CN-SC", Province, Western;
    Guizhou => "贵州省", "贵州", ["贵", "黔"], "Guizhou", [], 520000, "CN-GZ", Province, Western;
    Yunnan => "云南省", "云南", ["云", "滇"], "Yunnan", [], 530000, "CN-YN", Province, Western;
    Tibet => "西藏自治区", "西藏", ["藏"], "Tibet", ["Xizang"], 540000, "CN-XZ", AutonomousRegion, Western;
    /// Not to be confused with [`Shanxi`](Province::Shanxi).
    Shaanxi => "陕西省", "陕西", ["陕", "秦"], "Shaanxi", [], 610000, "CN-SN", Province, Western;
    Gansu => "甘肃省", "甘肃", ["甘", "陇"], "Gansu", [], 620000, "CN-GS", Province, Western;
    Qinghai => "青海省", "青海", ["青"], "Qinghai", [], 630000, "CN-QH", Province, Western;
    Ningxia => "宁夏回族自治区", "宁夏", ["宁"], "Ningxia", [], 640000, "CN-NX", AutonomousRegion, Western;
    Xinjiang => "新疆维吾尔自治区", "新疆", ["新"], "Xinjiang", [], 650000, "CN-XJ", AutonomousRegion, Western;
    /// The Ministry of Education addresses the Corps as a jurisdiction of
    /// its own. It is not a GB/T 2260 division: it has no division code and
    /// no ISO 3166-2 code.
    Xpcc => "新疆生产建设兵团", "新疆兵团", ["兵团"], "Xinjiang Production and Construction Corps", ["XPCC", "Bingtuan"], None, None, Corps, Western;
}

/// Places that the notice does not cover but that a province parser meets
/// in real data: their forms, so that the error can say so, and their
/// GB/T 2260 prefix.
pub(crate) static OUTSIDE_SCOPE: [(&str, u8, &[&str]); 3] = [
    (
        "Taiwan",
        71,
        &["台湾省", "台湾", "臺灣省", "臺灣", "台", "Taiwan", "CN-TW"],
    ),
    (
        "Hong Kong",
        81,
        &[
            "香港特别行政区",
            "香港",
            "港",
            "Hong Kong",
            "Xianggang",
            "CN-HK",
        ],
    ),
    (
        "Macao",
        82,
        &[
            "澳门特别行政区",
            "澳门",
            "澳門",
            "澳",
            "Macao",
            "Macau",
            "Aomen",
            "CN-MO",
        ],
    ),
];
