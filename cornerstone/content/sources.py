"""Reading content files so that every value knows the line it came from.

Each reader returns a `Source`: the plain Python data and a map from a key path
(`("cells", 3, "metadata", "cornerstone", "section")`) to the 1-based line of that key.
A file that cannot be read raises `SourceError` with the line of the fault.
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

Loc = tuple[Any, ...]


class SourceError(Exception):
    """A file that cannot be parsed at all."""

    def __init__(self, message: str, line: int = 1, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass
class Source:
    """Parsed data and where each key sits."""

    path: Path
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)
    offset: int = 0  # lines before the parsed text (front matter's `---`)

    def line_of(self, loc: Loc = ()) -> int:
        """The line of the deepest known prefix of `loc`; 1 when none is known."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc] + self.offset
            loc = loc[:-1]
        return 1 + self.offset if self.offset else 1


def read_text(path: Path) -> str:
    """A UTF-8 file (a BOM is dropped); a wrong encoding names the byte's line."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError("not UTF-8 text (save it as UTF-8)", line) from None


# -- YAML -------------------------------------------------------------------


class _Constructor(RoundTripConstructor):
    """Round-trip constructor that leaves dates as text, so pydantic reports bad ones with their line."""


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_str)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.allow_duplicate_keys = False
    return yaml


def _plain(node: Any, loc: Loc, lines: dict[Loc, int]) -> Any:
    if isinstance(node, CommentedMap):
        out = {}
        for key, value in node.items():
            lines[loc + (key,)] = node.lc.key(key)[0] + 1
            out[key] = _plain(value, loc + (key,), lines)
        return out
    if isinstance(node, CommentedSeq):
        out_list = []
        for index, value in enumerate(node):
            lines[loc + (index,)] = node.lc.item(index)[0] + 1
            out_list.append(_plain(value, loc + (index,), lines))
        return out_list
    if isinstance(node, str):
        return str(node)
    return node


def parse_yaml(text: str, path: Path, offset: int = 0) -> Source:
    try:
        node = _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 if mark else 1) + offset
        column = mark.column + 1 if mark else None
        raise SourceError(f"YAML: {exc.problem or exc.context}", line, column) from None
    except YAMLError as exc:
        raise SourceError(f"YAML: {exc}", 1 + offset) from None
    lines: dict[Loc, int] = {}
    data = _plain(node, (), lines)
    return Source(path, data, lines, offset)


def read_yaml(path: Path) -> Source:
    return parse_yaml(read_text(path), path)


FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(\n|\Z)", re.DOTALL)


def read_front_matter(path: Path) -> tuple[Source, str]:
    """A Markdown file's YAML front matter (lines counted in the file) and its body."""
    text = read_text(path)
    match = FRONT_MATTER.match(text)
    if not match:
        raise SourceError("no YAML front matter: the file must start with a line `---`", 1)
    source = parse_yaml(match.group(1) or "", path, offset=1)
    if not isinstance(source.data, dict):
        raise SourceError("the front matter must be a mapping of keys to values", 2)
    return source, text[match.end():]


# -- JSON -------------------------------------------------------------------

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?")
_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]


