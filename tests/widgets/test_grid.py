"""GridPlanner: households into grids, groups kept together, each grid's table and vulnerable households."""

from __future__ import annotations

import ipywidgets
import numpy as np
import pandas as pd
import pytest

import widgets
from widgets.grid import GridPlanner, plan_grids, read_households

from .support import WIDGET_VIEW, of_type, tables, visible


def village(sizes: dict[str, int], disability: bool = False) -> pd.DataFrame:
    """Households H01… in groups of the given sizes; every 5th household an older person alone, every 4th
    with one left-behind child, every 10th with two; with `disability`, every 6th."""
    rows = []
    for group, size in sizes.items():
        for _ in range(size):
            n = len(rows) + 1
            rows.append({"household": f"H{n:02d}", "group": group, "members": 1 + n % 4,
                         "elderly_alone": n % 5 == 0, "left_behind_children": 2 if n % 10 == 0 else int(n % 4 == 0)})
            if disability:
                rows[-1]["disability"] = n % 6 == 0
    return pd.DataFrame(rows)


def layout(planner: GridPlanner) -> list[tuple[list[tuple[str, int, int]], int]]:
    return [(grid.groups, len(grid.households)) for grid in planner.grids]


def test_groups_are_kept_together_where_they_fit_and_large_ones_split_evenly():
    planner = GridPlanner(village({"上村": 12, "中村": 6, "下村": 25, "箐口": 3}), max_per_grid=20)
    assert layout(planner) == [
        ([("上村", 1, 1), ("中村", 1, 1)], 18),
        ([("下村", 1, 2)], 13),
        ([("下村", 2, 2)], 12),
        ([("箐口", 1, 1)], 3),
    ]
    assert [h.id for h in planner.grids[1].households] == [f"H{n:02d}" for n in range(19, 32)]


def test_a_group_that_does_not_fit_starts_a_new_grid():
    households = read_households(village({"a": 8, "b": 8, "c": 4}))
    assert [(g.groups, len(g.households)) for g in plan_grids(households, 10)] == [
        ([("a", 1, 1)], 8), ([("b", 1, 1)], 8), ([("c", 1, 1)], 4)]
    assert [len(g.households) for g in plan_grids(households, 20)] == [20]


def test_each_grid_has_a_table_and_its_vulnerable_households():
    planner = GridPlanner(village({"上村": 12, "中村": 6}), max_per_grid=20)
    assert visible(planner.summary.value) == "18 户分成 1 个网格，每个网格最多 20 户。"
    assert planner.summary.value.startswith('<div role="status" aria-live="polite">')
    view = planner.grids_view.value
    assert tables(view) == [[["项目", "数量"], ["户数", "18"], ["人口", "45"], ["独居老人户", "3"], ["留守儿童（人）", "6"],
                             ["负荷", "18 / 20 户（90%）"]]]
    assert "<caption>网格 1 的情况</caption>" in view
    assert visible(view.split("<table")[0]) == "网格 1 包括：上村、中村"
    assert visible(view.split("</table>")[1]) == ("需要重点走访的户： H04（留守儿童 1 名） H05（独居老人） H08（留守儿童 1 名） "
                                                  "H10（独居老人、留守儿童 2 名） H12（留守儿童 1 名） H15（独居老人） "
                                                  "H16（留守儿童 1 名）")


def test_disability_column_is_optional():
    planner = GridPlanner(village({"上村": 12}, disability=True), max_per_grid=30)
    assert tables(planner.grids_view.value)[0][5] == ["有残疾人的户", "2"]
    assert "H06（有残疾人）" in visible(planner.grids_view.value)
    assert "有残疾人的户" not in GridPlanner(village({"上村": 12}), max_per_grid=30).grids_view.value


def test_the_limit_redraws_the_grids():
    planner = GridPlanner(village({"上村": 12, "中村": 6, "下村": 25}), max_per_grid=30)
    limit = planner.limit
    assert isinstance(limit, ipywidgets.BoundedIntText)
    assert (limit.description, limit.value, limit.min, limit.max) == ("每名网格员最多户数", 30, 1, 43)
    assert visible(planner.summary.value) == "43 户分成 2 个网格，每个网格最多 30 户。"
    limit.value = 10
    assert planner.max_per_grid == 10
    assert visible(planner.summary.value) == "43 户分成 6 个网格，每个网格最多 10 户。"
    assert planner.grids_view.value.count('<div class="cs-grid-plan"') == 6
    assert "下村（第 1 部分，共 3 部分）" in planner.grids_view.value
    assert planner.children == (planner.style_sheet, planner.heading, planner.limit, planner.summary, planner.grids_view)


