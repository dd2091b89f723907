"""ReformScorecard: scores on the three tests, their reasons, and a verdict naming the tests that decide it."""

from __future__ import annotations

import ipywidgets
import pytest

import widgets
from widgets.scorecard import ReformScorecard, judge

from .support import WIDGET_VIEW, of_type, tables, visible

APP = {"operability": 2, "generalizability": 1, "economy": 1}
REASONS = {"operability": "村干部要学新系统。", "generalizability": "别的县用不了。", "economy": "花了几千万。"}


@pytest.mark.parametrize(("scores", "verdict", "deciding"), [
    ((2, 5, 5), "stop or redesign", ("operability",)),
    ((5, 1, 2), "stop or redesign", ("generalizability", "economy")),
    ((3, 3, 3), "pilot with conditions", ("operability", "generalizability", "economy")),
    ((4, 5, 3), "pilot with conditions", ("economy",)),
    ((4, 4, 4), "adopt and spread", ("operability", "generalizability", "economy")),
    ((5, 5, 5), "adopt and spread", ("operability", "generalizability", "economy")),
])
def test_verdict_rule(scores, verdict, deciding):
    judgement = judge(dict(zip(("operability", "generalizability", "economy"), scores, strict=True)))
    assert (judgement.verdict, judgement.deciding) == (verdict, deciding)


def test_fixed_scorecard_is_a_table_with_the_verdict():
    card = ReformScorecard(reform="县里自建网格 App", scores=APP, reasons=REASONS)
    assert card.children == (card.style_sheet, card.heading, card.table, card.verdict_view)
    assert visible(card.heading.value) == "改革评估：县里自建网格 App"
    assert tables(card.table.value) == [[["检验", "分数（1–5）", "理由"], ["可操作性", "2", "村干部要学新系统。"],
                                         ["可推广性", "1", "别的县用不了。"], ["经济性", "1", "花了几千万。"]]]
    assert card.verdict_view.value.startswith('<div role="status" aria-live="polite">')
    assert visible(card.verdict_view.value) == ("结论：停下来或重新设计。 可操作性（2 分）、可推广性（1 分）、经济性（1 分）在 2 分"
                                                "或以下。三项检验有一项过不了，就不该推开：要么停下来，要么重新设计。")
    assert card.verdict == "stop or redesign"
    assert of_type(card, ipywidgets.Dropdown) == []


def test_editable_scorecard_moves_the_verdict():
    scores = dict(APP)
    card = ReformScorecard(reform="App", scores=scores, reasons=REASONS, editable=True)
    inputs = of_type(card, ipywidgets.Dropdown)
    assert [(d.description, d.value) for d in inputs] == [("可操作性", 2), ("可推广性", 1), ("经济性", 1)]
    assert inputs[0].options == (("1 分：很差", 1), ("2 分：较差", 2), ("3 分：一般", 3), ("4 分：较好", 4),
                                 ("5 分：很好", 5))
    assert list(card.inputs.values()) == inputs
    assert card.table is None
    assert card.score_rows == (inputs[0], card.score_rows[1], inputs[1], card.score_rows[3], inputs[2],
                               card.score_rows[5])
    assert visible(card.hint.value) == "你也来打分：改一项的分数（1 到 5 分），下面的结论会跟着变。"
    assert [visible(w.value) for w in card.score_rows if isinstance(w, ipywidgets.HTML)] == list(REASONS.values())
    card.inputs["operability"].value = 4
    card.inputs["generalizability"].value = 3
    card.inputs["economy"].value = 4
    assert visible(card.verdict_view.value) == ("结论：有条件地试点。 没有一项在 2 分或以下，但可推广性（3 分）还不到 4 分。"
                                                "可以先试点，并为这一项定下要改进的条件。")
    card.inputs["generalizability"].value = 5
    assert card.verdict == "adopt and spread"
    assert visible(card.verdict_view.value).startswith("结论：采用并推广。 三项检验都在 4 分或以上：可操作性（4 分）")
    assert card.scores == {"operability": 4, "generalizability": 5, "economy": 4}
    assert scores == APP  # the author's dict is left alone


