"""Shared fixtures: the repository, throw-away copies of it, and a check runner."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from cornerstone.checks import CheckResult, run_checks
from cornerstone.project import Project

ROOT = Path(__file__).resolve().parents[1]
SHARED_CACHE = ROOT / "build" / "test-cache"
# Copies of the repository share one cache of executed cases (keyed by content hash), also in
# session-scoped fixtures set up before any monkeypatch.
os.environ["CORNERSTONE_CACHE"] = str(SHARED_CACHE)
CONTENT = ("mkdocs.yml", "curriculum", "casebook", "assignments", "site")


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path_factory):
    """Never read the machine's own Jupyter configuration or state."""
    home = tmp_path_factory.mktemp("home")
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("JUPYTER_CONFIG_PATH", "")
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.delenv("CORNERSTONE_VAR", raising=False)


@pytest.fixture(scope="session")
def repo() -> Project:
    return Project(ROOT)


def copy_repository(target: Path) -> Project:
    """A copy of the repository's content (not its code, .venv or build) in `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for name in CONTENT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        elif source.exists():
            shutil.copy2(source, target / name)
    return Project(target)


@pytest.fixture
def repo_copy(tmp_path) -> Project:
    return copy_repository(tmp_path / "repo")


def check(project: Project, *paths: Path) -> CheckResult:
    return run_checks(project, list(paths))


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the `occurrence`-th line of `path` containing `needle`."""
    seen = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not found in {path}")


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CORNERSTONE_VAR", None)
    env["CORNERSTONE_CACHE"] = str(SHARED_CACHE)
    return env


@pytest.fixture(scope="session")
def served(tmp_path_factory):
    """One `cornerstone serve` for the session, on a copy of the repository with no site built yet."""
    from .servers import Server

    root = tmp_path_factory.mktemp("served")
    running = Server(copy_repository(root / "repo").root, root / "serve.log").wait()
    yield running
    running.stop()
