"""Matching imported rows to the library's: by id when given, else by county and normalised name; new
service points get the next free id of their county.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..content.loaders import RESOURCE_COLUMNS
from ..content.models import normalise_name
from .headers import Column

ID = re.compile(r"^(53\d{4})-(\d{4})$")


@dataclass
class Cell:
    value: str
    column: Column


@dataclass
class ImportRow:
    """One row of a county's spreadsheet on its way into the library."""

    file: str  # the file as problems name it
    row: int  # as Excel or WPS shows it
    cells: dict[str, Cell]  # by library column (and `county`)
    values: dict[str, str] = field(default_factory=dict)  # the library's values of the columns the file has
    flagged: set[str] = field(default_factory=set)  # columns with an error already (one error a cell)
    target: str | None = None  # the resource id the row writes
    is_new: bool = False

    @property
    def explicit_id(self) -> str:
        return self.values.get("id", "")

    @property
    def key(self) -> tuple[str, str] | None:
        county, name = self.values.get("county_code", ""), self.values.get("name", "")
        return (county, normalise_name(name)) if county and name else None


@dataclass
class Conflict:
    """Two rows that would write the same service point, or a name that matches several."""

    row: ImportRow
    column: str
    rule: str
    key: str
    other: ImportRow | None = None
    args: dict = field(default_factory=dict)


def match(library: Iterable[dict[str, str]], rows: list[ImportRow]) -> list[Conflict]:
    """Set each row's `target` (and `is_new`); rows already flagged on id, county or name are left out."""
    existing = {values["id"]: values for values in library}
    by_name: dict[tuple[str, str], list[str]] = {}
    for values in existing.values():
        by_name.setdefault((values["county_code"], normalise_name(values["name"])), []).append(values["id"])
    conflicts: list[Conflict] = []
    claimed: dict[str, ImportRow] = {}
    named: dict[tuple[str, str], ImportRow] = {}
    taken = set(existing)

    def claim(row: ImportRow, target: str, by_id: bool) -> None:
        earlier = claimed.get(target)
        if earlier is None:
            claimed[target] = row
            row.target = target
        elif by_id and earlier.explicit_id == target:
            conflicts.append(Conflict(row, "id", "duplicate-id", "duplicate-id", earlier, {"value": target}))
        else:
            conflicts.append(Conflict(row, "name", "duplicate-row", "duplicate-row", earlier))

    usable = [r for r in rows if not (r.flagged & {"id", "county_code", "name"})]
    for row in usable:  # ids given first, so that a row without id cannot take an id given further down
        if row.explicit_id:
            taken.add(row.explicit_id)
            claim(row, row.explicit_id, by_id=True)
            row.is_new = row.explicit_id not in existing
            if row.key:
                named.setdefault(row.key, row)
    for row in usable:
        if row.explicit_id or row.key is None:
            continue
        if row.key in named:
            conflicts.append(Conflict(row, "name", "duplicate-row", "duplicate-row", named[row.key]))
            continue
        named[row.key] = row
        ids = by_name.get(row.key, [])
        if len(ids) > 1:
            conflicts.append(Conflict(row, "name", "schema", "ambiguous-name", None, {"ids": ", ".join(sorted(ids))}))
        elif ids:
            claim(row, ids[0], by_id=False)
        else:
            row.is_new = True
    for row in usable:  # new ids in the order of the files and rows
        if row.is_new and row.target is None and not row.explicit_id and row.key:
            county = row.key[0]
            numbers = [int(m.group(2)) for i in taken if (m := ID.match(i)) and m.group(1) == county]
            number = max(numbers, default=0) + 1
            if number > 9999:
                conflicts.append(Conflict(row, "id", "schema", "id-full", None, {"county": county}))
                continue
            row.target = f"{county}-{number:04d}"
            taken.add(row.target)
    return conflicts


def merged(base: dict[str, str] | None, row: ImportRow, default_source: str) -> dict[str, str]:
    """The library row after the import: the old values, overwritten by every column the file has; without
    a source of its own, the row's source is the file."""
    values = dict(base) if base else dict.fromkeys(RESOURCE_COLUMNS, "")
    values.update({k: v for k, v in row.values.items() if k in RESOURCE_COLUMNS})
    values["id"] = row.target or values.get("id", "")
    if not row.values.get("source"):  # the file vouches for the row now: it is where the row comes from
        values["source"] = default_source
    return values
