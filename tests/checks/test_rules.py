"""Each rule, planted once in a copy of the repository: exact file, line and rule on `check`'s output.

The copy holds the real content plus one module, case, assignment and practice made by
`cornerstone new`, which must pass untouched (the passing fixture for every rule); each test then
plants one fault and expects exactly the problem it should cause.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cornerstone.checks.registry import RULES
from cornerstone.cli import app
from cornerstone.project import Project
from cornerstone.scaffold import scaffold

from ..conftest import copy_repository, edit, line_of

ID = "planted"


@pytest.fixture
def planted(tmp_path) -> Project:
    project = copy_repository(tmp_path / "repo")
    for kind in ("module", "case", "assignment", "practice"):
        assert scaffold(project, kind, ID).success
    return project


def run_check(project: Project) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["--root", str(project.root), "check"])
    lines = result.stdout.splitlines()
    assert lines and lines[-1].startswith("checked "), result.output
    return result.exit_code, lines[:-1]


def test_repository_with_new_content_of_every_kind_is_clean(planted):
    code, problems = run_check(planted)
    assert problems == []
    assert code == 0


def cell_start(path: Path, needle: str) -> int:
    """The line opening the notebook cell that contains `needle` (nbformat writes `  {` there)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    index = line_of(path, needle) - 1
    while lines[index] != "  {":
        index -= 1
    return index + 1


@dataclass
class Plant:
    rule: str
    file: str  # relative to the repository
    plant: Callable[[Path], None]  # edits the repository
    line: Callable[[Path], int]  # the expected line, read off the planted file
    column: int | None = None
    severity: str = "error"

    def __str__(self) -> str:
        return self.rule


M = f"curriculum/{ID}/module.yaml"
LESSON_EN = f"curriculum/{ID}/01-lesson.en.md"
CASE, CASE_EN = f"casebook/{ID}/case.ipynb", f"casebook/{ID}/case.en.ipynb"
ASSIGNMENT = f"assignments/{ID}/{ID}.ipynb"
PRACTICE, PRACTICE_EN = f"site/library/practices/{ID}.md", f"site/library/practices/{ID}.en.md"
RESOURCES = "site/library/resources.csv"


def line_after(path: Path, start: int, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n in range(start, len(lines) + 1) if needle in lines[n - 1])


def _drop_rubric(path: Path) -> None:
    import nbformat

    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        cell.metadata.get("cornerstone", {}).pop("rubric", None)
    nbformat.write(nb, path)


def _append_row(root: Path, row: str) -> None:
    with (root / RESOURCES).open("a", encoding="utf-8") as handle:
        handle.write(row + "\n")


def _last_row(root: Path) -> int:
    return len((root / RESOURCES).read_text(encoding="utf-8").splitlines())


ROW = "{id},Planted service,,legal-aid-centre,legal-aid,{county},,,,12348,,zh,,,,2026-10-01,sample"

