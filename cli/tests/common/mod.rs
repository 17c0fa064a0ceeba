//! Helpers shared by the tests of the program: it runs as a person runs
//! it, the binary that cargo builds for the tests
//! (`CARGO_BIN_EXE_cn-edu-pilots`), in the repository's root, so that the
//! committed files it is checked against are where the README says.

#![allow(dead_code, reason = "each test crate uses some of the helpers")]

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// A scratch directory of this clone's own under cargo's `CARGO_TARGET_TMPDIR`:
/// two clones that share a target directory (`CARGO_TARGET_DIR`) share
/// that directory too, so each writes under a hash of its package's path,
/// and tests running at once in both do not empty each other's files.
pub fn scratch_root() -> PathBuf {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::hash::DefaultHasher::new();
    env!("CARGO_MANIFEST_DIR").hash(&mut hasher);
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{:016x}", hasher.finish()))
}

/// A CSV file's header and rows.
pub fn read_csv(path: &std::path::Path) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader =
        csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader.records().map(|r| r.expect("a row")).collect();
    (header, rows)
}

/// The program, as cargo built it for these tests.
pub const PROGRAM: &str = env!("CARGO_BIN_EXE_cn-edu-pilots");

/// The repository's root, found when the tests run: the package's
/// directory is `cli/` in it.
pub fn root() -> PathBuf {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .expect("cargo sets CARGO_MANIFEST_DIR when it runs the tests");
    PathBuf::from(manifest).join("..")
}

/// The program, in the repository's root.
pub fn program() -> Command {
    let mut command = Command::new(PROGRAM);
    command.current_dir(root());
    command
}

/// Runs `cn-edu-pilots COMMAND ARGS` in the repository's root, with
/// `stdin` as its standard input.
pub fn run(command: &str, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = program()
        .arg(command)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {command}: {e}"));
    let mut input = child.stdin.take().expect("a pipe");
    // The input is written from another thread while the output is read,
    // so that neither pipe fills while the other waits.
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || {
            // A command that stops before reading its input closes the pipe.
            match input.write_all(stdin) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e),
                _ => Ok(()),
            }
        });
        let output = child.wait_with_output().expect("the program's output");
        if let Err(e) = writer.join().expect("the writer of the input") {
            panic!("{command}'s input: {e}");
        }
        output
    })
}

/// The output of a run that succeeded with nothing on standard error.
pub fn stdout(command: &str, args: &[&str]) -> String {
    let output = run(command, args, b"");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{command} {args:?}: {}\n{stderr}",
        output.status
    );
    assert!(
        stderr.is_empty(),
        "{command} {args:?} wrote to standard error: {stderr}"
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// What a run that failed with exit status 2 wrote to standard error.
pub fn rejected(command: &str, args: &[&str], stdin: &[u8]) -> String {
    let output = run(command, args, stdin);
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 messages");
    assert_eq!(
        output.status.code(),
        Some(2),
        "{command} {args:?}: {stderr}"
    );
    stderr
}

/// The notice's entries: name and focus, in the notice's order.
pub fn notice() -> Vec<(String, String)> {
    let list =
        std::fs::read_to_string(root().join("data/pilot-list.txt")).expect("data/pilot-list.txt");
    let lines: Vec<&str> = list.lines().skip(1 + 1).collect(); // the two column headings
    let entries = lines.chunks(2).map(|e| (e[0].to_owned(), e[1].to_owned()));
    entries.collect()
}

/// Asserts that `cn-edu-pilots COMMAND` prints its usage on `--help` and
/// `-h`, and rejects an unknown option with exit status 2, the option
/// named and the usage's first line.
pub fn answers_help_and_rejects_unknown_options(command: &str) {
    let usage = format!("usage: cn-edu-pilots {command} ");
    for flag in ["--help", "-h"] {
        let help = stdout(command, &[flag]);
        assert!(help.starts_with(&usage), "{command} {flag}: {help}");
        assert!(help.contains("-h, --help"), "{command} {flag}: {help}");
    }
    let message = rejected(command, &["--no-such-option"], b"");
    let mut lines = message.lines();
    let error = lines.next().unwrap_or_default();
    assert!(
        error.starts_with("error: ") && error.contains("--no-such-option"),
        "{command}: {message}"
    );
    assert!(
        lines.next().is_some_and(|line| line.starts_with(&usage)),
        "{command}: {message}"
    );
}
