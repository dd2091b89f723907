"""StakeholderMap: a 3×3 table by influence and interest, and a drop-down to read each one's role and concerns."""

from __future__ import annotations

import pytest

import widgets
from widgets.stakeholders import StakeholderMap

from .support import WIDGET_VIEW, tables, visible

PEOPLE = [
    {"name": "段家", "role": "当事人", "interest": "high", "influence": "low", "concerns": "埂要挪回来。\n\n不想被欺负。"},
    {"name": "杨家", "role": "当事人", "interest": "high", "influence": "medium", "concerns": "树苗的钱。"},
    {"name": "杨文清", "role": "族老", "interest": "medium", "influence": "high", "concerns": "面子。"},
    {"name": "镇农业农村服务中心", "role": "保管确权资料", "interest": "low", "influence": "high"},
    {"name": "杨明忠", "role": "调委会主任", "interest": "high", "influence": "low", "concerns": "夹在中间。"},
]


def test_the_map_is_a_table_with_influence_rows_high_to_low_and_interest_columns_low_to_high():
    grid = tables(StakeholderMap(PEOPLE).grid.value)
    assert grid == [[
        ["影响力＼关注程度", "关注程度低", "关注程度中", "关注程度高"],
        ["影响力高", "镇农业农村服务中心", "杨文清", ""],
        ["影响力中", "", "", "杨家"],
        ["影响力低", "", "", "段家|杨明忠"],
    ]]


def test_table_has_caption_and_header_scopes():
    table = StakeholderMap(PEOPLE).table_html()
    assert "<caption>相关方地图：行是影响力（从高到低），列是关注程度（从低到高）</caption>" in table
    assert table.count('<th scope="col">') == 3 and table.count('<th scope="row">') == 3


def test_choosing_someone_shows_role_position_and_concerns():
    smap = StakeholderMap(PEOPLE)
    assert smap.picker.options[0] == ("请选择", "")
    assert [label for label, _ in smap.picker.options[1:]] == [p["name"] for p in PEOPLE]
    assert smap.picker.description == "看一个相关方"
    assert smap.details.value == ('<div role="status" aria-live="polite"><p>在上面选一个相关方，看他的角色和关切。</p>'
                                  "</div>")
    smap.picker.value = "段家"
    assert smap.details.value.startswith('<div role="status" aria-live="polite"><h4>段家</h4>')
    assert visible(smap.details.value) == "段家 角色：当事人 位置：影响力低、关注程度高 关切： 埂要挪回来。 不想被欺负。"
    smap.picker.value = "镇农业农村服务中心"
    assert visible(smap.details.value).endswith("关切： 无")
    smap.picker.value = ""
    assert visible(smap.details.value) == "在上面选一个相关方，看他的角色和关切。"


def test_english():
    widgets.setup("en")
    smap = StakeholderMap(PEOPLE)
    assert tables(smap.grid.value)[0][0] == ["Influence \\ interest", "Low interest", "Medium interest", "High interest"]
    smap.picker.value = "杨家"
    assert visible(smap.details.value) == "杨家 Role: 当事人 Position: Medium influence, High interest Concerns: 树苗的钱。"
    assert smap.picker.options[0] == ("Choose someone", "")


def test_static_form_is_the_table_and_a_definition_list():
    smap = StakeholderMap(PEOPLE)
    page = smap.static_html()
    assert page.startswith('<section class="cs-widget cs-stakeholders"><h3>相关方</h3><table')
    assert smap.table_html() in page
    assert page.count("<dt>") == 5
    assert '<dl class="cs-stakeholder-list"><dt>段家</dt><dd><p><strong>角色：</strong>当事人</p>' in page
    bundle = smap._repr_mimebundle_()
    assert WIDGET_VIEW in bundle and bundle["text/html"] == page


def test_escaping():
    evil = "<script>x()</script>&"
    smap = StakeholderMap([{"name": evil, "role": evil, "interest": "low", "influence": "low", "concerns": evil}])
    smap.picker.value = evil
    for markup in (smap.static_html(), smap.grid.value, smap.details.value):
        assert "<script>" not in markup and "&lt;script&gt;x()&lt;/script&gt;&amp;" in markup


@pytest.mark.parametrize(("change", "message"), [
    (lambda p: p.update(interest="very high"),
     "StakeholderMap, stakeholder 1 ('段家'): 'interest' is 'very high'; write one of 'low', 'medium', 'high'"),
    (lambda p: p.pop("influence"), "stakeholder 1 ('段家'): 'influence' is missing; write one of"),
    (lambda p: p.update(role=""), "'role' is missing or empty"),
    (lambda p: p.update(name=" "), "StakeholderMap, stakeholder 1: 'name' is missing or empty"),
    (lambda p: p.update(concern="x"), "unknown field 'concern'"),
])
def test_author_mistakes(change, message):
    person = dict(PEOPLE[0])
    change(person)
    with pytest.raises(ValueError) as error:
        StakeholderMap([person])
    assert message in str(error.value)


def test_names_must_differ():
    with pytest.raises(ValueError, match=r"stakeholder 2 \('段家'\): another stakeholder has the same name"):
        StakeholderMap([PEOPLE[0], dict(PEOPLE[1], name="段家")])