def test_english_and_the_optional_extras():
    widgets.setup("en")
    card = ReformScorecard(reform="Village app", scores={"operability": 3, "generalizability": 3, "economy": 5,
                                                         "cost": 2, "sustainability": 3}, editable=True)
    assert [d.description for d in card.inputs.values()] == [
        "Operability", "Generalizability", "Economy", "Cost", "Sustainability"]
    assert card.inputs["cost"].label == "2: poor"
    assert visible(card.verdict_view.value) == (
        "Verdict: pilot with conditions. No test is at 2 or lower, but operability (3) and generalizability (3) "
        "are below 4. Pilot it, with conditions that fix these. Cost (2) and sustainability (3) do not change "
        "the verdict, but weigh them too.")
    card.inputs["economy"].value = 2
    assert visible(card.verdict_view.value).startswith("Verdict: stop or redesign. Economy (2) scored 2 or lower.")
    assert card.verdict == "stop or redesign"


def test_static_form_is_a_table_and_the_verdict():
    card = ReformScorecard(reform="App", scores={"operability": 4, "generalizability": 4, "economy": 4,
                                                 "participation": 5}, reasons={"participation": "群众愿意参加。"},
                           editable=True)
    page = card.static_html()
    assert page.startswith('<section class="cs-widget cs-scorecard"><h3>改革评估：App</h3><table class="cs-scores">')
    assert tables(page)[0][-1] == ["群众参与", "5", "群众愿意参加。"]
    assert '<th scope="row">' in page and '<th scope="col">' in page
    assert visible(page).endswith("结论：采用并推广。 三项检验都在 4 分或以上：可操作性（4 分）、可推广性（4 分）、经济性（4 分）。"
                                  "可以采用，并介绍给其他地方。 群众参与（5 分）不改变结论，但决定时也要一起看。")
    bundle = card._repr_mimebundle_()
    assert WIDGET_VIEW in bundle and bundle["text/html"] == page


def test_escaping():
    evil = "<script>x()</script>"
    card = ReformScorecard(reform=evil, scores=APP, reasons={"economy": evil}, editable=True)
    for markup in (card.static_html(), card.heading.value, "".join(w.value for w in of_type(card, ipywidgets.HTML))):
        assert "<script>" not in markup and "&lt;script&gt;x()&lt;/script&gt;" in markup


@pytest.mark.parametrize(("scores", "reasons", "message"), [
    ({**APP, "cots": 2}, None, "ReformScorecard: unknown score key 'cots'; the keys are 'operability', "
                               "'generalizability', 'economy' (all three needed) and 'cost', 'sustainability', "
                               "'participation' (optional)"),
    ({"operability": 2, "economy": 1}, None, "the score for 'generalizability' is missing"),
    ({**APP, "economy": 6}, None, "the score for 'economy' is 6; write a whole number from 1 to 5"),
    ({**APP, "economy": "3"}, None, "the score for 'economy' is '3'; write a whole number from 1 to 5"),
    ({**APP, "economy": 2.5}, None, "the score for 'economy' is 2.5"),
    (APP, {"operabilty": "x"}, "unknown reason key 'operabilty'"),
    (APP, {"cost": "x"}, "there is a reason for 'cost' but no score"),
    (APP, {"economy": 3}, "ReformScorecard, reason for 'economy': 'economy' must be text in quotes"),
    ([2, 1, 1], None, "scores must be a dict"),
])
def test_author_mistakes(scores, reasons, message):
    with pytest.raises(ValueError) as error:
        ReformScorecard(reform="App", scores=scores, reasons=reasons)
    assert message in str(error.value)


def test_reform_name_is_needed():
    with pytest.raises(ValueError, match="ReformScorecard: 'reform' is missing or empty"):
        ReformScorecard(reform="", scores=APP)
