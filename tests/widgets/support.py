"""Helpers for the widget tests: what a widget shows, as text and as table cells."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import ipywidgets

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def visible(markup: str) -> str:
    """The text a reader sees in `markup`: tags dropped, entities decoded, spaces collapsed."""
    markup = re.sub(r"</?(strong|em|b|span|a|time)\b[^>]*>", "", markup)  # inline: no break
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def descendants(widget: ipywidgets.Widget) -> list[ipywidgets.Widget]:
    """`widget` and every widget inside it, depth first, in display order."""
    found = [widget]
    for child in getattr(widget, "children", ()):
        found.extend(descendants(child))
    return found


def of_type(widget: ipywidgets.Widget, kind: type) -> list:
    return [w for w in descendants(widget) if type(w) is kind]


def shown_html(widget: ipywidgets.Widget) -> str:
    """The HTML of every HTML part inside `widget` except the style sheet, joined."""
    return "".join(w.value for w in of_type(widget, ipywidgets.HTML) if not w.value.startswith("<style>"))


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "li" and self._cell is not None and self._cell:
            self._cell.append("|")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def tables(markup: str) -> list[list[list[str]]]:
    """Every table in `markup` as rows of cell texts (items of a list in a cell joined by "|")."""
    parser = _Tables()
    parser.feed(markup)
    return parser.tables
