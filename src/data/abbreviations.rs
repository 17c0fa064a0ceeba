//! Abbreviations of division names that no rule derives from the names of
//! the lists, for the lookup of codes by name (`codes::named`): each row is
//! `(abbreviation, code)`, the code that of the lists (2000 to 2024), the
//! abbreviation one that yearbooks, statistical communiqués and reference
//! works use for it. A row is added only with a source that writes it as the
//! division's 简称; the sources of these (retrieved 2025):
//!
//! - 巴州, 巴音郭楞蒙古自治州 (652800): "巴音郭楞蒙古自治州简称巴州", the
//!   prefecture's own description on its government's site (www.xjbz.gov.cn,
//!   as quoted at <http://www.cc0757.com/html/xjbz8152078.html>), and
//!   <https://zh.m.wikipedia.org/wiki/巴音郭楞蒙古自治州> ("简称巴音郭楞州、巴州").
//! - 克州, 克孜勒苏柯尔克孜自治州 (653000): "克孜勒苏柯尔克孜自治州(简称克州)",
//!   <https://m.sqrb.com.cn/lvbaiye/xztanxian/853296.html> and
//!   <http://www.tsxnews.com.cn/2024falv/baiye/xjtanxian/6512.html>
//!   ("克孜勒苏柯尔克孜自治州简称克州"), as Baidu Baike gives it
//!   (<http://www.ksdcww.com/travel/20200827479471.html>, quoting it).
//! - 博州, 博尔塔拉蒙古自治州 (652700): "博尔塔拉蒙古自治州(简称博州)",
//!   <http://52maps.com/mapsmarker_show.asp?id=035754953b57a32e>, from
//!   《中华人民共和国行政区划简册(2006)》, and
//!   <http://413yy.cn/a/25101011/82852.html> ("简称博州 … 行政区划代码:652700").

/// The abbreviations, by abbreviation.
#[allow(
    clippy::unreadable_literal,
    reason = "division codes are identifiers, written as GB/T 2260 prints them"
)]
pub(crate) static ABBREVIATIONS: [(&str, u32); 3] = [
    ("克州", 653000), // 克孜勒苏柯尔克孜自治州
    ("博州", 652700), // 博尔塔拉蒙古自治州
    ("巴州", 652800), // 巴音郭楞蒙古自治州
];
