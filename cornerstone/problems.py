"""Problems found in content or input, in the one format every command prints."""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum

from pydantic import BaseModel


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Problem(BaseModel):
    """`path:line[:column]: severity: [rule] message` — line 1 for a file as a whole."""

    path: str
    line: int = 1
    column: int | None = None
    severity: Severity = Severity.ERROR
    rule: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" + (f":{self.column}" if self.column else "")
        return f"{where}: {self.severity.value}: [{self.rule}] {self.message}"

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column or 0, self.rule, self.message)


def to_json(problems: Iterable[Problem]) -> str:
    """The `--format json` form: a list of {path, line, column, severity, rule, message}."""
    return json.dumps([p.model_dump(mode="json") for p in problems], ensure_ascii=False, indent=2)


def count(problems: Iterable[Problem]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = warnings = 0
    for problem in problems:
        if problem.severity is Severity.ERROR:
            errors += 1
        else:
            warnings += 1
    return errors, warnings
