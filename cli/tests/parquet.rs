//! The Parquet files in `data/panels/`, read back with the parquet crate's
//! Arrow reader: each holds what its CSV holds, cell for cell; the columns'
//! types, nulls and labels; and the codings of `--never-treated`.

#![warn(clippy::pedantic)]

use std::fs::File;
use std::path::{Path, PathBuf};

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int8Type, Int16Type, Int32Type};
use arrow_array::{Array, RecordBatch};
use arrow_schema::DataType;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

mod common;
use common::{read_csv, root};

fn committed(file: &str) -> PathBuf {
    root().join("data/panels").join(file)
}

/// A Parquet file's header and rows as the CSV writes them (a null empty,
/// +inf `Inf`), its Arrow schema, and its `created_by` and key-value
/// metadata.
struct Read {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    schema: arrow_schema::SchemaRef,
    created_by: Option<String>,
    key_values: Vec<(String, Option<String>)>,
}

fn read(path: &Path) -> Read {
    let file = File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let builder = ParquetRecordBatchReaderBuilder::try_new(file).expect("a Parquet file");
    let schema = builder.schema().clone();
    let metadata = builder.metadata().file_metadata();
    let created_by = metadata.created_by().map(str::to_owned);
    let key_values = metadata
        .key_value_metadata()
        .into_iter()
        .flatten()
        .map(|kv| (kv.key.clone(), kv.value.clone()))
        .collect();
    let header = schema.fields().iter().map(|f| f.name().clone()).collect();
    let mut rows = Vec::new();
    for batch in builder.build().expect("a reader") {
        let batch: RecordBatch = batch.expect("a batch");
        let columns: Vec<Vec<String>> = batch.columns().iter().map(|a| texts(a)).collect();
        for i in 0..batch.num_rows() {
            rows.push(columns.iter().map(|c| c[i].clone()).collect());
        }
    }
    Read {
        header,
        rows,
        schema,
        created_by,
        key_values,
    }
}

/// The values of `array` as the CSV writes them.
fn texts(array: &dyn Array) -> Vec<String> {
    let text = |i: usize, value: &dyn Fn(usize) -> String| {
        if array.is_null(i) {
            String::new()
        } else {
            value(i)
        }
    };
    (0..array.len())
        .map(|i| match array.data_type() {
            DataType::Int8 => text(i, &|i| {
                array.as_primitive::<Int8Type>().value(i).to_string()
            }),
            DataType::Int16 => text(i, &|i| {
                array.as_primitive::<Int16Type>().value(i).to_string()
            }),
            DataType::Int32 => text(i, &|i| {
                array.as_primitive::<Int32Type>().value(i).to_string()
            }),
            DataType::Float64 => text(i, &|i| {
                let x = array.as_primitive::<Float64Type>().value(i);
                if x == f64::INFINITY {
                    "Inf".to_owned()
                } else {
                    x.to_string()
                }
            }),
            DataType::Utf8 => text(i, &|i| array.as_string::<i32>().value(i).to_owned()),
            other => panic!("a column of {other}"),
        })
        .collect()
}

/// Every `.parquet` file in `dir`, by its name without the extension.
fn parquet_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("a directory")
        .filter_map(|e| {
            let name = e.expect("an entry").file_name().into_string().ok()?;
            Some(name.strip_suffix(".parquet")?.to_owned())
        })
        .collect();
    names.sort();
    names
}

/// Every committed Parquet file has a CSV beside it and holds its header
/// and rows, cell for cell, in order.
#[test]
fn every_parquet_file_holds_its_csv_cell_for_cell() {
    let names = parquet_files(&root().join("data/panels"));
    for name in [
        "code_year",
        "county_year",
        "members",
        "prefecture_year",
        "province_year",
        "units",
    ] {
        assert!(names.iter().any(|n| n == name), "no {name}.parquet");
    }
    for name in names {
        let parquet = read(&committed(&format!("{name}.parquet")));
        let (header, rows) = read_csv(&committed(&format!("{name}.csv")));
        assert_eq!(parquet.header, header, "{name}");
        assert_eq!(parquet.rows.len(), rows.len(), "{name}: rows");
        for (i, (got, want)) in parquet.rows.iter().zip(&rows).enumerate() {
            assert_eq!(
                got,
                &want.iter().collect::<Vec<_>>(),
                "{name}.parquet row {} differs from its CSV",
                i + 1
            );
        }
        // Every column and the table have a label, and the writer's name
        // is fixed (no version in it).
        for field in parquet.schema.fields() {
            let label = field.metadata().get("label");
            assert!(
                label.is_some_and(|l| !l.is_empty()),
                "{name}.{}",
                field.name()
            );
        }
        let label = parquet
            .schema
            .metadata()
            .get("label")
            .expect("a table label");
        assert!(
            parquet
                .key_values
                .contains(&("label".to_owned(), Some(label.clone()))),
            "{name}: the file's label"
        );
        assert_eq!(
            parquet.created_by.as_deref(),
            Some("cn-edu-pilots"),
            "{name}"
        );
    }
}

