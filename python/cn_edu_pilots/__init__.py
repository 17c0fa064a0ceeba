"""The first batch of China's regional education-informatization pilots
(教技函〔2012〕70号) for pandas and polars.

``mark(df, code=..., year=...)`` appends to every row of a frame the pilots
whose 2012 areas hold its division code in the list of its year, as the
program ``cn-edu-pilots mark`` does for a CSV file; ``panel()`` gives the
county-, prefecture- or province-year panel as a frame; ``units()`` and
``members()`` the notice's entries and member organisations;
``covering_in(code, year)`` answers for one code. Every rule is the Rust
library's, which this package calls.
"""

from __future__ import annotations

import math
import numbers
import warnings
from typing import Any, NamedTuple, Optional

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from . import _native
from ._native import Coverage, Error, NameMatch

__all__ = [
    "Coverage",
    "Error",
    "MarkReport",
    "MarkWarning",
    "NameMatch",
    "Problem",
    "code_year",
    "covering_in",
    "lookup_name",
    "mark",
    "members",
    "panel",
    "units",
]

__version__: str = _native.VERSION

# Why a row is unmarked, by the number the native module gives it: the
# program's summary's reasons.
REASONS = (
    "marked",
    "in no pilot's area",
    "a code of Taiwan, Hong Kong or Macao",
    "an invalid code",
    "an invalid year",
    "a year outside the lists",
    "a code in no list",
    "an ambiguous name",
    "an unknown name",
    "an invalid parent",
)
# The reasons of rows that could not be read (the program's exit status 1).
_BAD = (3, 4, 5, 6, 7, 8, 9)


class MarkWarning(UserWarning):
    """Some rows could not be read; ``report`` (a :class:`MarkReport`) says
    which and why."""

    def __init__(self, message: str, report: "MarkReport") -> None:
        super().__init__(message)
        self.report = report


class Problem(NamedTuple):
    """A row that could not be read."""

    row: int
    """Its position (0-based)."""
    field: Any
    """Its code (or name, marking by name)."""
    year: Any
    reason: str
    message: Optional[str]
    """The library's message, quoting the field."""
    candidates: list
    """For an ambiguous name, the divisions it denotes: ``(code, name,
    parent)`` tuples."""


class MarkReport:
    """What ``mark`` did with each row, as the program's summary counts it."""

    def __init__(
        self,
        row_answers: np.ndarray,
        reasons: np.ndarray,
        elsewhere: np.ndarray,
        other_year: np.ndarray,
        message_ids: np.ndarray,
        messages: list,
        candidates: dict,
        codes: Any,
        years: Any,
        by_name: bool = False,
    ) -> None:
        # Per answer (a distinct code and year, or field), and each row's
        # answer.
        self._rows = row_answers
        self._answer_reasons = reasons
        self._answer_elsewhere = elsewhere
        self._answer_other_year = other_year
        self._message_ids = message_ids
        self._messages = messages
        self._candidates = candidates
        self._codes = codes
        self._years = years
        per_answer = np.bincount(row_answers, minlength=len(reasons))
        counts = np.bincount(reasons, weights=per_answer, minlength=len(REASONS)).astype(np.int64)
        self.rows: int = int(len(row_answers))
        self.marked: int = int(counts[0])
        self.read_elsewhere: int = int(per_answer[elsewhere].sum())
        self.unmarked: dict = {
            REASONS[i]: int(counts[i]) for i in range(1, len(REASONS)) if counts[i]
        }
        self.bad: int = int(sum(counts[i] for i in _BAD))
        self.by_name: bool = by_name
        # By name: the rows whose name denotes one code (0 by code).
        self.names_matched: int = int(counts[0] + counts[1]) if by_name else 0
        self.names_through_other_year: int = int(per_answer[other_year].sum())

    @property
    def bad_rows(self) -> np.ndarray:
        """The positions (0-based) of the rows that could not be read."""
        return np.flatnonzero(np.isin(self._answer_reasons, _BAD)[self._rows])

    @property
    def read_elsewhere_rows(self) -> np.ndarray:
        """The positions of the rows read through another year's list."""
        return np.flatnonzero(self._answer_elsewhere[self._rows])

    @property
    def through_other_year_rows(self) -> np.ndarray:
        """By name, the positions of the rows whose name matched only a
        name of another year (昌都地区 in 2015)."""
        return np.flatnonzero(self._answer_other_year[self._rows])

    def notes(self) -> list:
        """By name, for each row matched through another year's name,
        ``(row, name, year, message)``: the code it was read as."""
        out = []
        for i in self.through_other_year_rows:
            m = self._message_ids[self._rows[i]]
            out.append(
                (
                    int(i),
                    _at(self._codes, i),
                    None if self._years is None else _at(self._years, i),
                    self._messages[m] if m >= 0 else None,
                )
            )
        return out

    @property
    def reasons(self) -> np.ndarray:
        """Per row, why it is unmarked: an index into ``REASONS`` (0 if
        marked)."""
        return self._answer_reasons[self._rows]

    def problems(self) -> list:
        """The rows that could not be read, as :class:`Problem` tuples
        ``(row, field, year, reason, message, candidates)``: the message is
        the library's, quoting the field; the candidates those of an
        ambiguous name."""
        out = []
        for i in self.bad_rows:
            answer = self._rows[i]
            m = self._message_ids[answer]
            out.append(
                Problem(
                    int(i),
                    _at(self._codes, i),
                    None if self._years is None else _at(self._years, i),
                    REASONS[self._answer_reasons[answer]],
                    self._messages[m] if m >= 0 else None,
                    list(self._candidates.get(int(answer), [])),
                )
            )
        return out

    def __str__(self) -> str:
        unmarked = self.rows - self.marked
        lines = [
            f"{self.rows} rows read: {self.marked} marked, {self.read_elsewhere} read "
            f"through another year's list, {unmarked} unmarked"
        ]
        if self.by_name:
            lines.append(
                f"names: {self.names_matched} matched ({self.names_through_other_year} through "
                f"another year's name), {self.unmarked.get('an ambiguous name', 0)} ambiguous, "
                f"{self.unmarked.get('an unknown name', 0)} unknown"
            )
        if self.unmarked:
            lines.append(
                "unmarked: "
                + ", ".join(f"{n} {why}" for why, n in self.unmarked.items())
            )
        if self.bad:
            lines.append(f"{self.bad} rows could not be read")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return (
            f"MarkReport(rows={self.rows}, marked={self.marked}, "
            f"read_elsewhere={self.read_elsewhere}, bad={self.bad}, unmarked={self.unmarked})"
        )


