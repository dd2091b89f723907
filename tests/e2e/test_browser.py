"""The site in Debian's Chromium: both languages, a phone screen, nothing fetched from outside."""

from __future__ import annotations

from urllib.parse import urljoin, urlparse

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
PRACTICE = "/library/practices/elder-mediation-council/"


@pytest.fixture
def server(served):
    return served


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.requested = []
    opened.on("request", lambda request: opened.requested.append(request.url))
    yield opened
    context.close()


def outside(urls: list[str]) -> list[str]:
    return [u for u in urls if urlparse(u).scheme in ("http", "https")
            and urlparse(u).hostname not in ("127.0.0.1", "localhost")]


def test_home_page_loads_everything_from_this_server(page, server):
    page.goto(server.url + "/", wait_until="networkidle")
    assert page.locator("html").get_attribute("lang") == "zh"
    assert "基石" in page.locator("h1").first.inner_text()
    assert page.requested and outside(page.requested) == []


def test_language_switcher_keeps_the_page(page, server):
    page.goto(server.url + PRACTICE, wait_until="networkidle")
    href = page.locator('a[hreflang="en"]').first.get_attribute("href")
    assert href, "no link to the English version of the page"
    page.goto(urljoin(page.url, href), wait_until="networkidle")
    assert urlparse(page.url).path == "/en" + PRACTICE
    assert page.locator("html").get_attribute("lang") == "en"


