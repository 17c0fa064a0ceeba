"""The first batch of China's regional education-informatization pilots
(教技函〔2012〕70号) for pandas and polars, from the Rust crate
``cn-edu-pilots``: every rule is the library's.

>>> import pandas as pd, cn_edu_pilots as cep
>>> df = pd.DataFrame({"county": [630122, 630106], "year": [2020, 2020]})
>>> cep.mark(df, code="county", year="year")["pilot_ids"].tolist()
['50', '50']
"""

from typing import Any, Literal, NamedTuple, Optional, Union, overload

import numpy as np

__version__: str

REASONS: tuple[str, ...]
"""Why a row is unmarked, by the numbers of :attr:`MarkReport.reasons`:
``"marked"``, ``"in no pilot's area"``, ``"a code of Taiwan, Hong Kong or
Macao"``, and those of a row that could not be read: ``"an invalid
code"``, ``"an invalid year"``, ``"a year outside the lists"``, ``"a code
in no list"``, and by name ``"an ambiguous name"``, ``"an unknown name"``,
``"an invalid parent"``."""

class Error(ValueError):
    """An input the library cannot read (a code, a year, a rule): the
    message quotes it and says what was expected."""

class Coverage:
    """The pilots covering a code in the list of a year, as
    :func:`covering_in` gives them.

    >>> cep.covering_in(630122, 2020)
    Coverage(code='630122', year=2020, wholly=[50], partly=[], members={'50a': 'wholly'}, reading='retired', year_read=2018)
    """

    code: str
    """The code, six digits."""
    year: int
    """The year asked."""
    wholly: list[int]
    """Ids (1-56) of the pilots whose 2012 areas hold all its area."""
    partly: list[int]
    """Ids of the pilots whose 2012 areas hold part of it only."""
    @property
    def members(self) -> dict[str, str]:
        """The covering members by id (``"28a"``, as in ``members()``), each
        ``"wholly"`` or ``"partly"``."""
    reading: str
    """``"listed"``: the code is in that year's list; ``"retired"``: read
    in the last list before that has it; ``"not yet listed"``: read in the
    first list that has it."""
    year_read: int
    """The year of the list the code was read in."""
    note: Optional[str]
    """``pilot_note``: where it was read in another year's list, which."""

class NameMatch:
    """A code a name denotes, as :func:`lookup_name` gives it.

    >>> cep.lookup_name("昌都地区", 2015)
    [NameMatch(code='542100', name_zh='昌都地区', form='list name', years_named=(2000, 2013), through_other_year=True)]
    """

    code: str
    """The code, six digits."""
    name_zh: str
    """The list's name the name matched a form of."""
    form: str
    """How it matched: ``"list name"`` (楚雄彝族自治州), ``"short"`` (楚雄,
    北京), ``"generic"`` (楚雄州, 保亭县) or ``"abbreviation"`` (巴州)."""
    years_named: tuple[int, int]
    """The first and last years the lists give the code that name."""
    through_other_year: bool
    """Whether no name of the year asked matched and a name of another
    year did: the code may not be in that year's list (昌都地区 in 2015),
    and is read as :func:`covering_in` reads such a code."""

class MarkWarning(UserWarning):
    """Some rows could not be read (a bad code or year, a year outside
    2000-2024, a code in no list, an ambiguous or unknown name): they are
    kept, unmarked. The message gives the counts; ``report`` is the
    :class:`MarkReport`."""

    report: MarkReport

class MarkReport:
    """What :func:`mark` did with the rows, as the program's summary
    counts them."""

    rows: int
    """Rows read."""
    marked: int
    """Rows marked with at least one pilot."""
    read_elsewhere: int
    """Rows whose code is not in their year's list, read in another's
    (``pilot_note``)."""
    unmarked: dict[str, int]
    """Unmarked rows by reason (see ``REASONS``)."""
    bad: int
    """Rows that could not be read."""
    @property
    def bad_rows(self) -> np.ndarray:
        """Positions (0-based) of the rows that could not be read."""
    @property
    def read_elsewhere_rows(self) -> np.ndarray:
        """Positions of the rows read through another year's list."""
    by_name: bool
    """Whether the rows were marked by name."""
    names_matched: int
    """By name, rows whose name denotes one code."""
    names_through_other_year: int
    """By name, rows whose name matched only a name of another year."""
    @property
    def through_other_year_rows(self) -> np.ndarray:
        """Positions of the rows whose name matched only a name of another
        year (昌都地区 in 2015)."""
    def notes(self) -> list[tuple[int, Any, Any, Optional[str]]]:
        """For each row matched through another year's name, ``(row, name,
        year, message)``; the message says which code it was read as."""
    @property
    def reasons(self) -> np.ndarray:
        """Per row, an index into ``REASONS`` (0: marked)."""
    def problems(self) -> list[Problem]:
        """The rows that could not be read, each a :class:`Problem`."""

