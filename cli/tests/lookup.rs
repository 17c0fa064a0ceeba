//! `cn-edu-pilots lookup`, run as a person runs it: its answers checked
//! against the notice's list (`data/pilot-list.txt`: entry 50 is
//! 青海省湟中县教育局, entry 6 河北省张家口市桥东区教育局, entry 28 河南省电教馆
//! and four more) and the change files of `data/areacodes/diff/`
//! (`2018-2019.diff`: `-630122 湟中县>湟中区`; `2015-2016.diff`:
//! `-130721 宣化县>宣化区,桥东区,桥西区`), and its refusals quoting the input.

#![warn(clippy::pedantic)]

mod common;
use common::{notice, run, stdout};

/// The name of entry `id` in the notice.
fn entry(id: u8) -> String {
    notice()[usize::from(id) - 1].0.clone()
}

/// What a run that failed wrote to standard error, and its exit status.
fn refused(args: &[&str]) -> (Option<i32>, String) {
    let output = run("lookup", args, b"");
    assert!(output.stdout.is_empty(), "{args:?}");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 messages");
    (output.status.code(), stderr)
}

#[test]
fn lookup_answers_help_and_rejects_an_unknown_option() {
    common::answers_help_and_rejects_unknown_options("lookup");
}

#[test]
fn a_retired_code_is_read_in_its_last_list_with_what_it_became() {
    let answer = stdout("lookup", &["630122", "--year", "2020"]);
    let lines: Vec<&str> = answer.lines().collect();
    assert_eq!(
        lines,
        [
            "code: 630122",
            "name: 湟中县 (in the list of 2018)",
            "level: County",
            "parent: 630100 西宁市",
            "reading: code 630122 is not in the list of 2020: read in the list of 2018, \
             the last year it is listed",
            "listed: 2000–2018",
            "became: 630106 湟中区 in 2019, wholly (国函〔2019〕106号)",
            &format!("pilots wholly: 50 {}", entry(50)),
            &format!("  member 50a {}: wholly", entry(50)),
            "pilots partly: none",
        ],
        "{answer}"
    );
}

#[test]
fn the_same_answer_in_the_forms_real_files_carry() {
    let plain = stdout("lookup", &["630122", "--year", "2020"]);
    for (code, year) in [
        ("630122.0", "2020年"),
        ("６３０１２２", "２０２０"),
        (" 630122 ", "2020.0"),
    ] {
        assert_eq!(
            stdout("lookup", &[code, "--year", year]),
            plain,
            "{code:?} {year:?}"
        );
    }
}

#[test]
fn a_code_partly_covered_names_its_member_and_what_it_came_from() {
    let answer = stdout("lookup", &["130702", "--year", "2017"]);
    let lines: Vec<&str> = answer.lines().collect();
    assert!(lines.contains(&"reading: listed in 2017"), "{answer}");
    assert!(lines.contains(&"parent: 130700 张家口市"), "{answer}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("came from: 130721 宣化县 in 2016, partly")),
        "{answer}"
    );
    assert!(lines.contains(&"pilots wholly: none"), "{answer}");
    assert!(
        lines.contains(&format!("pilots partly: 6 {}", entry(6)).as_str()),
        "{answer}"
    );
}

#[test]
fn a_zhengzhou_district_is_covered_through_the_province_and_the_city() {
    // Entry 28's members, in the notice's order: 河南省电教馆 (28a), 郑州市教育局
    // (28b), 哈密 (28c), 郑州大学 (28d), 焦作市教育局 (28e).
    let answer = stdout("lookup", &["410102", "--year", "2015"]);
    let members: Vec<&str> = answer
        .lines()
        .filter(|l| l.starts_with("  member "))
        .collect();
    assert_eq!(
        members,
        [
            "  member 28a 河南省电教馆: wholly",
            "  member 28b 郑州市教育局: wholly"
        ],
        "{answer}"
    );
    assert!(answer.contains(&format!("pilots wholly: 28 {}", entry(28))));
}

#[test]
fn without_a_year_the_code_is_read_by_its_digits() {
    let answer = stdout("lookup", &["630106"]);
    let lines: Vec<&str> = answer.lines().collect();
    assert!(lines.contains(&"name: 湟中区 (2019–2024)"), "{answer}");
    assert!(lines.contains(&"listed: 2019–2024"), "{answer}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("came from: 630122 湟中县 in 2019, wholly")),
        "{answer}"
    );
    assert!(
        lines.contains(&format!("pilots: 50 {}", entry(50)).as_str()),
        "{answer}"
    );
    // Beijing's 西城区 lies in no pilot's area.
    assert!(
        stdout("lookup", &["110102"])
            .lines()
            .any(|l| l == "pilots: none")
    );
}

