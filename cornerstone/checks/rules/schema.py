"""A value that breaks the content model of its kind (formats in the README).

Missing required keys, unknown keys (usually a typo), wrong types, ids that are not lowercase-hyphen,
dates that do not exist (2026-02-30), scores outside 1–5, a resource phone number that is neither a
landline nor a public hotline. Reported on the line of the offending key or spreadsheet row.

    passes:  minutes: 90
    fails:   minutes: ninety      ← minutes: Input should be a valid integer
"""

from collections.abc import Iterator

from ...content.loaders import Content, Finding

ID = "schema"


def check(content: Content) -> Iterator[Finding]:
    yield from (finding for rule, finding in content.load_findings if rule == ID)
