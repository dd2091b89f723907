"""`cornerstone serve`: the built site on one address, safe against hostile URLs."""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request

import pytest


@pytest.fixture
def server(served):
    return served


def get(server, path: str) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(server.url + path, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_home_pages_in_both_languages(server):
    status, headers, body = get(server, "/")
    assert status == 200 and "基石" in body.decode()
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    status, _, body = get(server, "/en/")
    assert status == 200 and 'lang="en"' in body.decode()


def test_directory_without_slash_redirects_to_its_page(server):
    status, _, body = get(server, "/en")  # urllib follows the redirect
    assert status == 200 and 'lang="en"' in body.decode()


def test_missing_page_gets_the_sites_404_page(server):
    status, _, body = get(server, "/curriculum/no-such-module/")
    assert status == 404 and "404" in body.decode()


@pytest.mark.parametrize("path", ["/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd"])
def test_paths_outside_the_site_are_refused(server, path):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    assert response.status in (400, 403, 404)
    assert b"root:" not in body
