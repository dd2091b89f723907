"""Benchmark of the public site at scale (run by `make bench`, never by the test suite).

Builds copies of the repository grown to 500 and 5,000 resources and 200 practices, and reports the
build time (warm: executed cases come from the cache, as on any rebuild), the largest page's HTML,
the whole site's size, the search index's size, and — in Chromium, once search is ready — the time
from typing a query to its results. Prints Markdown; the figures of record are in bench/README.md.
"""

from __future__ import annotations

import csv
import functools
import http.server
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cornerstone.project import Project  # noqa: E402
from cornerstone.scaffold import scaffold  # noqa: E402
from cornerstone.site.build import build_site  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
QUERIES = ["法律援助", "调解", "养老", "mediation"]


def grow(target: Path, resources: int, practices: int) -> Project:
    target.mkdir(parents=True)
    for name in ("mkdocs.yml", "curriculum", "casebook", "assignments", "site"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, target / name)
    project = Project(target)
    existing = len(list(project.practices.glob("*.en.md")))
    for i in range(max(0, practices - existing)):
        scaffold(project, "practice", f"bench-practice-{i}")
    path = project.library / "resources.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header, rows = reader.fieldnames, list(reader)
    counties = sorted({r["county_code"] for r in rows})
    grown, n = [], 0
    while len(grown) < resources:
        row = rows[n % len(rows)]
        county = counties[n % len(counties)]
        number = sum(1 for g in grown if g["county_code"] == county) + 1
        grown.append({**row, "county_code": county, "id": f"{county}-{number:04d}", "name": f"{row['name']}（{n}）"})
        n += 1
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        writer.writerows(sorted(grown, key=lambda r: (r["county_code"], r["id"])))
    return project


def query_times(site: Path) -> list[float]:
    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    times = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            page = browser.new_page()
            for query in QUERIES:
                base = "/en/" if query.isascii() else "/"
                page.goto(f"http://127.0.0.1:{server.server_address[1]}{base}", wait_until="networkidle")
                page.wait_for_timeout(3000)  # the search worker has loaded the index
                page.keyboard.press("/")
                page.keyboard.type(query)
                started = time.perf_counter()
                page.keyboard.press("End")
                page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=30_000)
                times.append(time.perf_counter() - started)
            browser.close()
    finally:
        server.shutdown()
    return times


def measure(resources: int, practices: int) -> str:
    with tempfile.TemporaryDirectory() as scratch:
        project = grow(Path(scratch) / "repo", resources, practices)
        out = Path(scratch) / "site"
        assert build_site(project, out).success  # fills the cache of executed cases
        started = time.perf_counter()
        result = build_site(project, out)
        seconds = time.perf_counter() - started
        assert result.success, result.error
        pages = list(out.rglob("*.html"))
        largest = max(pages, key=lambda p: p.stat().st_size)
        total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        index = (out / "search" / "search_index.json").stat().st_size
        times = query_times(out)
        return (f"| {resources:,} resources, {practices} practices | {seconds:.1f} s | "
                f"{largest.stat().st_size / 1024:.0f} KB ({largest.relative_to(out).parent}) | "
                f"{total / 2**20:.1f} MB, {len(pages)} pages | {index / 2**20:.2f} MB | "
                f"{statistics.median(times) * 1000:.0f} ms (max {max(times) * 1000:.0f}) |")


def main() -> None:
    os.environ.setdefault("CORNERSTONE_CACHE", str(ROOT / "build" / "bench-cache"))
    print("| library | build (warm) | largest page | site | search index | query → results |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for resources in (500, 5000):
        print(measure(resources, 200), flush=True)


if __name__ == "__main__":
    main()
