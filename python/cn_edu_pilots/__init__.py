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
import warnings
from typing import Any, Optional

import numpy as np
import pyarrow as pa

from . import _native
from ._native import Coverage, Error

__all__ = [
    "Coverage",
    "Error",
    "MarkReport",
    "MarkWarning",
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
)
# The reasons of rows that could not be read (the program's exit status 1).
_BAD = (3, 4, 5, 6)


class MarkWarning(UserWarning):
    """Some rows could not be read; ``report`` (a :class:`MarkReport`) says
    which and why."""

    def __init__(self, message: str, report: "MarkReport") -> None:
        super().__init__(message)
        self.report = report


class MarkReport:
    """What ``mark`` did with each row, as the program's summary counts it."""

    def __init__(
        self,
        reasons: np.ndarray,
        elsewhere: np.ndarray,
        message_ids: np.ndarray,
        messages: list,
        codes: Any,
        years: Any,
    ) -> None:
        self._reasons = reasons
        self._elsewhere = elsewhere
        self._message_ids = message_ids
        self._messages = messages
        self._codes = codes
        self._years = years
        counts = np.bincount(reasons, minlength=len(REASONS))
        self.rows: int = int(len(reasons))
        self.marked: int = int(counts[0])
        self.read_elsewhere: int = int(elsewhere.sum())
        self.unmarked: dict = {
            REASONS[i]: int(counts[i]) for i in range(1, len(REASONS)) if counts[i]
        }
        self.bad: int = int(sum(counts[i] for i in _BAD))

    @property
    def bad_rows(self) -> np.ndarray:
        """The positions (0-based) of the rows that could not be read."""
        return np.flatnonzero(np.isin(self._reasons, _BAD))

    @property
    def read_elsewhere_rows(self) -> np.ndarray:
        """The positions of the rows read through another year's list."""
        return np.flatnonzero(self._elsewhere)

    @property
    def reasons(self) -> np.ndarray:
        """Per row, why it is unmarked: an index into ``REASONS`` (0 if
        marked)."""
        return self._reasons

    def problems(self) -> list:
        """The rows that could not be read, as ``(position, code, year,
        reason, message)`` tuples; the message is the library's, quoting
        the field."""
        out = []
        for i in self.bad_rows:
            m = self._message_ids[i]
            out.append(
                (
                    int(i),
                    _at(self._codes, i),
                    None if self._years is None else _at(self._years, i),
                    REASONS[self._reasons[i]],
                    self._messages[m] if m >= 0 else None,
                )
            )
        return out

    def __str__(self) -> str:
        unmarked = self.rows - self.marked
        lines = [
            f"{self.rows} rows read: {self.marked} marked, {self.read_elsewhere} read "
            f"through another year's list, {unmarked} unmarked"
        ]
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


def _pandas_columns(columns: list, index: Any, nullable: bool) -> dict:
    """The native module's columns as pandas columns: text as objects (None
    missing), integers as NumPy integers, or pandas' nullable integers where
    a value is missing (always with ``nullable``), floats as floats."""
    import pandas as pd

    out = {}
    for name, kind, *data in columns:
        if kind == "text":
            ids, texts = data
            lookup = np.empty(len(texts) + 1, dtype=object)
            lookup[: len(texts)] = texts  # and None last, for -1
            values = lookup[ids]
        elif kind == "float64":
            values = data[0]
        else:
            numbers, valid = data
            if nullable or not valid.all():
                values = pd.arrays.IntegerArray(numbers, ~valid)
            else:
                values = numbers
        out[name] = pd.Series(values, index=index, name=name)
    return out


def _polars_columns(columns: list) -> list:
    import polars as pl

    out = []
    for name, kind, *data in columns:
        if kind == "text":
            ids, texts = data
            lookup = pa.array(list(texts) + [None], type=pa.large_string())
            array = lookup.take(pa.array(np.where(ids < 0, len(texts), ids)))
        elif kind == "float64":
            array = pa.array(data[0], from_pandas=True)
        else:
            numbers, valid = data
            array = pa.array(numbers, mask=~valid)
        out.append(pl.Series(name, array))
    return out


def _frame(columns: list, backend: str) -> Any:
    if backend == "polars":
        import polars as pl

        return pl.DataFrame(_polars_columns(columns))
    if backend == "pandas":
        import pandas as pd

        return pd.DataFrame(_pandas_columns(columns, None, nullable=False))
    raise ValueError(f'unknown backend "{backend}": expected pandas or polars')


# ----------------------------------------------------------------- the rules


def _never_treated(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "empty"
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value == 0:
            return "0"
        if value == math.inf:
            return "inf"
    return str(value)


def _rules(treat_year: Any, never_treated: Any, province_members: Any) -> tuple:
    return (int(treat_year), _never_treated(never_treated), str(province_members))


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
    if name is not None or parent is not None or level is not None:
        # Marking by name (name=, parent=, level=) waits for the library's
        # lookup by name; see lookup_name.
        raise NotImplementedError(
            "marking by name (name=, parent=, level=) is not available yet: "
            "mark by code= for now"
        )
    if code is None:
        raise ValueError("mark needs code= (the column of division codes)")
    rules = _rules(treat_year, never_treated, province_members)
    codes = _to_arrow(_column(df, backend, code), backend)
    years = None if year is None else _to_arrow(_column(df, backend, year), backend)
    columns, reasons, elsewhere, message_ids, messages = _native.mark(
        _field(codes),
        None if years is None else _field(years),
        bool(treatment),
        *rules,
    )
    taken = [c[0] for c in columns if c[0] in list(df.columns)]
    if taken:
        raise ValueError(
            f"the frame already has a column {taken[0]}: mark appends {', '.join(c[0] for c in columns)}; "
            "drop or rename them first"
        )
    report = MarkReport(reasons, elsewhere, message_ids, messages, codes, years)
    if backend == "polars":
        out = df.with_columns(_polars_columns(columns))
    else:
        import pandas as pd

        appended = pd.DataFrame(_pandas_columns(columns, df.index, nullable=True), index=df.index)
        out = pd.concat([df, appended], axis=1)
    if report.bad:
        warnings.warn(MarkWarning(str(report), report), stacklevel=2)
    return (out, report) if with_report else out


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
    *,
    parent: Optional[str] = None,
    level: Optional[str] = None,
    year: Optional[int] = None,
) -> Any:
    # To be filled in with the library's lookup of a division by name
    # (codes::named), which mark's name=, parent= and level= will use.
    raise NotImplementedError(
        "looking a division up by name is not available yet: use its code"
    )
