"""Notebooks are committed without outputs or execution counts.

Outputs can carry a trainee's data or a solution, make diffs unreadable, and go stale; the site
executes cases itself. Clear them with `jupyter nbconvert --clear-output --inplace FILE`.

    passes:  "execution_count": null, "outputs": []
    fails:   "execution_count": 3      ← on that key's line
"""

from collections.abc import Iterator

from ...content.loaders import Content, Finding

ID = "notebook-outputs"


def check(content: Content) -> Iterator[Finding]:
    docs = [d for t in content.cases.values() for d in (t.zh, t.en) if d]
    docs += [d for ds in content.assignments.values() for d in ds]
    for doc in docs:
        for index, cell in doc.code_cells:
            if cell.get("outputs"):
                yield Finding(doc.path, doc.cell_line(index, "outputs"),
                              f"cell {index + 1} has outputs: clear them before committing")
            if cell.get("execution_count") is not None:
                yield Finding(doc.path, doc.cell_line(index, "execution_count"),
                              f"cell {index + 1} has an execution count: clear outputs before committing")