class _JsonReader:
    """A small JSON parser that records the line of every key and list item."""

    def __init__(self, text: str):
        self.text = text
        self.lines: dict[Loc, int] = {}
        self._newlines = [m.start() for m in re.finditer("\n", text)]

    def line_at(self, pos: int) -> int:
        return bisect.bisect_left(self._newlines, pos) + 1

    def fail(self, message: str, pos: int) -> SourceError:
        line = self.line_at(pos)
        start = self._newlines[line - 2] + 1 if line > 1 else 0
        return SourceError(f"JSON: {message}", line, pos - start + 1)

    def skip(self, pos: int) -> int:
        return _WS.match(self.text, pos).end()

    def parse(self) -> Any:
        pos = self.skip(0)
        value, pos = self.value(pos, ())
        pos = self.skip(pos)
        if pos != len(self.text):
            raise self.fail("unexpected text after the end of the document", pos)
        return value

    def value(self, pos: int, loc: Loc) -> tuple[Any, int]:
        text = self.text
        if pos >= len(text):
            raise self.fail("the file ends too early", pos)
        char = text[pos]
        if char == "{":
            return self.object(pos + 1, loc)
        if char == "[":
            return self.array(pos + 1, loc)
        if char == '"':
            return self.string(pos + 1)
        for literal, value in (("true", True), ("false", False), ("null", None)):
            if text.startswith(literal, pos):
                return value, pos + len(literal)
        match = _NUMBER.match(text, pos)
        if match:
            number = match.group(0)
            return (float(number) if match.group(1) or match.group(2) else int(number)), match.end()
        raise self.fail("expected a value", pos)

    def string(self, pos: int) -> tuple[str, int]:
        try:
            return _scanstring(self.text, pos)
        except json.JSONDecodeError as exc:
            raise self.fail(exc.msg, exc.pos) from None

    def object(self, pos: int, loc: Loc) -> tuple[dict, int]:
        out: dict[str, Any] = {}
        pos = self.skip(pos)
        if self.text.startswith("}", pos):
            return out, pos + 1
        while True:
            if not self.text.startswith('"', pos):
                raise self.fail("expected a key in double quotes", pos)
            key_pos, key_line = pos, self.line_at(pos)
            key, pos = self.string(pos + 1)
            if key in out:
                raise self.fail(f"duplicate key {key!r}", key_pos)
            pos = self.skip(pos)
            if not self.text.startswith(":", pos):
                raise self.fail("expected ':' after a key", pos)
            pos = self.skip(pos + 1)
            self.lines[loc + (key,)] = key_line
            out[key], pos = self.value(pos, loc + (key,))
            pos = self.skip(pos)
            if self.text.startswith(",", pos):
                pos = self.skip(pos + 1)
            elif self.text.startswith("}", pos):
                return out, pos + 1
            else:
                raise self.fail("expected ',' or '}'", pos)

    def array(self, pos: int, loc: Loc) -> tuple[list, int]:
        out: list[Any] = []
        pos = self.skip(pos)
        if self.text.startswith("]", pos):
            return out, pos + 1
        while True:
            self.lines[loc + (len(out),)] = self.line_at(pos)
            value, pos = self.value(pos, loc + (len(out),))
            out.append(value)
            pos = self.skip(pos)
            if self.text.startswith(",", pos):
                pos = self.skip(pos + 1)
            elif self.text.startswith("]", pos):
                return out, pos + 1
            else:
                raise self.fail("expected ',' or ']'", pos)


def parse_json(text: str, path: Path) -> Source:
    reader = _JsonReader(text)
    data = reader.parse()
    return Source(path, data, reader.lines)


def read_json(path: Path) -> Source:
    return parse_json(read_text(path), path)


# -- CSV --------------------------------------------------------------------


@dataclass
class Table:
    """A CSV table: `rows[i]` sits on spreadsheet row `row_numbers[i]` (header = 1)."""

    path: Path
    header: list[str]
    rows: list[dict[str, str]]
    row_numbers: list[int]

    def column_of(self, name: str) -> int | None:
        return self.header.index(name) + 1 if name in self.header else None


def parse_csv(text: str, path: Path, required: list[str] | None = None) -> Table:
    """Rows as dicts of stripped text; blank rows are skipped but keep their row numbers."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        records = list(reader)
    except csv.Error as exc:
        raise SourceError(f"CSV: {exc}", reader.line_num) from None
    if not records or not any(cell.strip() for cell in records[0]):
        raise SourceError("the file is empty: the first row must name the columns", 1)
    header = [cell.strip() for cell in records[0]]
    missing = [name for name in (required or []) if name not in header]
    if missing:
        raise SourceError("missing column(s): " + ", ".join(missing), 1)
    duplicated = sorted({name for name in header if name and header.count(name) > 1})
    if duplicated:
        raise SourceError("column named twice: " + ", ".join(duplicated), 1)
    rows, numbers = [], []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(header) and any(cell.strip() for cell in record[len(header):]):
            raise SourceError(
                f"row {number} has {len(record)} cells but the header names {len(header)} columns "
                "(a comma inside a value needs double quotes around the value)",
                number,
            )
        if len(record) < len(header):
            # Spreadsheets write every cell of every row; a short row is a cut file or a lost comma.
            raise SourceError(
                f"row {number} has {len(record)} cells but the header names {len(header)} columns "
                "(the file may be cut short, or a comma is missing)",
                number,
            )
        rows.append(dict(zip(header, (cell.strip() for cell in record), strict=False)))
        numbers.append(number)
    return Table(path, header, rows, numbers)


def read_csv(path: Path, required: list[str] | None = None) -> Table:
    return parse_csv(read_text(path), path, required)