def _at(column: Any, i: int) -> Any:
    value = column[i]
    return value.as_py() if hasattr(value, "as_py") else value


# ---------------------------------------------------------------- frames in


def _backend(df: Any) -> str:
    module = type(df).__module__.split(".")[0]
    if module in ("pandas", "polars") and type(df).__name__ == "DataFrame":
        return module
    raise TypeError(
        f"expected a pandas or polars DataFrame, got {type(df).__module__}.{type(df).__name__}"
    )


def _column(df: Any, backend: str, name: str) -> Any:
    if name not in list(df.columns):
        names = [str(c) for c in list(df.columns)[:20]]
        if len(df.columns) > 20:
            names.append(f"and {len(df.columns) - 20} more")
        raise KeyError(f'no column "{name}"; the columns are: {", ".join(names)}')
    return df[name]


def _to_arrow(column: Any, backend: str) -> pa.Array:
    if backend == "polars":
        array = column.to_arrow()
    else:
        try:
            array = pa.array(column, from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            # An object column of mixed values (ints and texts): each as
            # its text, as a CSV file would carry it.
            array = pa.array(
                [None if _missing(v) else str(v) for v in column],
                type=pa.large_string(),
            )
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    return array


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _field(array: pa.Array) -> tuple:
    """A column as the native module reads it: numbers as NumPy arrays,
    text as an Arrow large-string array's buffers."""
    kind = array.type
    if pa.types.is_dictionary(kind):
        array = array.dictionary_decode()
        kind = array.type
    n = len(array)
    if pa.types.is_null(kind):
        return ("float", np.full(n, np.nan))
    if pa.types.is_integer(kind):
        try:
            array = array.cast(pa.int64())
            values = array.fill_null(0).to_numpy(zero_copy_only=False)
            valid = array.is_valid().to_numpy(zero_copy_only=False)
            return ("int", np.ascontiguousarray(values), np.ascontiguousarray(valid))
        except pa.ArrowInvalid:
            pass  # beyond int64: read as text
    elif pa.types.is_floating(kind) or pa.types.is_decimal(kind):
        array = array.cast(pa.float64())
        values = array.fill_null(np.nan).to_numpy(zero_copy_only=False)
        return ("float", np.ascontiguousarray(values))
    text = array.cast(pa.large_string())
    _, offsets, data = text.buffers()
    offsets = np.frombuffer(offsets, dtype=np.int64)[text.offset : text.offset + n + 1]
    data = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, np.uint8)
    valid = text.is_valid().to_numpy(zero_copy_only=False)
    return ("text", np.ascontiguousarray(offsets), data, np.ascontiguousarray(valid))


