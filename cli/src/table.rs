//! The files the commands write: a table as CSV and as a Stata .dta file
//! (`panel`), and a field as the csv crate writes it (`mark`).

use std::io::Cursor;

use dta::stata::dta::byte_order::ByteOrder;
use dta::stata::dta::dta_writer::DtaWriter;
use dta::stata::dta::header::Header;
use dta::stata::dta::release::Release;
use dta::stata::dta::schema::Schema;
use dta::stata::dta::value::Value;
use dta::stata::dta::variable::Variable;
use dta::stata::dta::variable_type::VariableType;
use dta::stata::missing_value::MissingValue;
use dta::stata::stata_byte::StataByte;
use dta::stata::stata_double::StataDouble;
use dta::stata::stata_int::StataInt;
use dta::stata::stata_long::StataLong;

pub use cn_edu_pilots::panel::Cell;
/// How a column is stored: the library's type of a panel column, which
/// the tables of units and members use too.
pub use cn_edu_pilots::panel::ColumnType as Kind;

/// A column: its name (Stata-legal), storage and variable label.
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub label: String,
}

/// A file's columns and rows, as the library's cells, and the label of its
/// data set.
pub struct Table {
    /// The file's name without its extension.
    pub name: String,
    pub label: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn new(name: impl Into<String>, label: String, columns: Vec<Column>) -> Table {
        Table {
            name: name.into(),
            label,
            columns,
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(row.len(), self.columns.len(), "{}", self.name);
        self.rows.push(row);
    }

    /// The table as CSV: a header row, LF line ends, quoted where needed;
    /// each cell as its `Display` writes it.
    pub fn csv(&self) -> Result<Vec<u8>, String> {
        let mut out = csv::Writer::from_writer(Vec::new());
        let error = |e: csv::Error| format!("{}.csv: {e}", self.name);
        out.write_record(self.columns.iter().map(|c| c.name))
            .map_err(error)?;
        let mut fields: Vec<String> = Vec::with_capacity(self.columns.len());
        for row in &self.rows {
            fields.clear();
            fields.extend(row.iter().map(ToString::to_string));
            out.write_record(&fields).map_err(error)?;
        }
        out.into_inner()
            .map_err(|e| format!("{}.csv: {}", self.name, e.error()))
    }

    /// The table as a Stata .dta file of format 118, UTF-8, with its
    /// variable labels and data label, and no time stamp (so that the
    /// same table gives the same bytes).
    pub fn dta(&self) -> Result<Vec<u8>, String> {
        let error = |e: dta::stata::dta::dta_error::DtaError| format!("{}.dta: {e}", self.name);
        // The texts of each row, which the .dta values borrow.
        let texts: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|row| row.iter().map(ToString::to_string).collect())
            .collect();
        let mut schema = Schema::builder();
        for (i, column) in self.columns.iter().enumerate() {
            let (kind, format) = match column.kind {
                Kind::Byte => (VariableType::Byte, "%8.0g".to_owned()),
                Kind::Int => (VariableType::Int, "%8.0g".to_owned()),
                Kind::Long => (VariableType::Long, "%12.0g".to_owned()),
                Kind::Double => (VariableType::Double, "%10.0g".to_owned()),
                Kind::Text => {
                    let width = texts.iter().map(|row| row[i].len());
                    // A str# holds 1 to 2045 bytes; every text here is short.
                    let width = u16::try_from(width.max().unwrap_or(0).max(1))
                        .map_err(|_| format!("{}.dta: {} is too wide", self.name, column.name))?;
                    (VariableType::FixedString(width), format!("%-{width}s"))
                }
            };
            schema = schema.add_variable(
                Variable::builder(kind, column.name)
                    .format(format)
                    .label(column.label.clone()),
            );
        }
        let header = Header::builder(Release::V118, ByteOrder::LittleEndian)
            .dataset_label(self.label.clone())
            .build();
        let mut records = DtaWriter::new()
            .from_writer(Cursor::new(Vec::new()))
            .write_header(header)
            .map_err(error)?
            .write_schema(schema.build().map_err(error)?)
            .map_err(error)?
            .into_record_writer()
            .map_err(error)?;
        let mut values = Vec::with_capacity(self.columns.len());
        for (row, texts) in self.rows.iter().zip(&texts) {
            values.clear();
            for ((column, cell), text) in self.columns.iter().zip(row).zip(texts) {
                values.push(
                    value(column, *cell, text).map_err(|e| format!("{}.dta: {e}", self.name))?,
                );
            }
            records.write_record(&values).map_err(error)?;
        }
        let out = records
            .into_long_string_writer()
            .map_err(error)?
            .into_value_label_writer()
            .map_err(error)?
            .finish()
            .map_err(error)?;
        Ok(out.into_inner())
    }
}

/// The .dta value of `cell`, whose text is `text`, in `column`.
pub fn value<'a>(column: &Column, cell: Cell, text: &'a str) -> Result<Value<'a>, String> {
    let missing = MissingValue::System;
    let narrow = |n: i32| format!("{}: {n} does not fit its type", column.name);
    Ok(match (column.kind, cell) {
        (Kind::Byte, Cell::Int(n)) => {
            Value::Byte(StataByte::Present(i8::try_from(n).map_err(|_| narrow(n))?))
        }
        (Kind::Byte, Cell::Missing | Cell::Inf) => Value::Byte(StataByte::Missing(missing)),
        (Kind::Int, Cell::Int(n)) => {
            Value::Int(StataInt::Present(i16::try_from(n).map_err(|_| narrow(n))?))
        }
        (Kind::Int, Cell::Missing | Cell::Inf) => Value::Int(StataInt::Missing(missing)),
        (Kind::Long, Cell::Int(n)) => Value::Long(StataLong::Present(n)),
        (Kind::Long, Cell::Missing | Cell::Inf) => Value::Long(StataLong::Missing(missing)),
        (Kind::Double, Cell::Real(x)) => Value::Double(StataDouble::Present(x)),
        (Kind::Double, Cell::Missing | Cell::Inf) => Value::Double(StataDouble::Missing(missing)),
        (Kind::Text, Cell::Text(_) | Cell::Missing) => Value::string(text),
        _ => return Err(format!("{}: {cell:?} is not of its type", column.name)),
    })
}

pub fn column(name: &'static str, kind: Kind, label: impl Into<String>) -> Column {
    Column {
        name,
        kind,
        label: label.into(),
    }
}

/// Appends `field` as the csv crate writes it: quoted, its quotes doubled,
/// when it holds the delimiter, a quote or a line end.
pub fn push_field(line: &mut Vec<u8>, field: &[u8], delimiter: u8) {
    if memchr::memchr3(delimiter, b'"', b'\n', field).is_some() || field.contains(&b'\r') {
        line.push(b'"');
        for &b in field {
            if b == b'"' {
                line.push(b'"');
            }
            line.push(b);
        }
        line.push(b'"');
    } else {
        line.extend_from_slice(field);
    }
}
