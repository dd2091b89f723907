"""In the `app` track every answer cell carries `cornerstone.question` and assigns its variable.

The app turns each question into a widget and writes the answer back as `var = <literal>`; an answer
cell without a question, or whose solution does not assign `var`, could not be answered in the app.

    passes:  question {kind: choice, var: q1, …}, source `q1 = "b"` between the solution markers
    fails:   question var q1, source `answer = "b"`   ← the answer cell does not assign q1
"""

import ast
import re
from collections.abc import Iterator

from ...content.loaders import Content, Finding
from .assignment_points import nbgrader

ID = "question-missing"
MARKERS = re.compile(r"^\s*###\s*(BEGIN|END) (SOLUTION|HIDDEN TESTS)\s*$", re.MULTILINE)


def assigned_names(source: str) -> set[str] | None:
    try:
        tree = ast.parse(MARKERS.sub("", source))
    except SyntaxError:
        return None
    return {target.id for node in ast.walk(tree) if isinstance(node, ast.Assign | ast.AnnAssign)
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)}


def check(content: Content) -> Iterator[Finding]:
    for docs in content.assignments.values():
        for doc in docs:
            if not (doc.meta and doc.meta.track.value == "app"):
                continue
            for index, cell in doc.code_cells:
                if not nbgrader(cell).get("solution"):
                    continue
                meta = doc.cell_meta[index]
                if not (meta and meta.question):
                    yield Finding(doc.path, doc.cell_line(index, "metadata"),
                                  f"answer cell {index + 1} has no cornerstone.question (app track)")
                    continue
                source = cell.get("source", "")
                source = "".join(source) if isinstance(source, list) else str(source)
                names = assigned_names(source)
                if names is None:
                    yield Finding(doc.path, doc.cell_line(index, "source"),
                                  f"answer cell {index + 1} is not valid Python")
                elif meta.question.var not in names:
                    yield Finding(doc.path, doc.cell_line(index, "source"),
                                  f"answer cell {index + 1} does not assign its variable {meta.question.var}")
