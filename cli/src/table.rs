//! The files the commands write: a table as CSV, as a Stata .dta file and
//! as Parquet (`panel`), and a field as the csv crate writes it (`mark`).

use std::collections::HashMap;
use std::io::Cursor;
use std::sync::Arc;

use arrow_array::{
    ArrayRef, Float64Array, Int8Array, Int16Array, Int32Array, RecordBatch, StringArray,
};
use arrow_schema::{Field, Schema as ArrowSchema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;

use dta::stata::dta::byte_order::ByteOrder;
use dta::stata::dta::dta_writer::DtaWriter;
use dta::stata::dta::header::Header;
use dta::stata::dta::long_string_table::LongStringTable;
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
        // Which columns are strL: see `LONG`.
        let mut long = vec![false; self.columns.len()];
        for (i, column) in self.columns.iter().enumerate() {
            let (kind, format) = match column.kind {
                Kind::Byte => (VariableType::Byte, "%8.0g".to_owned()),
                Kind::Int => (VariableType::Int, "%8.0g".to_owned()),
                Kind::Long => (VariableType::Long, "%12.0g".to_owned()),
                Kind::Double => (VariableType::Double, "%10.0g".to_owned()),
                Kind::Text => {
                    let width = texts.iter().map(|row| row[i].len());
                    // A str# holds 1 to 2045 bytes; every text here is short.
                    let width = width.max().unwrap_or(0).max(1);
                    if width > LONG {
                        long[i] = true;
                        (VariableType::LongString, "%9s".to_owned())
                    } else {
                        let width = u16::try_from(width).map_err(|_| {
                            format!("{}.dta: {} is too wide", self.name, column.name)
                        })?;
                        (VariableType::FixedString(width), format!("%-{width}s"))
                    }
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
        let mut strls = LongStringTable::for_writing();
        for (observation, (row, texts)) in (1..).zip(self.rows.iter().zip(&texts)) {
            values.clear();
            for (variable, (((column, cell), text), &long)) in
                (1..).zip(self.columns.iter().zip(row).zip(texts).zip(&long))
            {
                values.push(if long {
                    // Stata stores a text strL with its terminating NUL,
                    // counted in its length, as readers expect; the dta
                    // crate writes the bytes it is given.
                    let content = format!("{text}\0");
                    Value::LongStringRef(strls.get_or_insert(
                        variable,
                        observation,
                        content.as_str(),
                    ))
                } else {
                    value(column, *cell, text).map_err(|e| format!("{}.dta: {e}", self.name))?
                });
            }
            records.write_record(&values).map_err(error)?;
        }
        let mut strl_writer = records.into_long_string_writer().map_err(error)?;
        strl_writer.write_long_string_table(&strls).map_err(error)?;
        let out = strl_writer
            .into_value_label_writer()
            .map_err(error)?
            .finish()
            .map_err(error)?;
        Ok(out.into_inner())
    }
}

impl Table {
    /// The table as Parquet, by the arrow writer: each column typed as in
    /// the .dta (`int8`, `int16`, `int32`, `float64`, `string`), a missing
    /// value as a null, a whole-number column holding `Inf` as `float64`
    /// with +inf; each column's label in its field's metadata and the
    /// table's in the schema's and the file's, under the key `label`.
    /// Snappy-compressed, with a fixed `created_by`, so that the same table
    /// gives the same bytes whichever version of the writer wrote them.
    pub fn parquet(&self) -> Result<Vec<u8>, String> {
        let error = |e: &dyn std::fmt::Display| format!("{}.parquet: {e}", self.name);
        let label = |text: &str| HashMap::from([("label".to_owned(), text.to_owned())]);
        let mut fields = Vec::with_capacity(self.columns.len());
        let mut arrays: Vec<ArrayRef> = Vec::with_capacity(self.columns.len());
        for (i, column) in self.columns.iter().enumerate() {
            let cells = || self.rows.iter().map(move |row| row[i]);
            let nullable = cells().any(|c| c == Cell::Missing);
            let infinite = cells().any(|c| c == Cell::Inf);
            let narrow =
                |n: i32| error(&format_args!("{}: {n} does not fit its type", column.name));
            let mistyped = |cell: Cell| {
                error(&format_args!(
                    "{}: {cell:?} is not of its type",
                    column.name
                ))
            };
            // Parquet has no infinite integer: such a column is a float's.
            let float = infinite && column.kind != Kind::Text;
            let array: ArrayRef = match (float, column.kind) {
                (true, _) | (_, Kind::Double) => {
                    let values = cells().map(|cell| match cell {
                        Cell::Real(x) => Ok(Some(x)),
                        Cell::Int(n) if column.kind != Kind::Double => Ok(Some(f64::from(n))),
                        Cell::Inf => Ok(Some(f64::INFINITY)),
                        Cell::Missing => Ok(None),
                        _ => Err(mistyped(cell)),
                    });
                    Arc::new(values.collect::<Result<Float64Array, String>>()?)
                }
                (false, Kind::Byte) => {
                    let values = cells().map(|cell| match cell {
                        Cell::Int(n) => i8::try_from(n).map(Some).map_err(|_| narrow(n)),
                        Cell::Missing => Ok(None),
                        _ => Err(mistyped(cell)),
                    });
                    Arc::new(values.collect::<Result<Int8Array, String>>()?)
                }
                (false, Kind::Int) => {
                    let values = cells().map(|cell| match cell {
                        Cell::Int(n) => i16::try_from(n).map(Some).map_err(|_| narrow(n)),
                        Cell::Missing => Ok(None),
                        _ => Err(mistyped(cell)),
                    });
                    Arc::new(values.collect::<Result<Int16Array, String>>()?)
                }
                (false, Kind::Long) => {
                    let values = cells().map(|cell| match cell {
                        Cell::Int(n) => Ok(Some(n)),
                        Cell::Missing => Ok(None),
                        _ => Err(mistyped(cell)),
                    });
                    Arc::new(values.collect::<Result<Int32Array, String>>()?)
                }
                (false, Kind::Text) => {
                    let values = cells().map(|cell| match cell {
                        Cell::Text(text) => Ok(Some(text.to_string())),
                        Cell::Missing => Ok(None),
                        _ => Err(mistyped(cell)),
                    });
                    Arc::new(values.collect::<Result<StringArray, String>>()?)
                }
            };
            fields.push(
                Field::new(column.name, array.data_type().clone(), nullable)
                    .with_metadata(label(&column.label)),
            );
            arrays.push(array);
        }
        let schema = Arc::new(ArrowSchema::new_with_metadata(fields, label(&self.label)));
        let batch = RecordBatch::try_new(Arc::clone(&schema), arrays).map_err(|e| error(&e))?;
        let properties = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by("cn-edu-pilots".to_owned())
            // The table's label for readers that do not read the Arrow
            // schema (DuckDB's `parquet_kv_metadata`).
            .set_key_value_metadata(Some(vec![KeyValue::new(
                "label".to_owned(),
                self.label.clone(),
            )]))
            .build();
        let mut writer =
            ArrowWriter::try_new(Vec::new(), schema, Some(properties)).map_err(|e| error(&e))?;
        writer.write(&batch).map_err(|e| error(&e))?;
        writer.into_inner().map_err(|e| error(&e))
    }
}

/// The widest text, in bytes, a .dta file holds as `str#`: every column of
/// the panels. A wider column (the pilots' names in `code_year`, up to 276
/// bytes, in most rows empty) is a `strL`, each distinct text stored once,
/// where a `str#` would pad every row to the widest.
const LONG: usize = 128;

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
