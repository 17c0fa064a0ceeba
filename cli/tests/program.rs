//! `cn-edu-pilots` itself: its help, its version, and a missing or unknown
//! command.

#![warn(clippy::pedantic)]

mod common;
use common::program;

#[test]
fn the_program_answers_help_and_version() {
    for flag in ["--help", "-h"] {
        let output = program().arg(flag).output().expect("the program runs");
        assert!(output.status.success());
        let help = String::from_utf8(output.stdout).expect("UTF-8 help");
        assert!(help.starts_with("usage: cn-edu-pilots COMMAND "), "{help}");
        for command in ["mark", "panel", "lookup"] {
            assert!(help.contains(&format!("\n  {command} ")), "{help}");
        }
    }
    for flag in ["--version", "-V"] {
        let output = program().arg(flag).output().expect("the program runs");
        assert!(output.status.success());
        // The version of cli/Cargo.toml, which is the library's.
        assert_eq!(
            String::from_utf8(output.stdout).expect("UTF-8"),
            format!("cn-edu-pilots {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}

#[test]
fn a_missing_or_unknown_command_is_refused() {
    for (args, message) in [
        (&[][..], "error: missing COMMAND: mark, panel or lookup"),
        (
            &["marks"][..],
            "error: unknown command \"marks\": expected mark, panel or lookup",
        ),
    ] {
        let output = program().args(args).output().expect("the program runs");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).expect("UTF-8");
        let mut lines = stderr.lines();
        assert_eq!(lines.next(), Some(message));
        assert_eq!(lines.next(), Some("usage: cn-edu-pilots COMMAND [options]"));
    }
}
