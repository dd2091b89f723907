"""SelfCheck: a few ungraded questions; each says right away whether the choice was right, and why."""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

import ipywidgets
from traitlets import Tuple

from . import _validate as check
from ._base import Composite, html_part, part
from ._html import alert, esc, paragraphs, section, status
from .decision import one_line

QUESTION_FIELDS = ("question", "options", "answer", "explanation")
QUESTION_EXAMPLE = '{"question": "……？", "options": ["……", "……"], "answer": 0, "explanation": "……"}'


@dataclass(frozen=True)
class Question:
    """One self-check question: `answer` is the index of the right option, counting from 0."""

    question: str
    options: tuple[str, ...]
    answer: int
    explanation: str


def letter(index: int) -> str:
    return string.ascii_uppercase[index] if index < 26 else str(index + 1)


def read_questions(questions: Any) -> list[Question]:
    """The author's questions, checked: texts present, options unique, the answer an index of an option."""
    where = "SelfCheck"
    found = []
    for number, item in enumerate(check.items(questions, where, "questions", f"[{QUESTION_EXAMPLE}, …]"), 1):
        here = f"{where}, question {number}"
        item = check.record(item, here, QUESTION_EXAMPLE)
        check.known_fields(item, QUESTION_FIELDS, here)
        question = check.text(item, "question", here)
        options = check.items(item.get("options"), here, "'options'", '["……", "……"]', 2)
        for index, option in enumerate(options):
            check.text({"option": option}, "option", f"{here}, option {index + 1}")
            if options.index(option) != index:
                raise check.fail(here, f"option {index + 1} repeats option {options.index(option) + 1} "
                                       f"({one_line(option)!r}); every option needs a different text")
        answer = item.get("answer")
        if isinstance(answer, bool) or not isinstance(answer, int) or not 0 <= answer < len(options):
            raise check.fail(here, f"'answer' is {answer!r}, but the question has {len(options)} options; "
                                   f"write the position of the right option counting from 0 "
                                   f"(0 for the first, 1 for the second … {len(options) - 1} for the last)")
        explanation = check.text(item, "explanation", here)
        found.append(Question(question, tuple(options), answer, explanation))
    return found


class QuestionBlock(Composite):
    """One question of a SelfCheck: the question, its options, a "检查 / Check" button and the result."""

    _kind = "question"
    _own_style = False
    _parts = ("prompt", "choice", "check_button", "result")

    prompt = part(ipywidgets.HTML, "The question's number and text.")
    choice = part(ipywidgets.RadioButtons, "The options; nothing chosen at first.")
    check_button = part(ipywidgets.Button, "Checks the chosen option.")
    result = part(ipywidgets.HTML, "正确/不正确 · correct/not quite and the explanation (role=alert).")

    def __init__(self, question: Question, number: int, total: int, lang: str) -> None:
        self.question = question
        self.attempts: list[int] = []
        super().__init__(lang=lang)
        self.prompt = html_part(f"<h4>{esc(self.t('selfcheck.number', n=number, total=total))}</h4>"
                                f'<div class="cs-question">{paragraphs(question.question)}</div>')
        self.choice = ipywidgets.RadioButtons(
            options=[(f"{letter(index)}. {one_line(text)}", index) for index, text in enumerate(question.options)],
            value=None,
            description=self.t("selfcheck.answer"),
            layout=ipywidgets.Layout(width="100%"),
        )
        self.check_button = ipywidgets.Button(
            description=self.t("selfcheck.check"),
            tooltip=self.t("selfcheck.check"),
            button_style="primary",
            layout=ipywidgets.Layout(width="auto"),
        )
        self.check_button.on_click(self._check)
        self.result = html_part(status(""))

    @property
    def correct(self) -> bool | None:
        """Whether the last checked choice was right; None before any check."""
        return self.attempts[-1] == self.question.answer if self.attempts else None

    def _check(self, _button: ipywidgets.Button | None = None) -> None:
        index = self.choice.value
        if index is None:
            self.result.value = status(f"<p>{esc(self.t('selfcheck.pick_first'))}</p>")
            return
        self.attempts.append(index)
        verdict = self.t("selfcheck.correct" if self.correct else "selfcheck.incorrect")
        quality = "best" if self.correct else "poor"
        self.result.value = alert(f'<div class="cs-feedback cs-quality-{quality}"><p><strong>{esc(verdict)}'
                                  f"</strong></p>{paragraphs(self.question.explanation)}</div>")

    def static_html(self) -> str:
        question = self.question
        options = "".join(f"<li>{esc(one_line(text))}</li>" for text in question.options)
        right = f"{letter(question.answer)}. {one_line(question.options[question.answer])}"
        return (f'<li><div class="cs-question">{paragraphs(question.question)}</div>'
                f'<ol class="cs-choices" type="A">{options}</ol>'
                f'<details class="cs-answer"><summary>{esc(self.t("selfcheck.reveal"))}</summary>'
                f'<p><strong>{esc(self.t("selfcheck.right_answer", answer=right))}</strong></p>'
                f"{paragraphs(question.explanation)}</details></li>")


class SelfCheck(Composite):
    """Ungraded questions for the trainee to test themselves, one block per question.

    Choosing an option and pressing "检查 / Check" shows 正确/不正确 (correct/not quite) and the
    explanation. `blocks` holds one QuestionBlock per question.
    """

    _kind = "selfcheck"
    _parts = ("blocks",)

    blocks = Tuple(help="One QuestionBlock per question.")

    def __init__(self, questions: list[dict], *, lang: str | None = None) -> None:
        self.questions = read_questions(questions)
        super().__init__(lang=lang)
        self.heading = html_part(f"<h3>{esc(self.t('selfcheck.heading'))}</h3>")
        total = len(self.questions)
        self.blocks = tuple(QuestionBlock(question, number, total, self.lang)
                            for number, question in enumerate(self.questions, 1))

    def static_html(self) -> str:
        body = f'<ol class="cs-questions">{"".join(block.static_html() for block in self.blocks)}</ol>'
        return section("selfcheck", self.t("selfcheck.heading"), body)
