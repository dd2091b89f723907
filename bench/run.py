"""Benchmarks of `cornerstone check` (run by `make bench`, never by the test suite).

Times the whole command as a user runs it — a fresh process, cold (no cache) and warm — on the
repository as it is and on a copy grown to the size the content issues aim at and beyond
(50 modules, 50 cases, 20 assignments, 100 practices, 2,000 resources). Prints a Markdown table;
the figures of record are in bench/README.md.
"""

from __future__ import annotations

import csv
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cornerstone.project import Project  # noqa: E402
from cornerstone.scaffold import scaffold  # noqa: E402

RUNS = 5


def timed_check(root: Path, cold: bool) -> float:
    if cold:
        shutil.rmtree(root / "build" / "cache", ignore_errors=True)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "cornerstone.cli", "--root", str(root), "check"],
                            capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"check failed on {root}:\n{result.stdout[-2000:]}")
    return elapsed


def grow(target: Path) -> Path:
    for name in ("mkdocs.yml", "curriculum", "casebook", "assignments", "site"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, target / name)
    project = Project(target)
    for i in range(50):
        scaffold(project, "module", f"bench-module-{i}")
        scaffold(project, "case", f"bench-case-{i}")
    for i in range(20):
        scaffold(project, "assignment", f"bench-assignment-{i}")
    for i in range(100):
        scaffold(project, "practice", f"bench-practice-{i}")
    path = project.library / "resources.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header, rows = reader.fieldnames, list(reader)
    template = rows[0]
    counties = sorted({r["county_code"] for r in rows})
    grown = []
    for county in counties:
        grown += [{**template, "county_code": county, "id": f"{county}-{n:04d}", "name": f"{template['name']} {n}"}
                  for n in range(1, 2000 // len(counties) + 2)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        writer.writerows(sorted(grown, key=lambda r: (r["county_code"], r["id"]))[:2000])
    return target


def measure(label: str, root: Path) -> str:
    cold = statistics.median(timed_check(root, cold=True) for _ in range(RUNS))
    timed_check(root, cold=False)
    warm = statistics.median(timed_check(root, cold=False) for _ in range(RUNS))
    return f"| {label} | {cold:.2f} s | {warm:.2f} s |"


def main() -> None:
    print(f"`cornerstone check`, median of {RUNS} fresh processes\n")
    print("| repository | cold (no cache) | warm |")
    print("| --- | ---: | ---: |")
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "repo"
        copy.mkdir()
        for name in ("mkdocs.yml", "curriculum", "casebook", "assignments", "site"):
            source = ROOT / name
            (shutil.copytree if source.is_dir() else shutil.copy2)(source, copy / name)
        print(measure("this repository", copy), flush=True)
        big = Path(scratch) / "big"
        big.mkdir()
        print(measure("grown: 51 modules, 51 cases, 21 assignments, 102 practices, 2,000 resources", grow(big)))


if __name__ == "__main__":
    main()
