"""Benchmark of the case apps in Chromium (run by `make bench-apps`, never by the test suite).

Measures time to interactive — from navigation to the first decision point answering a click with its
feedback — for a case app under plain `voila case.ipynb` (cold and warm), `cornerstone serve` with no
pre-heated kernel (cold), and `cornerstone serve` pre-heated; the resident memory per live app
session; and 30 sessions opened at once under the default kernel cap (errors, busy pages, slowest time
to interactive). Every server binds 127.0.0.1; the browser aborts any request to another host.
Prints Markdown; the figures of record are in bench/README.md.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CASE = "land-contract-boundary"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 240_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_http(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5).close()
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(url)


def start(command: list[str], cwd: Path, log: Path) -> subprocess.Popen:
    env = dict(os.environ, CORNERSTONE_ROOT=str(ROOT), JUPYTER_PLATFORM_DIRS="1")
    # `timeout` makes sure a server left behind by a crashed run still stops by itself.
    return subprocess.Popen(["timeout", "1800", *command], cwd=cwd, env=env, stdout=log.open("w"),
                            stderr=subprocess.STDOUT, start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()


def _parent(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text()
    return int(stat.rsplit(")", 1)[1].split()[1])


def _descends_from(pid: int, ancestor: int) -> bool:
    while pid > 1:
        if pid == ancestor:
            return True
        pid = _parent(pid)
    return False


def kernel_rss_mb(server: subprocess.Popen) -> list[float]:
    """Resident memory of each kernel process started by `server` (MB)."""
    sizes = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
            if b"ipykernel_launcher" not in cmdline or not _descends_from(int(pid), server.pid):
                continue
            status = Path(f"/proc/{pid}/status").read_text()
        except (OSError, ProcessLookupError):
            continue
        rss = next(line for line in status.splitlines() if line.startswith("VmRSS"))
        sizes.append(int(rss.split()[1]) / 1024)
    return sizes


async def interactive(browser, url: str) -> dict:
    """Seconds from navigation to the first decision point's feedback after a click."""
    context = await browser.new_context(viewport={"width": 360, "height": 740})

    async def local_only(route):
        host = urlparse(route.request.url).hostname
        await (route.continue_() if host in ("127.0.0.1", "localhost") else route.abort())

    await context.route("**/*", local_only)
    page = await context.new_page()
    result = {"busy": False, "error": None, "seconds": None}
    try:
        started = time.perf_counter()
        response = await page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        if response is not None and response.status == 503:
            result["busy"] = True
            return result
        radio = page.locator("input[type=radio]").first
        await radio.wait_for(state="visible", timeout=TIMEOUT_MS)
        await radio.check()
        await page.locator("button", has_text="看反馈").first.click()
        await page.locator('[role="alert"]').first.wait_for(state="visible", timeout=TIMEOUT_MS)
        result["seconds"] = time.perf_counter() - started
    except Exception as exc:  # a failed session is a figure of the benchmark, not a crash of it
        result["error"] = f"{type(exc).__name__}: {str(exc)[:120]}"
    finally:
        result["context"] = context
    return result


async def measure(urls: list[str], concurrently: bool = False, keep_open: bool = False) -> list[dict]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        if concurrently:
            results = await asyncio.gather(*(interactive(browser, url) for url in urls))
        else:
            results = []
            for url in urls:
                results.append(await interactive(browser, url))
                if not keep_open:
                    await results[-1]["context"].close()
        extra = keep_open and callable(keep_open) and keep_open()
        for r in results:
            try:
                await r.pop("context").close()
            except Exception:
                pass
        await browser.close()
        if extra:
            results.append(extra)
        return results


def seconds(results: list[dict]) -> list[float]:
    return [r["seconds"] for r in results if r.get("seconds") is not None]


def fmt(values: list[float]) -> str:
    return " / ".join(f"{v:.2f}" for v in values) if values else "failed"


