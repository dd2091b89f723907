"""Row rules on the resources table, shared by `check` (on resources.csv) and `library import` (on the rows
it would write), so that what an import accepts, `check` accepts (not a rule itself).

Each yields `RowIssue`s naming the row, the column and a message key of `cornerstone.library.messages`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ...content.loaders import ResourceRow
from ...content.models import normalise_name


@dataclass(frozen=True)
class RowIssue:
    row: int
    column: str  # the library column
    key: str
    args: dict = field(default_factory=dict)


def unknown_references(rows: Iterable[ResourceRow], counties: set[str], orgs: set[str], services: set[str],
                       languages: set[str]) -> Iterator[RowIssue]:
    """County codes, kinds of service point, services and languages that the vocabularies do not hold."""
    for row in rows:
        r = row.model
        if r is None:
            continue
        if r.county_code not in counties:
            yield RowIssue(row.row, "county_code", "unknown-county-code", {"value": r.county_code})
        if r.category not in orgs:
            yield RowIssue(row.row, "category", "unknown-org", {"value": r.category})
        for term in r.services:
            if term not in services:
                yield RowIssue(row.row, "services", "unknown-service", {"value": term})
        for term in r.languages:
            if term not in languages:
                yield RowIssue(row.row, "languages", "unknown-language", {"value": term})


def likely_duplicates(rows: Iterable[ResourceRow]) -> Iterator[RowIssue]:
    """A row with the same normalised name in the same county as an earlier row of another id."""
    first: dict[tuple[str, str], ResourceRow] = {}
    for row in rows:
        r = row.model
        if r is None:
            continue
        key = (r.county_code, normalise_name(r.name))
        earlier = first.setdefault(key, row)
        if earlier is not row and earlier.model.id != r.id:
            yield RowIssue(row.row, "name", "likely-duplicate-row", {"row": earlier.row, "other": earlier.model.id})
