"""Content runs: every case executes top to bottom, every assignment's solution passes its own tests."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import ROOT

CASES = sorted((ROOT / "casebook").glob("*/case*.ipynb"))
ASSIGNMENTS = sorted((ROOT / "assignments").glob("*/*.ipynb"))


def execute(path: Path) -> nbformat.NotebookNode:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.name}" for p in CASES])
def test_case_executes(path):
    nb = execute(path)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []


@pytest.mark.parametrize("path", ASSIGNMENTS, ids=[p.parent.name for p in ASSIGNMENTS])
def test_assignment_solution_passes_its_tests(path):
    execute(path)  # raises CellExecutionError, naming the cell, when a test fails


def test_there_is_content_to_run():
    assert CASES and ASSIGNMENTS
