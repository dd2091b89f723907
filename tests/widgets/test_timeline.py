"""Timeline: dated events as an ordered list, in the order the author gives."""

from __future__ import annotations

import datetime as dt

import pytest

import widgets
from widgets.timeline import Timeline

from .support import WIDGET_VIEW, visible

EVENTS = [
    {"date": "2025 年冬", "text": "杨家推平老土埂，重筑新埂。"},
    {"date": "2026-03", "text": "段家发现地窄了。\n\n两家吵了一架。"},
    {"date": "2026-07-15", "text": "族老出面。"},
    {"date": "2026-01", "text": "补记：段家先去过村委会。"},  # the author's order is kept, not sorted by date
]


def test_events_in_the_given_order():
    line = Timeline(EVENTS)
    assert line.children == (line.style_sheet, line.heading, line.events_view)
    assert line.events_view.value == (
        '<ol class="cs-timeline">'
        '<li><strong class="cs-date"><time>2025 年冬</time></strong><p>杨家推平老土埂，重筑新埂。</p></li>'
        '<li><strong class="cs-date"><time datetime="2026-03">2026-03</time></strong>'
        "<p>段家发现地窄了。</p><p>两家吵了一架。</p></li>"
        '<li><strong class="cs-date"><time datetime="2026-07-15">2026-07-15</time></strong><p>族老出面。</p></li>'
        '<li><strong class="cs-date"><time datetime="2026-01">2026-01</time></strong><p>补记：段家先去过村委会。</p></li>'
        "</ol>")


def test_static_form_is_the_same_list():
    line = Timeline(EVENTS)
    assert line.static_html() == ('<section class="cs-widget cs-timeline"><h3>事情经过</h3>'
                                  f"{line.events_view.value}</section>")
    bundle = line._repr_mimebundle_()
    assert WIDGET_VIEW in bundle and bundle["text/html"] == line.static_html()


def test_english_heading_and_dates_that_are_not_text():
    widgets.setup("en")
    line = Timeline([{"date": 2025, "text": "a"}, {"date": dt.date(2026, 3, 1), "text": "b"}])
    assert visible(line.heading.value) == "What happened, in order"
    assert visible(line.events_view.value) == "2025 a 2026-03-01 b"
    assert '<time datetime="2026-03-01">' in line.events_view.value


def test_escaping():
    evil = "<script>x()</script>"
    page = Timeline([{"date": evil, "text": evil}]).static_html()
    assert "<script>" not in page and page.count("&lt;script&gt;x()&lt;/script&gt;") == 2


@pytest.mark.parametrize(("events", "message"), [
    ([{"date": "2026-01"}], "Timeline, event 1: 'text' is missing or empty"),
    ([{"date": "2026-01", "text": "a"}, {"text": "b"}], "Timeline, event 2: 'date' is missing or empty"),
    ([{"when": "2026", "text": "a"}], "Timeline, event 1: unknown field 'when'"),
    ([], "events needs at least 1 item"),
    (["2026: a"], "Timeline, event 1: write this item as a dict"),
])
def test_author_mistakes(events, message):
    with pytest.raises(ValueError) as error:
        Timeline(events)
    assert message in str(error.value)
