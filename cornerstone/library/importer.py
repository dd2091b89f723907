"""`library import`: counties' spreadsheets into `site/library/resources.csv`, checked row by row.

One facade, `import_files`, returns an `ImportResult` {success, problems, summary, log}; the CLI renders
it. The steps, in order: read each file and find its header; turn cells into the library's values;
match rows to the library (id, else county and name) and give new ones ids; validate every row the
import would write with the content model and the row rules `check` uses; then, only when there is no
error, rewrite the library whole, in its stable order, in one atomic step (or, with `dry_run`, nothing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..checks.rules import personal_data
from ..checks.rules.resource_rows import likely_duplicates, unknown_references
from ..content.loaders import Content, ResourceRow
from ..content.models import Resource, phone_problem
from ..problems import Problem, Severity
from ..project import Project
from .headers import COUNTY, HEADER_ROWS_SEARCHED, IGNORED, REQUIRED, Column
from .merge import Cell, Conflict, ImportRow, match, merged
from .messages import Lang, column_label, list_sep, say
from .read import ReadError, Sheet, read_sheet
from .store import load_library, resources_csv, sort_key, write_atomic
from .values import (
    FORMULA_START,
    TEXT_FIELDS,
    Vocabulary,
    is_placeholder,
    normalise_date,
    split_values,
)

Progress = Callable[[str, int, int], None]  # (what, done, total)
E, W = Severity.ERROR, Severity.WARNING


@dataclass
class ImportResult:
    """What an import found and did; `success` is false when any problem is an error."""

    success: bool
    problems: list[Problem]
    summary: dict[str, Any] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)
    written: bool = False


@dataclass
class _Run:
    project: Project
    lang: Lang
    today: dt.date
    progress: Progress | None
    problems: list[Problem] = field(default_factory=list)
    log: list[str] = field(default_factory=list)

    # -- problems

    def file_problem(self, file: str, rule: str, key: str, line: int = 1, column: int | None = None,
                     severity: Severity = E, **args: Any) -> None:
        self.problems.append(Problem(path=file, line=line, column=column, severity=severity, rule=rule,
                                     message=say(key, self.lang, **args)))

    def column_of(self, row: ImportRow, name: str) -> Column | None:
        cell = row.cells.get(name)
        if cell is None and name == "county_code":
            cell = row.cells.get(COUNTY)
        return cell.column if cell else None

    def cell_problem(self, row: ImportRow, name: str, rule: str, key: str, severity: Severity = E,
                     again: bool = False, **args: Any) -> None:
        """A problem in one cell, named by its header; an error marks the cell so that later steps skip it
        (`again`: one more problem of the same step, such as a second unknown term in one cell)."""
        if name in row.flagged and not again:
            return
        column = self.column_of(row, name)
        header = (column.header or say("column-letter", self.lang, letter=column.letter)) if column \
            else column_label(name, self.lang)
        message = say("cell", self.lang, header=header, text=say(key, self.lang, **args))
        self.problems.append(Problem(path=row.file, line=row.row, column=column.number if column else None,
                                     severity=severity, rule=rule, message=message))
        if severity is E:
            row.flagged.add(name)

    def where(self, row: ImportRow, other: ImportRow) -> str:
        if other.file == row.file:
            return say("row", self.lang, row=other.row)
        return say("row-of", self.lang, row=other.row, file=other.file)


def import_files(project: Project, files: Sequence[Path], *, dry_run: bool = False, lang: Lang = "zh",
                 today: dt.date | None = None, progress: Progress | None = None) -> ImportResult:
    """Import `files` into the library of `project`; nothing is written when any row has an error."""
    run = _Run(project, lang, today or dt.date.today(), progress)
    library = load_library(project)
    target = project.library / "resources.csv"
    if library.load_findings:
        for rule, finding in library.load_findings:
            run.file_problem(project.relative(finding.path), rule, "library-broken", finding.line, finding.column,
                             message=finding.message)
        return _finish(run, [], target, None, dry_run)
    vocabulary = Vocabulary.of(library)
    rows: list[ImportRow] = []
    for path in files:
        rows.extend(_read(run, path, vocabulary))
    existing = [dict(r.values) for r in library.resources]
    for conflict in match(existing, rows):
        _conflict(run, conflict)
    candidate = _candidate(run, library, existing, rows)
    _row_rules(run, library, candidate)
    return _finish(run, rows, target, candidate, dry_run, existing)


# -- reading ------------------------------------------------------------------


def _read(run: _Run, path: Path, vocabulary: Vocabulary) -> list[ImportRow]:
    file = run.project.relative(path)
    try:
        sheet = read_sheet(path)
    except ReadError as exc:
        run.file_problem(file, "syntax", exc.key, exc.line, **exc.args_)
        return []
    except OSError as exc:
        run.file_problem(file, "syntax", "unreadable-workbook", error=exc.strerror or str(exc))
        return []
    run.log.append(say("reading-sheet", run.lang, file=file, sheet=sheet.name) if sheet.name
                   else say("reading", run.lang, file=file))
    if sheet.header is None:
        run.file_problem(file, "syntax", "no-header", rows=HEADER_ROWS_SEARCHED)
        return []
    if not _header_ok(run, file, sheet):
        return []
    rows = _rows(file, sheet)
    for done, row in enumerate(rows, start=1):
        _normalise(run, row, vocabulary)
        if run.progress:
            run.progress(file, done, len(rows))
    return rows


def _header_ok(run: _Run, file: str, sheet: Sheet) -> bool:
    header = sheet.header
    fields = header.by_field()
    missing = [name for name in REQUIRED if name not in fields and not (name == COUNTY and "county_code" in fields)]
    if missing:
        names = list_sep(run.lang).join(column_label(name, run.lang) for name in missing)
        run.file_problem(file, "syntax", "missing-columns", columns=names)
    line = header.last + 1
    ok = not missing
    first: dict[str, Column] = {}
    for column in header.columns:
        if not column.field or column.field == IGNORED:
            continue
        if column.field in first:
            other = first[column.field]
            run.file_problem(file, "syntax", "cell", line, column.number, header=column.header,
                             text=say("column-twice", run.lang, other=other.letter, other_header=other.header,
                                      field=column.field))
            ok = False
        else:
            first[column.field] = column
    data = sheet.rows[header.last + 1:]
    for column in header.columns:
        if column.field is None and any(row[column.index] for row in data):
            if column.header:
                run.file_problem(file, "unknown-column", "cell", line, column.number, W, header=column.header,
                                 text=say("unknown-column", run.lang))
            else:
                run.file_problem(file, "unknown-column", "no-header-column", line, column.number, W,
                                 letter=column.letter)
    run.log.append(say("header-at", run.lang, rows=list_sep(run.lang).join(str(i + 1) for i in header.rows)))
    return ok


def _rows(file: str, sheet: Sheet) -> list[ImportRow]:
    header = sheet.header
    columns = [c for c in header.columns if c.field and c.field != IGNORED]
    found = []
    for index in range(header.last + 1, len(sheet.rows)):
        record = sheet.rows[index]
        if not any(record):
            continue  # blank rows are skipped; the others keep their numbers
        cells = {c.field: Cell(record[c.index], c) for c in columns}
        found.append(ImportRow(file, sheet.number(index), cells))
    return found


# -- values -------------------------------------------------------------------


def _normalise(run: _Run, row: ImportRow, vocabulary: Vocabulary) -> None:
    """The row's cells as library values; problems a single cell shows by itself are reported here."""
    values = row.values
    for name, cell in row.cells.items():
        text = "" if is_placeholder(cell.value) else cell.value
        if name in TEXT_FIELDS and text.startswith(FORMULA_START):
            run.cell_problem(row, name, "formula", "formula", first=text[0])
        if name != "phone":
            for _line, _col, kind, found in personal_data.find(text):
                run.cell_problem(row, name, "personal-data", f"personal-{kind}", match=found)
        values[name] = text
    _county(run, row, vocabulary)
    if "category" in values and values["category"]:
        term = vocabulary.term("org", values["category"])
        if term is None:
            run.cell_problem(row, "category", "unknown-reference", "unknown-org", value=values["category"])
        else:
            values["category"] = term
    for name, facet, key in (("services", "service", "unknown-service"),
                             ("languages", "language", "unknown-language")):
        if name not in values:
            continue
        terms = list(dict.fromkeys(vocabulary.term(facet, part) or part for part in split_values(values[name])))
        values[name] = ";".join(terms)
        if name not in row.flagged:
            unknown = [t for t in terms if vocabulary.term(facet, t) is None]
            for index, term in enumerate(unknown):  # one problem for each unknown term, even in one cell
                run.cell_problem(row, name, "unknown-reference", key, again=index > 0, value=term)
    if "phone" in values:
        numbers = split_values(values["phone"])
        values["phone"] = ";".join(numbers)
        reported = 0
        for number in numbers:
            problem = phone_problem(number)
            if problem:
                rule, key = ("personal-data", "phone-mobile") if problem == "mobile" else ("schema", "phone-invalid")
                run.cell_problem(row, "phone", rule, key, again=reported > 0, value=number)
                reported += 1
    if "last_verified" in values:
        values["last_verified"] = normalise_date(values["last_verified"])


