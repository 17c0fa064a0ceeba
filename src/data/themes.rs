//! The focus-theme taxonomy, one row per theme: its doc comment, category,
//! Chinese and English labels, and the keywords by which
//! [`FocusTheme::classify`](crate::FocusTheme::classify) finds it. The enum,
//! its labels, its parser and the table in its docs are all made from these
//! rows.

use crate::theme::theme_table;

theme_table! {
    /// 宽带网络校校通: broadband to every school.
    Broadband => Infrastructure, "宽带网络校校通", "Broadband for every school", ["宽带", "校校通"];
    /// 下一代互联网: the next-generation internet (IPv6).
    NextGenerationInternet => Infrastructure, "下一代互联网", "Next-generation internet", ["下一代互联网"];
    /// 云计算: cloud computing.
    CloudComputing => Infrastructure, "云计算", "Cloud computing", ["云计算"];
    /// 物联网: the internet of things.
    InternetOfThings => Infrastructure, "物联网", "Internet of things", ["物联网"];
    /// 优质资源共建共享: building and sharing quality educational resources.
    ResourceSharing => ResourcesAndServices, "优质资源共建共享", "Sharing quality resources", ["资源"];
    /// 公共服务体系: public service systems and platforms.
    PublicServiceSystem => ResourcesAndServices, "公共服务体系", "Public service system", ["公共服务"];
    /// 标准化建设: standardized school informatization.
    Standardization => ResourcesAndServices, "标准化建设", "Standardization", ["标准化"];
    /// 可持续发展: sustainable development of informatization.
    Sustainability => ResourcesAndServices, "可持续发展", "Sustainable development", ["可持续"];
    /// 教学模式创新: new models of teaching, and integrating IT with teaching.
    TeachingModelInnovation => TeachingAndLearning, "教学模式创新", "Teaching model innovation", ["教学模式", "教学融合", "教学质量"];
    /// 学习方式变革: new ways of learning (self-directed, ubiquitous).
    LearningTransformation => TeachingAndLearning, "学习方式变革", "Transforming how students learn", ["方式变革", "自主学习", "泛在学习"];
    /// 网络学习空间: online learning spaces.
    OnlineLearningSpace => TeachingAndLearning, "网络学习空间", "Online learning spaces", ["网络学习空间"];
    /// 教师专业发展: teachers' professional development, including
    /// master-teacher studios and school-based training.
    TeacherDevelopment => TeachingAndLearning, "教师专业发展", "Teacher professional development", ["教师专业发展", "特级教师", "校本研修"];
    /// 网络教研: (online) teaching research (教研, the collective study of
    /// teaching by teachers, not academic research).
    TeachingResearch => TeachingAndLearning, "网络教研", "Teaching research", ["教研"];
    /// 学习型社会: a learning society.
    LearningSociety => TeachingAndLearning, "学习型社会", "Learning society", ["学习型社会"];
    /// 均衡发展: balanced development of education across a region.
    BalancedDevelopment => EquityAndBalance, "均衡发展", "Balanced development", ["均衡"];
    /// 教育公平: educational equity.
    EducationalEquity => EquityAndBalance, "教育公平", "Educational equity", ["公平"];
    /// 城乡一体化: integrating urban and rural education.
    UrbanRuralIntegration => EquityAndBalance, "城乡一体化", "Urban-rural integration", ["城乡"];
    /// 欠发达与偏远地区: economically underdeveloped and remote areas.
    UnderdevelopedAreas => EquityAndBalance, "欠发达与偏远地区", "Underdeveloped and remote areas", ["欠发达", "偏远"];
    /// 民族与边疆地区: ethnic-minority and border areas.
    EthnicAndBorderAreas => EquityAndBalance, "民族与边疆地区", "Ethnic-minority and border areas", ["民族", "边疆"];
    /// 区域协作: collaboration across regions, including paired assistance
    /// (对口支援).
    RegionalCollaboration => EquityAndBalance, "区域协作", "Regional collaboration", ["跨区域", "区域间", "协作", "对口支援"];
}
