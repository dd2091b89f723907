"""Content reviewed more than 12 months ago is due for review (a warning, not an error).

Laws, services and contacts change; an expert should re-read a module, case or practice every year
and update `last_reviewed`.

    passes:  last_reviewed: 2026-06-01   (on 2026-11-26)
    fails:   last_reviewed: 2024-06-01   ← last_reviewed: 2024-06-01 is more than 12 months ago
"""

import datetime as dt
from collections.abc import Iterator

from ...content.loaders import Content, Finding
from .dated import reviewed_records

ID = "review-overdue"
MAX_AGE = dt.timedelta(days=365)


def check(content: Content, today: dt.date | None = None) -> Iterator[Finding]:
    today = today or dt.date.today()
    for record in reviewed_records(content):
        if record.key == "last_reviewed" and today - record.value > MAX_AGE:
            yield Finding(record.path, record.line,
                          f"last_reviewed: {record.value} is more than 12 months ago: review it and "
                          "update the date")
