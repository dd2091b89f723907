"""DecisionPoint: choose, press "看反馈", read that option's quality, feedback and basis, then the reasoning."""

from __future__ import annotations

import ipywidgets
import pytest

import widgets
from widgets.decision import DecisionPoint

from .support import WIDGET_VIEW, visible

OPTIONS = [
    {"text": "告诉她族老已经说过了，调委会不再调。", "quality": "poor",
     "feedback": "族老的话不是调解结论。\n\n当事人仍可申请调解。", "basis": "《中华人民共和国人民调解法》"},
    {"text": "受理申请，请与双方都无亲属关系的委员主持。", "quality": "best", "feedback": "既受理，又回避。"},
    {"text": "先去问问杨家的意思。", "quality": "acceptable", "feedback": "可以，但不能替段家拒绝。", "basis": ""},
]


def point(**overrides) -> DecisionPoint:
    values = {"id": "dp-accept", "situation": "杨家说没什么好调的。\n\n你怎么建议？", "options": OPTIONS,
              "reasoning": "先看能不能调，再看谁来调。"}
    values.update(overrides)
    return DecisionPoint(**values)


def choose(widget: DecisionPoint, key: str | None) -> None:
    widget.choice.value = key
    widget.show_feedback.click()


def test_nothing_is_chosen_or_shown_at_first():
    dp = point()
    assert dp.choice.value is None
    assert dp.choice.options == (("A. 告诉她族老已经说过了，调委会不再调。", "A"),
                                 ("B. 受理申请，请与双方都无亲属关系的委员主持。", "B"),
                                 ("C. 先去问问杨家的意思。", "C"))
    assert dp.choice.description == "你的选择"
    assert dp.show_feedback.description == "看反馈"
    assert dp.children == (dp.style_sheet, dp.heading, dp.situation_view, dp.choice, dp.show_feedback, dp.feedback)
    assert visible(dp.heading.value) == "你会怎么做？"
    assert dp.situation_view.value == '<div class="cs-situation"><p>杨家说没什么好调的。</p><p>你怎么建议？</p></div>'
    assert dp.feedback.value == '<div role="status" aria-live="polite"></div>'
    assert dp.reasoning_view is None
    assert dp.attempts == []


def test_pressing_without_a_choice_asks_for_one():
    dp = point()
    dp.show_feedback.click()
    assert dp.feedback.value == '<div role="status" aria-live="polite"><p>请先选一个做法，再按“看反馈”。</p></div>'
    assert dp.attempts == []
    assert dp.reasoning_view is None


def test_choosing_shows_that_options_quality_feedback_and_basis_then_the_reasoning():
    dp = point()
    dp.choice.value = "A"
    assert dp.feedback.value == '<div role="status" aria-live="polite"></div>'  # browsing reveals nothing
    dp.show_feedback.click()
    assert dp.feedback.value.startswith('<div role="alert">')
    assert visible(dp.feedback.value) == ("选 A：不可取 族老的话不是调解结论。 当事人仍可申请调解。 "
                                          "依据：《中华人民共和国人民调解法》 再试一次：选另一个做法，再按“看反馈”。")
    assert 'class="cs-feedback cs-quality-poor"' in dp.feedback.value
    assert dp.attempts == ["A"]
    assert dp.reasoning_view is not None
    assert dp.children[-1] is dp.reasoning_view
    assert visible(dp.reasoning_view.value) == "有经验的人会怎么想 先看能不能调，再看谁来调。"


def test_trying_again_shows_the_new_option_and_keeps_one_reasoning():
    dp = point()
    choose(dp, "A")
    choose(dp, "B")
    assert visible(dp.feedback.value) == "选 B：最佳 既受理，又回避。"  # no basis, no "try again" for the best
    choose(dp, "C")
    assert visible(dp.feedback.value) == "选 C：可以 可以，但不能替段家拒绝。 再试一次：选另一个做法，再按“看反馈”。"
    assert dp.attempts == ["A", "B", "C"]
    assert len(dp.children) == 7


def test_no_reasoning_part_when_the_author_gave_none():
    dp = point(reasoning="")
    choose(dp, "B")
    assert dp.reasoning_view is None
    assert "cs-reasoning" not in dp.static_html()


def test_english_labels_from_setup_and_from_the_keyword():
    widgets.setup("en")
    dp = point()
    assert (dp.choice.description, dp.show_feedback.description) == ("Your choice", "Show feedback")
    dp.show_feedback.click()
    assert visible(dp.feedback.value) == "Choose an option first, then press “Show feedback”."
    choose(dp, "B")
    assert visible(dp.feedback.value) == "Option B: best 既受理，又回避。"
    choose(dp, "A")
    assert visible(dp.feedback.value).startswith("Option A: poor")
    assert visible(dp.feedback.value).endswith("Basis: 《中华人民共和国人民调解法》 "
                                               "Try again: choose another option and press “Show feedback”.")
    assert visible(dp.reasoning_view.value).startswith("How an experienced practitioner thinks it through")
    assert point(lang="zh").show_feedback.description == "看反馈"