PLANTS = [
    Plant("syntax", CASE,
          lambda r: edit(r / CASE, '"cell_type": "markdown",', '"cell_type": "markdown"'),
          lambda r: line_of(r / CASE, '"cell_type": "markdown"') + 1, column=4),
    Plant("syntax", M,
          lambda r: edit(r / M, "minutes: 60", "minutes: [60"),
          lambda r: line_of(r / M, "topics: [three-governance]"), column=1),
    Plant("syntax", RESOURCES,
          lambda r: _append_row(r, ROW.format(id="530102-0999", county="530102") + ",extra"),
          _last_row),
    Plant("schema", M,
          lambda r: edit(r / M, "minutes: 60", "minutes: sixty"),
          lambda r: line_of(r / M, "minutes: sixty")),
    Plant("schema", CASE,
          lambda r: edit(r / CASE, '"difficulty": "introductory"', '"difficulty": "easy"'),
          lambda r: line_of(r / CASE, '"difficulty": "easy"')),
    Plant("schema", RESOURCES,
          lambda r: _append_row(r, ROW.format(id="533423-0999", county="533423").replace("2026-10-01", "2026-02-30")),
          _last_row, column=16),
    Plant("twin-missing", PRACTICE,
          lambda r: (r / PRACTICE_EN).unlink(),
          lambda r: 1),
    Plant("twin-structure", CASE_EN,
          lambda r: edit(r / CASE_EN, '"decision_point": "dp-2"', '"decision_point": "dp-9"'),
          lambda r: cell_start(r / CASE_EN, '"decision_point": "dp-9"')),
    Plant("twin-structure", LESSON_EN,
          lambda r: edit(r / LESSON_EN, "## Common mistakes", "### Common mistakes"),
          lambda r: line_of(r / LESSON_EN, "### Common mistakes")),
    Plant("twin-structure", PRACTICE_EN,
          lambda r: edit(r / PRACTICE_EN, "economy: {score: 3", "economy: {score: 4"),
          lambda r: line_of(r / PRACTICE_EN, "economy: {score: 4")),
    Plant("unknown-reference", M,
          lambda r: edit(r / M, "audience: [village-cadre]", "audience: [village-cadres]"),
          lambda r: line_of(r / M, "audience: [village-cadres]")),
    Plant("unknown-reference", CASE,
          lambda r: edit(r / CASE, '"region": "530102"', '"region": "530199"'),
          lambda r: line_of(r / CASE, '"region": "530199"')),
    Plant("unknown-reference", RESOURCES,
          lambda r: _append_row(r, ROW.format(id="533423-0999", county="533423").replace("legal-aid-centre", "bank")),
          _last_row, column=4),
    Plant("duplicate-id", RESOURCES,
          lambda r: _append_row(r, ROW.format(id="533423-0999", county="533423") + "\n"
                                + ROW.format(id="533423-0999", county="533423")),
          _last_row, column=1),
    Plant("likely-duplicate", RESOURCES,
          lambda r: _append_row(r, ROW.format(id="533423-0998", county="533423") + "\n"
                                + ROW.format(id="533423-0999", county="533423").replace("Planted service",
                                                                                        "planted  Service")),
          _last_row, column=2, severity="warning"),
    Plant("prerequisite-cycle", M,
          lambda r: edit(r / M, "prerequisites: []", f"prerequisites: [{ID}]"),
          lambda r: line_of(r / M, "prerequisites: [")),
    Plant("notebook-outputs", CASE,
          lambda r: edit(r / CASE, '"execution_count": null', '"execution_count": 7'),
          lambda r: line_of(r / CASE, '"execution_count": 7')),
    Plant("personal-data", LESSON_EN,
          lambda r: edit(r / LESSON_EN, "## Why it matters\n", "## Why it matters\n\nCall Mr Li on 13987654321.\n"),
          lambda r: line_of(r / LESSON_EN, "13987654321"), column=15),
    Plant("record-date", PRACTICE,
          lambda r: [edit(r / p, "last_reviewed: 20", "last_reviewed: 2099-01-01 #") for p in (PRACTICE, PRACTICE_EN)],
          lambda r: line_of(r / PRACTICE, "last_reviewed: 2099")),
    Plant("review-overdue", M,
          lambda r: edit(r / M, "last_reviewed: 20", "last_reviewed: 2020-01-01 #"),
          lambda r: line_of(r / M, "last_reviewed: 2020"), severity="warning"),
    Plant("case-setup", CASE,
          lambda r: edit(r / CASE, 'widgets.setup(lang=\\"zh\\")', 'widgets.setup(lang=\\"en\\")'),
          lambda r: line_of(r / CASE, 'widgets.setup(lang=\\"en\\")') - 2),
    Plant("case-sections", CASE,
          lambda r: [edit(r / p, '"section": "commentary"', '"section": "discussion"') for p in (CASE, CASE_EN)],
          lambda r: line_of(r / CASE, '"cells": [')),
    Plant("resource-order", RESOURCES,
          lambda r: _append_row(r, ROW.format(id="530102-0999", county="530102")),
          _last_row),
    Plant("assignment-points", ASSIGNMENT,
          lambda r: edit(r / ASSIGNMENT, '"points": 6,', '"points": 7,'),
          lambda r: line_of(r / ASSIGNMENT, '"points": 7,')),
    Plant("rubric-missing", ASSIGNMENT,
          lambda r: _drop_rubric(r / ASSIGNMENT),
          lambda r: line_after(r / ASSIGNMENT, cell_start(r / ASSIGNMENT, '"grade_id": "q2-essay"'), '"metadata"')),
    Plant("question-missing", ASSIGNMENT,
          lambda r: edit(r / ASSIGNMENT, 'q1 = \\"a\\"', 'answer = \\"a\\"'),
          lambda r: line_of(r / ASSIGNMENT, 'answer = \\"a\\"') - 2),
]


@pytest.mark.parametrize("plant", PLANTS, ids=[f"{p.rule}:{Path(p.file).name}" for p in PLANTS])
def test_planted_fault_is_reported_on_its_line(planted, plant):
    root = planted.root
    plant.plant(root)
    code, problems = run_check(planted)
    where = f"{plant.file}:{plant.line(root)}" + (f":{plant.column}" if plant.column else "")
    expected = f"{where}: {plant.severity}: [{plant.rule}] "
    assert [p for p in problems if p.startswith(expected)], f"expected {expected!r} in:\n" + "\n".join(problems)
    others = [p for p in problems if f"[{plant.rule}]" not in p]
    assert others == [], "the plant caused unrelated problems"
    assert code == (1 if plant.severity == "error" else 0)


def test_every_rule_is_planted_and_documented():
    assert {p.rule for p in PLANTS} == set(RULES)
    for rule in RULES.values():
        assert re.search(r"passes:.*\n.*fails:", rule.doc, re.DOTALL), f"{rule.id}: no examples in its docstring"
