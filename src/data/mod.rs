//! The crate's tables: data only, each readable beside its source. Every
//! index and every enum with its labels is made from these rows.

pub(crate) mod english;
pub(crate) mod provinces;
pub(crate) mod successors;
pub(crate) mod themes;
pub(crate) mod units;
