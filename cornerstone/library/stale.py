"""`library stale`: rows not verified for a while, by county, for the county officer's follow-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..project import Project
from .messages import Lang, say
from .store import load_library
from .values import Vocabulary


@dataclass
class StaleRow:
    id: str
    name: str
    last_verified: dt.date
    age: int  # days


@dataclass
class StaleCounty:
    code: str
    place: str
    rows: list[StaleRow] = field(default_factory=list)


@dataclass
class StaleReport:
    days: int
    today: dt.date
    counties: list[StaleCounty]

    @property
    def count(self) -> int:
        return sum(len(c.rows) for c in self.counties)

    def lines(self, lang: Lang) -> list[str]:
        out = []
        for county in self.counties:
            out.append(say("stale-county", lang, place=county.place, code=county.code, count=len(county.rows),
                           days=self.days))
            out.extend("  " + say("stale-row", lang, id=r.id, name=r.name, date=r.last_verified.isoformat(),
                                  age=r.age) for r in county.rows)
        return out

    def summary(self, lang: Lang) -> str:
        return say("stale-summary", lang, count=self.count, counties=len(self.counties), days=self.days,
                   today=self.today.isoformat())

    def to_json(self) -> list[dict]:
        return [{"county_code": c.code, "place": c.place,
                 "rows": [{"id": r.id, "name": r.name, "last_verified": r.last_verified.isoformat(),
                           "days": r.age} for r in c.rows]} for c in self.counties]


def stale_resources(project: Project, days: int = 365, today: dt.date | None = None, county: str | None = None,
                    lang: Lang = "zh") -> StaleReport:
    """Rows whose `last_verified` is more than `days` days before `today`, oldest first within each county;
    `county` (a county or prefecture code) narrows the report."""
    today = today or dt.date.today()
    library = load_library(project)
    vocabulary = Vocabulary.of(library)
    counties: dict[str, StaleCounty] = {}
    for row in library.resources:
        model = row.model
        if model is None:
            continue
        if county and not (model.county_code == county or model.county_code[:4] + "00" == county):
            continue
        age = (today - model.last_verified).days
        if age > days:
            entry = counties.setdefault(model.county_code,
                                        StaleCounty(model.county_code, vocabulary.place(model.county_code, lang)))
            entry.rows.append(StaleRow(model.id, model.name, model.last_verified, age))
    ordered = [counties[code] for code in sorted(counties)]
    for entry in ordered:
        entry.rows.sort(key=lambda r: (r.last_verified, r.id))
    return StaleReport(days, today, ordered)
