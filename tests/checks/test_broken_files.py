"""A broken file gives clear problems on that file, never a traceback, and no flood elsewhere."""

from __future__ import annotations

import shutil

import pytest

from cornerstone.checks import run_checks
from cornerstone.project import Project

from ..conftest import copy_repository

FILES = [
    "curriculum/people-mediation/module.yaml",
    "curriculum/paths.yaml",
    "casebook/land-contract-boundary/case.ipynb",
    "assignments/mediation-basics/mediation-basics.ipynb",
    "site/library/practices/elder-mediation-council.md",
    "site/library/resources.csv",
    "site/library/taxonomy.csv",
    "site/library/divisions.csv",
]
CORRUPTIONS = {
    "empty": lambda data: b"",
    "truncated": lambda data: data[: len(data) // 2],
    "list": lambda data: b"[]\n",
    "binary": lambda data: b"\x00\xff\xfe\x89PNG" + data[:40],
    "gbk": lambda data: data.decode("utf-8").encode("gb18030", errors="replace"),
}
# Reference data: when it cannot be read, nothing that refers to it is reported as well.
VOCABULARIES = {"site/library/resources.csv", "site/library/taxonomy.csv", "site/library/divisions.csv"}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return copy_repository(tmp_path_factory.mktemp("pristine") / "repo")


@pytest.mark.parametrize("corruption", CORRUPTIONS)
@pytest.mark.parametrize("name", FILES)
def test_broken_file_is_reported_on_itself(pristine, tmp_path, name, corruption):
    root = tmp_path / "repo"
    shutil.copytree(pristine.root, root)
    project = Project(root)
    original = (root / name).read_bytes()
    broken = CORRUPTIONS[corruption](original)
    if broken == original:
        pytest.skip("this corruption leaves the file as it was")
    (root / name).write_bytes(broken)
    problems = [p for p in run_checks(project).problems if p.severity == "error"]
    on_file = [p for p in problems if p.path == name]
    assert on_file, f"no problem reported on {name}"
    if name in VOCABULARIES and any(p.rule == "syntax" for p in on_file):
        assert [p for p in problems if p.path != name] == [], "one broken vocabulary must not flood the others"