# --------------------------------------------------------------- frames out

def _texts(ids: np.ndarray, texts: list, take: Optional[np.ndarray]) -> pa.Array:
    """A text column: each value the text of its number (-1 missing),
    then, with ``take``, each row the value of its answer: one Arrow
    large-string array (offsets and one UTF-8 buffer) built in C++, no
    Python object per row."""
    distinct = pa.array(list(texts) + [None], type=pa.large_string())
    values = distinct.take(pa.array(np.where(ids < 0, len(texts), ids)))
    return values if take is None else values.take(pa.array(take))


def _columns(columns: list, take: Optional[np.ndarray] = None) -> list:
    """The native module's columns as ``(name, kind, data)``: text as an
    Arrow chunked array, integers as ``(values, valid)``, floats as
    values; with ``take``, each row the value of its answer."""
    out = []
    for name, kind, *data in columns:
        if kind == "text":
            out.append((name, kind, _texts(data[0], data[1], take)))
        elif kind == "float64":
            values = data[0]
            out.append((name, kind, values if take is None else values[take]))
        else:
            numbers, valid = data
            if take is not None:
                numbers, valid = numbers[take], valid[take]
            out.append((name, kind, (numbers, valid)))
    return out


def _pandas_before(version: str) -> bool:
    import pandas as pd

    major, minor = (int(part) for part in pd.__version__.split(".")[:2])
    return (major, minor) < tuple(int(part) for part in version.split("."))


def _pandas_columns(columns: list, index: Any, nullable: bool) -> dict:
    """Columns as pandas columns: text as ``string[pyarrow]`` (pandas'
    ``StringDtype("pyarrow")``, missing ``pd.NA``), integers as NumPy
    integers, or pandas' nullable integers where a value is missing
    (always with ``nullable``), floats as floats."""
    import pandas as pd

    text = pd.StringDtype("pyarrow")
    # pandas keeps large strings from 2.2 on; before, plain strings
    # (32-bit offsets).
    cast = _pandas_before("2.2")
    out = {}
    for name, kind, data in columns:
        if kind == "text":
            if cast:
                data = data.cast(pa.string())
            values = text.__from_arrow__(data)
        elif kind == "float64":
            values = data
        else:
            numbers, valid = data
            if nullable or not valid.all():
                values = pd.arrays.IntegerArray(numbers, ~valid)
            else:
                values = numbers
        out[name] = pd.Series(values, index=index, name=name, copy=False)
    return out


def _polars_columns(columns: list) -> list:
    import polars as pl

    out = []
    for name, kind, data in columns:
        if kind == "text":
            array = data
        elif kind == "float64":
            array = pa.array(data, from_pandas=True)
        else:
            numbers, valid = data
            array = pa.array(numbers, mask=~valid)
        out.append(pl.Series(name, array))
    return out


def _frame(columns: list, backend: str) -> Any:
    if backend == "polars":
        import polars as pl

        return pl.DataFrame(_polars_columns(_columns(columns)))
    if backend == "pandas":
        import pandas as pd

        return pd.DataFrame(_pandas_columns(_columns(columns), None, nullable=False))
    raise ValueError(f'unknown backend "{backend}": expected pandas or polars')


# ----------------------------------------------------------------- the rules


# The library's message for a first treated year it rejects; the native
# module asks the library itself for any year a u16 holds, so this is
# only for a value it cannot be asked about (not an int, or beyond 65535).
_TREAT_YEAR_EXPECTED = "expected 2012 (the notice) or 2013 (its plans' deadline)"


def _quoted(value: Any) -> str:
    """A value as the library's messages quote it: its first 40 bytes,
    in quotes, then … if cut."""
    text = str(value)
    cut = text.encode()[:40].decode(errors="ignore")
    escaped = cut.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"' + ("…" if len(cut) < len(text) else "")


def _treat_year(value: Any) -> int:
    # An int (NumPy's too), never a bool, a float or a text: int() would
    # turn 2012.9 into 2012 and read "2012".
    if isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_)):
        year = int(value)
        if 0 <= year <= 0xFFFF:
            return year  # the library says whether it is 2012 or 2013
    raise Error(f"unknown first year of treatment {_quoted(value)}: {_TREAT_YEAR_EXPECTED}")


def _is_missing(value: Any) -> bool:
    return (
        value is None
        or (isinstance(value, float) and math.isnan(value))
        or type(value).__name__ == "NAType"  # pandas' pd.NA
    )


