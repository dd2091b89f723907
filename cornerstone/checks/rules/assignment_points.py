"""An assignment's points add up: the grade cells' nbgrader points sum to the declared `points`,
and a rubric's items sum to its cell's points.

    passes:  points: 12 with grade cells of 2, 2, 2, 2 and 4
    fails:   points: 10 with the same cells   ← points: declared 10, the grade cells give 12
"""

from collections.abc import Iterator

from ...content.loaders import Content, Finding, NotebookDoc

ID = "assignment-points"


def nbgrader(cell: dict) -> dict:
    meta = (cell.get("metadata") or {}).get("nbgrader")
    return meta if isinstance(meta, dict) else {}


def _check(doc: NotebookDoc) -> Iterator[Finding]:
    total = 0.0
    for index, cell in enumerate(doc.cells):
        grading = nbgrader(cell)
        if not grading.get("grade"):
            continue
        points = grading.get("points")
        if not isinstance(points, int | float) or isinstance(points, bool) or points <= 0:
            yield Finding(doc.path, doc.cell_line(index, "metadata", "nbgrader"),
                          f"cell {index + 1} is graded but its nbgrader points are {points!r}")
            continue
        total += points
        meta = doc.cell_meta[index]
        if meta and meta.rubric:
            rubric = sum(item.points for item in meta.rubric)
            if abs(rubric - points) > 1e-9:
                yield Finding(doc.path, doc.cell_line(index, "metadata", "cornerstone", "rubric"),
                              f"rubric items give {rubric:g} points, the cell is worth {points:g}")
    if doc.meta and abs(total - doc.meta.points) > 1e-9:
        yield Finding(doc.path, doc.source.line_of(("metadata", "cornerstone", "points")),
                      f"points: declared {doc.meta.points:g}, the grade cells give {total:g}")


def check(content: Content) -> Iterator[Finding]:
    for docs in content.assignments.values():
        for doc in docs:
            yield from _check(doc)
