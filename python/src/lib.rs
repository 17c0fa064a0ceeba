//! The native module of the Python package `cn_edu_pilots`: the library's
//! answers for whole columns at a time. Every rule is the library's
//! (`cn_edu_pilots::panel`, `pilots`, `codes`); this module reads columns
//! handed over as `NumPy` arrays, asks the library once per distinct code
//! and year (or name, year and parent), and hands back `NumPy` arrays:
//! numbers as they are, text as one index per value into the distinct
//! texts, which the Python side turns into Arrow string arrays for pandas
//! or polars.
//!
//! A column comes in as a tuple tagged by its kind:
//! `("int", values: int64, valid: bool)`, `("float", values: float64)`
//! (NaN missing), or `("text", offsets: int64, data: uint8, valid: bool)`
//! (an Arrow large-string array's buffers). A column goes out as
//! `(name, "text", index: int32, texts: list[str])` (index -1 missing),
//! `(name, "int8" | "int16" | "int32", values, valid: bool)` or
//! `(name, "float64", values)` (NaN missing, `inf` an infinite
//! `first_treat`). `mark` gives its columns one value per answer, and
//! each row's answer's number.

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]

use std::collections::HashMap;

use foldhash::HashMap as FastMap;
use std::fmt::Write as _;

use cn_edu_pilots::codes::{NameForm, NameMatch, Within};
use cn_edu_pilots::panel::{
    self, Cell, Column, ColumnType, MemberColumn, NeverTreated, ProvinceMembers, Row, Rules,
    UnitColumn,
};
use cn_edu_pilots::{AdminLevel, DivisionCode, ErrorKind, Extent, Reading, codes, pilots};
use numpy::{PyArray1, PyReadonlyArray1};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

pyo3::create_exception!(
    _native,
    Error,
    PyValueError,
    "An input the library cannot read: its message quotes the input and says what was expected."
);

/// The library's error as a Python exception, with its message.
fn error(err: &cn_edu_pilots::Error) -> PyErr {
    Error::new_err(err.to_string())
}

/// The rules of the treatment columns, read as the program reads its
/// options: the library parses each choice and words any error.
fn rules(treat_year: u16, never_treated: &str, province_members: &str) -> PyResult<Rules> {
    let never: NeverTreated = never_treated.parse().map_err(|e| error(&e))?;
    let members: ProvinceMembers = province_members.parse().map_err(|e| error(&e))?;
    Ok(Rules::DEFAULT
        .with_treat_year(treat_year)
        .map_err(|e| error(&e))?
        .with_never_treated(never)
        .with_province_members(members))
}

/// A column handed over from Python (see the module's docs).
enum Field<'py> {
    Int(PyReadonlyArray1<'py, i64>, PyReadonlyArray1<'py, bool>),
    Float(PyReadonlyArray1<'py, f64>),
    Text(
        PyReadonlyArray1<'py, i64>,
        PyReadonlyArray1<'py, u8>,
        PyReadonlyArray1<'py, bool>,
    ),
}

impl<'py> Field<'py> {
    fn extract(tuple: &Bound<'py, PyTuple>) -> PyResult<Field<'py>> {
        let kind: String = tuple.get_item(0)?.extract()?;
        let item = |i| tuple.get_item(i);
        match kind.as_str() {
            "int" => Ok(Field::Int(item(1)?.extract()?, item(2)?.extract()?)),
            "float" => Ok(Field::Float(item(1)?.extract()?)),
            "text" => Ok(Field::Text(
                item(1)?.extract()?,
                item(2)?.extract()?,
                item(3)?.extract()?,
            )),
            _ => Err(PyValueError::new_err(format!(
                "unknown kind of column {kind:?}: expected int, float or text"
            ))),
        }
    }

    /// Slices of the arrays, and the number of rows.
    fn view(&self) -> PyResult<View<'_>> {
        let slice = |e: numpy::AsSliceError| PyValueError::new_err(e.to_string());
        Ok(match self {
            Field::Int(values, valid) => View::Int(
                values.as_slice().map_err(slice)?,
                valid.as_slice().map_err(slice)?,
            ),
            Field::Float(values) => View::Float(values.as_slice().map_err(slice)?),
            Field::Text(offsets, data, valid) => View::Text(
                offsets.as_slice().map_err(slice)?,
                data.as_slice().map_err(slice)?,
                valid.as_slice().map_err(slice)?,
            ),
        })
    }
}

