"""The apps under /apps/: only allow-listed case notebooks render; nothing else of the course leaks.

These run against a real `cornerstone serve` (Voilà's standalone server with pre-heated kernels).
"""

from __future__ import annotations

import asyncio
import http.client
import json
import re
import shutil
import time
import uuid
from pathlib import Path

import pytest
import tornado.websocket

from .conftest import copy_repository
from .servers import Server

CASE = "land-contract-boundary"
RENDER = f"/apps/voila/render/casebook/{CASE}/case.ipynb"


def get(server, path: str, method: str = "GET") -> tuple[int, dict, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    connection.request(method, path)
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")


def test_case_urls_lead_to_the_case_in_each_language(served):
    status, headers, _ = get(served, f"/apps/casebook/{CASE}/")
    assert status == 302 and headers["Location"] == RENDER
    status, headers, _ = get(served, f"/apps/casebook/{CASE}/en/")
    assert status == 302 and headers["Location"] == RENDER.replace("case.ipynb", "case.en.ipynb")
    status, _, page = get(served, RENDER)
    assert status == 200 and '<html lang="zh-Hans"' in page
    status, _, page = get(served, RENDER.replace("case.ipynb", "case.en.ipynb"))
    assert status == 200 and '<html lang="en"' in page


OUTSIDE = re.compile(r"""(?:src|href)\s*=\s*["'](?:https?:)?//([^/"']+)|(?:import\(|from)\s*["']https?://([^/"']+)""")


def test_app_page_requests_nothing_from_outside_hosts(served):
    _, _, page = get(served, RENDER)
    assert OUTSIDE.findall(page) == []
    assert OUTSIDE.findall('<script type="module">import("https://cdnjs.cloudflare.com/x.mjs")</script>')


def test_sources_are_stripped(served):
    _, _, page = get(served, RENDER)
    assert "widgets.setup(" not in page


@pytest.mark.parametrize("path", [
    f"/apps/casebook/{CASE}/case.ipynb",
    f"/apps/voila/files/casebook/{CASE}/case.ipynb",
    f"/apps/api/contents/casebook/{CASE}/case.ipynb",
    f"/apps/voila/api/contents/casebook/{CASE}/case.ipynb",
    "/apps/voila/api/contents",
    "/apps/voila/tree",
    "/apps/voila/tree/casebook",
    "/apps/voila/render/assignments/mediation-basics/mediation-basics.ipynb",
    "/apps/voila/render/../../../mkdocs.yml",
    "/apps/voila/render/casebook/%2e%2e/%2e%2e/%2e%2e/mkdocs.yml",
    f"/apps/voila/render/casebook/{CASE}/..%2f..%2f..%2fassignments%2fmediation-basics%2fmediation-basics.ipynb",
    "/apps/casebook/no-such-case/",
    "/apps/casebook/..%2f..%2fassignments/",
    "/casebook/land-contract-boundary/case.ipynb",
])
def test_nothing_but_allow_listed_apps_is_reachable(served, path):
    status, _, body = get(served, path)
    assert status in (301, 302, 400, 403, 404), f"{path}: {status}"
    assert '"nbformat"' not in body and "BEGIN SOLUTION" not in body and "cells" not in body[:200]


def test_a_notebook_outside_the_allow_list_does_not_render(served):
    apps = served.root / "build" / "apps" / "casebook" / CASE
    shutil.copy(apps / "case.ipynb", apps / "extra.ipynb")
    try:
        status, _, _ = get(served, f"/apps/voila/render/casebook/{CASE}/extra.ipynb")
        assert status == 404
    finally:
        (apps / "extra.ipynb").unlink()


def test_template_and_theme_cannot_be_overridden(served):
    status, _, page = get(served, RENDER + "?template=reveal&theme=dark")
    assert status == 200 and "reveal" not in page and "theme-dark" not in page


def _kernel_id(page: str) -> str:
    config = re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>', page, re.S)
    return json.loads(config.group(1))["kernelId"]


def _message(msg_type: str, content: dict) -> str:
    header = {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "username": "test", "session": uuid.uuid4().hex,
              "date": "2026-01-01T00:00:00Z", "version": "5.3"}
    return json.dumps({"header": header, "parent_header": {}, "metadata": {}, "content": content,
                       "channel": "shell", "buffers": []})


def test_the_kernel_ignores_execute_requests(served, tmp_path):
    marker = tmp_path / "executed"
    _, _, page = get(served, RENDER)
    kernel = _kernel_id(page)

    async def talk() -> list[str]:
        socket = await tornado.websocket.websocket_connect(
            f"ws://127.0.0.1:{served.port}/apps/api/kernels/{kernel}/channels")
        socket.write_message(_message("execute_request", {
            "code": f"open({str(marker)!r}, 'w').write('x')", "silent": False, "store_history": False,
            "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}))
        socket.write_message(_message("kernel_info_request", {}))
        replies, deadline = [], time.monotonic() + 20
        while time.monotonic() < deadline and "kernel_info_reply" not in replies:
            raw = await asyncio.wait_for(socket.read_message(), timeout=20)
            if raw is None:
                break
            if isinstance(raw, str):
                replies.append(json.loads(raw)["header"]["msg_type"])
        await asyncio.sleep(2)  # give a forwarded execute request time to run
        socket.close()
        return replies

    replies = asyncio.run(talk())
    assert "kernel_info_reply" in replies  # the channel is live …
    assert "execute_reply" not in replies and not marker.exists()  # … and execution never happens


@pytest.fixture(scope="module")
def capped(tmp_path_factory):
    """A server that allows one live app session and keeps no pre-heated kernel."""
    root = tmp_path_factory.mktemp("capped")
    running = Server(copy_repository(root / "repo").root, root / "serve.log",
                     "--max-kernels", "1", "--pool-size", "0").wait()
    yield running
    running.stop()


def test_past_the_kernel_cap_a_visitor_gets_the_busy_page(capped):
    first, _, _ = get(capped, RENDER)
    assert first == 200
    status, headers, page = get(capped, RENDER)
    assert status == 503 and headers["Retry-After"] == "30"
    assert "请稍候" in page and "tries again by itself" in page


def test_apps_root_holds_only_app_notebooks(served):
    root = Path(served.root) / "build" / "apps"
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    assert files and all(f.startswith("casebook/") for f in files)


def test_apps_and_site_are_served_compressed(served):
    for path in ("/apps/voila/static/voila.js", "/"):
        connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=30)
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
        response = connection.getresponse()
        response.read()
        assert response.status == 200 and response.getheader("Content-Encoding") == "gzip", path
