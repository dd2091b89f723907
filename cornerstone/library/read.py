"""Reading a county's spreadsheet — .xlsx, .xls, .ods or .csv — into rows of text, numbered as Excel or WPS
shows them.

CSV may be UTF-8 (with or without a BOM) or GB18030/GBK, as Excel and WPS save it in China. Workbooks
are read with pandas; a merged cell's value fills every cell it covers (a county name merged down a
column belongs to every row beside it). The first sheet with a recognisable header is read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .headers import Header, find_header

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
_STRIP = " \t\r\n\u3000\xa0\u200b\ufeff"


class ReadError(Exception):
    """A file that cannot be read: a message key of the catalogue, its arguments and the line."""

    def __init__(self, key: str, line: int = 1, **args: Any):
        super().__init__(key)
        self.key = key
        self.line = line
        self.args_ = args


@dataclass
class Sheet:
    """`rows[i]` is spreadsheet row i + 1; every row is as wide as the widest."""

    path: Path
    name: str | None  # the worksheet's name; None for CSV
    rows: list[list[str]]
    header: Header | None = None

    def number(self, index: int) -> int:
        return index + 1


def clean(value: str) -> str:
    """Stray spaces gone: ordinary, full-width, non-breaking and zero-width, at both ends."""
    return value.strip(_STRIP)


def cell_text(value: Any) -> str:
    """A workbook cell as the text it shows: 12348 not 12348.0, a date as 2026-11-20."""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):  # pandas' Timestamp is a datetime
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return clean(str(value))


def decode(raw: bytes) -> str:
    """UTF-8 (a BOM dropped), else GB18030 (a superset of GBK and GB2312)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as utf8:
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            line = raw[: utf8.start].count(b"\n") + 1
            raise ReadError("encoding", line, at=line) from None


def _square(rows: list[list[str]]) -> list[list[str]]:
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def read_csv_rows(path: Path) -> list[list[str]]:
    text = decode(path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        rows = [[clean(cell) for cell in record] for record in reader]
    except csv.Error as exc:
        raise ReadError("csv-broken", reader.line_num, error=str(exc)) from None
    return _square(rows)


def _merged_ranges(path: Path) -> dict[str, list[tuple[int, int, int, int]]]:
    """For each sheet, (first row, last row, first column, last column), 0-based and inclusive, of each
    merged cell."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    found = {}
    for name in book.sheet_names:
        ranges = book.get_sheet_by_name(name).merged_cell_ranges or []
        found[name] = [(r0, r1, c0, c1) for (r0, c0), (r1, c1) in ranges]
    return found


def _fill_merged(rows: list[list[str]], ranges: list[tuple[int, int, int, int]]) -> None:
    for r0, r1, c0, c1 in ranges:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            for c in range(c0, min(c1, len(rows[r]) - 1) + 1):
                rows[r][c] = value


def read_workbook(path: Path) -> list[tuple[str, list[list[str]]]]:
    """Every sheet of a workbook as (name, rows of text), merged cells filled. pandas reads the values with
    the calamine engine, which serves .xlsx, .xls and .ods alike."""
    import pandas as pd

    try:
        frames = pd.read_excel(path, sheet_name=None, header=None, dtype=object, engine="calamine")
        merged = _merged_ranges(path)
    except Exception as exc:  # a workbook's readers raise many kinds of errors on a damaged file
        raise ReadError("unreadable-workbook", error=f"{type(exc).__name__}: {exc}"[:200]) from None
    sheets = []
    for name, frame in frames.items():
        rows = _square([[cell_text(v) for v in record] for record in frame.itertuples(index=False)])
        _fill_merged(rows, merged.get(name, []))
        sheets.append((name, rows))
    return sheets


def read_sheet(path: Path) -> Sheet:
    """The sheet to import from `path`, with its header found (None when no row names the columns)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReadError("unknown-extension", suffix=suffix or "(no extension)")
    if suffix == ".csv":
        sheets = [(None, read_csv_rows(path))]
    else:
        sheets = read_workbook(path)
    if not any(any(cell for cell in row) for _, rows in sheets for row in rows):
        raise ReadError("empty-file")
    for name, rows in sheets:
        header = find_header(rows)
        if header is not None:
            return Sheet(path, name, rows, header)
    name, rows = sheets[0]
    return Sheet(path, name, rows, None)