/// A column's arrays as slices.
enum View<'a> {
    Int(&'a [i64], &'a [bool]),
    Float(&'a [f64]),
    Text(&'a [i64], &'a [u8], &'a [bool]),
}

impl View<'_> {
    fn len(&self) -> usize {
        match self {
            View::Int(values, _) => values.len(),
            View::Float(values) => values.len(),
            View::Text(offsets, _, _) => offsets.len().saturating_sub(1),
        }
    }

    /// The text of row `i` as a data file would carry it: a number written
    /// in decimal (a float as Rust writes it, `630122` for `630122.0`), a
    /// missing value empty. The library then reads it as it reads a field
    /// of a file (`DivisionCode::from_field`, `codes::read_year`), so a
    /// value means in a frame what it means in a CSV.
    fn text<'s>(&'s self, i: usize, buf: &'s mut String) -> &'s str {
        buf.clear();
        match *self {
            View::Int(values, valid) => {
                if valid[i] {
                    let _ = write!(buf, "{}", values[i]);
                }
                buf
            }
            View::Float(values) => {
                if !values[i].is_nan() {
                    let _ = write!(buf, "{}", values[i]);
                }
                buf
            }
            View::Text(offsets, data, valid) => {
                if !valid[i] {
                    return buf;
                }
                let span = usize::try_from(offsets[i])
                    .ok()
                    .zip(usize::try_from(offsets[i + 1]).ok())
                    .and_then(|(start, end)| data.get(start..end))
                    .unwrap_or_default();
                if let Ok(text) = std::str::from_utf8(span) {
                    text
                } else {
                    // Arrow's strings are UTF-8; anything else is read as
                    // the bad field it is.
                    buf.push_str(&String::from_utf8_lossy(span));
                    buf
                }
            }
        }
    }
}

/// Why a row is unmarked, as the program's summary counts it; its number
/// is what `mark` hands back per row.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Reason {
    Marked = 0,
    /// Its area lies in no pilot's 2012 area.
    NoPilot = 1,
    /// A code of Taiwan, Hong Kong or Macao: unmarked, and not bad.
    OutsideMainland = 2,
    BadCode = 3,
    BadYear = 4,
    OutsideLists = 5,
    NeverListed = 6,
    /// A name that denotes more than one division.
    AmbiguousName = 7,
    /// A name that denotes none.
    UnknownName = 8,
    /// A parent that is no province, code or prefecture's name.
    BadParent = 9,
}

/// The distinct texts of a column, each once, by number.
#[derive(Default)]
struct Texts {
    ids: HashMap<String, i32>,
    texts: Vec<String>,
}

impl Texts {
    /// The number of `text`; -1 for a missing value.
    fn id(&mut self, cell: Cell, buf: &mut String) -> i32 {
        if matches!(cell, Cell::Missing) {
            return -1;
        }
        buf.clear();
        let _ = write!(buf, "{cell}");
        self.id_of(buf)
    }

    /// The number of `text`, given one if it is new.
    fn id_of(&mut self, text: &str) -> i32 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let id = i32::try_from(self.texts.len()).unwrap_or(i32::MAX);
        self.texts.push(text.to_owned());
        self.ids.insert(text.to_owned(), id);
        id
    }
}

/// A column being built, of the type its [`ColumnType`] says.
enum Built {
    Text(Vec<i32>, Texts),
    Int8(Vec<i8>, Vec<bool>),
    Int16(Vec<i16>, Vec<bool>),
    Int32(Vec<i32>, Vec<bool>),
    Float64(Vec<f64>),
}

impl Built {
    /// An empty column of `column_type`; a `first_treat` coded `Inf` is a
    /// float column, which holds an infinity.
    fn new(column_type: ColumnType, infinite: bool, rows: usize) -> Built {
        match (column_type, infinite) {
            (ColumnType::Double, _) | (_, true) => Built::Float64(Vec::with_capacity(rows)),
            (ColumnType::Text, _) => Built::Text(Vec::with_capacity(rows), Texts::default()),
            (ColumnType::Byte, _) => {
                Built::Int8(Vec::with_capacity(rows), Vec::with_capacity(rows))
            }
            (ColumnType::Int, _) => {
                Built::Int16(Vec::with_capacity(rows), Vec::with_capacity(rows))
            }
            (ColumnType::Long, _) => {
                Built::Int32(Vec::with_capacity(rows), Vec::with_capacity(rows))
            }
        }
    }

    fn of(column: Column, rules: Rules, rows: usize) -> Built {
        let infinite = column == Column::FirstTreat && rules.never_treated() == NeverTreated::Inf;
        Built::new(column.column_type(), infinite, rows)
    }

    /// A cell as this column stores it: the text's number, or the value.
    fn value(&mut self, cell: Cell, buf: &mut String) -> Value {
        match self {
            Built::Text(_, texts) => Value::Text(texts.id(cell, buf)),
            _ => match cell {
                Cell::Int(n) => Value::Number(f64::from(n)),
                Cell::Real(x) => Value::Number(x),
                Cell::Inf => Value::Number(f64::INFINITY),
                Cell::Missing | Cell::Text(_) => Value::Missing,
            },
        }
    }

