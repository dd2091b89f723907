"""The base of every composite widget: a VBox whose parts are traits and whose children follow them."""

from __future__ import annotations

from typing import Any, ClassVar

import ipywidgets
from traitlets import Instance, Unicode

from . import _html
from ._i18n import label, resolve


def box_layout() -> ipywidgets.Layout:
    """Full width on a phone, a readable measure on a wide screen."""
    return ipywidgets.Layout(width="100%", max_width="44rem")


def html_part(value: str = "", **layout: str) -> ipywidgets.HTML:
    """An HTML part spanning the widget's width."""
    return ipywidgets.HTML(value=value, layout=ipywidgets.Layout(width="100%", **layout))


def part(klass: type[ipywidgets.Widget], help: str = "") -> Instance:
    """A part of a composite: a widget, or None while it is hidden (or not built yet)."""
    return Instance(klass, allow_none=True, help=help)


class Composite(ipywidgets.VBox):
    """A composite widget in the ipywidgets way: parts declared as traits, listed in `_parts`.

    Whenever a part is replaced (or set to None to hide it), `_rebuild` sets `children` to a new
    tuple of the parts that exist, in `_parts` order. Subclasses build their parts in `__init__`,
    implement `static_html()`, and label themselves with `self.t(key)`.
    """

    _kind: ClassVar[str] = "widget"
    _parts: ClassVar[tuple[str, ...]] = ()
    _own_style: ClassVar[bool] = True  # False for a composite nested in another one

    lang = Unicode("zh", help="The language of the labels: zh or en.")
    style_sheet = part(ipywidgets.HTML, "The widgets' style sheet, hidden.")
    heading = part(ipywidgets.HTML, "The widget's heading.")

    def __init__(self, lang: str | None = None, **kwargs: Any) -> None:
        lang = resolve(lang)  # a wrong language fails before any widget exists
        super().__init__(layout=box_layout(), **kwargs)
        self.lang = lang
        self.add_class("cs-widget")
        self.add_class(f"cs-{self._kind}")
        self.observe(self._rebuild, names=["style_sheet", "heading", *self._parts])
        if self._own_style:
            self.style_sheet = ipywidgets.HTML(value=_html.STYLE, layout=ipywidgets.Layout(display="none"))

    def t(self, name: str, /, **values: object) -> str:
        """The label `name` in this widget's language."""
        return label(name, self.lang, **values)

    def _rebuild(self, change: dict | None = None) -> None:
        children: list[ipywidgets.Widget] = []
        for name in ("style_sheet", "heading", *self._parts):
            value = getattr(self, name)
            if isinstance(value, tuple):  # a part made of several widgets, such as one block per question
                children.extend(value)
            elif value is not None:
                children.append(value)
        self.children = tuple(children)

    def static_html(self) -> str:
        """A readable HTML form of the widget for the published site: no kernel, no script."""
        raise NotImplementedError

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        """ipywidgets' own bundle plus `text/html`, so a notebook without a widget manager shows it."""
        bundle = super()._repr_mimebundle_(**kwargs)
        bundle["text/html"] = self.static_html()
        return bundle