def test_phone_screen_has_no_sideways_scrolling(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    phone = context.new_page()
    try:
        for path in ("/", PRACTICE, "/en" + PRACTICE):
            phone.goto(server.url + path, wait_until="networkidle")
            width = phone.evaluate("document.documentElement.scrollWidth")
            assert width <= 360, f"{path} is {width}px wide on a 360px screen"
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/", PRACTICE, "/en" + PRACTICE])
def test_no_serious_accessibility_fault(page, server, path):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(server.url + path, wait_until="networkidle")
    violations = Axe().run(page).response["violations"]
    serious = [(v["id"], v["impact"], len(v["nodes"])) for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == []


def test_200_percent_zoom_has_no_sideways_scrolling(browser, server):
    # 200 % zoom of a 1280-px window lays the page out in 640 CSS pixels.
    context = browser.new_context(viewport={"width": 640, "height": 450}, device_scale_factor=2)
    zoomed = context.new_page()
    try:
        for path in ("/", PRACTICE):
            zoomed.goto(server.url + path, wait_until="networkidle")
            assert zoomed.evaluate("document.documentElement.scrollWidth") <= 640, path
    finally:
        context.close()


def test_keyboard_reaches_the_search_box(page, server):
    page.goto(server.url + "/", wait_until="networkidle")
    page.keyboard.press("/")  # Material's shortcut for search
    focused = page.evaluate("document.activeElement && document.activeElement.getAttribute('name')")
    assert focused == "query"


APP = "/apps/casebook/land-contract-boundary/"


def _open_app(page, server, path: str = APP):
    page.goto(server.url + path, wait_until="networkidle")
    radio = page.locator(".cs-widget input[type=radio]").first
    radio.wait_for(state="visible", timeout=60_000)
    return radio


def test_a_choice_made_with_the_keyboard_shows_its_feedback(page, server):
    radio = _open_app(page, server)
    radio.focus()
    page.keyboard.press("Space")  # choose the first option
    for _ in range(12):  # Tab past the other options to the "show feedback" button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "BUTTON":
            break
    assert "看反馈" in page.evaluate("document.activeElement.textContent")
    page.keyboard.press("Enter")
    feedback = page.locator('[role="alert"]').first
    feedback.wait_for(state="visible", timeout=30_000)
    assert "A" in feedback.inner_text() and len(feedback.inner_text()) > 20
    assert outside(page.requested) == []


def test_english_app_and_phone_layout(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    phone = context.new_page()
    try:
        _open_app(phone, server, APP + "en/")
        assert phone.locator("html").get_attribute("lang") == "en"
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()


def test_app_has_no_serious_accessibility_fault(page, server):
    from axe_playwright_python.sync_playwright import Axe

    _open_app(page, server)
    violations = Axe().run(page).response["violations"]
    serious = [(v["id"], v["impact"], v["nodes"][0]["html"][:120]) for v in violations
               if v["impact"] in ("serious", "critical")]
    assert serious == []


def _search(page, server, base: str, query: str) -> list[str]:
    page.goto(server.url + base, wait_until="networkidle")
    page.keyboard.press("/")
    page.keyboard.type(query, delay=30)
    page.keyboard.press("End")  # an input method ends composing with a key event
    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=15_000)
    return [t.replace("\u200b", "") for t in page.locator(".md-search-result__item").all_inner_texts()]


@pytest.mark.parametrize(("base", "query", "expected"), [
    ("/", "援助", "法律援助"),  # a word inside a longer word
    ("/", "纠纷", "纠纷"),
    ("/", "土地承包", "承包"),
    ("/en/", "mediation", "mediation"),
])
def test_search_finds_words_typed_normally(page, server, base, query, expected):
    results = _search(page, server, base, query)
    assert any(expected in r or expected.lower() in r.lower() for r in results), results[:5]
    assert outside(page.requested) == []


def test_resource_filter_narrows_the_cards(page, server):
    page.goto(server.url + "/library/resources/532901/", wait_until="networkidle")
    cards = page.locator(".cs-card")
    total = cards.count()
    options = page.locator("select[name=service] option").all()
    service = options[-1].get_attribute("value")
    page.select_option("select[name=service]", service)
    visible = page.locator(".cs-card:not([hidden])").count()
    assert 0 < visible <= total
    assert f"{visible} / {total}" in page.locator(".cs-filter-count").inner_text()


@pytest.mark.parametrize("path", ["/curriculum/people-mediation/", "/casebook/land-contract-boundary/",
                                  "/library/resources/532901/", "/en/library/resources/532901/"])
def test_generated_pages_have_no_serious_accessibility_fault(page, server, path):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(server.url + path, wait_until="networkidle")
    violations = Axe().run(page).response["violations"]
    serious = [(v["id"], v["nodes"][0]["html"][:100]) for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == []
    assert outside(page.requested) == []


def test_search_results_have_no_serious_accessibility_fault(page, server):
    from axe_playwright_python.sync_playwright import Axe

    _search(page, server, "/", "调解")
    violations = Axe().run(page).response["violations"]
    assert [(v["id"], v["impact"]) for v in violations if v["impact"] in ("serious", "critical")] == []


def test_offline_copy_opens_from_file_and_searches(browser, tmp_path):
    import zipfile

    from cornerstone.project import Project
    from cornerstone.site.build import build_offline

    from ..conftest import copy_repository

    project: Project = copy_repository(tmp_path / "repo")
    result = build_offline(project, tmp_path / "offline.zip")
    assert result.success, result.error
    assert not (project.build / "site").exists()  # the online site is not touched
    with zipfile.ZipFile(tmp_path / "offline.zip") as archive:
        archive.extractall(tmp_path / "unzipped")
    home = tmp_path / "unzipped" / "cornerstone" / "index.html"
    context = browser.new_context()
    page = context.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    try:
        page.goto(home.as_uri(), wait_until="load")
        page.keyboard.press("/")
        page.keyboard.type("调解", delay=30)
        page.keyboard.press("End")
        page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=20_000)
        page.keyboard.press("Escape")
        page.goto((home.parent / "curriculum" / "people-mediation" / "index.html").as_uri(), wait_until="load")
        lesson = page.locator('a[href$="01-accepting-and-preparing.html"]').first
        assert lesson.count() == 1
        path = home.parent / "curriculum" / "paths" / "mediator" / "index.html"
        assert 'href="../../people-mediation/index.html"' in path.read_text(encoding="utf-8")
        assert [u for u in requested if not u.startswith(("file:", "data:", "blob:"))] == []
    finally:
        context.close()


def test_case_page_prints_as_a_clean_handout(page, server):
    page.goto(server.url + "/casebook/land-contract-boundary/", wait_until="networkidle")
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    assert not page.locator(".cs-app-link").is_visible()
    assert page.locator(".cs-decision").first.is_visible()


def test_larger_text_switch_is_kept_across_pages(page, server):
    page.goto(server.url + "/", wait_until="networkidle")
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-typeset')).fontSize)")
    button = page.locator("button.cs-text-size")
    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-pressed") == "true"
    page.goto(server.url + "/curriculum/", wait_until="networkidle")
    bigger = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-typeset')).fontSize)")
    assert bigger > size