def _county(run: _Run, row: ImportRow, vocabulary: Vocabulary) -> None:
    """`county_code` from the county's code or name (both may be given; they must agree)."""
    values = row.values
    by_name = values.pop(COUNTY, "")
    by_code = values.get("county_code", "")
    code = None
    if by_code:
        code, key, args = vocabulary.county(by_code)
        if key:
            run.cell_problem(row, "county_code", "unknown-reference", key, **args)
    if by_name:
        named, key, args = vocabulary.county(by_name)
        if not key and code and named != code:
            key, args = "county-mismatch", {"code": code, "value": by_name, "other": named}
        if key:
            run.cell_problem(row, COUNTY, "unknown-reference", key, **args)
            row.flagged.add("county_code")
        elif code is None and "county_code" not in row.flagged:
            code = named
    values["county_code"] = code or ""


# -- matching and validating ------------------------------------------------------


def _conflict(run: _Run, conflict: Conflict) -> None:
    args = dict(conflict.args)
    if conflict.other is not None:
        args["where"] = run.where(conflict.row, conflict.other)
    run.cell_problem(conflict.row, conflict.column, conflict.rule, conflict.key, **args)


_REQUIRED_TYPES = {"missing", "string_too_short", "too_short"}


def _validate(run: _Run, row: ImportRow, values: dict[str, str]) -> Resource | None:
    try:
        return Resource.model_validate(values)
    except ValidationError as exc:
        for error in exc.errors():
            name = str(error["loc"][0]) if error["loc"] else "id"
            value = values.get(name, "")
            if not error["loc"]:
                run.cell_problem(row, "id", "schema", "id-county", value=values["id"], county=values["county_code"])
            elif error["type"] in _REQUIRED_TYPES or value == "":
                run.cell_problem(row, name, "schema", "required")
            elif name == "id":
                run.cell_problem(row, name, "schema", "id-pattern", value=value)
            elif name == "county_code":
                run.cell_problem(row, name, "unknown-reference", "unknown-county", value=value)
            elif name == "last_verified":
                run.cell_problem(row, name, "schema", "date", value=value)
            else:
                run.cell_problem(row, name, "schema", "schema", message=error["msg"].removeprefix("Value error, "))
        return None


