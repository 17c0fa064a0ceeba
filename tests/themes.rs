//! The classification of every focus text, against a table written by hand
//! from the taxonomy (FocusTheme's docs) and the notice, not produced by the
//! code under test.

use cn_edu_pilots::{FocusTheme, ThemeCategory, ThemeSet, pilots};

use FocusTheme::{
    BalancedDevelopment as Bal, Broadband as Bb, CloudComputing as Cloud, EducationalEquity as Eq,
    EthnicAndBorderAreas as Eth, InternetOfThings as IoT, LearningSociety as LSoc,
    LearningTransformation as LTr, NextGenerationInternet as Ngi, OnlineLearningSpace as Space,
    PublicServiceSystem as Pub, RegionalCollaboration as Collab, ResourceSharing as Res,
    Standardization as Std, Sustainability as Sus, TeacherDevelopment as Teach,
    TeachingModelInnovation as Model, TeachingResearch as Research, UnderdevelopedAreas as Under,
    UrbanRuralIntegration as Rural,
};

/// Unit id and its themes, in `FocusTheme::ALL` order, reviewed line by line
/// against the focus text.
#[rustfmt::skip]
const EXPECTED: [(u8, &[FocusTheme]); 56] = [
    (1, &[Teach]),                 // 网络环境下的教师专业发展模式探索
    (2, &[Bal]),                   // 教育信息化促进区域教育均衡发展模式探索
    (3, &[Cloud, Res]),            // 基于云计算技术的区域性资源共建共享模式、机制探索
    (4, &[Res, Bal]),              // 以优质教育资源的共建共享促进区域教育均衡发展模式探索
    (5, &[Bal, Eq]),               // 以教育信息化促进教育公平、均衡发展模式探索
    (6, &[Res, Pub]),              // 区域教育信息化公共服务体系建设与优质教育资源共建共享机制探索
    (7, &[Pub]),                   // 太原市教育信息化公共服务体系建设与应用模式探索
    (8, &[Res, Pub]),              // 推进国家数字教育资源公共服务平台规模化应用，…
    (9, &[Model]),                 // 信息化条件下教育教学模式创新探索
    (10, &[Res, Eth]),             // 民族地区的优质教育资源共建共享与应用机制探索
    (11, &[Res]),                  // 优质资源共建共享途径探索
    (12, &[Ngi, Bal]),             // 下一代互联网应用与区域教育均衡发展探索
    (13, &[Bb]),                   // 宽带网络校校通建设机制与应用模式探索
    (14, &[Space]),                // 网络学习空间普及与应用模式探索
    (15, &[LTr]),                  // 中小学生自主学习平台与教与学方式变革探索
    (16, &[Pub]),                  // 智慧型基础教育信息化公共服务体系建设与应用探索
    (17, &[LTr]),                  // 网络环境下学习方式变革实验
    (18, &[IoT]),                  // 教育“物联网”普及与应用的有效模式探索
    (19, &[Res]),                  // 网络环境下的区域优质教育资源共建共享机制探索
    (20, &[Model, Space, Teach]),  // 以特级教师工作室和网络学习空间推动教育教学模式创新探索
    (21, &[Res, Sus]),             // 区域教育资源可持续发展机制探索
    (22, &[Sus]),                  // 教育信息化可持续发展模式探索
    (23, &[Bal]),                  // 教育信息化促进区域教育均衡发展模式探索
    (24, &[Pub]),                  // 区域教育信息化公共服务体系建设与应用机制探索
    (25, &[Bb]),                   // 宽带网络校校通建设机制探索
    (26, &[Cloud, Model]),         // 基于云计算技术的教育教学模式创新实验
    (27, &[Research, Collab]),     // 区域网络教研及跨区域网络协同教研模式探索
    (28, &[Res, Under, Collab]),   // 优质教育资源共建共享机制及对口支援偏远地区基础教育发展模式探索
    (29, &[Rural]),                // 城乡数字教育一体化发展的长效机制探索
    (30, &[Under]),                // 经济欠发达地区教育信息化的发展途径探索
    (31, &[Eq]),                   // 教育信息化促进区域教育公平途径探索
    (32, &[LTr]),                  // 区域“泛在学习”发展机制探索
    (33, &[Pub, Bal, Eq]),         // 教育信息化公共服务体系建设与教育公平均衡发展探索
    (34, &[Cloud, Res, Rural]),    // 利用云计算技术促进优质资源城乡共享机制探索
    (35, &[Bal, Under]),           // 教育信息化促进经济欠发达地区教育均衡发展途径探索
    (36, &[Cloud, Res]),           // 利用云计算技术促进优质资源共建共享机制探索
    (37, &[Bal]),                  // 教育信息化促进教育均衡发展模式探索
    (38, &[Cloud, Res, Rural]),    // 利用云计算技术促进优质资源城乡共享机制探索
    (39, &[Bal, Under]),           // 教育信息化促进经济欠发达地区教育均衡发展途径探索
    (40, &[Teach, Research, Collab]), // 网络条件下校本研修与区域协作教研模式探索
    (41, &[Under]),                // 经济欠发达地区的教育信息化发展模式探索
    (42, &[Bal, Eq, Eth]),         // 边疆民族地区教育信息化促进教育公平、均衡发展探索
    (43, &[Bal]),                  // 信息化促进区域教育均衡发展途径探索
    (44, &[Eq]),                   // 教育信息化促进教育公平机制探索
    (45, &[Pub, LSoc]),            // 教育信息化公共服务体系与学习型社会建设探索
    (46, &[Std]),                  // 学校教育信息化标准化建设探索
    (47, &[Bal, Rural]),           // 教育信息化促进城乡教育均衡发展探索
    (48, &[Pub]),                  // 区域教育信息化公共服务体系建设与应用探索
    (49, &[Model]),                // 信息化条件下教育教学模式改革探索
    (50, &[Eq]),                   // 教育信息化促进教育公平途径探索
    (51, &[Model, Under, Collab]), // 经济欠发达地区区域间信息化协作促进教育教学模式变革探索
    (52, &[Model]),                // 信息技术与教育教学融合提高教学质量模式探索
    (53, &[Eth]),                  // 民族地区教育信息化整体推进模式与机制探索
    (54, &[Bb, Eth]),              // 民族地区宽带网络校校通建设与应用模式探索
    (55, &[Res]),                  // 优质教育教学资源共建共享途径探索
    (56, &[Cloud, Pub]),           // 采用云计算技术的公共服务体系建设与应用探索
];