def repository_copy(scratch: Path) -> Path:
    copy = scratch / "repo"
    copy.mkdir()
    for name in ("mkdocs.yml", "curriculum", "casebook", "assignments", "site"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, copy / name)
    return copy


def plain_voila(scratch: Path) -> tuple[float | None, float | None]:
    port = free_port()
    folder = ROOT / "casebook" / CASE
    server = start([str(BIN / "voila"), "case.ipynb", "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1"],
                   folder, scratch / "voila.log")
    try:
        wait_http(f"http://127.0.0.1:{port}/voila/static/voila.js")
        url = f"http://127.0.0.1:{port}/"
        cold, warm = asyncio.run(measure([url, url]))
        return cold.get("seconds"), warm.get("seconds")
    finally:
        stop(server)


def serve(repo: Path, scratch: Path, *options: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    server = start([str(BIN / "cornerstone"), "--root", str(repo), "serve", "--port", str(port), *options],
                   repo, scratch / f"serve-{port}.log")
    wait_http(f"http://127.0.0.1:{port}/", 300)
    return server, port


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        repo = repository_copy(scratch)
        rows = []

        cold, warm = plain_voila(scratch)
        rows.append(("plain `voila case.ipynb`, cold (first visit)", fmt([cold] if cold else [])))
        rows.append(("plain `voila case.ipynb`, warm (second visit)", fmt([warm] if warm else [])))

        server, port = serve(repo, scratch, "--pool-size", "0")
        try:
            app = f"http://127.0.0.1:{port}/apps/casebook/{CASE}/"
            (first,) = asyncio.run(measure([app]))
            rows.append(("`cornerstone serve --pool-size 0`, cold (first visit)", fmt(seconds([first]))))
        finally:
            stop(server)

        server, port = serve(repo, scratch)
        try:
            app = f"http://127.0.0.1:{port}/apps/casebook/{CASE}/"
            time.sleep(30)  # every app notebook's pool filled and executed
            heated = []
            for _ in range(5):
                heated += seconds(asyncio.run(measure([app])))
                time.sleep(12)  # the pool refills
            rows.append(("`cornerstone serve`, pre-heated (5 visits; median)",
                         f"{fmt(heated)}; median {statistics.median(heated):.2f}" if heated else "failed"))

            results = asyncio.run(measure([app] * 5, keep_open=lambda: {"rss": kernel_rss_mb(server)}))
            rss = results[-1]["rss"] or [0.0]
            rows.append(("resident memory per kernel (MB, median of the server's kernels with 5 sessions open)",
                         f"{statistics.median(rss):.0f} (min {min(rss):.0f}, max {max(rss):.0f}, {len(rss)} kernels)"))
        finally:
            stop(server)

        report(rows)  # so far, in case the last part fails
        rows = []
        server, port = serve(repo, scratch)
        try:
            app = f"http://127.0.0.1:{port}/apps/casebook/{CASE}/"
            time.sleep(30)
            started = time.perf_counter()
            results = asyncio.run(measure([app] * 30, concurrently=True))
            wall = time.perf_counter() - started
            times = seconds(results)
            errors = [r["error"] for r in results if r["error"]]
            busy = sum(r["busy"] for r in results)
            rows.append(("30 sessions at once (default cap 48): answered / errors / busy pages",
                         f"{len(times)} / {len(errors)} / {busy}"))
            if times:
                rows.append(("30 sessions at once: median / slowest time to interactive",
                             f"{statistics.median(times):.2f} / {max(times):.2f} (all done in {wall:.1f})"))
            for error in sorted(set(errors))[:3]:
                rows.append(("error", error))
        finally:
            stop(server)

    report(rows)


def report(rows: list[tuple[str, str]]) -> None:
    print("| measurement | seconds (or as stated) |")
    print("| --- | --- |")
    for label, value in rows:
        print(f"| {label} | {value} |", flush=True)


if __name__ == "__main__":
    main()
