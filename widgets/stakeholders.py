"""StakeholderMap: who is involved, placed by influence and interest, with each one's role and concerns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import ipywidgets

from . import _validate as check
from ._base import Composite, html_part, part
from ._html import esc, paragraphs, section, status

LEVELS = ("low", "medium", "high")
STAKEHOLDER_FIELDS = ("name", "role", "interest", "influence", "concerns")
STAKEHOLDER_EXAMPLE = ('{"name": "……", "role": "……", "interest": "high", "influence": "low", '
                       '"concerns": "……"}')


@dataclass(frozen=True)
class Stakeholder:
    name: str
    role: str
    interest: str
    influence: str
    concerns: str = ""


def read_stakeholders(stakeholders: Any) -> list[Stakeholder]:
    """The author's stakeholders, checked: a name and role each, levels low/medium/high, names unique."""
    where = "StakeholderMap"
    found: list[Stakeholder] = []
    for number, item in enumerate(
            check.items(stakeholders, where, "stakeholders", f"[{STAKEHOLDER_EXAMPLE}, …]"), 1):
        here = f"{where}, stakeholder {number}"
        item = check.record(item, here, STAKEHOLDER_EXAMPLE)
        check.known_fields(item, STAKEHOLDER_FIELDS, here)
        name = check.text(item, "name", here).strip()
        here = f"{where}, stakeholder {number} ({name!r})"
        if any(other.name == name for other in found):
            raise check.fail(here, "another stakeholder has the same name; give each a different name")
        found.append(Stakeholder(
            name=name,
            role=check.text(item, "role", here),
            interest=check.choice(item, "interest", LEVELS, here),
            influence=check.choice(item, "influence", LEVELS, here),
            concerns=check.text(item, "concerns", here, required=False),
        ))
    return found


class StakeholderMap(Composite):
    """A 3×3 map of the people involved (influence high→low by interest low→high), and a picker.

    Choosing a name in the drop-down shows that person's role, place on the map and concerns.
    """

    _kind = "stakeholders"
    _parts = ("grid", "picker", "details")

    grid = part(ipywidgets.HTML, "The map as an HTML table.")
    picker = part(ipywidgets.Dropdown, "Chooses whose role and concerns to read.")
    details = part(ipywidgets.HTML, "The chosen stakeholder's role and concerns (live region).")

    def __init__(self, stakeholders: list[dict], *, lang: str | None = None) -> None:
        self.stakeholders = read_stakeholders(stakeholders)
        self._by_name = {person.name: person for person in self.stakeholders}
        super().__init__(lang=lang)
        self.heading = html_part(f"<h3>{esc(self.t('stakeholders.heading'))}</h3>")
        self.grid = html_part(self.table_html())
        self.picker = ipywidgets.Dropdown(
            options=[(self.t("stakeholders.prompt"), "")] + [(p.name, p.name) for p in self.stakeholders],
            value="",
            description=self.t("stakeholders.select"),
            layout=ipywidgets.Layout(width="100%"),
        )
        self.details = html_part(status(f"<p>{esc(self.t('stakeholders.hint'))}</p>"))
        self.picker.observe(self._show, names="value")

    def _show(self, change: dict | None = None) -> None:
        person = self._by_name.get(self.picker.value)
        if person is None:
            self.details.value = status(f"<p>{esc(self.t('stakeholders.hint'))}</p>")
        else:
            self.details.value = status(f"<h4>{esc(person.name)}</h4>{self._facts_html(person)}")

    def _position(self, person: Stakeholder) -> str:
        return self.t("list.sep").join(
            (self.t(f"influence.{person.influence}"), self.t(f"interest.{person.interest}")))

    def _facts_html(self, person: Stakeholder) -> str:
        colon = esc(self.t("colon"))
        concerns = paragraphs(person.concerns) or f"<p>{esc(self.t('none'))}</p>"
        return (f'<p><strong>{esc(self.t("stakeholders.role"))}{colon}</strong>{esc(person.role)}</p>'
                f'<p><strong>{esc(self.t("stakeholders.position"))}{colon}</strong>'
                f"{esc(self._position(person))}</p>"
                f'<p><strong>{esc(self.t("stakeholders.concerns"))}{colon}</strong></p>{concerns}')

    def table_html(self) -> str:
        """The map: rows influence high→low, columns interest low→high, names in the cells."""
        head = "".join(f'<th scope="col">{esc(self.t(f"interest.{level}"))}</th>' for level in LEVELS)
        rows = []
        for influence in reversed(LEVELS):
            cells = []
            for interest in LEVELS:
                names = [p.name for p in self.stakeholders if p.influence == influence and p.interest == interest]
                inner = f'<ul>{"".join(f"<li>{esc(name)}</li>" for name in names)}</ul>' if names else ""
                cells.append(f"<td>{inner}</td>")
            rows.append(f'<tr><th scope="row">{esc(self.t(f"influence.{influence}"))}</th>{"".join(cells)}</tr>')
        return (f'<table class="cs-stakeholder-map"><caption>{esc(self.t("stakeholders.caption"))}</caption>'
                f'<thead><tr><td>{esc(self.t("stakeholders.corner"))}</td>{head}</tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table>')

    def static_html(self) -> str:
        entries = "".join(f"<dt>{esc(person.name)}</dt><dd>{self._facts_html(person)}</dd>"
                          for person in self.stakeholders)
        body = (f"{self.table_html()}<h4>{esc(self.t('stakeholders.details'))}</h4>"
                f'<dl class="cs-stakeholder-list">{entries}</dl>')
        return section("stakeholders", self.t("stakeholders.heading"), body)
