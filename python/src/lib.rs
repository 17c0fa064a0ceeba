//! The native module of the Python package `cn_edu_pilots`: the library's
//! answers for whole columns at a time. Every rule is the library's
//! (`cn_edu_pilots::panel`, `pilots`, `codes`); this module reads columns
//! handed over as `NumPy` arrays, asks the library once per distinct code and
//! year, and hands the appended columns back as `NumPy` arrays: numbers as
//! they are, text as one index per row into the distinct texts, which the
//! Python side expands for pandas or polars.
//!
//! A column comes in as a tuple tagged by its kind:
//! `("int", values: int64, valid: bool)`, `("float", values: float64)`
//! (NaN missing), or `("text", offsets: int64, data: uint8, valid: bool)`
//! (an Arrow large-string array's buffers). A column goes out as
//! `(name, "text", index: int32, texts: list[str])` (index -1 missing),
//! `(name, "int8" | "int16" | "int32", values, valid: bool)` or
//! `(name, "float64", values)` (NaN missing, `inf` an infinite
//! `first_treat`).

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]

use std::collections::HashMap;
use std::fmt::Write as _;

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

    /// A cell of a text or integer column as one number, as `mark` keeps
    /// it per code and year: the text's number or the integer,
    /// [`MISSING`] or [`INFINITE`]. (`mark` appends no share.)
    fn encode(&mut self, cell: Cell, buf: &mut String) -> i32 {
        match (self, cell) {
            (_, Cell::Missing) => MISSING,
            (Built::Text(_, texts), cell) => texts.id(cell, buf),
            (_, Cell::Int(n)) => n,
            (_, Cell::Inf) => INFINITE,
            (_, Cell::Real(_) | Cell::Text(_)) => MISSING,
        }
    }

    /// Appends a value that [`Built::encode`] gave.
    fn push_encoded(&mut self, value: i32) {
        self.push(match (value, &*self) {
            (MISSING, _) => Value::Missing,
            (id, Built::Text(..)) => Value::Text(id),
            (INFINITE, Built::Float64(_)) => Value::Number(f64::INFINITY),
            (n, _) => Value::Number(f64::from(n)),
        });
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

/// A missing value, as [`Built::encode`] gives it.
const MISSING: i32 = i32::MIN;
/// An infinite `first_treat`, as [`Built::encode`] gives it.
const INFINITE: i32 = i32::MAX;

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

/// The appended values of a code and year, once worked out.
#[derive(Clone, Copy)]
struct Answer {
    reason: Reason,
    /// Read through another year's list (`pilot_note` is written).
    elsewhere: bool,
    /// Each appended column's value, as [`Built::encode`] gives it.
    values: [i32; Column::MARK.len() + Column::TREATMENT.len()],
}

/// Why a row could not be read, and the library's message.
struct Bad {
    reason: Reason,
    message: Option<cn_edu_pilots::Error>,
}

/// Marks the rows of `code` (and `year`) as the program's `mark` does:
/// the columns of `Column::MARK`, then with `treatment` those of
/// `Column::TREATMENT`; and per row, why it is unmarked (a `Reason`'s
/// number), whether it was read through another year's list, and the
/// number of its message among `messages`.
#[pyfunction]
#[pyo3(signature = (code, year, treatment, treat_year, never_treated, province_members))]
#[allow(
    clippy::too_many_lines,
    reason = "one pass over the rows, read as the program reads them"
)]
fn mark<'py>(
    py: Python<'py>,
    code: &Bound<'py, PyTuple>,
    year: Option<&Bound<'py, PyTuple>>,
    treatment: bool,
    treat_year: u16,
    never_treated: &str,
    province_members: &str,
) -> PyResult<Bound<'py, PyTuple>> {
    let rules = rules(treat_year, never_treated, province_members)?;
    if treatment && year.is_none() {
        // As the program refuses `--treatment` without `--year`: by code
        // alone a code is read by its digits, which do not say whether its
        // area meets a pilot's.
        return Err(PyValueError::new_err(
            "treatment needs year: treatment is read in the list of each row's year",
        ));
    }
    let code_field = Field::extract(code)?;
    let year_field = year.map(Field::extract).transpose()?;
    let codes_view = code_field.view()?;
    let years_view = year_field.as_ref().map(Field::view).transpose()?;
    let rows = codes_view.len();
    if let Some(years) = &years_view {
        if years.len() != rows {
            return Err(PyValueError::new_err(format!(
                "the code column has {rows} rows and the year column {}",
                years.len()
            )));
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
    let mut built: Vec<Built> = appended
        .iter()
        .map(|&c| Built::of(c, rules, rows))
        .collect();
    let mut reasons: Vec<u8> = Vec::with_capacity(rows);
    let mut elsewhere: Vec<bool> = Vec::with_capacity(rows);
    let mut message_ids: Vec<i32> = Vec::with_capacity(rows);
    let mut messages = Texts::default();
    // The answers by code and year, each worked out once: the map holds
    // numbers, small enough to stay in the processor's cache.
    let mut answer_ids: HashMap<(u32, u16), u32> = HashMap::new();
    let mut answers: Vec<Answer> = Vec::new();
    let mut last: Option<((u32, u16), u32)> = None;
    let (mut code_buf, mut year_buf, mut buf) = (String::new(), String::new(), String::new());
    let missing = Answer {
        reason: Reason::Marked,
        elsewhere: false,
        values: [MISSING; Column::MARK.len() + Column::TREATMENT.len()],
    };

    for i in 0..rows {
        // The code, then the year, then the answer, in the program's order:
        // a row is told for the first of them that fails.
        let answer = (|| -> Result<Answer, Bad> {
            let code =
                DivisionCode::from_field(codes_view.text(i, &mut code_buf)).map_err(|e| {
                    if e.kind() == ErrorKind::CodeOutsideScope {
                        Bad {
                            reason: Reason::OutsideMainland,
                            message: None,
                        }
                    } else {
                        Bad {
                            reason: Reason::BadCode,
                            message: Some(e),
                        }
                    }
                })?;
            let year = match &years_view {
                None => None,
                Some(years) => Some(codes::read_year(years.text(i, &mut year_buf)).map_err(
                    |e| Bad {
                        reason: Reason::BadYear,
                        message: Some(e),
                    },
                )?),
            };
            // 0 stands for "by code alone", which no year is.
            let key = (code.get(), year.unwrap_or(0));
            // A panel sorted by code and year repeats a key row after row.
            if let Some((last_key, id)) = last {
                if last_key == key {
                    return Ok(answers[id as usize]);
                }
            }
            if let Some(&id) = answer_ids.get(&key) {
                last = Some((key, id));
                return Ok(answers[id as usize]);
            }
            let mut answer = missing;
            let cells: Vec<Cell> = match year {
                None => {
                    if codes::listed(code).is_none() {
                        // The library's words for a code of no list.
                        let err = pilots::covering_in(code, codes::FIRST_YEAR).err();
                        return Err(Bad {
                            reason: Reason::NeverListed,
                            message: err,
                        });
                    }
                    panel::marks_by_code(code).to_vec()
                }
                Some(year) => {
                    let row = Row::new(code, year, rules).map_err(|e| Bad {
                        reason: if e.kind() == ErrorKind::NeverListed {
                            Reason::NeverListed
                        } else {
                            Reason::OutsideLists
                        },
                        message: Some(e),
                    })?;
                    answer.elsewhere = row.coverage().reading() != Reading::Listed;
                    appended.iter().map(|c| c.cell(&row)).collect()
                }
            };
            if matches!(cells[0], Cell::Text(_)) && cells[0].to_string().is_empty() {
                answer.reason = Reason::NoPilot;
            }
            for ((value, cell), column) in answer.values.iter_mut().zip(cells).zip(&mut built) {
                *value = column.encode(cell, &mut buf);
            }
            let id = u32::try_from(answers.len()).unwrap_or(u32::MAX);
            answers.push(answer);
            answer_ids.insert(key, id);
            last = Some((key, id));
            Ok(answer)
        })();
        let (answer, message) = match answer {
            Ok(answer) => (answer, -1),
            Err(bad) => {
                let message = bad.message.map_or(-1, |e| {
                    buf.clear();
                    let _ = write!(buf, "{e}");
                    messages.id_of(&buf)
                });
                let answer = Answer {
                    reason: bad.reason,
                    ..missing
                };
                (answer, message)
            }
        };
        for (column, value) in built.iter_mut().zip(answer.values) {
            column.push_encoded(value);
        }
        reasons.push(answer.reason as u8);
        elsewhere.push(answer.elsewhere);
        message_ids.push(message);
    }

    let columns = built
        .into_iter()
        .zip(&appended)
        .map(|(column, c)| column.into_py(py, c.name()))
        .collect::<PyResult<Vec<_>>>()?;
    (
        PyList::new(py, columns)?,
        PyArray1::from_vec(py, reasons),
        PyArray1::from_vec(py, elsewhere),
        PyArray1::from_vec(py, message_ids),
        PyList::new(py, messages.texts)?,
    )
        .into_pyobject(py)
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
    m.add_function(wrap_pyfunction!(mark, m)?)?;
    m.add_function(wrap_pyfunction!(panel_columns, m)?)?;
    m.add_function(wrap_pyfunction!(units, m)?)?;
    m.add_function(wrap_pyfunction!(members, m)?)?;
    m.add_function(wrap_pyfunction!(covering_in, m)?)?;
    Ok(())
}