@dataclass
class _Candidate:
    """The library as the import would write it, and which import row each of its rows came from."""

    rows: list[dict[str, str]]
    models: list[Resource | None]
    origin: list[ImportRow | None]


def _candidate(run: _Run, library: Content, existing: list[dict[str, str]], rows: list[ImportRow]) -> _Candidate:
    by_id = {values["id"]: values for values in existing}
    written: dict[str, tuple[dict[str, str], Resource | None, ImportRow | None]] = {
        values["id"]: (values, library.resources[i].model, None) for i, values in enumerate(existing)}
    for row in rows:
        if not row.values.get("name"):
            run.cell_problem(row, "name", "schema", "required")
        if not row.values.get("county_code"):
            run.cell_problem(row, "county_code", "schema", "required")
        if row.target is None:
            # Not matched (its id, county or name has an error): still report what else is wrong with it.
            row.flagged.add("id")
            _validate(run, row, merged(None, row, Path(row.file).name))
            continue
        values = merged(by_id.get(row.target), row, Path(row.file).name)
        written[row.target] = (values, _validate(run, row, values), row)
    ordered = sorted(written.values(), key=lambda item: sort_key(item[0]))
    return _Candidate([v for v, _, _ in ordered], [m for _, m, _ in ordered], [o for _, _, o in ordered])


