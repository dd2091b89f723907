"""Timeline: what happened, in the order the author gives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import ipywidgets

from . import _validate as check
from ._base import Composite, html_part, part
from ._html import esc, paragraphs, section, time_tag

EVENT_EXAMPLE = '{"date": "2025-11", "text": "……"}'


@dataclass(frozen=True)
class Event:
    date: str
    text: str


def read_events(events: Any) -> list[Event]:
    """The author's events, checked: a date (any text, such as "2025-11" or "2025 年冬") and a text each."""
    where = "Timeline"
    found = []
    for number, item in enumerate(check.items(events, where, "events", f"[{EVENT_EXAMPLE}, …]"), 1):
        here = f"{where}, event {number}"
        item = check.record(item, here, EVENT_EXAMPLE)
        check.known_fields(item, ("date", "text"), here)
        date = item.get("date")
        if date is not None and not isinstance(date, str):
            date = str(date)  # a year written as a number, or a datetime.date
        found.append(Event(check.text({"date": date}, "date", here).strip(), check.text(item, "text", here)))
    return found


class Timeline(Composite):
    """An ordered list of dated events, shown in the order given."""

    _kind = "timeline"
    _parts = ("events_view",)

    events_view = part(ipywidgets.HTML, "The events as an ordered list.")

    def __init__(self, events: list[dict], *, lang: str | None = None) -> None:
        self.events = read_events(events)
        super().__init__(lang=lang)
        self.heading = html_part(f"<h3>{esc(self.t('timeline.heading'))}</h3>")
        self.events_view = html_part(self.list_html())

    def list_html(self) -> str:
        items = "".join(f'<li><strong class="cs-date">{time_tag(event.date)}</strong>{paragraphs(event.text)}</li>'
                        for event in self.events)
        return f'<ol class="cs-timeline">{items}</ol>'

    def static_html(self) -> str:
        return section("timeline", self.t("timeline.heading"), self.list_html())
