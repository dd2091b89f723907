"""Record dates are real and not in the future: `last_reviewed`, `last_verified`, `started`.

A date that does not exist (2026-02-30) is a `schema` problem; this rule catches a review or
verification dated ahead of today, which would hide that a record needs checking. An assignment's
`due` may of course lie ahead and is not checked here.

    passes:  last_reviewed: 2026-11-20
    fails:   last_reviewed: 2031-01-01     ← last_reviewed: 2031-01-01 is in the future
"""

import datetime as dt
from collections.abc import Iterator

from ...content.loaders import Content, Finding
from .dated import reviewed_records

ID = "record-date"


def check(content: Content, today: dt.date | None = None) -> Iterator[Finding]:
    today = today or dt.date.today()
    for record in reviewed_records(content):
        value = record.value
        future = value > today.year if isinstance(value, int) else value > today
        if future:
            yield Finding(record.path, record.line, f"{record.key}: {value} is in the future")
