"""The dated fields of every record, for the date rules (not a rule itself)."""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ...content.loaders import Content


@dataclass
class DatedField:
    path: Path
    line: int
    key: str
    value: dt.date | int


def reviewed_records(content: Content) -> Iterator[DatedField]:
    for entry in content.modules.values():
        if entry.doc and entry.doc.model:
            yield DatedField(entry.doc.path, entry.doc.source.line_of(("last_reviewed",)), "last_reviewed",
                             entry.doc.model.last_reviewed)
    for twins in content.cases.values():
        for doc in (twins.zh, twins.en):
            if doc and doc.meta:
                yield DatedField(doc.path, doc.source.line_of(("metadata", "cornerstone", "last_reviewed")),
                                 "last_reviewed", doc.meta.last_reviewed)
    for twins in content.practices.values():
        for doc in (twins.zh, twins.en):
            if doc and doc.model:
                yield DatedField(doc.path, doc.source.line_of(("last_reviewed",)), "last_reviewed",
                                 doc.model.last_reviewed)
                yield DatedField(doc.path, doc.source.line_of(("started",)), "started", doc.model.started)
    table = content.resources_table
    for row in content.resources:
        if row.model:
            yield DatedField(table.path, row.row, "last_verified", row.model.last_verified)