#[test]
fn a_bad_code_or_year_is_refused_quoting_it() {
    for (args, status, message) in [
        (
            &["4108x", "--year", "2015"][..],
            2,
            "error: invalid division code \"4108x\": expected six ASCII digits, such as 410000",
        ),
        (
            &["410102", "--year", "二〇一五"][..],
            2,
            "error: invalid year \"二〇一五\": expected a year such as 2020 (or 2020.0, ２０２０, 2020年)",
        ),
        (
            &["410102", "--year", "1999"][..],
            1,
            "error: year 1999 is outside the code lists, which cover 2000 to 2024",
        ),
        (
            &["630199"][..],
            1,
            "error: 630199 is in no year-end list of 2000 to 2024",
        ),
        (
            &[][..],
            2,
            "error: missing CODE: a GB/T 2260 division code, such as 630122, or a name",
        ),
    ] {
        let (code, stderr) = refused(args);
        assert_eq!(code, Some(status), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().next(), Some(message), "{args:?}");
    }
}

/// What a run wrote to standard output, and its exit status.
fn answered(args: &[&str]) -> (Option<i32>, String) {
    let output = run("lookup", args, b"");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "{args:?}: {stderr}");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
    (output.status.code(), stdout)
}

#[test]
fn a_name_of_one_code_is_told_with_how_it_matched_and_the_codes_answer() {
    // tests/data/names-hand.tsv: 楚雄州 is 532300 楚雄彝族自治州 in 2010,
    // whose 楚雄市 is entry 41's.
    let answer = stdout("lookup", &["楚雄州", "--year", "2010"]);
    let lines: Vec<&str> = answer.lines().collect();
    assert_eq!(
        lines[..4],
        [
            "name: 楚雄州, read in the list of 2010",
            "match: 532300 楚雄彝族自治州 (prefecture, in 云南省), by its short name with 州, 县 \
             or 旗 for an autonomous division",
            "",
            "code: 532300",
        ]
    );
    assert!(
        answer.contains(&format!("pilots partly: 41 {}\n", entry(41))),
        "{answer}"
    );
}

#[test]
fn a_name_of_another_year_says_so() {
    // 昌都地区 is 542100 to 2013 (names-hand.tsv; 2013-2014.diff).
    let answer = stdout("lookup", &["昌都地区", "--year", "2015"]);
    let lines: Vec<&str> = answer.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "name: 昌都地区, read in the list of 2015",
            "match: 542100 昌都地区 (prefecture, in 西藏自治区, so named in 2000–2013), by the \
             name as the list writes it",
            "reading: name \"昌都地区\" is no name of the 2015 list: read as 542100 昌都地区, \
             its name in 2000–2013",
        ]
    );
}

#[test]
fn an_ambiguous_name_lists_its_candidates_until_a_parent_or_level_tells_them_apart() {
    // names-hand.tsv: 朝阳区 in 2010 is 110105 (北京) and 220104 (长春);
    // 哈密 in 2010 is 652200 哈密地区 and its 652201 哈密市.
    let (status, answer) = answered(&["朝阳区", "--year", "2010"]);
    assert_eq!(status, Some(1));
    assert_eq!(
        answer,
        "name: 朝阳区, read in the list of 2010\n\
         match: 110105 朝阳区 (county, in 北京市), by the name as the list writes it\n\
         match: 220104 朝阳区 (county, in 长春市), by the name as the list writes it\n\
         ambiguous: 2 codes; a parent (--parent) or a level (--level) tells them apart\n"
    );
    for (args, code) in [
        (
            &["朝阳区", "--year", "2010", "--parent", "北京"][..],
            "110105",
        ),
        (&["朝阳区", "--year", "2010", "--parent", "长春"], "220104"),
        (
            &["哈密", "--year", "2010", "--level", "prefecture"],
            "652200",
        ),
        (&["哈密", "--year", "2010", "--level", "county"], "652201"),
        (&["哈密", "--year", "2016"], "650500"),
    ] {
        let answer = stdout("lookup", args);
        assert!(
            answer.contains(&format!("\ncode: {code}\n")),
            "{args:?}: {answer}"
        );
    }
    let (status, answer) = answered(&["哈密", "--year", "2010"]);
    assert_eq!(status, Some(1));
    assert!(
        answer.contains("match: 652200 哈密地区 (prefecture"),
        "{answer}"
    );
    assert!(answer.contains("match: 652201 哈密市 (county"), "{answer}");
}

#[test]
fn a_name_of_no_code_or_without_a_year_is_refused() {
    let (status, message) = refused(&["北平", "--year", "2012"]);
    assert_eq!(status, Some(1));
    assert!(
        message.starts_with("error: unknown division name \"北平\": expected the name"),
        "{message}"
    );
    let (status, message) = refused(&["哈密"]);
    assert_eq!(status, Some(2));
    assert!(
        message.starts_with("error: the name \"哈密\" needs --year YEAR"),
        "{message}"
    );
    let (status, message) = refused(&["630122", "--level", "county"]);
    assert_eq!(status, Some(2));
    assert!(
        message.starts_with("error: --parent and --level go with a NAME, not a code"),
        "{message}"
    );
    let (status, message) = refused(&["朝阳区", "--year", "2010", "--parent", "香港"]);
    assert_eq!(status, Some(1), "{message}");
}
