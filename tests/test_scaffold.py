"""`cornerstone new` makes content that passes `check` untouched, and refuses bad ids."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cornerstone.cli import app

from .conftest import check


@pytest.mark.parametrize("kind", ["module", "case", "assignment", "practice"])
def test_new_content_passes_check(repo_copy, kind):
    result = CliRunner().invoke(app, ["--root", str(repo_copy.root), "new", kind, "village-rules-revision"])
    assert result.exit_code == 0, result.output
    created = [line.removeprefix("created ") for line in result.stdout.splitlines() if line.startswith("created")]
    assert created and all((repo_copy.root / path).is_file() for path in created)
    problems = check(repo_copy).problems
    assert problems == []
    # The templates tell the author what to write, in both languages.
    texts = [(repo_copy.root / path).read_text(encoding="utf-8") for path in created]
    assert any("（" in t for t in texts) and any("(" in t for t in texts)


def test_existing_id_is_refused_and_nothing_changes(repo_copy):
    folder = repo_copy.root / "curriculum/people-mediation"
    before = {p: p.read_bytes() for p in folder.iterdir()}
    result = CliRunner().invoke(app, ["--root", str(repo_copy.root), "new", "module", "people-mediation"])
    assert result.exit_code == 1 and "already exists" in result.stderr
    assert {p: p.read_bytes() for p in folder.iterdir()} == before


@pytest.mark.parametrize("bad", ["../escape", "Upper", "with space", "trailing-", "a" * 65])
def test_bad_ids_are_argument_errors_and_write_nothing(repo_copy, bad):
    before = sorted(p for p in repo_copy.root.rglob("*"))
    result = CliRunner().invoke(app, ["--root", str(repo_copy.root), "new", "case", bad])
    assert result.exit_code == 2 and "not a valid id" in result.stderr
    assert sorted(p for p in repo_copy.root.rglob("*")) == before


def test_unknown_kind_is_refused():
    result = CliRunner().invoke(app, ["new", "lesson", "x"])
    assert result.exit_code == 2


def test_new_case_runs_and_shows_every_widget(repo_copy):
    import nbformat
    from nbclient import NotebookClient

    assert CliRunner().invoke(app, ["--root", str(repo_copy.root), "new", "case", "demo"]).exit_code == 0
    folder = repo_copy.root / "casebook" / "demo"
    for name in ("case.ipynb", "case.en.ipynb"):
        nb = nbformat.read(folder / name, as_version=4)
        NotebookClient(nb, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(folder)}}).execute()
        html = "".join(o.get("data", {}).get("text/html", "") for c in nb.cells if c.cell_type == "code"
                       for o in c.outputs)
        for kind in ("timeline", "grid", "stakeholders", "scorecard", "decision", "selfcheck", "resources"):
            assert f"cs-{kind}" in html, f"{name}: no {kind} widget"
