"""DecisionPoint: the trainee chooses what to do, then reads the expert's feedback on that choice."""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

import ipywidgets

from . import _validate as check
from ._base import Composite, html_part, part
from ._html import alert, esc, paragraphs, section, status

QUALITIES = ("best", "acceptable", "poor")
OPTION_FIELDS = ("key", "text", "quality", "feedback", "basis")
OPTION_EXAMPLE = '{"key": "A", "text": "……", "quality": "best", "feedback": "……", "basis": "……"}'


@dataclass(frozen=True)
class Option:
    """One option of a decision point, as the author wrote it."""

    key: str
    text: str
    quality: str
    feedback: str
    basis: str = ""


def read_options(options: Any, where: str) -> list[Option]:
    """The author's options, checked: texts present, a known quality, unique keys, at least one best."""
    found = []
    for number, item in enumerate(check.items(options, where, "options", f"[{OPTION_EXAMPLE}, …]", 2), 1):
        here = f"{where}, option {number}"
        item = check.record(item, here, OPTION_EXAMPLE)
        key = item.get("key")
        if key is None:
            key = string.ascii_uppercase[number - 1] if number <= 26 else str(number)
        if not isinstance(key, str) or not key.strip():
            raise check.fail(here, f"'key' is {key!r}; write a short label in quotes such as \"A\", "
                                   "or leave 'key' out to number the options A, B, C…")
        here = f"{where}, option {number} (key {key!r})"
        check.known_fields(item, OPTION_FIELDS, here)
        found.append(Option(
            key=key.strip(),
            text=check.text(item, "text", here),
            quality=check.choice(item, "quality", QUALITIES, here),
            feedback=check.text(item, "feedback", here),
            basis=check.text(item, "basis", here, required=False),
        ))
    keys = [option.key for option in found]
    for key in keys:
        if keys.count(key) > 1:
            raise check.fail(where, f"two options have the key {key!r}; give every option its own key")
    if not any(option.quality == "best" for option in found):
        raise check.fail(where, "no option has 'quality': 'best'; mark the best option (or options) "
                                "with \"best\", the others \"acceptable\" or \"poor\"")
    return found


def one_line(text: str) -> str:
    """Text for a radio button's label, which shows one paragraph."""
    return " ".join(text.split())


class DecisionPoint(Composite):
    """A decision in a case: a situation, options to choose from, feedback on each, and the reasoning.

    The trainee chooses an option and presses "看反馈 / Show feedback" to read that option's
    quality, feedback and basis; they may choose again. The reasoning shows after the first choice.
    `attempts` lists the keys chosen, in order.
    """

    _kind = "decision"
    _parts = ("situation_view", "choice", "show_feedback", "feedback", "reasoning_view")

    situation_view = part(ipywidgets.HTML, "The situation, in paragraphs.")
    choice = part(ipywidgets.RadioButtons, "The options; nothing chosen at first.")
    show_feedback = part(ipywidgets.Button, "Shows the feedback on the chosen option.")
    feedback = part(ipywidgets.HTML, "The chosen option's quality, feedback and basis (role=alert).")
    reasoning_view = part(ipywidgets.HTML, "The reasoning; None until the first choice.")

    def __init__(self, id: str, situation: str, options: list[dict], reasoning: str = "", *,
                 lang: str | None = None) -> None:
        where = f"DecisionPoint {id!r}"
        if not isinstance(id, str) or not id.strip():
            raise check.fail("DecisionPoint", "'id' is missing; give the decision point an id in quotes, "
                                              "the same as the cell's cornerstone.decision_point, like id=\"dp-accept\"")
        self.id = id
        self.situation = check.text({"situation": situation}, "situation", where)
        self.options = read_options(options, where)
        self.reasoning = check.text({"reasoning": reasoning}, "reasoning", where, required=False)
        self.attempts: list[str] = []
        self._by_key = {option.key: option for option in self.options}
        super().__init__(lang=lang)
        self.heading = html_part(f"<h3>{esc(self.t('decision.heading'))}</h3>")
        self.situation_view = html_part(f'<div class="cs-situation">{paragraphs(self.situation)}</div>')
        self.choice = ipywidgets.RadioButtons(
            options=[(f"{option.key}. {one_line(option.text)}", option.key) for option in self.options],
            value=None,
            description=self.t("decision.choice"),
            layout=ipywidgets.Layout(width="100%"),
        )
        self.show_feedback = ipywidgets.Button(
            description=self.t("decision.show"),
            tooltip=self.t("decision.show"),
            button_style="primary",
            layout=ipywidgets.Layout(width="auto"),
        )
        self.show_feedback.on_click(self._show)
        self.feedback = html_part(status(""))

    def _show(self, _button: ipywidgets.Button | None = None) -> None:
        key = self.choice.value
        if key is None:
            self.feedback.value = status(f"<p>{esc(self.t('decision.pick_first'))}</p>")
            return
        self.attempts.append(key)
        option = self._by_key[key]
        hint = "" if option.quality == "best" else f'<p class="cs-hint">{esc(self.t("decision.try_again"))}</p>'
        self.feedback.value = alert(self._feedback_html(option, "div") + hint)
        if self.reasoning_view is None and self.reasoning.strip():
            self.reasoning_view = html_part(self._reasoning_html("div"))

    def _feedback_html(self, option: Option, tag: str) -> str:
        rating = self.t("decision.rating", key=option.key, quality=self.t(f"quality.{option.quality}"))
        basis = ""
        if option.basis.strip():
            basis = (f'<p class="cs-basis"><strong>{esc(self.t("decision.basis"))}{esc(self.t("colon"))}'
                     f"</strong>{esc(one_line(option.basis))}</p>")
        summary = ""
        if tag == "details":
            summary = f"<summary>{esc(self.t('decision.feedback_on', key=option.key))}</summary>"
        return (f'<{tag} class="cs-feedback cs-quality-{option.quality}" data-option="{esc(option.key)}">'
                f'{summary}<p class="cs-rating"><strong>{esc(rating)}</strong></p>'
                f"{paragraphs(option.feedback)}{basis}</{tag}>")

    def _reasoning_html(self, tag: str) -> str:
        title = esc(self.t("decision.reasoning"))
        head = f"<summary>{title}</summary>" if tag == "details" else f"<h4>{title}</h4>"
        return f'<{tag} class="cs-reasoning">{head}{paragraphs(self.reasoning)}</{tag}>'

    def static_html(self) -> str:
        options = "".join(f'<li><strong class="cs-key">{esc(option.key)}.</strong> {esc(one_line(option.text))}</li>'
                          for option in self.options)
        body = (f'<div class="cs-situation">{paragraphs(self.situation)}</div>'
                f'<h4>{esc(self.t("decision.options"))}</h4>'
                f'<ul class="cs-options">{options}</ul>'
                + "".join(self._feedback_html(option, "details") for option in self.options)
                + (self._reasoning_html("details") if self.reasoning.strip() else ""))
        return section("decision", self.t("decision.heading"), body, decision_point=self.id)
