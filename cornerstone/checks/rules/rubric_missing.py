"""Every manually graded cell (nbgrader `grade` and `solution`) carries `cornerstone.rubric`.

Graders apply the same standard to every trainee only when it is written down.

    passes:  a manually graded cell with rubric [{points: 2, zh: …, en: …}, …]
    fails:   a manually graded cell without rubric   ← on the cell's metadata
"""

from collections.abc import Iterator

from ...content.loaders import Content, Finding
from .assignment_points import nbgrader

ID = "rubric-missing"


def check(content: Content) -> Iterator[Finding]:
    for docs in content.assignments.values():
        for doc in docs:
            for index, cell in enumerate(doc.cells):
                grading = nbgrader(cell)
                meta = doc.cell_meta[index]
                if grading.get("grade") and grading.get("solution") and not (meta and meta.rubric):
                    yield Finding(doc.path, doc.cell_line(index, "metadata"),
                                  f"cell {index + 1} ({grading.get('grade_id', '?')}) is graded by hand "
                                  "but has no cornerstone.rubric")
