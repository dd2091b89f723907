"""ReformScorecard: a reform scored on the article's three tests, and the verdict they lead to.

The three tests are operability, generalizability and economy (可操作性、可推广性、经济性), each 1–5,
the same keys as a practice's `tests`; cost, sustainability and participation are optional extras
that are shown but do not change the verdict.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import ipywidgets
from traitlets import Tuple

from . import _validate as check
from ._base import Composite, html_part, part
from ._html import esc, section, status
from ._i18n import join, sentence

TESTS = ("operability", "generalizability", "economy")
EXTRAS = ("cost", "sustainability", "participation")
KEYS = TESTS + EXTRAS
VERDICTS = {"stop": "stop or redesign", "pilot": "pilot with conditions", "adopt": "adopt and spread"}
KEYS_HELP = ("the keys are 'operability', 'generalizability', 'economy' (all three needed) and "
             "'cost', 'sustainability', 'participation' (optional)")


@dataclass(frozen=True)
class Judgement:
    """The verdict on a set of scores and the tests that decide it."""

    code: str  # stop, pilot or adopt
    deciding: tuple[str, ...]

    @property
    def verdict(self) -> str:
        """The verdict in the API's words: "stop or redesign", "pilot with conditions", "adopt and spread"."""
        return VERDICTS[self.code]


def judge(scores: Mapping[str, int]) -> Judgement:
    """Any of the three tests at 2 or lower: stop or redesign; all three at 4 or higher: adopt and
    spread; otherwise pilot with conditions. The deciding tests are the low ones, all three, or those
    below 4 respectively."""
    low = tuple(key for key in TESTS if scores[key] <= 2)
    if low:
        return Judgement("stop", low)
    below = tuple(key for key in TESTS if scores[key] < 4)
    if not below:
        return Judgement("adopt", TESTS)
    return Judgement("pilot", below)


def read_scores(scores: Any, reasons: Any) -> tuple[dict[str, int], dict[str, str]]:
    """The author's scores and reasons, checked: known keys, the three tests present, whole numbers 1–5."""
    where = "ReformScorecard"
    if not isinstance(scores, Mapping):
        raise check.fail(where, 'scores must be a dict, like {"operability": 3, "generalizability": 2, '
                                f'"economy": 4}}; got {type(scores).__name__}')
    for key in scores:
        if key not in KEYS:
            raise check.fail(where, f"unknown score key {key!r}; {KEYS_HELP}")
    for key in TESTS:
        if key not in scores:
            raise check.fail(where, f"the score for {key!r} is missing; {KEYS_HELP}")
    found = {key: check.integer(scores[key], where, f"the score for {key!r}", 1, 5) for key in KEYS if key in scores}
    reasons = {} if reasons is None else reasons
    if not isinstance(reasons, Mapping):
        raise check.fail(where, 'reasons must be a dict, like {"operability": "……"}; '
                                f"got {type(reasons).__name__}")
    texts = {}
    for key in reasons:
        if key not in KEYS:
            raise check.fail(where, f"unknown reason key {key!r}; {KEYS_HELP}")
        if key not in found:
            raise check.fail(where, f"there is a reason for {key!r} but no score; add {key!r} to scores "
                                    "or remove the reason")
        texts[key] = check.text(reasons, key, f"{where}, reason for {key!r}", required=False)
    return found, texts