class Problem(NamedTuple):
    """A row that :func:`mark` could not read."""

    row: int
    """Its position (0-based)."""
    field: Any
    """Its code, or its name when marking by name."""
    year: Any
    reason: str
    """One of ``REASONS``."""
    message: Optional[str]
    """The library's message, quoting the field."""
    candidates: list[tuple[str, str, str]]
    """For an ambiguous name, every division it denotes: ``(code, name,
    parent's name)``, as ``("652200", "哈密地区", "新疆维吾尔自治区")``;
    otherwise empty."""

@overload
def mark(
    df: Any,
    *,
    code: Optional[str] = ...,
    name: Optional[str] = ...,
    year: Optional[str] = ...,
    parent: Optional[str] = ...,
    level: Optional[str] = ...,
    treatment: bool = ...,
    treat_year: int = ...,
    never_treated: Union[int, float, str, None] = ...,
    province_members: str = ...,
    with_report: Literal[False] = ...,
) -> Any: ...
@overload
def mark(
    df: Any,
    *,
    code: Optional[str] = ...,
    name: Optional[str] = ...,
    year: Optional[str] = ...,
    parent: Optional[str] = ...,
    level: Optional[str] = ...,
    treatment: bool = ...,
    treat_year: int = ...,
    never_treated: Union[int, float, str, None] = ...,
    province_members: str = ...,
    with_report: Literal[True],
) -> tuple[Any, MarkReport]: ...
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
    never_treated: Union[int, float, str, None] = 0,
    province_members: str = "exclude",
    with_report: bool = False,
) -> Any:
    """Appends to every row of ``df`` (a pandas or polars DataFrame; the
    same kind is returned, every row and column kept in order) the pilots
    covering its division code, as ``cn-edu-pilots mark`` appends them to a
    CSV file: ``pilot_ids``, ``pilot_names``, ``pilot_coverage`` (``wholly``
    or ``partly`` per pilot), ``pilot_note`` (where the code is not in its
    year's list, the list it was read in); with ``treatment=True`` the
    panels' ``via_members``, ``treated``, ``treated_wholly``,
    ``via_province_member``, ``post`` and ``first_treat``.

    ``code``: the column of GB/T 2260 codes, as text, integers or floats
    (``630122``, ``"630122.0"``, ``" ６３０１２２ "``). ``year``: the column
    of years (``2020``, ``"2020年"``); each code is read in the list of its
    row's year. Without ``year``, a code is read by its digits
    (``pilot_coverage`` is then empty, and ``treatment`` needs ``year``).

    A row that cannot be read (a missing or bad code or year, a year
    outside 2000-2024, a code in no list) is kept with every appended
    column missing, and counted; a code of Taiwan, Hong Kong or Macao is
    left unmarked without being counted as bad. A :class:`MarkWarning`
    gives the counts when a row could not be read; ``with_report=True``
    returns ``(frame, MarkReport)``. A row unmarked for any reason but
    lying in no pilot's area has the treatment columns missing, never 0.

    ``name`` (instead of ``code``): the column of division names, each
    looked up in the list of its row's ``year`` (required) as
    :func:`lookup_name` does, narrowed by the column ``parent`` (a
    province, a code or a prefecture's name; empty: none) and by
    ``level`` (``"county"``, ``"prefecture"``, ``"province"``) for every
    row. ``matched_code`` (an integer) is appended before the marks; a row
    whose name denotes exactly one code is marked as that code in that
    year is (a name of another year too); a name that denotes several
    codes or none leaves the row unmarked with ``matched_code`` missing,
    counted, and its :class:`Problem` lists the candidates.

    ``treat_year`` (2013 or 2012), ``never_treated`` (``0``, ``None`` for a
    missing value, or ``float("inf")``) and ``province_members``
    (``"exclude"`` or ``"include"``) are the panels' rules
    (``data/CODEBOOK.md``). Text columns come back as text: pandas'
    ``string[pyarrow]`` (``pd.StringDtype("pyarrow")``, missing
    ``pd.NA``), polars' ``String`` (missing null); the flags as integers
    (pandas' nullable ``Int8``), ``first_treat`` as ``Int16``, or as floats
    with ``inf``.

    Raises ``KeyError`` for a column the frame lacks, ``ValueError``
    (:class:`Error`, with the library's message) for a bad rule, and
    ``TypeError`` for anything but a pandas or polars DataFrame.
    """

