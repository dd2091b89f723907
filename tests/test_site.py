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
# Scripts: code that loads from another host (Material's offline plugin would add unpkg's worker shim).
JS_OUTSIDE = re.compile(r"""(?:importScripts\(|import\(|\bsrc\s*=\s*|fetch\()\s*["'`](?:https?:)?//[^"'`]+""")
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
        elif page.suffix == ".js":
            offenders += [(page.name, m) for m in JS_OUTSIDE.findall(page.read_text(encoding="utf-8"))]
    assert offenders == []


def test_outside_reference_detector_can_fail():
    assert JS_OUTSIDE.findall('s.src="https://unpkg.com/iframe-worker/shim";importScripts("//cdn.x/y.js")')
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


def _html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_every_piece_of_content_has_its_page_in_both_languages(site):
    from cornerstone.content.loaders import load_content

    content = load_content(Project(ROOT), cache=False)
    expected = ["curriculum", "casebook", "library/resources", "library/practices", "library/data"]
    expected += [f"curriculum/{m}" for m in content.modules]
    expected += [f"curriculum/paths/{p}" for p in content.persona_paths]
    expected += [f"casebook/{c}" for c in content.cases]
    expected += [f"library/resources/{r.model.county_code}" for r in content.resources if r.model]
    missing = [p for p in expected for prefix in ("", "en/") if not (site / prefix / p / "index.html").is_file()]
    assert missing == []


def test_module_page_shows_objectives_order_lessons_and_cases(site):
    page = _html(site, "curriculum/people-mediation")
    assert "学完你能够" in page and 'class="cs-flow"' in page
    assert 'href="01-accepting-and-preparing/"' in page
    assert 'href="/apps/casebook/land-contract-boundary/"' in page
    assert (site / "curriculum/people-mediation/01-accepting-and-preparing/index.html").is_file()


def test_case_page_shows_widgets_in_static_form_and_links_the_app(site):
    page = _html(site, "casebook/land-contract-boundary")
    assert 'class="cs-widget cs-decision"' in page and "<details" in page
    assert 'href="/apps/casebook/land-contract-boundary/"' in page
    assert 'href="/apps/casebook/land-contract-boundary/en/"' in _html(site, "en/casebook/land-contract-boundary")
    assert "widgets.setup" not in page  # sources are not shown; what they display is


def test_county_page_has_cards_with_anchors_and_the_sample_mark(site):
    page = _html(site, "library/resources/532901")
    assert 'id="532901-0001"' in page and "示例数据，尚未核实" in page
    assert 'class="cs-filter"' in page


def test_markup_in_a_resource_is_shown_as_text(site):
    import csv

    with (ROOT / "site/library/resources.csv").open(encoding="utf-8") as handle:
        marked = [r for r in csv.DictReader(handle) if "<" in r["description"] or "<" in r["name"]]
    assert marked, "the sample should hold a row with markup characters"
    row = marked[0]
    page = _html(site, f"library/resources/{row['county_code']}")
    assert html_escape(row["description"]) in page.replace("&#x27;", "'")


def html_escape(text: str) -> str:
    import html

    return html.escape(text, quote=True).replace("&#x27;", "'")


def test_practice_page_shows_the_three_test_scores(site):
    page = _html(site, "library/practices/elder-mediation-council")
    assert 'class="cs-scores"' in page and "可操作性" in page and "/ 5" in page
    index = _html(site, "library/practices")
    assert "按主题" in index and "按地区" in index


def test_open_data_publishes_the_resources_file(site):
    assert (site / "library/data/resources.csv").read_bytes() == (ROOT / "site/library/resources.csv").read_bytes()


def test_search_index_holds_sub_words_but_shows_whole_ones(site):
    import json

    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    assert "subwords" in index["config"]["fields"]
    docs = [d for d in index["docs"] if "法律援助" in d["text"].replace("\u200b", "")]
    assert docs and any("援助" in d.get("subwords", "").split("\u200b") for d in docs)
    assert all("法律\u200b援助\u200b法律援助" not in d["text"] for d in index["docs"])


def test_case_outputs_are_cached_by_content_hash(tmp_path, monkeypatch):
    monkeypatch.setenv("CORNERSTONE_CACHE", str(tmp_path / "cache"))
    project = copy_repository(tmp_path / "repo")
    assert build_site(project, tmp_path / "one").success
    cached = sorted((project.cache / "site" / "cases").glob("*.json"))
    assert len(cached) == 2 * len(list((project.root / "casebook").glob("*/case.ipynb")))
    stamps = [p.stat().st_mtime_ns for p in cached]
    assert build_site(project, tmp_path / "two").success
    assert [p.stat().st_mtime_ns for p in cached] == stamps  # reused, not re-run


def test_plain_mkdocs_build_gives_the_same_site(tmp_path):
    import subprocess
    import sys

    from .conftest import cli_env

    project = copy_repository(tmp_path / "repo")
    assert build_site(project, tmp_path / "ours").success
    plain = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f",
                            str(project.root / "mkdocs.yml"), "-d", str(tmp_path / "plain")],
                           env=cli_env(), capture_output=True, text=True)
    assert plain.returncode == 0, plain.stderr

    def files(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
                if p.is_file() and not p.name.startswith("sitemap")}

    ours, theirs = files(tmp_path / "ours"), files(tmp_path / "plain")
    assert sorted(ours) == sorted(theirs)
    assert [name for name in ours if ours[name] != theirs[name]] == []