def test_english():
    widgets.setup("en")
    planner = GridPlanner(village({"Upper": 12, "Lower": 25}), max_per_grid=20)
    assert planner.limit.description == "Households per grid worker"
    assert visible(planner.summary.value) == "37 households in 3 grids of at most 20 households each."
    view = planner.grids_view.value
    assert tables(view)[0][0] == ["Measure", "Number"]
    assert tables(view)[0][-1] == ["Load", "12 of 20 households (60%)"]
    assert "Lower (part 1 of 2)" in view
    assert "H10 (older person living alone, 2 left-behind children)" in visible(view)
    planner.limit.value = 40  # the box stops at the number of households
    assert visible(planner.summary.value) == "37 households in 1 grid of at most 37 households."


def test_static_form_and_bundle():
    planner = GridPlanner(village({"上村": 5}), max_per_grid=3)
    page = planner.static_html()
    assert page.startswith('<section class="cs-widget cs-grid"><h3>划分网格</h3><p class="cs-summary">')
    assert page.endswith("</div></section>")
    assert page.count("<table") == 2 and "<input" not in page
    bundle = planner._repr_mimebundle_()
    assert WIDGET_VIEW in bundle and bundle["text/html"] == page


def test_escaping():
    evil = "<script>x()</script>"
    frame = pd.DataFrame([{"household": evil, "group": evil, "members": 2, "elderly_alone": True,
                           "left_behind_children": 0}])
    planner = GridPlanner(frame, max_per_grid=5)
    for markup in (planner.static_html(), planner.grids_view.value):
        assert "<script>" not in markup and markup.count("&lt;script&gt;x()&lt;/script&gt;") == 2


def test_values_as_a_spreadsheet_gives_them():
    frame = pd.DataFrame({"household": [1, 2], "group": ["一组", "一组"], "members": ["3", 2.0],
                          "elderly_alone": ["是", np.bool_(False)], "left_behind_children": [np.int64(1), 0],
                          "disability": [None, "否"]})
    planner = GridPlanner(frame, max_per_grid=5)
    assert [(h.id, h.members, h.elderly_alone, h.left_behind_children, h.disability) for h in planner.households] == [
        ("1", 3, True, 1, False), ("2", 2, False, 0, False)]


@pytest.mark.parametrize(("change", "message"), [
    (lambda f: f.drop(columns=["members"]), "GridPlanner: the households table has no column 'members'; it needs "
                                            "the columns household, group, members, elderly_alone, "
                                            "left_behind_children (and may have disability)"),
    (lambda f: f.drop(columns=["group", "elderly_alone"]), "has no column 'group', 'elderly_alone'"),
    (lambda f: f.assign(household=["H1", "H1", "H3"]), "row 3 of the households table (the header is row 1): "
                                                       "household 'H1' appears twice"),
    (lambda f: f.assign(household=["H1", None, "H3"]), "row 3 of the households table (the header is row 1): "
                                                       "'household' is empty"),
    (lambda f: f.assign(group=["a", "", "a"]), "household 'H02' (row 3, the header is row 1): 'group' is empty"),
    (lambda f: f.assign(elderly_alone=[True, "maybe", False]), "household 'H02' (row 3, the header is row 1): "
                                                               "'elderly_alone' is 'maybe'; write True or False"),
    (lambda f: f.assign(left_behind_children=[0, -1, 0]), "'left_behind_children' is -1; write a whole number"),
    (lambda f: f.assign(members=[0, 1, 1]), "household 'H01' (row 2, the header is row 1): 'members' is 0"),
    (lambda f: f.iloc[0:0], "the households table has no rows"),
])
def test_bad_tables(change, message):
    frame = change(village({"a": 3}))
    with pytest.raises(ValueError) as error:
        GridPlanner(frame)
    assert message in str(error.value)


def test_bad_limit_and_not_a_table():
    with pytest.raises(ValueError, match="GridPlanner: max_per_grid is 0; write a whole number from 1"):
        GridPlanner(village({"a": 3}), max_per_grid=0)
    with pytest.raises(ValueError, match="households must be a pandas DataFrame"):
        GridPlanner([{"household": "H1"}])
    assert of_type(GridPlanner(village({"a": 3})), ipywidgets.BoundedIntText)[0].value == 30
