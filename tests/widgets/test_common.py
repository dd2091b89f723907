"""What every widget does alike: language, layout for a phone, labelled controls, static form, display bundle."""

from __future__ import annotations

import re

import ipywidgets
import pandas as pd
import pytest

import widgets

from .support import WIDGET_VIEW, descendants

CONTROLS = (ipywidgets.RadioButtons, ipywidgets.Dropdown, ipywidgets.BoundedIntText, ipywidgets.Button)
# ipywidgets 8 draws a slider's handle with no accessible name (axe: aria-input-field-name, serious)
UNNAMED = (ipywidgets.IntSlider, ipywidgets.FloatSlider, ipywidgets.SelectionSlider, ipywidgets.IntRangeSlider)


def build(kind: str, text: str = "文字", lang: str | None = None) -> widgets.DecisionPoint:
    """Each widget, with `text` in every text field an author or a data file fills."""
    if kind == "DecisionPoint":
        return widgets.DecisionPoint(id="dp", situation=text, reasoning=text, lang=lang, options=[
            {"text": text, "quality": "best", "feedback": text, "basis": text},
            {"text": text + "2", "quality": "poor", "feedback": text}])
    if kind == "SelfCheck":
        return widgets.SelfCheck([{"question": text, "options": [text, text + "2"], "answer": 0,
                                   "explanation": text}], lang=lang)
    if kind == "StakeholderMap":
        return widgets.StakeholderMap([{"name": text, "role": text, "interest": "high", "influence": "low",
                                        "concerns": text}], lang=lang)
    if kind == "Timeline":
        return widgets.Timeline([{"date": text, "text": text}], lang=lang)
    if kind == "ResourceFinder":
        row = {"id": "532901-0001", "name": text, "name_en": text, "category": "legal-aid-centre",
               "services": "legal-aid", "county_code": "532901", "township": text, "village": text, "address": text,
               "phone": text, "hours": text, "languages": "zh", "eligibility": text, "description": text,
               "description_en": text, "last_verified": "2026-11-20", "source": "sample"}
        return widgets.ResourceFinder(data=pd.DataFrame([row]), lang=lang)
    if kind == "ReformScorecard":
        return widgets.ReformScorecard(reform=text, scores={"operability": 3, "generalizability": 3, "economy": 3},
                                       reasons=dict.fromkeys(("operability", "generalizability", "economy"), text),
                                       editable=True, lang=lang)
    if kind == "GridPlanner":
        return widgets.GridPlanner(pd.DataFrame([{"household": text, "group": text, "members": 2, "elderly_alone": True,
                                                  "left_behind_children": 1, "disability": True}]), lang=lang)
    raise AssertionError(kind)


KINDS = ["DecisionPoint", "SelfCheck", "StakeholderMap", "Timeline", "ResourceFinder", "ReformScorecard",
         "GridPlanner"]
EXPECTED_CLASS = {"DecisionPoint": "cs-decision", "SelfCheck": "cs-selfcheck", "StakeholderMap": "cs-stakeholders",
                  "Timeline": "cs-timeline", "ResourceFinder": "cs-resources", "ReformScorecard": "cs-scorecard",
                  "GridPlanner": "cs-grid"}


@pytest.fixture(autouse=True)
def _no_repository(monkeypatch, tmp_path):
    monkeypatch.setenv("CORNERSTONE_ROOT", str(tmp_path / "nowhere"))


def test_the_package_exports_the_seven_widgets():
    assert sorted(set(widgets.__all__) & set(KINDS)) == sorted(KINDS)


def test_setup_validates_and_remembers_the_language():
    assert widgets.language() == "zh"
    widgets.setup(lang="en")
    assert widgets.language() == "en"
    with pytest.raises(ValueError, match="lang must be one of zh, en, not 'fr'"):
        widgets.setup("fr")
    assert widgets.language() == "en"


@pytest.mark.parametrize("kind", KINDS)
def test_display_bundle_has_the_widget_view_and_the_static_form(kind):
    widget = build(kind)
    bundle = widget._repr_mimebundle_()
    assert WIDGET_VIEW in bundle
    assert bundle["text/html"] == widget.static_html()


@pytest.mark.parametrize("kind", KINDS)
def test_static_form_is_plain_semantic_html(kind):
    page = build(kind).static_html()
    assert page.startswith(f'<section class="cs-widget {EXPECTED_CLASS[kind]}"')
    assert page.endswith("</section>") and page.count("<h3>") == 1
    assert not re.search(r"<(script|style|input|select|button|iframe|img|link)\b", page)
    assert not re.search(r"\bon\w+=", page)  # no event handlers
    assert "http" not in page and "//" not in page
    assert all(name.startswith("cs-") for attr in re.findall(r'class="([^"]+)"', page) for name in attr.split())


@pytest.mark.parametrize("kind", KINDS)
def test_script_in_any_text_field_is_shown_escaped(kind):
    widget = build(kind, text="<script>alert('x')</script>")
    if kind == "DecisionPoint":
        widget.choice.value = "A"
        widget.show_feedback.click()
    if kind == "SelfCheck":
        widget.blocks[0].choice.value = 0
        widget.blocks[0].check_button.click()
    if kind == "StakeholderMap":
        widget.picker.value = widget.picker.options[1][1]
    shown = "".join(w.value for w in descendants(widget) if isinstance(w, ipywidgets.HTML))
    for markup in (widget.static_html(), shown):
        assert "<script>" not in markup
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in markup


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_fits_a_phone_and_every_control_is_labelled(kind, lang):
    widget = build(kind, lang=lang)
    assert widget.lang == lang
    assert (widget.layout.width, widget.layout.max_width) == ("100%", "44rem")
    assert {"cs-widget", EXPECTED_CLASS[kind]} <= set(widget._dom_classes)
    assert widget.children[0] is widget.style_sheet
    assert widget.style_sheet.layout.display == "none"
    radio_labels = re.search(r"\.cs-widget \.widget-radio-box label[^{]*\{([^}]*)\}", widget.style_sheet.value)
    assert radio_labels and "white-space:normal" in radio_labels.group(1) and "height:auto" in radio_labels.group(1)
    assert "--jp-widgets-font-size:1rem" in widget.style_sheet.value
    for part in descendants(widget):
        for size in (part.layout.width, part.layout.min_width, part.layout.max_width):
            pixels = re.fullmatch(r"(\d+(?:\.\d+)?)px", size or "")
            assert not pixels or float(pixels.group(1)) <= 320, (part, size)
        if isinstance(part, CONTROLS):
            assert part.description.strip(), part
        assert not isinstance(part, UNNAMED), part
    assert [w for w in descendants(widget) if isinstance(w, CONTROLS)] or kind == "Timeline"


@pytest.mark.parametrize("kind", KINDS)
def test_headings_follow_the_language(kind):
    zh, en = build(kind, lang="zh"), build(kind, lang="en")
    assert zh.heading.value != en.heading.value
    assert not re.search(r"[\u4e00-\u9fff]", re.sub(r"文字", "", en.heading.value))
    assert re.search(r"[\u4e00-\u9fff]", zh.heading.value.replace("文字", ""))


def test_feedback_is_in_live_regions():
    dp = build("DecisionPoint")
    dp.choice.value = "A"
    dp.show_feedback.click()
    assert dp.feedback.value.startswith('<div role="alert">')
    for widget, part in ((build("StakeholderMap"), "details"), (build("ResourceFinder"), "count"),
                         (build("ReformScorecard"), "verdict_view"), (build("GridPlanner"), "summary")):
        assert getattr(widget, part).value.startswith('<div role="status" aria-live="polite">'), widget