def panel(
    level: str = "county",
    *,
    treat_year: int = 2013,
    never_treated: Union[int, float, str, None] = 0,
    province_members: str = "exclude",
    backend: str = "pandas",
) -> Any:
    """The ``level`` panel (``"county"``, ``"prefecture"`` or
    ``"province"``) as a DataFrame (``backend="pandas"`` or ``"polars"``):
    one row per code of that level and year of the lists 2000-2024, the
    columns of ``data/panels/*_year.csv`` (``data/CODEBOOK.md``), under the
    rules given. Ids (``pilot_ids``, ``via_members``) are text
    (``string[pyarrow]`` in pandas); years,
    codes, counts and flags are integers (pandas' nullable integers where a
    value is missing); shares are floats.

    >>> cep.panel("province").shape
    (775, 28)
    """

def units(*, backend: str = "pandas") -> Any:
    """The notice's 56 entries (``data/panels/units.csv``) as a
    DataFrame."""

def members(*, backend: str = "pandas") -> Any:
    """The 63 member organisations (``data/panels/members.csv``) as a
    DataFrame."""

def covering_in(code: Union[int, float, str], year: Union[int, float, str]) -> Coverage:
    """The pilots covering ``code`` in the list of ``year``, the code and
    year read as :func:`mark` reads them. Raises :class:`Error` with the
    library's message for a bad code or year, a year outside 2000-2024, or
    a code in no list."""

def code_year(
    *,
    treat_year: int = 2013,
    never_treated: Union[int, float, str, None] = 0,
    province_members: str = "exclude",
    backend: str = "pandas",
) -> Any:
    """Every code of any list 2000-2024 in every year 2000-2024, as
    :func:`mark` reads it, as a DataFrame to join on ``code`` and ``year``
    in any engine: how the code reads that year (``reading``,
    ``year_read``, ``became``, ``came_from``), the columns ``mark``
    appends, the pilots and members wholly and partly, the treatment
    columns under the rules given, and the unit's code. Typed as
    :func:`panel`.

    >>> cy = cep.code_year()
    >>> cy[(cy.code == 630122) & (cy.year == 2020)][["reading", "year_read", "pilot_ids"]].values.tolist()
    [['Retired', 2018, '50']]
    """

def lookup_name(
    name: str,
    year: Union[int, float, str],
    *,
    parent: Optional[str] = None,
    level: Optional[str] = None,
) -> list[NameMatch]:
    """Every code ``name`` denotes in the list of ``year`` (the library's
    ``codes::named``): its names as the list writes them (楚雄彝族自治州),
    without the generic suffix (楚雄, 锡林郭勒, 北京), with 州, 县 or 旗
    (楚雄州), or a known abbreviation (巴州); names of other years where no
    name of that year matches. ``level`` (``"county"``, ``"prefecture"``,
    ``"province"``; at prefecture level the four municipalities count) and
    ``parent`` (a province, a code, or a prefecture's name) narrow them.
    Several matches are all returned, never one picked.

    >>> [m.code for m in cep.lookup_name("哈密", 2010)]
    ['652200', '652201']
    >>> [m.code for m in cep.lookup_name("朝阳区", 2015, parent="北京")]
    ['110105']

    Raises :class:`Error` with the library's message for a name that
    denotes nothing, a year outside 2000-2024, or a bad parent or level.
    """