    /// Appends a value that [`Built::value`] gave.
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a value of an integer column is an integer of its type's range (ColumnType)"
    )]
    fn push(&mut self, value: Value) {
        let number = match value {
            Value::Number(x) => Some(x),
            _ => None,
        };
        match self {
            Built::Text(ids, _) => ids.push(match value {
                Value::Text(id) => id,
                _ => -1,
            }),
            Built::Int8(values, valid) => {
                values.push(number.unwrap_or_default() as i8);
                valid.push(number.is_some());
            }
            Built::Int16(values, valid) => {
                values.push(number.unwrap_or_default() as i16);
                valid.push(number.is_some());
            }
            Built::Int32(values, valid) => {
                values.push(number.unwrap_or_default() as i32);
                valid.push(number.is_some());
            }
            Built::Float64(values) => values.push(number.unwrap_or(f64::NAN)),
        }
    }

    /// The column as Python gets it (see the module's docs).
    fn into_py(self, py: Python<'_>, name: &str) -> PyResult<Py<PyAny>> {
        let tuple = match self {
            Built::Text(ids, texts) => (
                name,
                "text",
                PyArray1::from_vec(py, ids),
                PyList::new(py, texts.texts)?,
            )
                .into_pyobject(py)?
                .into_any(),
            Built::Int8(values, valid) => (
                name,
                "int8",
                PyArray1::from_vec(py, values),
                PyArray1::from_vec(py, valid),
            )
                .into_pyobject(py)?
                .into_any(),
            Built::Int16(values, valid) => (
                name,
                "int16",
                PyArray1::from_vec(py, values),
                PyArray1::from_vec(py, valid),
            )
                .into_pyobject(py)?
                .into_any(),
            Built::Int32(values, valid) => (
                name,
                "int32",
                PyArray1::from_vec(py, values),
                PyArray1::from_vec(py, valid),
            )
                .into_pyobject(py)?
                .into_any(),
            Built::Float64(values) => (name, "float64", PyArray1::from_vec(py, values))
                .into_pyobject(py)?
                .into_any(),
        };
        Ok(tuple.into_any().unbind())
    }
}

/// A cell as a built column stores it.
#[derive(Clone, Copy)]
enum Value {
    Text(i32),
    Number(f64),
    Missing,
}

/// Builds `columns` from `rows`, each row's cells given by `cell`.
fn build<R>(
    py: Python<'_>,
    names: &[&str],
    mut columns: Vec<Built>,
    rows: impl Iterator<Item = R>,
    cell: impl Fn(usize, &R) -> Cell,
) -> PyResult<Py<PyList>> {
    let mut buf = String::new();
    for row in rows {
        for (i, column) in columns.iter_mut().enumerate() {
            let value = column.value(cell(i, &row), &mut buf);
            column.push(value);
        }
    }
    let built = columns
        .into_iter()
        .zip(names)
        .map(|(column, name)| column.into_py(py, name))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyList::new(py, built)?.unbind())
}

/// The level of a panel: `county`, `prefecture` or `province` (the panels'
/// file names), or any form the library reads (`County`, `县级`).
fn level(name: &str) -> PyResult<AdminLevel> {
    match name.trim() {
        "county" => Ok(AdminLevel::County),
        "prefecture" => Ok(AdminLevel::Prefectural),
        "province" => Ok(AdminLevel::Provincial),
        other => other.parse().map_err(|e| error(&e)),
    }
}

/// The columns of the `level` panel under the rules.
#[pyfunction(name = "panel")]
fn panel_columns(
    py: Python<'_>,
    level_name: &str,
    treat_year: u16,
    never_treated: &str,
    province_members: &str,
) -> PyResult<Py<PyList>> {
    let level = level(level_name)?;
    let rules = rules(treat_year, never_treated, province_members)?;
    let columns = panel::columns(level);
    let names: Vec<&str> = columns.iter().map(|c| c.name()).collect();
    let built = columns.iter().map(|&c| Built::of(c, rules, 0)).collect();
    build(py, &names, built, panel::rows(level, rules), |i, row| {
        columns[i].cell(row)
    })
}

/// The columns of `units.csv`.
#[pyfunction]
fn units(py: Python<'_>) -> PyResult<Py<PyList>> {
    let names = UnitColumn::ALL.map(UnitColumn::name);
    let built = UnitColumn::ALL
        .iter()
        .map(|c| Built::new(c.column_type(), false, 0))
        .collect();
    build(py, &names, built, pilots::all().iter(), |i, unit| {
        UnitColumn::ALL[i].cell(unit)
    })
}

/// The columns of `members.csv`.
#[pyfunction]
fn members(py: Python<'_>) -> PyResult<Py<PyList>> {
    let names = MemberColumn::ALL.map(MemberColumn::name);
    let built = MemberColumn::ALL
        .iter()
        .map(|c| Built::new(c.column_type(), false, 0))
        .collect();
    build(py, &names, built, pilots::members().iter(), |i, member| {
        MemberColumn::ALL[i].cell(member)
    })
}

/// A field as it came, to know a value seen before without reading it
/// again: the text of a number or of a text is read once per distinct
/// value, not once per row.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key<'a> {
    Missing,
    Int(i64),
    /// A float's bits (NaN is missing).
    Float(u64),
    Text(&'a [u8]),
}