/// The types, nullability and labels of columns of the committed files, as
/// the codebook gives them.
#[test]
fn the_columns_are_typed_and_labelled() {
    let county = read(&committed("county_year.parquet"));
    let field = |read: &Read, name: &str| {
        let field = read.schema.field_with_name(name).expect("a column").clone();
        (field.data_type().clone(), field.is_nullable())
    };
    for (name, data_type) in [
        ("year", DataType::Int16),
        ("code", DataType::Int32),
        ("name", DataType::Utf8),
        ("pilot_ids", DataType::Utf8),
        ("n_pilots", DataType::Int8),
        ("treated", DataType::Int8),
        ("first_treat", DataType::Int16),
        ("unit_code", DataType::Int32),
    ] {
        assert_eq!(
            field(&county, name),
            (data_type, false),
            "county_year.{name}"
        );
    }
    let province = read(&committed("province_year.parquet"));
    // A province has no parent; every province has county-level units.
    assert_eq!(field(&province, "parent"), (DataType::Int32, true));
    assert_eq!(
        field(&province, "share_treated"),
        (DataType::Float64, false)
    );
    let prefecture = read(&committed("prefecture_year.parquet"));
    assert_eq!(
        field(&prefecture, "share_treated"),
        (DataType::Float64, true)
    );
    let labels = county
        .schema
        .field_with_name("first_year")
        .expect("first_year");
    assert_eq!(
        labels.metadata().get("label").map(String::as_str),
        Some("First year its unit (unit_code) is listed")
    );
    assert_eq!(
        county.schema.metadata().get("label").map(String::as_str),
        Some("County-year panel 2000-2024, pilots of 教技函〔2012〕70号, treated from 2013")
    );
    // code_year: a note only where the code is read in another year's list.
    let code_year = read(&committed("code_year.parquet"));
    assert_eq!(field(&code_year, "pilot_note"), (DataType::Utf8, true));
    assert_eq!(field(&code_year, "became"), (DataType::Utf8, true));
    assert_eq!(field(&code_year, "year_read"), (DataType::Int16, false));
}

/// `--never-treated inf` writes `first_treat` as float64 with +inf for the
/// never treated, `empty` as int16 with nulls.
#[test]
fn first_treat_is_a_float_with_inf_and_has_nulls_with_empty() {
    let dir = common::scratch_root().join("parquet");
    for never in ["inf", "empty"] {
        let out = dir.join(never);
        let _ = std::fs::remove_dir_all(&out);
        let output = common::run(
            "panel",
            &[
                "--out",
                out.to_str().expect("a UTF-8 path"),
                "--never-treated",
                never,
            ],
            b"",
        );
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let county = read(&out.join("county_year.parquet"));
        let first_treat = county
            .schema
            .field_with_name("first_treat")
            .expect("a column");
        let at = |code: &str, year: &str| {
            let [y, c, f] = ["year", "code", "first_treat"]
                .map(|n| county.header.iter().position(|h| h == n).expect(n));
            let row = county.rows.iter().find(|r| r[y] == year && r[c] == code);
            row.expect("a row")[f].clone()
        };
        // 简阳市: no pilot's 2012 area; 东城区: entry 1.
        if never == "inf" {
            assert_eq!(first_treat.data_type(), &DataType::Float64);
            assert_eq!(at("510185", "2017"), "Inf");
        } else {
            assert_eq!(
                (first_treat.data_type(), first_treat.is_nullable()),
                (&DataType::Int16, true)
            );
            assert_eq!(at("510185", "2017"), "");
        }
        assert_eq!(at("110101", "2017"), "2013");
        let (_, csv) = read_csv(&out.join("county_year.csv"));
        let csv: Vec<Vec<&str>> = csv.iter().map(|r| r.iter().collect()).collect();
        assert_eq!(county.rows, csv, "{never}");
    }
}