class ReformScorecard(Composite):
    """A reform's scores on the three tests (plus optional extras), the reasons, and the verdict.

    With `editable=True` every score is a 1–5 drop-down (`inputs`) and the verdict follows the
    trainee's scores. `scores` holds the current scores; `verdict` the current verdict in the API's words.

    Not sliders: ipywidgets 8 renders a slider's handle with no accessible name (its description
    label is not tied to it), which axe reports as a serious fault; a drop-down is labelled, works
    with the keyboard (arrow keys) and opens the phone's own picker.
    """

    _kind = "scorecard"
    _parts = ("hint", "table", "score_rows", "verdict_view")

    hint = part(ipywidgets.HTML, "How to change the scores (editable only).")
    table = part(ipywidgets.HTML, "The scores and reasons as a table (not editable).")
    score_rows = Tuple(help="Per score, its drop-down and its reason (editable only).")
    verdict_view = part(ipywidgets.HTML, "The verdict and the tests that decide it (live region).")

    def __init__(self, reform: str, scores: dict[str, int], reasons: dict[str, str] | None = None,
                 editable: bool = False, *, lang: str | None = None) -> None:
        self.reform = check.text({"reform": reform}, "reform", "ReformScorecard").strip()
        self.scores, self.reasons = read_scores(scores, reasons)
        self.editable = bool(editable)
        self.inputs: dict[str, ipywidgets.Dropdown] = {}
        super().__init__(lang=lang)
        self.heading = html_part(f"<h3>{esc(self.t('scorecard.heading', reform=self.reform))}</h3>")
        if self.editable:
            self.hint = html_part(f"<p>{esc(self.t('scorecard.input_hint'))}</p>")
            rows: list[ipywidgets.Widget] = []
            for key, score in self.scores.items():
                choice = ipywidgets.Dropdown(options=[(self.t(f"score.{n}"), n) for n in range(1, 6)], value=score,
                                             description=self._name(key), layout=ipywidgets.Layout(width="100%"))
                choice.observe(self._changed, names="value")
                self.inputs[key] = choice
                rows.append(choice)
                if self.reasons.get(key, "").strip():
                    rows.append(html_part(f'<p class="cs-reason">{esc(self.reasons[key])}</p>'))
            self.score_rows = tuple(rows)
        else:
            self.table = html_part(self.table_html())
        self.verdict_view = html_part(status(self.verdict_html()))

    @property
    def judgement(self) -> Judgement:
        return judge(self.scores)

    @property
    def verdict(self) -> str:
        """"stop or redesign", "pilot with conditions" or "adopt and spread"."""
        return self.judgement.verdict

    def _name(self, key: str) -> str:
        name = self.t(f"test.{key}")
        return sentence(name) if self.lang == "en" else name

    def _changed(self, change: dict) -> None:
        for key, choice in self.inputs.items():
            self.scores[key] = choice.value
        self.verdict_view.value = status(self.verdict_html())

    def verdict_html(self) -> str:
        judgement = self.judgement

        def points(keys: tuple[str, ...]) -> str:
            return join([self.t("scorecard.points", test=self.t(f"test.{k}"), score=self.scores[k]) for k in keys],
                        self.lang)

        if judgement.code == "pilot":
            why = self.t("scorecard.why_pilot_many" if len(judgement.deciding) > 1 else "scorecard.why_pilot",
                         tests=points(judgement.deciding))
        else:
            why = self.t(f"scorecard.why_{judgement.code}", tests=points(judgement.deciding))
        extras = tuple(key for key in EXTRAS if key in self.scores)
        note = ""
        if extras:
            note = self.t("scorecard.extras" if len(extras) > 1 else "scorecard.extra", tests=points(extras))
            note = f'<p class="cs-note">{esc(sentence(note))}</p>'
        verdict = self.t("scorecard.verdict", verdict=self.t(f"verdict.{judgement.code}"))
        return (f'<p class="cs-verdict cs-verdict-{judgement.code}"><strong>{esc(verdict)}</strong></p>'
                f"<p>{esc(sentence(why))}</p>{note}")

    def table_html(self) -> str:
        rows = "".join(f'<tr><th scope="row">{esc(self._name(key))}</th><td>{score}</td>'
                       f"<td>{esc(self.reasons.get(key, ''))}</td></tr>" for key, score in self.scores.items())
        return (f'<table class="cs-scores"><caption>{esc(self.t("scorecard.caption"))}</caption>'
                f'<thead><tr><th scope="col">{esc(self.t("scorecard.test"))}</th>'
                f'<th scope="col">{esc(self.t("scorecard.score"))}</th>'
                f'<th scope="col">{esc(self.t("scorecard.reason"))}</th></tr></thead>'
                f"<tbody>{rows}</tbody></table>")

    def static_html(self) -> str:
        body = f'{self.table_html()}<div class="cs-verdict-block">{self.verdict_html()}</div>'
        return section("scorecard", self.t("scorecard.heading", reform=self.reform), body)
