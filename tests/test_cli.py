"""The CLI is a skin: its JSON equals the engine's result, its exit codes follow DESIGN.md."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from cornerstone.checks import run_checks
from cornerstone.cli import app

from .conftest import ROOT, cli_env, edit


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_check_passes_on_the_repository_with_a_summary_of_every_kind(repo):
    result = invoke("--root", str(repo.root), "check")
    assert result.exit_code == 0, result.output
    summary = result.stdout.splitlines()[-1]
    for kind in ("modules", "cases", "assignments", "practices", "resources"):
        assert kind in summary
    assert "with English twins" in summary and "0 errors" in summary


def test_json_output_is_the_engines_result(repo_copy):
    edit(repo_copy.root / "curriculum/people-mediation/module.yaml", "minutes:", "minutes: x #")
    result = invoke("--root", str(repo_copy.root), "check", "--format", "json")
    assert result.exit_code == 1
    printed = json.loads(result.stdout)  # stdout holds only the JSON list
    engine = [p.model_dump(mode="json") for p in run_checks(repo_copy).problems]
    assert printed == engine and printed
    assert set(printed[0]) == {"path", "line", "column", "severity", "rule", "message"}


def test_check_with_paths_reports_only_those(repo_copy):
    edit(repo_copy.root / "curriculum/people-mediation/module.yaml", "minutes:", "minutes: x #")
    outside = invoke("--root", str(repo_copy.root), "check", str(repo_copy.root / "site"))
    inside = invoke("--root", str(repo_copy.root), "check", str(repo_copy.root / "curriculum"))
    assert outside.exit_code == 0
    assert inside.exit_code == 1 and "[schema] minutes" in inside.stdout


def test_unknown_path_and_missing_repository_are_argument_errors(tmp_path, repo):
    result = invoke("--root", str(repo.root), "check", str(tmp_path / "nope"))
    assert result.exit_code == 2 and "no such file or folder" in result.stderr
    outside = subprocess.run([sys.executable, "-m", "cornerstone.cli", "check"], cwd=tmp_path, env=cli_env(),
                             capture_output=True, text=True)
    assert outside.returncode == 2 and "not inside a Cornerstone repository" in outside.stderr


def test_console_script_finds_the_repository_from_a_subfolder():
    result = subprocess.run([sys.executable, "-m", "cornerstone.cli", "check", "--format", "json"],
                            cwd=ROOT / "curriculum", env=cli_env(), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [] or all(p["severity"] == "warning" for p in json.loads(result.stdout))
    assert "checked" in result.stderr  # the summary goes to stderr with --format json


def test_rules_are_listed_with_their_documentation(repo):
    result = invoke("check", "--rules")
    assert result.exit_code == 0
    assert "personal-data (error)" in result.stdout and "review-overdue (warning)" in result.stdout

