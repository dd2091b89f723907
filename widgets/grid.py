"""GridPlanner: divide a village's households into grids a grid worker can cover, and see each grid's load.

Households are taken in the table's order (list them as you would walk the village). Natural
villages or villagers' groups are kept together where they fit: a group joins the current grid when
the grid has room for all of it, else it starts a new grid. A group larger than the limit is split
into the fewest consecutive, nearly equal chunks, each a grid of its own.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import ipywidgets

from . import _validate as check
from ._base import Composite, html_part, part
from ._html import esc, section, status

if TYPE_CHECKING:
    import pandas as pd

REQUIRED_COLUMNS = ("household", "group", "members", "elderly_alone", "left_behind_children")
OPTIONAL_COLUMNS = ("disability",)
TRUE = {"true", "yes", "y", "1", "是", "有", "√", "✓"}
FALSE = {"false", "no", "n", "0", "否", "无", "没有", ""}


@dataclass(frozen=True)
class Household:
    id: str
    group: str
    members: int
    elderly_alone: bool
    left_behind_children: int
    disability: bool = False

    @property
    def vulnerable(self) -> bool:
        return self.elderly_alone or self.left_behind_children > 0 or self.disability


@dataclass
class Grid:
    """One grid: its households in order, and the parts of groups it covers as (group, part, of parts)."""

    number: int
    households: list[Household] = field(default_factory=list)
    groups: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def people(self) -> int:
        return sum(h.members for h in self.households)

    @property
    def elderly_alone(self) -> int:
        return sum(h.elderly_alone for h in self.households)

    @property
    def left_behind_children(self) -> int:
        return sum(h.left_behind_children for h in self.households)

    @property
    def disability(self) -> int:
        return sum(h.disability for h in self.households)

    @property
    def vulnerable(self) -> list[Household]:
        """Households needing regular visits: an older person alone, left-behind children, a disability."""
        return [h for h in self.households if h.vulnerable]


def _missing(value: Any) -> bool:
    """None, NaN, NaT or pandas.NA: an empty cell."""
    import pandas as pd

    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _native(value: Any) -> Any:
    """A numpy scalar (numpy.bool_, numpy.int64) as the Python value it holds."""
    return value.item() if hasattr(value, "item") and not isinstance(value, str) else value


def _flag(value: Any, where: str, column: str, optional: bool) -> bool:
    value = _native(value)
    if optional and _missing(value):
        return False
    if isinstance(value, bool | numbers.Integral) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in TRUE | FALSE:
        return value.strip().lower() in TRUE
    raise check.fail(where, f"{column!r} is {value!r}; write True or False (是 or 否)")


def _count(value: Any, where: str, column: str, low: int) -> int:
    value = _native(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    return check.integer(value, where, repr(column), low, 10_000)


def read_households(households: Any) -> list[Household]:
    """The households table, checked: the needed columns, an id and group per row, sensible numbers."""
    where = "GridPlanner"
    if not hasattr(households, "columns") or not hasattr(households, "to_dict"):
        raise check.fail(where, "households must be a pandas DataFrame with the columns "
                                f"{', '.join(REQUIRED_COLUMNS)} (disability optional); got {type(households).__name__}")
    columns = [str(column) for column in households.columns]
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        raise check.fail(where, f"the households table has no column {', '.join(repr(c) for c in missing)}; "
                                f"it needs the columns {', '.join(REQUIRED_COLUMNS)} (and may have disability)")
    has_disability = "disability" in columns
    found: list[Household] = []
    seen: set[str] = set()
    for position, row in enumerate(households.to_dict(orient="records")):
        ident = "" if _missing(row["household"]) else str(row["household"]).strip()
        here = f"{where}, row {position + 2} of the households table (the header is row 1)"
        if not ident:
            raise check.fail(here, "'household' is empty; give every household an id, such as H01")
        if ident in seen:
            raise check.fail(here, f"household {ident!r} appears twice; give every household its own id")
        seen.add(ident)
        here = f"{where}, household {ident!r} (row {position + 2}, the header is row 1)"
        group = "" if _missing(row["group"]) else str(row["group"]).strip()
        if not group:
            raise check.fail(here, "'group' is empty; write the natural village or villagers' group")
        found.append(Household(
            id=ident,
            group=group,
            members=_count(row["members"], here, "members", 1),
            elderly_alone=_flag(row["elderly_alone"], here, "elderly_alone", optional=False),
            left_behind_children=_count(row["left_behind_children"], here, "left_behind_children", 0),
            disability=_flag(row.get("disability"), here, "disability", optional=True) if has_disability else False,
        ))
    if not found:
        raise check.fail(where, "the households table has no rows")
    return found


def plan_grids(households: list[Household], max_per_grid: int) -> list[Grid]:
    """Grids of at most `max_per_grid` households, keeping groups together where they fit."""
    groups: dict[str, list[Household]] = {}
    for household in households:
        groups.setdefault(household.group, []).append(household)
    grids: list[Grid] = []
    current: Grid | None = None
    for name, members in groups.items():
        if len(members) > max_per_grid:
            chunks = math.ceil(len(members) / max_per_grid)
            size, extra = divmod(len(members), chunks)
            start = 0
            for index in range(chunks):
                end = start + size + (1 if index < extra else 0)
                grids.append(Grid(len(grids) + 1, members[start:end], [(name, index + 1, chunks)]))
                start = end
            current = None  # a split group's grids are full enough: the next group starts afresh
            continue
        if current is None or len(current.households) + len(members) > max_per_grid:
            current = Grid(len(grids) + 1)
            grids.append(current)
        current.households.extend(members)
        current.groups.append((name, 1, 1))
    return grids


class GridPlanner(Composite):
    """Households divided into grids, with each grid's people, vulnerable households and load.

    A number box "每名网格员最多户数 / households per grid worker" changes the limit and redraws the
    grids. `grids` holds the current plan.

    Not a slider: ipywidgets 8 renders a slider's handle with no accessible name, a serious axe
    fault, and a limit such as 27 out of 200 is hard to hit by dragging on a phone; the number box is
    labelled, steps with the arrow keys and opens the phone's number pad.
    """

    _kind = "grid"
    _parts = ("limit", "summary", "grids_view")

    limit = part(ipywidgets.BoundedIntText, "The most households one grid worker covers.")
    summary = part(ipywidgets.HTML, "How many grids, of at most how many households (live region).")
    grids_view = part(ipywidgets.HTML, "Each grid's table and its vulnerable households.")

    def __init__(self, households: pd.DataFrame, max_per_grid: int = 30, *, lang: str | None = None) -> None:
        self.households = read_households(households)
        self.has_disability = "disability" in [str(column) for column in households.columns]
        limit = check.integer(max_per_grid, "GridPlanner", "max_per_grid", 1, 10_000)
        self.grids = plan_grids(self.households, limit)
        super().__init__(lang=lang)
        self.heading = html_part(f"<h3>{esc(self.t('grid.heading'))}</h3>")
        self.limit = ipywidgets.BoundedIntText(value=limit, min=1, max=max(limit, len(self.households)), step=1,
                                               description=self.t("grid.limit"), layout=ipywidgets.Layout(width="100%"))
        self.summary = html_part(status(self.summary_html()))
        self.grids_view = html_part(self.grids_html())
        self.limit.observe(self._replan, names="value")

    @property
    def max_per_grid(self) -> int:
        return self.limit.value

    def _replan(self, change: dict | None = None) -> None:
        self.grids = plan_grids(self.households, self.max_per_grid)
        self.summary.value = status(self.summary_html())
        self.grids_view.value = self.grids_html()

    def summary_html(self) -> str:
        values = {"h": len(self.households), "g": len(self.grids), "m": self.max_per_grid}
        key = "grid.summary_one" if len(self.grids) == 1 else "grid.summary"
        return f'<p class="cs-summary"><strong>{esc(self.t(key, **values))}</strong></p>'

    def _why(self, household: Household) -> str:
        reasons = []
        if household.elderly_alone:
            reasons.append(self.t("grid.why_elderly"))
        if household.left_behind_children == 1:
            reasons.append(self.t("grid.why_child"))
        elif household.left_behind_children > 1:
            reasons.append(self.t("grid.why_children", n=household.left_behind_children))
        if household.disability:
            reasons.append(self.t("grid.why_disability"))
        return self.t("list.sep").join(reasons)

    def grid_html(self, grid: Grid) -> str:
        name = self.t("grid.name", n=grid.number)
        colon = esc(self.t("colon"))
        covers = self.t("list.sep").join(
            group if parts == 1 else self.t("grid.part", group=group, i=index, k=parts)
            for group, index, parts in grid.groups)
        households = len(grid.households)
        load = self.t("grid.load_value", n=households, m=self.max_per_grid,
                      p=round(100 * households / self.max_per_grid))
        measures = [("grid.households", households), ("grid.people", grid.people),
                    ("grid.elderly_alone", grid.elderly_alone), ("grid.left_behind", grid.left_behind_children)]
        if self.has_disability:
            measures.append(("grid.disability", grid.disability))
        measures.append(("grid.load", load))
        rows = "".join(f'<tr><th scope="row">{esc(self.t(key))}</th><td>{esc(value)}</td></tr>'
                       for key, value in measures)
        vulnerable = grid.vulnerable
        if vulnerable:
            listed = "".join(f'<li><span class="cs-household">{esc(h.id)}</span>（{esc(self._why(h))}）</li>'
                             if self.lang == "zh" else
                             f'<li><span class="cs-household">{esc(h.id)}</span> ({esc(self._why(h))})</li>'
                             for h in vulnerable)
            visits = (f'<p><strong>{esc(self.t("grid.vulnerable"))}{colon}</strong></p>'
                      f'<ul class="cs-vulnerable">{listed}</ul>')
        else:
            visits = f'<p><strong>{esc(self.t("grid.vulnerable"))}{colon}</strong>{esc(self.t("none"))}</p>'
        return (f'<div class="cs-grid-plan" data-grid="{grid.number}"><h4>{esc(name)}</h4>'
                f'<p><strong>{esc(self.t("grid.covers"))}{colon}</strong>{esc(covers)}</p>'
                f'<table class="cs-grid-table"><caption>{esc(self.t("grid.caption", grid=name))}</caption>'
                f'<thead><tr><th scope="col">{esc(self.t("grid.measure"))}</th>'
                f'<th scope="col">{esc(self.t("grid.number"))}</th></tr></thead>'
                f"<tbody>{rows}</tbody></table>{visits}</div>")

    def grids_html(self) -> str:
        return "".join(self.grid_html(grid) for grid in self.grids)

    def static_html(self) -> str:
        return section("grid", self.t("grid.heading"), self.summary_html() + self.grids_html())
