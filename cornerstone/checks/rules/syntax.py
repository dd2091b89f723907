"""A file that cannot be read at all: broken YAML, JSON, CSV or notebook, or text that is not UTF-8.

Reported once, on the line where the parser stopped, and the file's other rules are skipped.

    passes:  title: {zh: 人民调解, en: People's mediation}
    fails:   title: {zh: 人民调解, en: People's mediation      ← line 1: expected ',' or '}'
"""

from collections.abc import Iterator

from ...content.loaders import Content, Finding

ID = "syntax"


def check(content: Content) -> Iterator[Finding]:
    yield from (finding for rule, finding in content.load_findings if rule == ID)
