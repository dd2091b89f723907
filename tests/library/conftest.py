"""A repository copy whose library is the small, fixed `corpus/library.csv`, and a place for incoming files."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from cornerstone.project import Project

from ..conftest import copy_repository

CORPUS = Path(__file__).resolve().parent / "corpus"
TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def library(tmp_path) -> Project:
    project = copy_repository(tmp_path / "repo")
    shutil.copy(CORPUS / "library.csv", project.library / "resources.csv")
    (project.root / "incoming").mkdir()
    return project


def incoming(project: Project, *names: str) -> list[Path]:
    """Corpus files copied to `incoming/` of the repository, as a county officer would put them."""
    paths = []
    for name in names:
        target = project.root / "incoming" / name
        shutil.copy(CORPUS / name, target)
        paths.append(target)
    return paths


def resources(project: Project) -> bytes:
    return (project.library / "resources.csv").read_bytes()
