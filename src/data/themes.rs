//! The codebook of focus themes, one entry per theme: its category, labels,
//! definition, what it includes and excludes (with the boundary to its
//! neighbours) and its keywords. The enum, its labels, its parser and its
//! docs (a summary table on the enum, the codebook entry on each variant)
//! are all made from these rows.
//!
//! The taxonomy is anchored in two sources: the pilot directions the notice
//! itself states (信息技术与教育教学深度融合, 应用驱动, 机制创新, 模式探索) and
//! the national framework of the time, 三通两平台 (宽带网络校校通, 优质资源班班通,
//! 网络学习空间人人通, and the public service platforms for educational
//! resources and for education management).
//!
//! `keywords` are enough on their own; `context_keywords` count only in a
//! text about education: one with an education word (the list above the
//! rows) or a keyword of any theme, or one known to be about education
//! (`FocusTheme::classify_education_text`). Which entries of the notice have
//! each theme is written once, in their rows in `units.rs`, decided by
//! reading each focus text against this codebook; `pilots::by_theme` gives
//! them, and `cargo run --example validate_themes -- --notice` how far the
//! keywords agree with them.

use crate::theme::theme_table;

theme_table! {
    // A text is about education when it contains one of these words (or a
    // keyword of any theme).
    education_words: [
        "教育", "教学", "学校", "校园", "小学", "中学", "大学", "高校", "院校", "幼儿园", "教师",
        "校长", "学生", "课堂", "课程", "学科", "教研", "师生", "办学", "学区", "校校通", "班班通",
        "人人通",
    ];
    /// 宽带网络校校通: broadband to every school.
    Broadband => Infrastructure, "宽带网络校校通", "Broadband for every school" {
        definition: "Connecting schools to the internet by broadband: school networks, access and bandwidth (校校通 of 三通两平台).",
        includes: "宽带网络校校通, school and campus broadband, network access for schools.",
        excludes: "What runs on the network: platforms and services (PublicServiceSystem), resources (ResourceSharing); the next-generation internet (NextGenerationInternet).",
        keywords: ["校校通", "学校宽带", "校园宽带", "宽带进校"],
        context_keywords: ["宽带", "光纤"],
    };
    /// 下一代互联网: the next-generation internet (IPv6).
    NextGenerationInternet => Infrastructure, "下一代互联网", "Next-generation internet" {
        definition: "Using the next-generation internet (IPv6 networks) in education.",
        includes: "下一代互联网, IPv6.",
        excludes: "Broadband access in general (Broadband).",
        keywords: [],
        context_keywords: ["下一代互联网", "IPv6"],
    };
    /// 云计算: cloud computing.
    CloudComputing => Infrastructure, "云计算", "Cloud computing" {
        definition: "Building education services on cloud computing: education clouds, cloud platforms and services.",
        includes: "云计算, 教育云, cloud platforms and services for education.",
        excludes: "The services themselves where no cloud is named (PublicServiceSystem).",
        keywords: ["教育云"],
        context_keywords: ["云计算", "云平台", "云服务"],
    };
    /// 物联网: the Internet of Things.
    InternetOfThings => Infrastructure, "物联网", "Internet of Things" {
        definition: "Using the Internet of Things (networked sensors and devices) in schools.",
        includes: "物联网 in education, smart-campus devices.",
        excludes: "Consumer devices outside education.",
        keywords: [],
        context_keywords: ["物联网"],
    };
    /// 优质资源共建共享: building and sharing quality educational resources.
    ResourceSharing => ResourcesAndServices, "优质资源共建共享", "Sharing quality resources" {
        definition: "Building, gathering and sharing quality digital educational resources (优质资源班班通 of 三通两平台).",
        includes: "优质(教育)资源, 数字教育资源, 资源共建共享, 班班通, resource libraries.",
        excludes: "The platforms that deliver them (PublicServiceSystem), also one named after its resources (国家数字教育资源公共服务平台, entry 8, which classify takes for this theme); human, natural or financial resources.",
        keywords: ["优质资源", "教育资源", "数字资源", "教学资源", "课程资源", "资源库", "资源共建", "课例", "课程共享", "班班通"],
        context_keywords: ["共建共享", "开放共享", "资源共享"],
    };
    /// 公共服务体系: public service systems and platforms.
    PublicServiceSystem => ResourcesAndServices, "公共服务体系", "Public service system" {
        definition: "Building public service systems and platforms for education (the two platforms of 三通两平台: for educational resources and for education management).",
        includes: "教育信息化公共服务体系, 公共服务平台, education management platforms.",
        excludes: "Public services outside education; the resources a platform carries (ResourceSharing).",
        keywords: ["管理公共服务", "教育管理平台", "教育资源平台"],
        context_keywords: ["公共服务体系", "公共服务", "共享平台", "管理平台", "服务平台", "支持平台"],
    };
    /// 标准化建设: standardized school informatization.
    Standardization => ResourcesAndServices, "标准化建设", "Standardization" {
        definition: "Setting and meeting standards for school informatization.",
        includes: "标准化建设, standards and norms for school informatization and education data (信息化标准, 数据标准, 建设规范, 达标建设).",
        excludes: "Standards outside informatization (curriculum standards 课程标准, hygiene, school conduct 规范办学).",
        keywords: [],
        context_keywords: ["标准化", "信息化标准", "数据标准", "建设标准", "接入标准", "配置标准", "技术规范", "建设规范", "元数据规范", "达标建设", "达标评价"],
    };
    /// 教学模式创新: new models of teaching, and integrating IT with teaching.
    TeachingModelInnovation => TeachingAndLearning, "教学模式创新", "Teaching model innovation" {
        definition: "Changing how teaching is done with IT: new teaching models and methods, the deep integration of IT with teaching (信息技术与教育教学深度融合), the quality of teaching.",
        includes: "教学模式, 教学方式, 教与学方式, 教学融合, 深度融合, 教学质量, classroom teaching reform.",
        excludes: "How students learn (LearningTransformation), though 教与学方式 names both; teachers' own development (TeacherDevelopment).",
        keywords: ["教学模式", "教学方式", "教与学方式", "教与学改革", "教学融合", "教学改革", "教学创新", "翻转课堂", "探究教学", "互动教学", "混合式教学"],
        context_keywords: ["深度融合"],
    };
    /// 学习方式变革: new ways of learning (self-directed, ubiquitous).
    LearningTransformation => TeachingAndLearning, "学习方式变革", "Transforming how students learn" {
        definition: "Changing how students learn: self-directed, ubiquitous, personalized and mobile learning.",
        includes: "学习方式, 自主学习, 泛在学习, 个性化学习, 移动学习, 教与学方式.",
        excludes: "How teachers teach (TeachingModelInnovation); learning spaces as such (OnlineLearningSpace); group work within a lesson; study as a political duty (学习贯彻).",
        keywords: ["学习方式变革", "教与学方式", "教与学改革", "泛在学习", "个性化学习", "自适应学习", "移动学习", "混合式学习"],
        context_keywords: ["学习方式", "自主学习"],
    };
    /// 网络学习空间: online learning spaces.
    OnlineLearningSpace => TeachingAndLearning, "网络学习空间", "Online learning spaces" {
        definition: "Online learning spaces for every teacher and student (网络学习空间人人通 of 三通两平台).",
        includes: "网络学习空间, 学习空间, 人人通.",
        excludes: "Platforms run for a region (PublicServiceSystem).",
        keywords: ["网络学习空间", "人人通"],
        context_keywords: ["学习空间"],
    };
    /// 教师专业发展: teachers' professional development, including
    /// master-teacher studios and school-based training.
    TeacherDevelopment => TeachingAndLearning, "教师专业发展", "Teacher professional development" {
        definition: "Developing teachers: professional development, training, master-teacher studios, school-based study.",
        includes: "教师专业发展, 教师培训, 特级教师, 名师工作室, 校本研修, teachers' IT skills.",
        excludes: "Teachers studying teaching together (TeachingResearch), unless their development is named; training outside education (企业家研修班).",
        keywords: ["教师专业发展", "教师专业成长", "教师培训", "特级教师", "校本研修", "网络研修", "教师信息技术", "教学能力", "领导力培训", "信息化培训", "教师队伍"],
        context_keywords: ["名师", "研修", "远程培训", "能力提升"],
    };
    /// 网络教研: (online) teaching research (教研, the collective study of
    /// teaching by teachers, not academic research).
    TeachingResearch => TeachingAndLearning, "网络教研", "Teaching research" {
        definition: "Teaching research (教研): teachers and teaching researchers studying teaching together, online or across schools; not academic research.",
        includes: "教研, 网络教研, 教研员, 联合教研.",
        excludes: "Teachers' training and development as such (TeacherDevelopment); scientific research.",
        keywords: ["教研"],
        context_keywords: [],
    };
    /// 学习型社会: a learning society.
    LearningSociety => TeachingAndLearning, "学习型社会", "Learning society" {
        definition: "Serving learning beyond school: a learning society, lifelong and community learning.",
        includes: "学习型社会, 终身学习, 全民学习, 社区教育.",
        excludes: "Learning organizations of other kinds (学习型党组织).",
        keywords: ["学习型社会", "终身学习", "全民学习", "社区教育", "继续教育", "学分银行"],
        context_keywords: [],
    };
    /// 均衡发展: balanced development of education across a region.
    BalancedDevelopment => EquityAndBalance, "均衡发展", "Balanced development" {
        definition: "Narrowing gaps between schools and areas: the balanced development of education (义务教育均衡发展).",
        includes: "教育均衡, 均衡发展 of education, 优质均衡, weak schools catching up (薄弱学校, also UnderdevelopedAreas) and gaps between schools.",
        excludes: "Equity as a principle (EducationalEquity), though texts often pair the two; balance outside education.",
        keywords: ["教育均衡", "优质均衡", "薄弱学校", "校际差距"],
        context_keywords: ["均衡发展"],
    };
    /// 教育公平: educational equity.
    EducationalEquity => EquityAndBalance, "教育公平", "Educational equity" {
        definition: "Educational equity: fair access to education and to quality education.",
        includes: "教育公平.",
        excludes: "Balance between areas where equity is not named (BalancedDevelopment); fairness outside education.",
        keywords: ["教育公平", "机会公平", "公平而有质量", "平等接受教育", "公平享有"],
        context_keywords: [],
    };
    /// 城乡一体化: integrating urban and rural education.
    UrbanRuralIntegration => EquityAndBalance, "城乡一体化", "Urban-rural integration" {
        definition: "Bringing urban and rural education together: sharing between town and country, integrated urban-rural development of education.",
        includes: "城乡教育, 城乡共享, 城乡数字教育, 城乡一体化 of education.",
        excludes: "Urban-rural matters outside education (incomes, planning).",
        keywords: ["城乡教育", "城乡共享", "城乡数字教育", "城乡学校", "城乡均衡", "城乡教师", "城乡义务教育"],
        context_keywords: ["城乡一体化"],
    };
    /// 欠发达与偏远地区: economically underdeveloped and remote areas.
    UnderdevelopedAreas => EquityAndBalance, "欠发达与偏远地区", "Underdeveloped and remote areas" {
        definition: "Education in economically underdeveloped, poor or remote areas, and their weak schools.",
        includes: "欠发达地区, 偏远地区, 贫困地区, 边远地区, 薄弱学校, 教学点.",
        excludes: "Ethnic-minority and border areas as such (EthnicAndBorderAreas).",
        keywords: ["薄弱学校"],
        context_keywords: ["欠发达", "偏远", "贫困地区", "贫困县", "贫困山区", "边远", "山区", "牧区", "扶贫", "教学点"],
    };
    /// 民族与边疆地区: ethnic-minority and border areas.
    EthnicAndBorderAreas => EquityAndBalance, "民族与边疆地区", "Ethnic-minority and border areas" {
        definition: "Education in ethnic-minority and border areas, and for minority students.",
        includes: "民族地区, 少数民族, 民汉双语教育, 民族学校, 边疆, 边境, and support for Xinjiang and Tibet (援疆, 援藏, also RegionalCollaboration).",
        excludes: "The nation as a whole (中华民族); areas that are only poor or remote (UnderdevelopedAreas).",
        keywords: ["双语教育", "汉双语", "民族学校", "国门学校"],
        context_keywords: ["民族地区", "少数民族", "边疆", "边境", "援疆", "援藏"],
    };
    /// 区域协作: collaboration across regions, including paired assistance
    /// (对口支援).
    RegionalCollaboration => EquityAndBalance, "区域协作", "Regional collaboration" {
        definition: "Collaboration between regions: cross-regional work and paired assistance (对口支援).",
        includes: "跨区域, 区域间, 跨省, 对口支援, 对口帮扶, 结对帮扶, 援疆, 援藏 (also EthnicAndBorderAreas).",
        excludes: "Collaboration within one district or school (区域协作教研 in one district is TeachingResearch); group work in class.",
        keywords: [],
        context_keywords: ["跨区域", "区域间", "跨省", "对口支援", "对口帮扶", "结对帮扶", "援疆", "援藏"],
    };
    /// 应用驱动与规模化应用: application-driven work and application at
    /// scale.
    ApplicationAtScale => Advancement, "应用驱动与规模化应用", "Application at scale" {
        definition: "Putting what is built into use, widely and routinely: the notice's direction 应用驱动. The codebook reads 建设与应用 and 普及与应用 in a focus text as this aim, and 应用 alone (X的应用研究, a software application) as not.",
        includes: "建设与应用, 普及与应用, 规模化应用, 应用驱动, 推广应用, 常态化应用, 深度应用.",
        excludes: "Building alone, where use is not named; software applications outside education.",
        keywords: [],
        context_keywords: ["建设与应用", "普及与应用", "共享与应用", "机制与应用", "规模化应用", "应用驱动", "普及应用", "推广应用", "应用推广", "应用推进", "深化应用", "深度应用", "常态化应用", "深入应用", "互联网应用", "信息化应用", "教学应用", "课堂应用", "普及推广"],
    };
    /// 区域整体推进: advancing informatization across a whole region.
    RegionWideAdvancement => Advancement, "区域整体推进", "Region-wide advancement" {
        definition: "Advancing education informatization across a whole region as one effort (整体推进), rather than one project or school.",
        includes: "整体推进, 区域推进, the development of a region's (or an area's) education informatization as a whole.",
        excludes: "A single system or resource built for a region (the theme of that system).",
        keywords: [],
        context_keywords: ["整体推进", "区域推进", "教育信息化发展", "教育信息化的发展", "县域教育信息化", "整体规划", "推进机制", "建设路径"],
    };
    /// 可持续发展: sustainable development of informatization.
    Sustainability => Advancement, "可持续发展与长效机制", "Sustainable development" {
        definition: "Keeping informatization going: sustainable development and long-term mechanisms. A mechanism counts when it is said to last (长效, 可持续, 持续, 运行机制), not every 机制 or 机制创新.",
        includes: "可持续发展, 长效机制.",
        excludes: "Sustainability outside education.",
        keywords: [],
        context_keywords: ["可持续", "长效", "持续健康", "持续发展", "运行机制"],
    };
}