impl<'a> View<'a> {
    fn key(&self, i: usize) -> Key<'a> {
        match *self {
            View::Int(values, valid) => {
                if valid[i] {
                    Key::Int(values[i])
                } else {
                    Key::Missing
                }
            }
            View::Float(values) => {
                if values[i].is_nan() {
                    Key::Missing
                } else {
                    Key::Float(values[i].to_bits())
                }
            }
            View::Text(offsets, data, valid) => {
                if !valid[i] {
                    return Key::Missing;
                }
                let span = usize::try_from(offsets[i])
                    .ok()
                    .zip(usize::try_from(offsets[i + 1]).ok())
                    .and_then(|(start, end)| data.get(start..end))
                    .unwrap_or_default();
                Key::Text(span)
            }
        }
    }
}

/// No answer yet, in `mark`'s table of answers.
const UNKNOWN: u32 = u32::MAX;
/// How many distinct years (or years and parents) `mark`'s table of
/// answers holds densely for each code: the 25 years of the lists and a
/// few forms of them.
const DENSE: usize = 32;
/// How many distinct codes (or names) it holds so: at most 8 MiB.
const DENSE_FIRST: usize = 1 << 16;

/// The distinct values of a column, numbered in order of first appearance.
/// Texts are kept as copies, not as spans of the column, so that numbering
/// a row reads nothing but the row and this small table.
#[derive(Default)]
struct Interner {
    ints: FastMap<i64, u32>,
    floats: FastMap<u64, u32>,
    texts: FastMap<Box<[u8]>, u32>,
    missing: Option<u32>,
    count: u32,
}

impl Interner {
    /// The number of a row's value (`key`), given one if it is new.
    fn slot(&mut self, key: Key<'_>) -> u32 {
        let next = self.count;
        let id = match key {
            Key::Missing => *self.missing.get_or_insert(next),
            Key::Int(n) => *self.ints.entry(n).or_insert(next),
            Key::Float(bits) => *self.floats.entry(bits).or_insert(next),
            Key::Text(text) => {
                if let Some(&id) = self.texts.get(text) {
                    id
                } else {
                    self.texts.insert(text.into(), next);
                    next
                }
            }
        };
        if id == next {
            self.count += 1;
        }
        id
    }
}

