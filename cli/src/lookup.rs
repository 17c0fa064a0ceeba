//! `cn-edu-pilots lookup`: one code in one year.

use std::process::ExitCode;

/// Runs `cn-edu-pilots lookup` with the rest of the command line.
pub fn main(_parser: &mut lexopt::Parser) -> ExitCode {
    ExitCode::FAILURE
}
