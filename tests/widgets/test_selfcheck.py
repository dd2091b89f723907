"""SelfCheck: one block per question; choosing and pressing "检查" says correct or not, with the explanation."""

from __future__ import annotations

import pytest

import widgets
from widgets.selfcheck import QuestionBlock, SelfCheck

from .support import WIDGET_VIEW, visible

QUESTIONS = [
    {"question": "一方明确拒绝调解时，调委会能不能调解？", "options": ["能", "不能", "由主任决定"], "answer": 1,
     "explanation": "当事人一方明确拒绝的，不得调解。"},
    {"question": "调解收费吗？", "options": ["收费", "不收费"], "answer": 1, "explanation": "人民调解不收费。"},
]


def check(block: QuestionBlock, index: int | None) -> None:
    block.choice.value = index
    block.check_button.click()


def test_one_block_per_question_nothing_chosen():
    quiz = SelfCheck(QUESTIONS)
    assert len(quiz.blocks) == 2
    assert quiz.children == (quiz.style_sheet, quiz.heading, *quiz.blocks)
    first = quiz.blocks[0]
    assert visible(first.prompt.value) == "第 1 题（共 2 题） 一方明确拒绝调解时，调委会能不能调解？"
    assert visible(quiz.blocks[1].prompt.value).startswith("第 2 题（共 2 题）")
    assert first.choice.options == (("A. 能", 0), ("B. 不能", 1), ("C. 由主任决定", 2))
    assert first.choice.value is None
    assert (first.choice.description, first.check_button.description) == ("你的答案", "检查")
    assert first.children == (first.prompt, first.choice, first.check_button, first.result)
    assert first.correct is None


def test_checking_without_a_choice_asks_for_one():
    block = SelfCheck(QUESTIONS).blocks[0]
    block.check_button.click()
    assert block.result.value == '<div role="status" aria-live="polite"><p>请先选一个答案，再按“检查”。</p></div>'
    assert block.attempts == []


def test_wrong_then_right_answer():
    block = SelfCheck(QUESTIONS).blocks[0]
    check(block, 0)
    assert block.result.value.startswith('<div role="alert">')
    assert visible(block.result.value) == "不正确。 当事人一方明确拒绝的，不得调解。"
    assert block.correct is False
    check(block, 1)
    assert visible(block.result.value) == "正确。 当事人一方明确拒绝的，不得调解。"
    assert block.correct is True
    assert block.attempts == [0, 1]


def test_blocks_answer_independently():
    quiz = SelfCheck(QUESTIONS)
    check(quiz.blocks[1], 1)
    assert visible(quiz.blocks[1].result.value) == "正确。 人民调解不收费。"
    assert quiz.blocks[0].result.value == '<div role="status" aria-live="polite"></div>'


def test_english():
    widgets.setup("en")
    quiz = SelfCheck(QUESTIONS)
    block = quiz.blocks[0]
    assert visible(quiz.heading.value) == "Check yourself"
    assert visible(block.prompt.value).startswith("Question 1 of 2")
    assert (block.choice.description, block.check_button.description) == ("Your answer", "Check")
    check(block, 2)
    assert visible(block.result.value) == "Not quite. 当事人一方明确拒绝的，不得调解。"
    check(block, 1)
    assert visible(block.result.value).startswith("Correct.")
    assert "Answer and explanation" in quiz.static_html()


def test_static_form_has_questions_options_and_the_answer_in_details():
    page = SelfCheck(QUESTIONS).static_html()
    assert page.startswith('<section class="cs-widget cs-selfcheck"><h3>自测</h3><ol class="cs-questions"><li>')
    assert page.count('<ol class="cs-choices" type="A">') == 2
    assert ('<details class="cs-answer"><summary>答案与解释</summary><p><strong>正确答案：B. 不能</strong></p>'
            "<p>当事人一方明确拒绝的，不得调解。</p></details>") in page
    assert "<li>由主任决定</li>" in page
    assert "<script" not in page


def test_bundle_and_escaping():
    evil = "<script>x()</script>"
    quiz = SelfCheck([{"question": evil, "options": [evil, "b"], "answer": 0, "explanation": evil}])
    bundle = quiz._repr_mimebundle_()
    assert WIDGET_VIEW in bundle and bundle["text/html"] == quiz.static_html()
    check(quiz.blocks[0], 0)
    for markup in (quiz.static_html(), quiz.blocks[0].prompt.value, quiz.blocks[0].result.value):
        assert "<script>" not in markup and "&lt;script&gt;x()&lt;/script&gt;" in markup


@pytest.mark.parametrize(("change", "message"), [
    (lambda q: q.update(answer=3), "SelfCheck, question 1: 'answer' is 3, but the question has 3 options; write the "
                                   "position of the right option counting from 0 (0 for the first, 1 for the second "
                                   "… 2 for the last)"),
    (lambda q: q.update(answer=-1), "'answer' is -1"),
    (lambda q: q.update(answer="B"), "'answer' is 'B'"),
    (lambda q: q.update(answer=True), "'answer' is True"),
    (lambda q: q.pop("answer"), "'answer' is None"),
    (lambda q: q.update(options=["能", "能"]), "option 2 repeats option 1 ('能')"),
    (lambda q: q.update(options=["能"]), "'options' needs at least 2 items"),
    (lambda q: q.update(options=["能", ""]), "question 1, option 2: 'option' is missing or empty"),
    (lambda q: q.update(explanation=""), "question 1: 'explanation' is missing or empty"),
    (lambda q: q.update(question=None), "question 1: 'question' is missing or empty"),
    (lambda q: q.update(hint="x"), "question 1: unknown field 'hint'"),
])
def test_author_mistakes(change, message):
    question = dict(QUESTIONS[0])
    change(question)
    with pytest.raises(ValueError) as error:
        SelfCheck([question])
    assert message in str(error.value)


def test_no_questions():
    with pytest.raises(ValueError, match="questions needs at least 1 item"):
        SelfCheck([])