/// A name's candidate as a bad row's report lists it: code, name, parent.
type Candidate = (String, &'static str, String);

/// The answers of `mark`, one per distinct code and year (and one per
/// distinct field that could not be read), each column built with one
/// value per answer; every row then points at its answer.
struct Answers {
    rules: Rules,
    appended: Vec<Column>,
    /// With a name column, `matched_code` comes first.
    by_name: bool,
    columns: Vec<Built>,
    reasons: Vec<u8>,
    elsewhere: Vec<bool>,
    /// Matched through a name of another year than the row's.
    other_year: Vec<bool>,
    message_ids: Vec<i32>,
    messages: Texts,
    candidates: Vec<Vec<Candidate>>,
    by_code: FastMap<(u32, u16), u32>,
    buf: String,
}

impl Answers {
    fn new(rules: Rules, appended: Vec<Column>, by_name: bool) -> Answers {
        let mut columns: Vec<Built> = Vec::new();
        if by_name {
            columns.push(Built::new(ColumnType::Long, false, 0));
        }
        columns.extend(appended.iter().map(|&c| Built::of(c, rules, 0)));
        Answers {
            rules,
            appended,
            by_name,
            columns,
            reasons: Vec::new(),
            elsewhere: Vec::new(),
            other_year: Vec::new(),
            message_ids: Vec::new(),
            messages: Texts::default(),
            candidates: Vec::new(),
            by_code: FastMap::default(),
            buf: String::new(),
        }
    }

    fn next_id(&self) -> u32 {
        u32::try_from(self.reasons.len()).unwrap_or(u32::MAX)
    }

    /// A row that could not be read: every column missing.
    fn bad(&mut self, reason: Reason, message: Option<&str>, candidates: Vec<Candidate>) -> u32 {
        let id = self.next_id();
        for column in &mut self.columns {
            column.push(Value::Missing);
        }
        self.reasons.push(reason as u8);
        self.elsewhere.push(false);
        self.other_year.push(false);
        self.message_ids
            .push(message.map_or(-1, |m| self.messages.id_of(m)));
        self.candidates.push(candidates);
        id
    }

    fn bad_error(&mut self, reason: Reason, err: &cn_edu_pilots::Error) -> u32 {
        let message = err.to_string();
        self.bad(reason, Some(&message), Vec::new())
    }

    /// The answer of a code in the list of `year`, or by code alone.
    fn code(&mut self, code: DivisionCode, year: Option<u16>) -> u32 {
        // 0 stands for "by code alone", which no year is.
        let key = (code.get(), year.unwrap_or(0));
        if let Some(&id) = self.by_code.get(&key) {
            return id;
        }
        let id = self.work_out(code, year);
        self.by_code.insert(key, id);
        id
    }

    fn work_out(&mut self, code: DivisionCode, year: Option<u16>) -> u32 {
        let (cells, elsewhere): (Vec<Cell>, bool) = match year {
            None => {
                if codes::listed(code).is_none() {
                    // The library's words for a code of no list.
                    return match pilots::covering_in(code, codes::FIRST_YEAR) {
                        Err(e) => self.bad_error(Reason::NeverListed, &e),
                        Ok(_) => self.bad(Reason::NeverListed, None, Vec::new()),
                    };
                }
                (panel::marks_by_code(code).to_vec(), false)
            }
            Some(year) => match Row::new(code, year, self.rules) {
                Ok(row) => (
                    self.appended.iter().map(|c| c.cell(&row)).collect(),
                    row.coverage().reading() != Reading::Listed,
                ),
                Err(e) => {
                    let reason = if e.kind() == ErrorKind::NeverListed {
                        Reason::NeverListed
                    } else {
                        Reason::OutsideLists
                    };
                    return self.bad_error(reason, &e);
                }
            },
        };
        let id = self.next_id();
        let mut reason = Reason::Marked;
        if matches!(cells[0], Cell::Text(_)) && cells[0].to_string().is_empty() {
            reason = Reason::NoPilot;
        }
        let mut columns = self.columns.iter_mut();
        if self.by_name {
            if let Some(matched) = columns.next() {
                let value = matched.value(
                    Cell::Int(i32::try_from(code.get()).unwrap_or(i32::MAX)),
                    &mut self.buf,
                );
                matched.push(value);
            }
        }
        for (column, cell) in columns.zip(cells) {
            let value = column.value(cell, &mut self.buf);
            column.push(value);
        }
        self.reasons.push(reason as u8);
        self.elsewhere.push(elsewhere);
        self.other_year.push(false);
        self.message_ids.push(-1);
        self.candidates.push(Vec::new());
        id
    }

    /// The answer of a row's code field and year field, in the program's
    /// order: a row is told for the first of them that fails.
    fn code_field(&mut self, code: &str, year: Option<&str>) -> u32 {
        let code = match DivisionCode::from_field(code) {
            Ok(code) => code,
            Err(e) if e.kind() == ErrorKind::CodeOutsideScope => {
                return self.bad(Reason::OutsideMainland, None, Vec::new());
            }
            Err(e) => return self.bad_error(Reason::BadCode, &e),
        };
        let year = match year.map(codes::read_year).transpose() {
            Ok(year) => year,
            Err(e) => return self.bad_error(Reason::BadYear, &e),
        };
        self.code(code, year)
    }

    /// The answer of a row's name, year and parent fields: the one code
    /// the name denotes, read in the year's list as a code is (a name of
    /// another year too); none for a name that denotes several or none.
    fn name_field(
        &mut self,
        name: &str,
        year: &str,
        parent: Option<&str>,
        level: Option<AdminLevel>,
    ) -> u32 {
        let year = match codes::read_year(year) {
            Ok(year) => year,
            Err(e) => return self.bad_error(Reason::BadYear, &e),
        };
        let mut lookup = codes::named(name, year);
        if let Some(level) = level {
            lookup = lookup.level(level);
        }
        if let Some(parent) = parent.filter(|p| !p.trim().is_empty()) {
            match Within::parse(parent, year) {
                Ok(within) => lookup = lookup.within(within),
                Err(e) if e.kind() == ErrorKind::YearOutOfRange => {
                    return self.bad_error(Reason::OutsideLists, &e);
                }
                Err(e) => return self.bad_error(Reason::BadParent, &e),
            }
        }
        let found = match lookup.find() {
            Ok(found) => found,
            Err(e) if e.kind() == ErrorKind::YearOutOfRange => {
                return self.bad_error(Reason::OutsideLists, &e);
            }
            Err(e) => return self.bad_error(Reason::UnknownName, &e),
        };
        if let Some(one) = found.single() {
            // Kept per name, not per code: how the name matched is the
            // row's, as the program tells it.
            let id = self.work_out(one.code().code(), Some(year));
            if one.through_other_year() {
                let years = one.years_named();
                let message = format!(
                    "name \"{}\" is no name of the {year} list: read as {} {}, its name in {}–{}",
                    name.trim(),
                    one.code().code(),
                    one.name_zh(),
                    years.start(),
                    years.end()
                );
                let index = id as usize;
                self.other_year[index] = true;
                self.message_ids[index] = self.messages.id_of(&message);
            }
            return id;
        }
        let n = found.len();
        let candidates: Vec<Candidate> = found.map(|m| candidate(m, year)).collect();
        let mut message = format!("name \"{}\" denotes {n} codes in {year}: ", name.trim());
        for (i, (code, name, parent)) in candidates.iter().take(CANDIDATES).enumerate() {
            if i > 0 {
                message.push_str("; ");
            }
            let _ = write!(message, "{code} {name} (");
            if let Ok(code) = DivisionCode::from_field(code) {
                message.push_str(match code.level() {
                    AdminLevel::Provincial => "province",
                    AdminLevel::Prefectural => "prefecture",
                    AdminLevel::County => "county",
                });
            }
            if !parent.is_empty() {
                let _ = write!(message, ", in {parent}");
            }
            message.push(')');
        }
        if n > CANDIDATES {
            let _ = write!(message, "; and {} more", n - CANDIDATES);
        }
        message.push_str(": give a parent (parent=) or a level (level=) to tell them apart");
        self.bad(Reason::AmbiguousName, Some(&message), candidates)
    }
}

/// How many candidates a message lists, as the program's.
const CANDIDATES: usize = 8;

/// A candidate of a name: its code, the list's name it matched, and its
/// parent's name in the year (for a name of another year, in the last year
/// of that name), as the program describes it.
fn candidate(found: NameMatch, year: u16) -> Candidate {
    let code = found.code();
    let at = if found.through_other_year() {
        (*found.years_named().end()).clamp(codes::FIRST_YEAR, codes::LAST_YEAR)
    } else {
        year
    };
    let parent = code.parent(at).map_or_else(String::new, |p| {
        codes::listed(p)
            .and_then(|p| p.name_zh(at))
            .unwrap_or("?")
            .to_owned()
    });
    (code.code().to_string(), found.name_zh(), parent)
}

/// Each row's answer, worked out once per distinct combination of its
/// fields: the code (or name), year and parent.
fn answer_rows(
    answers: &mut Answers,
    first_view: &View<'_>,
    year_view: Option<&View<'_>>,
    parent_view: Option<&View<'_>>,
    level: Option<AdminLevel>,
) -> Vec<u32> {
    // Each distinct combination of fields is read once. A row's fields are
    // numbered column by column in small tables (a few thousand codes, a
    // few dozen years), then looked up by those numbers in a dense table:
    // a row touches little memory, which matters more than the hashing
    // for rows in random order. A panel sorted by code and year repeats
    // one combination row after row.
    let mut first_slots = Interner::default();
    let mut year_slots = Interner::default();
    let mut parent_slots = Interner::default();
    let mut rests: FastMap<(u32, u32), u32> = FastMap::default();
    // The answers by the numbers of the first field (rows) and of the
    // year, or year and parent (columns): one block of memory.
    let mut table: Vec<u32> = Vec::new();
    // Past the first few dozen years (or years and parents), or the first
    // 65,536 codes, a map: a column of many distinct values must not make
    // the table grow with the square of their number.
    let mut sparse: FastMap<(usize, usize), u32> = FastMap::default();
    let mut last: Option<((Key, Key, Key), u32)> = None;
    let rows = first_view.len();
    let mut row_answers: Vec<u32> = Vec::with_capacity(rows);
    let (mut first_buf, mut year_buf, mut parent_buf) =
        (String::new(), String::new(), String::new());
    for i in 0..rows {
        let key = (
            first_view.key(i),
            year_view.map_or(Key::Missing, |v| v.key(i)),
            parent_view.map_or(Key::Missing, |v| v.key(i)),
        );
        if let Some((last_key, id)) = last {
            if last_key == key {
                row_answers.push(id);
                continue;
            }
        }
        let first = first_slots.slot(key.0) as usize;
        let year = year_slots.slot(key.1);
        let rest = if parent_view.is_some() {
            let next = u32::try_from(rests.len()).unwrap_or(u32::MAX);
            *rests
                .entry((year, parent_slots.slot(key.2)))
                .or_insert(next)
        } else {
            year
        } as usize;
        let dense = rest < DENSE && first < DENSE_FIRST;
        let known = if dense {
            let at = first * DENSE + rest;
            if table.len() <= at {
                table.resize((first + 1) * DENSE, UNKNOWN);
            }
            &mut table[at]
        } else {
            sparse.entry((first, rest)).or_insert(UNKNOWN)
        };
        let mut id = *known;
        if id == UNKNOWN {
            let first_text = first_view.text(i, &mut first_buf);
            let year_text = year_view.map(|v| v.text(i, &mut year_buf));
            id = if answers.by_name {
                let parent_text = parent_view.map(|v| v.text(i, &mut parent_buf));
                answers.name_field(
                    first_text,
                    year_text.unwrap_or_default(),
                    parent_text,
                    level,
                )
            } else {
                answers.code_field(first_text, year_text)
            };
            if dense {
                table[first * DENSE + rest] = id;
            } else {
                sparse.insert((first, rest), id);
            }
        }
        last = Some((key, id));
        row_answers.push(id);
    }
    row_answers
}

/// Marks the rows of `code` (or `name`, with `year`, `parent` and
/// `level`) as the program's `mark` does: the columns of `Column::MARK`
/// (after `matched_code` by name), then with `treatment` those of
/// `Column::TREATMENT`. Gives each row's answer's number, and per answer
/// its columns, why it is unmarked (a `Reason`'s number), whether it was
/// read through another year's list, the number of its message among
/// `messages`, and a name's candidates.
#[pyfunction]
#[pyo3(signature = (code, year, treatment, treat_year, never_treated, province_members, name=None, parent=None, level_name=None))]
#[allow(
    clippy::too_many_arguments,
    reason = "the options of the program's mark, as Python passes them"
)]
fn mark<'py>(
    py: Python<'py>,
    code: Option<&Bound<'py, PyTuple>>,
    year: Option<&Bound<'py, PyTuple>>,
    treatment: bool,
    treat_year: u16,
    never_treated: &str,
    province_members: &str,
    name: Option<&Bound<'py, PyTuple>>,
    parent: Option<&Bound<'py, PyTuple>>,
    level_name: Option<&str>,
) -> PyResult<Bound<'py, PyTuple>> {
    let rules = rules(treat_year, never_treated, province_members)?;
    let level = level_name.map(level).transpose()?;
    if treatment && year.is_none() {
        // As the program refuses `--treatment` without `--year`: by code
        // alone a code is read by its digits, which do not say whether its
        // area meets a pilot's.
        return Err(PyValueError::new_err(
            "treatment needs year: treatment is read in the list of each row's year",
        ));
    }
    let by_name = name.is_some();
    if by_name && year.is_none() {
        return Err(PyValueError::new_err(
            "name needs year: a name is looked up in the list of each row's year",
        ));
    }
    let Some(first) = name.or(code) else {
        return Err(PyValueError::new_err(
            "mark needs code or name: the column of division codes or names",
        ));
    };
    let first_field = Field::extract(first)?;
    let year_field = year.map(Field::extract).transpose()?;
    let parent_field = parent.map(Field::extract).transpose()?;
    let first_view = first_field.view()?;
    let year_view = year_field.as_ref().map(Field::view).transpose()?;
    let parent_view = parent_field.as_ref().map(Field::view).transpose()?;
    let rows = first_view.len();
    for (what, view) in [("year", &year_view), ("parent", &parent_view)] {
        if let Some(view) = view {
            if view.len() != rows {
                return Err(PyValueError::new_err(format!(
                    "the first column has {rows} rows and the {what} column {}",
                    view.len()
                )));
            }
        }
    }
    let appended: Vec<Column> = Column::MARK
        .iter()
        .chain(if treatment {
            &Column::TREATMENT[..]
        } else {
            &[]
        })
        .copied()
        .collect();
    let mut answers = Answers::new(rules, appended.clone(), by_name);
    let row_answers = answer_rows(
        &mut answers,
        &first_view,
        year_view.as_ref(),
        parent_view.as_ref(),
        level,
    );

    let mut names: Vec<&str> = Vec::new();
    if by_name {
        names.push("matched_code");
    }
    names.extend(appended.iter().map(|c| c.name()));
    let columns = answers
        .columns
        .into_iter()
        .zip(names)
        .map(|(column, name)| column.into_py(py, name))
        .collect::<PyResult<Vec<_>>>()?;
    let candidates = PyDict::new(py);
    for (id, list) in answers.candidates.into_iter().enumerate() {
        if !list.is_empty() {
            candidates.set_item(id, PyList::new(py, list)?)?;
        }
    }
    (
        PyArray1::from_vec(py, row_answers),
        PyList::new(py, columns)?,
        PyArray1::from_vec(py, answers.reasons),
        PyArray1::from_vec(py, answers.elsewhere),
        PyArray1::from_vec(py, answers.other_year),
        PyArray1::from_vec(py, answers.message_ids),
        PyList::new(py, answers.messages.texts)?,
        candidates,
    )
        .into_pyobject(py)
}