def test_authors_keys_are_used():
    options = [dict(option, key=key) for option, key in zip(OPTIONS, ["甲", "乙", "丙"], strict=True)]
    dp = point(options=options)
    assert [value for _, value in dp.choice.options] == ["甲", "乙", "丙"]
    choose(dp, "乙")
    assert visible(dp.feedback.value) == "选 乙：最佳 既受理，又回避。"


def test_static_form_lists_situation_options_feedback_and_reasoning():
    page = point().static_html()
    assert page.startswith('<section class="cs-widget cs-decision" data-decision-point="dp-accept"><h3>你会怎么做？</h3>'
                           '<div class="cs-situation"><p>杨家说没什么好调的。</p><p>你怎么建议？</p></div>')
    assert page.count('<ul class="cs-options">') == 1 and page.count("<li>") == 3
    assert page.count('<details class="cs-feedback') == 3
    assert ('<details class="cs-feedback cs-quality-best" data-option="B"><summary>选 B 的反馈</summary>'
            '<p class="cs-rating"><strong>选 B：最佳</strong></p><p>既受理，又回避。</p></details>') in page
    assert page.endswith('<details class="cs-reasoning"><summary>有经验的人会怎么想</summary>'
                         "<p>先看能不能调，再看谁来调。</p></details></section>")
    assert "<script" not in page and "http" not in page


def test_display_bundle_has_the_widget_and_the_static_form():
    dp = point()
    bundle = dp._repr_mimebundle_()
    assert WIDGET_VIEW in bundle
    assert bundle["text/html"] == dp.static_html()


def test_author_text_is_escaped_everywhere():
    evil = "<script>alert(1)</script> & <b>"
    options = [{"key": "A", "text": evil, "quality": "best", "feedback": evil, "basis": evil},
               {"key": "B", "text": "x", "quality": "poor", "feedback": "y"}]
    dp = DecisionPoint(id=evil, situation=evil, options=options, reasoning=evil)
    choose(dp, "A")
    page = dp.static_html()
    shown = "".join(w.value for w in (dp.situation_view, dp.feedback, dp.reasoning_view))
    for markup in (page, shown):
        assert "<script>" not in markup and "<b>" not in markup
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;" in markup
    assert 'data-decision-point="&lt;script&gt;' in page
    # a radio button's label is set as text by the front end, never as HTML
    assert dp.choice.options[0][0] == f"A. {evil}"


@pytest.mark.parametrize(("change", "message"), [
    (lambda o: o[1].update(quality="good"),
     "DecisionPoint 'dp-accept', option 2 (key 'B'): 'quality' is 'good'; write one of 'best', 'acceptable', 'poor'"),
    (lambda o: o[0].pop("quality"),
     "DecisionPoint 'dp-accept', option 1 (key 'A'): 'quality' is missing; write one of 'best', 'acceptable', 'poor'"),
    (lambda o: o[2].update(text="  "), "option 3 (key 'C'): 'text' is missing or empty"),
    (lambda o: o[0].pop("feedback"), "option 1 (key 'A'): 'feedback' is missing or empty"),
    (lambda o: o[1].update(quality="acceptable"), "no option has 'quality': 'best'"),
    (lambda o: o[2].update(key="A"), "two options have the key 'A'"),
    (lambda o: o[0].update(feeback="typo"), "option 1 (key 'A'): unknown field 'feeback'"),
    (lambda o: o[0].update(basis=3), "'basis' must be text in quotes"),
    (lambda o: o.__delitem__(slice(1, 3)), "options needs at least 2 items"),
])
def test_author_mistakes_say_which_option_and_what_to_write(change, message):
    options = [dict(option) for option in OPTIONS]
    change(options)
    with pytest.raises(ValueError, match=None) as error:
        point(options=options)
    assert message in str(error.value)


def test_other_author_mistakes():
    with pytest.raises(ValueError, match="'id' is missing"):
        point(id="")
    with pytest.raises(ValueError, match="'situation' is missing or empty"):
        point(situation="")
    with pytest.raises(ValueError, match="options must be a list"):
        point(options={"A": "x"})
    with pytest.raises(ValueError, match="lang must be one of zh, en, not 'fr'"):
        point(lang="fr")


def test_keyboard_controls_are_native_and_labelled():
    dp = point()
    assert isinstance(dp.choice, ipywidgets.RadioButtons) and isinstance(dp.show_feedback, ipywidgets.Button)
    assert dp.show_feedback.tooltip == "看反馈"
