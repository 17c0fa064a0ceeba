//! The crate's tables: data only, each readable beside its source. Every
//! index is made from these rows, and so are `Province` and `FocusTheme`
//! with their labels and docs tables (the smaller enums are declared with
//! their labels in their own modules). `codes`, `coverage`, `forms`,
//! `history` and `names` are generated (`cargo run -p cn-edu-pilots-gen`), all but
//! `forms` from the code lists in `data/areacodes/` and the members of
//! `units`, `forms` from the rows of `provinces` (the generator reads both
//! as text). They are plain rows of numbers and strings that import
//! nothing from the crate; the query modules make their own tables of
//! them at compile time where they keep a row otherwise. `abbreviations`
//! is written by hand, each row with its source.

#[cfg(feature = "names")]
pub(crate) mod abbreviations;
// The generated tables are laid out by their generator, not by rustfmt.
#[rustfmt::skip]
pub(crate) mod codes;
#[rustfmt::skip]
pub(crate) mod coverage;
pub(crate) mod english;
#[rustfmt::skip]
pub(crate) mod forms;
#[rustfmt::skip]
pub(crate) mod history;
#[rustfmt::skip]
#[cfg(feature = "names")]
pub(crate) mod names;
pub(crate) mod provinces;
pub(crate) mod themes;
pub(crate) mod units;