/// The `code_year` table: every code of any list in every year, as `mark`
/// reads it (`panel::code_year_rows`).
#[pyfunction]
fn code_year(
    py: Python<'_>,
    treat_year: u16,
    never_treated: &str,
    province_members: &str,
) -> PyResult<Py<PyList>> {
    let rules = rules(treat_year, never_treated, province_members)?;
    let columns = panel::code_year_columns();
    let names: Vec<&str> = columns.iter().map(|c| c.name()).collect();
    let built = columns.iter().map(|&c| Built::of(c, rules, 0)).collect();
    build(py, &names, built, panel::code_year_rows(rules), |i, row| {
        columns[i].cell(row)
    })
}

/// A code a name denotes (`codes::NameMatch`).
#[pyclass(name = "NameMatch", module = "cn_edu_pilots", frozen)]
struct PyNameMatch {
    #[pyo3(get)]
    code: String,
    #[pyo3(get)]
    name_zh: &'static str,
    #[pyo3(get)]
    form: &'static str,
    #[pyo3(get)]
    years_named: (u16, u16),
    #[pyo3(get)]
    through_other_year: bool,
}

#[pymethods]
impl PyNameMatch {
    fn __repr__(&self) -> String {
        format!(
            "NameMatch(code='{}', name_zh='{}', form='{}', years_named=({}, {}), through_other_year={})",
            self.code,
            self.name_zh,
            self.form,
            self.years_named.0,
            self.years_named.1,
            if self.through_other_year {
                "True"
            } else {
                "False"
            }
        )
    }
}