def _row_rules(run: _Run, library: Content, candidate: _Candidate) -> None:
    """`check`'s row rules on the library as it would be written, reported on the rows the import brings."""
    resources = [ResourceRow(n, v, m) for n, (v, m) in enumerate(zip(candidate.rows, candidate.models,
                                                                     strict=True), start=2)]
    origin = {n: o for n, o in enumerate(candidate.origin, start=2)}
    for issue in unknown_references(resources, library.counties, library.terms("org"), library.terms("service"),
                                    library.terms("language")):
        row = origin[issue.row]
        if row is not None:
            run.cell_problem(row, issue.column, "unknown-reference", issue.key, **issue.args)
    for issue in likely_duplicates(resources):
        later, earlier = origin[issue.row], origin[issue.args["row"]]
        if later is None and earlier is None:
            continue  # already in the library: `check` warns about it
        if later is None:  # report on the imported row, whichever sorts first
            later, other_row, other_id = earlier, issue.row, resources[issue.row - 2].values["id"]
        else:
            other_row, other_id = issue.args["row"], issue.args["other"]
        other = origin[other_row]
        if other is not None:
            where = run.where(later, other)
        else:
            where = say("library-row", run.lang, row=_library_row(library, other_id))
        run.cell_problem(later, "name", "likely-duplicate", "likely-duplicate", W, where=where, other=other_id)
    for n, model in enumerate(candidate.models, start=2):
        row = origin[n]
        if row is not None and model is not None and model.last_verified > run.today:
            run.cell_problem(row, "last_verified", "record-date", "date-future", value=model.last_verified)


def _library_row(library: Content, resource_id: str) -> int:
    return next((r.row for r in library.resources if r.values.get("id") == resource_id), 1)


# -- writing --------------------------------------------------------------------


def _finish(run: _Run, rows: list[ImportRow], target: Path, candidate: _Candidate | None, dry_run: bool,
            existing: list[dict[str, str]] | None = None) -> ImportResult:
    run.problems.sort(key=lambda p: (p.path, p.line, p.column or 0))  # stable: a cell's problems in its order
    errors = sum(p.severity is E for p in run.problems)
    warnings = len(run.problems) - errors
    summary: dict[str, Any] = {"files": {}, "added": 0, "updated": 0, "unchanged": 0,
                               "errors": errors, "warnings": warnings, "dry_run": dry_run}
    if errors or candidate is None:
        run.log.append(say("refused", run.lang, errors=errors))
        return ImportResult(False, run.problems, summary, run.log)
    before = {values["id"]: values for values in existing or []}
    after = {id(o): v for v, o in zip(candidate.rows, candidate.origin, strict=True) if o is not None}
    for row in rows:
        if row.target is None:
            continue
        final = after[id(row)]
        old = before.get(row.target)
        outcome = "added" if old is None else ("unchanged" if old == final else "updated")
        counts = summary["files"].setdefault(row.file, {"added": 0, "updated": 0, "unchanged": 0})
        counts[outcome] += 1
        summary[outcome] += 1
        if outcome != "unchanged":
            run.log.append(say(outcome, run.lang, id=row.target, name=final["name"],
                               where=say("row-of", run.lang, row=row.row, file=row.file)))
    for file, counts in summary["files"].items():
        run.log.append(say("file-summary", run.lang, file=file, **counts))
    summary["rows"] = len(candidate.rows)
    text = resources_csv(candidate.rows)
    written = False
    if dry_run:
        run.log.append(say("dry-run", run.lang))
    elif target.is_file() and target.read_bytes() == text.encode("utf-8"):
        run.log.append(say("nothing-to-write", run.lang, path=run.project.relative(target)))
    else:
        write_atomic(target, text.encode("utf-8"))
        written = True
        run.log.append(say("written", run.lang, path=run.project.relative(target), rows=len(candidate.rows)))
    if warnings:
        run.log.append(say("warnings", run.lang, warnings=warnings))
    return ImportResult(True, run.problems, summary, run.log, written)

