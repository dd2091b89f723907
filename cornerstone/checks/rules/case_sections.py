"""A case has every section of the case method and at least two decision points with unique ids.

Sections (cell metadata `cornerstone.section`): facts, stakeholders, issues, basis, decision,
discussion, commentary, resources. Decision points: cells with `cornerstone.decision_point: <id>`.

    passes:  sections facts … resources, decision points dp-accept, dp-agreement
    fails:   no cell with section: commentary   ← line 1: missing section commentary
"""

from collections import Counter
from collections.abc import Iterator

from ...content.loaders import Content, Finding, NotebookDoc
from ...content.models import SECTIONS

ID = "case-sections"
MIN_DECISION_POINTS = 2


def _check(doc: NotebookDoc) -> Iterator[Finding]:
    present = {m.section for m in doc.cell_meta if m and m.section}
    missing = [s for s in SECTIONS if s not in present]
    if missing:
        yield Finding(doc.path, doc.source.line_of(("cells",)),
                      "missing section(s): " + ", ".join(missing)
                      + " (mark cells with metadata cornerstone.section)")
    points = [(i, m.decision_point) for i, m in enumerate(doc.cell_meta) if m and m.decision_point]
    if len(points) < MIN_DECISION_POINTS:
        yield Finding(doc.path, doc.source.line_of(("cells",)),
                      f"{len(points)} decision point(s): a case needs at least {MIN_DECISION_POINTS}")
    counts = Counter(point for _, point in points)
    for index, point in points:
        if counts[point] > 1:
            yield Finding(doc.path, doc.cell_line(index, "metadata", "cornerstone", "decision_point"),
                          f"decision point id {point!r} is used by more than one cell")


def check(content: Content) -> Iterator[Finding]:
    for twins in content.cases.values():
        for doc in (twins.zh, twins.en):
            if doc:
                yield from _check(doc)