/// Every code `name` denotes in the list of `year` (`codes::named`),
/// narrowed by `parent` and `level`.
#[pyfunction]
#[pyo3(signature = (name, year, parent=None, level_name=None))]
fn lookup_name(
    name: &str,
    year: &Bound<'_, PyAny>,
    parent: Option<&str>,
    level_name: Option<&str>,
) -> PyResult<Vec<PyNameMatch>> {
    let year = codes::read_year(&field_text(year)?).map_err(|e| error(&e))?;
    let mut lookup = codes::named(name, year);
    if let Some(level_name) = level_name {
        lookup = lookup.level(level(level_name)?);
    }
    if let Some(parent) = parent {
        lookup = lookup.within(Within::parse(parent, year).map_err(|e| error(&e))?);
    }
    let found = lookup.find().map_err(|e| error(&e))?;
    Ok(found
        .map(|m| PyNameMatch {
            code: m.code().code().to_string(),
            name_zh: m.name_zh(),
            form: match m.form() {
                NameForm::ListName => "list name",
                NameForm::Short => "short",
                NameForm::Generic => "generic",
                NameForm::Abbreviation => "abbreviation",
                _ => "other",
            },
            years_named: (*m.years_named().start(), *m.years_named().end()),
            through_other_year: m.through_other_year(),
        })
        .collect())
}

