//! The unit tests of the `mark` example (its notes, its summary, the forms
//! of numbers it reads), which live beside its code in `examples/mark.rs`.
//!
//! They run here, with the example's source included as a module, because
//! an example built as a test (`test = true`) is no longer built as a
//! program, and `tests/examples.rs` runs the program.

#[expect(
    dead_code,
    reason = "the example's `main` and its command line are run by tests/examples.rs"
)]
#[path = "../examples/mark.rs"]
mod mark;
