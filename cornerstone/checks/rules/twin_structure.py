"""Twins match in structure, so a trainee switching language lands in the same place.

Cases: the same sequence of sections and the same decision-point ids in the same order. Pages and
lessons: the same sequence of heading levels. Practices: the same region, topics, start year, cost
and three-test scores (only the text is translated).

    passes:  case.ipynb decision points [dp-accept, dp-agreement]; case.en.ipynb the same
    fails:   case.en.ipynb has [dp-accept] only   ← on the first cell that differs
"""

import re
from collections.abc import Iterator
from pathlib import Path

from ...content.loaders import Content, Finding, NotebookDoc

ID = "twin-structure"

HEADING = re.compile(r"^(#{1,6})\s+\S")
FENCE = re.compile(r"^\s*(```|~~~)")


def headings(path: Path) -> list[tuple[int, int]]:
    """(level, line) of each Markdown heading outside fenced code and front matter."""
    out, fenced = [], False
    lines = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() == "---":
                start = index + 1
                break
    for number in range(start, len(lines)):
        text = lines[number]
        if FENCE.match(text):
            fenced = not fenced
        elif not fenced and (match := HEADING.match(text)):
            out.append((len(match.group(1)), number + 1))
    return out


def _outline(doc: NotebookDoc) -> list[tuple[str, int]]:
    """(marker, cell index): section changes and decision points, in order."""
    out, last = [], None
    for index, meta in enumerate(doc.cell_meta):
        if meta is None:
            continue
        if meta.section and meta.section != last:
            out.append((f"section {meta.section}", index))
            last = meta.section
        if meta.decision_point:
            out.append((f"decision point {meta.decision_point}", index))
    return out


def _cases(content: Content) -> Iterator[Finding]:
    for twins in content.cases.values():
        if not (twins.zh and twins.en):
            continue
        zh, en = _outline(twins.zh), _outline(twins.en)
        for position in range(max(len(zh), len(en))):
            want = zh[position][0] if position < len(zh) else None
            have = en[position][0] if position < len(en) else None
            if want != have:
                cell = en[position][1] if position < len(en) else len(twins.en.cells) - 1
                line = twins.en.cell_line(max(cell, 0))
                yield Finding(twins.en.path, line,
                              f"differs from case.ipynb: expected {want or 'nothing more'}, "
                              f"found {have or 'nothing'}")
                break


def _pages(content: Content) -> Iterator[Finding]:
    for path in content.pages:
        if not path.name.endswith(".en.md"):
            continue
        original = path.with_name(path.name.removesuffix(".en.md") + ".md")
        if not original.exists():
            continue
        zh, en = headings(original), headings(path)
        for position in range(max(len(zh), len(en))):
            want = zh[position][0] if position < len(zh) else None
            have = en[position][0] if position < len(en) else None
            if want != have:
                line = en[position][1] if position < len(en) else (en[-1][1] if en else 1)
                yield Finding(path, line,
                              f"headings differ from {original.name}: its heading "
                              f"#{position + 1} is {'level ' + str(want) if want else 'absent'}, "
                              f"here {'level ' + str(have) if have else 'absent'}")
                break


SHARED = ("region", "topics", "started", "cost")


def _practices(content: Content) -> Iterator[Finding]:
    for twins in content.practices.values():
        if not (twins.zh and twins.en and twins.zh.model and twins.en.model):
            continue
        zh, en = twins.zh.model, twins.en.model
        for key in SHARED:
            if getattr(zh, key) != getattr(en, key):
                yield Finding(twins.en.path, twins.en.source.line_of((key,)),
                              f"{key} differs from the zh original ({getattr(zh, key)!r})")
        for test in type(zh.tests).model_fields:
            a, b = getattr(zh.tests, test), getattr(en.tests, test)
            if (a and a.score) != (b and b.score):
                yield Finding(twins.en.path, twins.en.source.line_of(("tests", test)),
                              f"tests.{test} score differs from the zh original "
                              f"({a.score if a else 'none'})")


def check(content: Content) -> Iterator[Finding]:
    yield from _cases(content)
    yield from _pages(content)
    yield from _practices(content)