/// The pilots covering a code in the list of a year
/// (`pilots::covering_in`).
#[pyclass(name = "Coverage", module = "cn_edu_pilots", frozen)]
struct PyCoverage {
    #[pyo3(get)]
    code: String,
    #[pyo3(get)]
    year: u16,
    #[pyo3(get)]
    wholly: Vec<u16>,
    #[pyo3(get)]
    partly: Vec<u16>,
    /// Member id (`28a`) and `wholly` or `partly`, in the members' order.
    members: Vec<(String, &'static str)>,
    #[pyo3(get)]
    reading: &'static str,
    #[pyo3(get)]
    year_read: u16,
    #[pyo3(get)]
    note: Option<String>,
}

#[pymethods]
impl PyCoverage {
    /// Member id (`28a`) to `wholly` or `partly`, in the members' order.
    #[getter]
    fn members<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let members = PyDict::new(py);
        for (id, extent) in &self.members {
            members.set_item(id, extent)?;
        }
        Ok(members)
    }

    fn __repr__(&self) -> String {
        let ids = |units: &[u16]| {
            let ids: Vec<String> = units.iter().map(u16::to_string).collect();
            format!("[{}]", ids.join(", "))
        };
        let members: Vec<String> = self
            .members
            .iter()
            .map(|(id, extent)| format!("'{id}': '{extent}'"))
            .collect();
        format!(
            "Coverage(code='{}', year={}, wholly={}, partly={}, members={{{}}}, reading='{}', year_read={})",
            self.code,
            self.year,
            ids(&self.wholly),
            ids(&self.partly),
            members.join(", "),
            self.reading,
            self.year_read
        )
    }
}

/// A code as Python gives it: an int, a float or a text, read as a field
/// of a data file.
fn field_text(value: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(text) = value.extract::<String>() {
        return Ok(text);
    }
    if let Ok(n) = value.extract::<i64>() {
        return Ok(n.to_string());
    }
    if let Ok(x) = value.extract::<f64>() {
        return Ok(if x.is_nan() {
            String::new()
        } else {
            x.to_string()
        });
    }
    Ok(value.str()?.to_string())
}

/// The pilots covering `code` in the list of `year`.
#[pyfunction]
fn covering_in(code: &Bound<'_, PyAny>, year: &Bound<'_, PyAny>) -> PyResult<PyCoverage> {
    let code = DivisionCode::from_field(&field_text(code)?).map_err(|e| error(&e))?;
    let year = codes::read_year(&field_text(year)?).map_err(|e| error(&e))?;
    let coverage = pilots::covering_in(code, year).map_err(|e| error(&e))?;
    let ids = |units: cn_edu_pilots::Units| units.iter().map(|u| u16::from(u.id())).collect();
    let row = Row::of(coverage, year, Rules::DEFAULT);
    let note = match Column::PilotNote.cell(&row) {
        Cell::Missing => None,
        cell => Some(cell.to_string()),
    };
    Ok(PyCoverage {
        code: code.to_string(),
        year,
        wholly: ids(coverage.wholly()),
        partly: ids(coverage.partly()),
        members: coverage
            .members()
            .map(|(member, extent)| {
                let extent = match extent {
                    Extent::Wholly => "wholly",
                    Extent::Partly => "partly",
                };
                (member.id().to_string(), extent)
            })
            .collect(),
        reading: match coverage.reading() {
            Reading::Listed => "listed",
            Reading::Retired { .. } => "retired",
            Reading::NotYetListed { .. } => "not yet listed",
            _ => "other",
        },
        year_read: coverage.year_read(),
        note,
    })
}

/// The native module: `cn_edu_pilots._native`.
#[pymodule(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("Error", m.py().get_type::<Error>())?;
    m.add("VERSION", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<PyCoverage>()?;
    m.add_class::<PyNameMatch>()?;
    m.add_function(wrap_pyfunction!(code_year, m)?)?;
    m.add_function(wrap_pyfunction!(lookup_name, m)?)?;
    m.add_function(wrap_pyfunction!(mark, m)?)?;
    m.add_function(wrap_pyfunction!(panel_columns, m)?)?;
    m.add_function(wrap_pyfunction!(units, m)?)?;
    m.add_function(wrap_pyfunction!(members, m)?)?;
    m.add_function(wrap_pyfunction!(covering_in, m)?)?;
    Ok(())
}