#[test]
fn every_focus_text_is_classified_as_reviewed() {
    for (unit, (id, themes)) in pilots::all().iter().zip(EXPECTED) {
        assert_eq!(unit.id(), id);
        let got: Vec<FocusTheme> = unit.themes().iter().collect();
        assert_eq!(got, themes, "unit {id}: {}", unit.focus());
        assert_eq!(unit.themes(), FocusTheme::classify(unit.focus()));
    }
}

#[test]
fn every_theme_is_used_and_every_unit_has_one() {
    for theme in FocusTheme::ALL {
        assert!(
            EXPECTED.iter().any(|(_, t)| t.contains(&theme)),
            "{theme:?} unused"
        );
        assert!(pilots::by_theme(theme).len() > 0, "{theme:?}");
    }
    assert!(pilots::all().iter().all(|u| !u.themes().is_empty()));
}

#[test]
fn by_theme_and_by_category_agree_with_the_reviewed_table() {
    for theme in FocusTheme::ALL {
        let want: Vec<u8> = EXPECTED
            .iter()
            .filter(|(_, t)| t.contains(&theme))
            .map(|(id, _)| *id)
            .collect();
        let got: Vec<u8> = pilots::by_theme(theme).map(|u| u.id()).collect();
        assert_eq!(got, want, "{theme:?}");
    }
    for category in ThemeCategory::ALL {
        let want: Vec<u8> = EXPECTED
            .iter()
            .filter(|(_, t)| t.iter().any(|t| t.category() == category))
            .map(|(id, _)| *id)
            .collect();
        let got: Vec<u8> = pilots::by_category(category).map(|u| u.id()).collect();
        assert_eq!(got, want, "{category:?}");
    }
}

#[test]
fn the_taxonomy_has_20_themes_in_4_categories() {
    assert_eq!(FocusTheme::ALL.len(), 20);
    assert_eq!(<FocusTheme as strum::EnumCount>::COUNT, 20);
    let per_category: Vec<usize> = ThemeCategory::ALL
        .iter()
        .map(|c| c.themes().len())
        .collect();
    assert_eq!(per_category, [4, 4, 6, 6]);
}

#[test]
fn classify_works_on_any_text_and_explain_names_the_keywords() {
    assert_eq!(FocusTheme::classify("Broadband"), ThemeSet::EMPTY);
    let text = "经济欠发达地区区域间信息化协作促进教育教学模式变革探索";
    let why: Vec<(FocusTheme, &str)> = FocusTheme::explain(text).collect();
    assert_eq!(
        why,
        [
            (Model, "教学模式"),
            (Under, "欠发达"),
            (Collab, "区域间"),
            (Collab, "协作")
        ]
    );
    let from_explain: ThemeSet = why.iter().map(|(t, _)| *t).collect();
    assert_eq!(from_explain, FocusTheme::classify(text));
}

#[test]
fn themes_parse_from_every_label() {
    for theme in FocusTheme::ALL {
        let variant: &'static str = theme.into();
        for form in [variant, theme.label_en(), theme.label_zh()] {
            assert_eq!(form.parse::<FocusTheme>(), Ok(theme), "{form}");
        }
        assert_eq!(theme.to_string(), theme.label_zh());
    }
    let err = "Cloud".parse::<FocusTheme>().unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"unknown focus theme "Cloud": expected a theme name such as CloudComputing, its English label (Cloud computing) or its Chinese label (云计算)"#
    );
}

#[test]
fn theme_set_operations() {
    let a: ThemeSet = [Cloud, Res].into_iter().collect();
    let b: ThemeSet = [Res, Bal].into_iter().collect();
    assert_eq!((a | b).iter().collect::<Vec<_>>(), [Cloud, Res, Bal]);
    assert_eq!((a & b).iter().collect::<Vec<_>>(), [Res]);
    assert_eq!(a.union(b).len(), 3);
    assert!(a.intersection(ThemeSet::from(Bal)).is_empty());
    assert_eq!(format!("{a:?}"), "{CloudComputing, ResourceSharing}");
    assert_eq!(ThemeSet::EMPTY.to_string(), "");
}