def _never_treated(value: Any) -> str:
    """The coding as the library reads its text: a missing value, a text,
    0 or inf; anything else (a bool is not 0) as a text the library
    rejects with its message."""
    if _is_missing(value):
        return "empty"
    if isinstance(value, str):
        return value
    if isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_)):
        if value == 0:
            return "0"
        if value == math.inf:
            return "inf"
    return _typed(value)


def _province_members(value: Any) -> str:
    """The choice as the library reads its text; anything but a text as
    one the library rejects with its message."""
    return value if isinstance(value, str) else _typed(value)


def _typed(value: Any) -> str:
    """A value that is not a rule's text, as the text of an error: with
    its type, so that no object passes for a choice by its str()."""
    return f"{value} ({type(value).__name__})"


def _rules(treat_year: Any, never_treated: Any, province_members: Any) -> tuple:
    return (
        _treat_year(treat_year),
        _never_treated(never_treated),
        _province_members(province_members),
    )


# ------------------------------------------------------------------ the API


def mark(
    df: Any,
    *,
    code: Optional[str] = None,
    name: Optional[str] = None,
    year: Optional[str] = None,
    parent: Optional[str] = None,
    level: Optional[str] = None,
    treatment: bool = False,
    treat_year: int = 2013,
    never_treated: Any = 0,
    province_members: str = "exclude",
    with_report: bool = False,
) -> Any:
    backend = _backend(df)
    if (code is None) == (name is None):
        raise ValueError(
            "mark needs code= (the column of division codes) or name= (of names), not both"
        )
    if name is None and (parent is not None or level is not None):
        raise ValueError("parent= and level= go with name=: a code needs neither")
    if name is not None and year is None:
        raise ValueError("name needs year: a name is looked up in the list of each row's year")
    rules = _rules(treat_year, never_treated, province_members)
    first = _to_arrow(_column(df, backend, code if name is None else name), backend)
    years = None if year is None else _to_arrow(_column(df, backend, year), backend)
    parents = None if parent is None else _to_arrow(_column(df, backend, parent), backend)
    field = lambda array: None if array is None else _field(array)  # noqa: E731
    row_answers, columns, reasons, elsewhere, other_year, message_ids, messages, candidates = _native.mark(
        None if name is not None else _field(first),
        field(years),
        bool(treatment),
        *rules,
        name=None if name is None else _field(first),
        parent=field(parents),
        level_name=None if level is None else str(level),
    )
    taken = [c[0] for c in columns if c[0] in list(df.columns)]
    if taken:
        raise ValueError(
            f"the frame already has a column {taken[0]}: mark appends {', '.join(c[0] for c in columns)}; "
            "drop or rename them first"
        )
    report = MarkReport(
        row_answers,
        reasons,
        elsewhere,
        other_year,
        message_ids,
        messages,
        candidates,
        first,
        years,
        by_name=name is not None,
    )
    if backend == "polars":
        import polars as pl

        # One row per answer, then each row's answer: polars gathers the
        # columns in parallel, and a text column's long strings stay in
        # the buffers of the answers' (views).
        answers = pl.DataFrame(_polars_columns(_columns(columns)))
        appended = answers.select(pl.all().gather(pl.Series(row_answers)))
        out = df.with_columns(appended.get_columns())
    else:
        import pandas as pd

        appended = _columns(columns, take=row_answers)
        out = pd.concat(
            [df, pd.DataFrame(_pandas_columns(appended, df.index, nullable=True), index=df.index)],
            axis=1,
        )
    if report.bad:
        warnings.warn(MarkWarning(str(report), report), stacklevel=2)
    return (out, report) if with_report else out


def code_year(
    *,
    treat_year: int = 2013,
    never_treated: Any = 0,
    province_members: str = "exclude",
    backend: str = "pandas",
) -> Any:
    rules = _rules(treat_year, never_treated, province_members)
    return _frame(_native.code_year(*rules), backend)


def panel(
    level: str = "county",
    *,
    treat_year: int = 2013,
    never_treated: Any = 0,
    province_members: str = "exclude",
    backend: str = "pandas",
) -> Any:
    rules = _rules(treat_year, never_treated, province_members)
    return _frame(_native.panel(str(level), *rules), backend)


def units(*, backend: str = "pandas") -> Any:
    return _frame(_native.units(), backend)


def members(*, backend: str = "pandas") -> Any:
    return _frame(_native.members(), backend)


def covering_in(code: Any, year: Any) -> Coverage:
    return _native.covering_in(code, year)


def lookup_name(
    name: str,
    year: Any,
    *,
    parent: Optional[str] = None,
    level: Optional[str] = None,
) -> list:
    return _native.lookup_name(
        str(name),
        year,
        parent=None if parent is None else str(parent),
        level_name=None if level is None else str(level),
    )
