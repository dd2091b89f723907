"""`cornerstone build` gives the site MkDocs builds: bilingual, strict, nothing from outside hosts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cornerstone.cli import app
from cornerstone.project import Project
from cornerstone.site.build import build_site

from .conftest import ROOT, copy_repository, edit

OUTSIDE = re.compile(r"""(?:src|href|action|poster)\s*=\s*["']?\s*(?:https?:)?//(?!127\.0\.0\.1|localhost)([^/"'\s>]+)""",
                     re.IGNORECASE)
CSS_OUTSIDE = re.compile(r"""(?:@import|url\()\s*["']?(?:https?:)?//""", re.IGNORECASE)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    result = build_site(Project(ROOT), out)
    assert result.success, result.error
    return out


def test_both_languages_are_built(site):
    home_zh = (site / "index.html").read_text(encoding="utf-8")
    home_en = (site / "en" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="zh"' in home_zh and "基石" in home_zh
    assert '<html lang="en"' in home_en and "Cornerstone" in home_en
    for practice in (ROOT / "site/library/practices").glob("*.en.md"):
        slug = practice.name.removesuffix(".en.md")
        assert (site / "library/practices" / slug / "index.html").is_file()
        assert (site / "en/library/practices" / slug / "index.html").is_file()


def test_pages_request_nothing_from_outside_hosts(site):
    offenders = []
    for page in site.rglob("*"):
        if page.suffix == ".html":
            offenders += [(page.name, host) for host in OUTSIDE.findall(page.read_text(encoding="utf-8"))]
        elif page.suffix == ".css":
            offenders += [(page.name, m) for m in CSS_OUTSIDE.findall(page.read_text(encoding="utf-8"))]
    assert offenders == []


def test_outside_reference_detector_can_fail():
    assert OUTSIDE.findall('<link href="https://fonts.googleapis.com/css?family=Roboto">') == ["fonts.googleapis.com"]
    assert OUTSIDE.findall('<script src="//cdn.jsdelivr.net/x.js">') == ["cdn.jsdelivr.net"]


def test_no_csv_or_overrides_are_published(site):
    assert not list(site.rglob("*.csv")) or all("data" in p.parts for p in site.rglob("*.csv"))
    assert not (site / "overrides").exists()


def test_a_broken_link_fails_the_strict_build_and_keeps_the_old_site(tmp_path):
    project = copy_repository(tmp_path / "repo")
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["--root", str(project.root), "build", "--out", str(out)]).exit_code == 0
    before = (out / "index.html").read_bytes()
    edit(project.root / "site/index.md", "\n", "\n\n[a page that is not there](missing.md)\n")
    result = runner.invoke(app, ["--root", str(project.root), "build", "--out", str(out)])
    assert result.exit_code == 1
    assert "missing.md" in result.stderr and "the site was not built" in result.stderr
    assert (out / "index.html").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
