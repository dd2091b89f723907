"""A case's first code cell calls `widgets.setup(lang=…)` in the twin's language.

The widgets read their labels from that call: `case.ipynb` needs `lang="zh"`, `case.en.ipynb`
`lang="en"`.

    passes:  import widgets
             widgets.setup(lang="zh")
    fails:   widgets.setup(lang="en")   in case.ipynb   ← on the cell's source line
"""

import ast
from collections.abc import Iterator

from ...content.loaders import Content, Finding, NotebookDoc

ID = "case-setup"


def setup_language(source: str) -> str | None:
    """The `lang` given to `widgets.setup(...)` in `source`, or None when there is no such call."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "setup" and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "widgets"):
            for keyword in node.keywords:
                if keyword.arg == "lang" and isinstance(keyword.value, ast.Constant):
                    return str(keyword.value.value)
            return ""
    return None


def _check(doc: NotebookDoc, lang: str) -> Iterator[Finding]:
    first = next(doc.code_cells, None)
    if first is None:
        yield Finding(doc.path, doc.source.line_of(("cells",)),
                      f'no code cell: the first code cell must call widgets.setup(lang="{lang}")')
        return
    index, cell = first
    source = cell.get("source", "")
    source = "".join(source) if isinstance(source, list) else str(source)
    found = setup_language(source)
    if found != lang:
        got = "it does not call widgets.setup" if found is None else f'it gives lang="{found}"'
        yield Finding(doc.path, doc.cell_line(index, "source"),
                      f'the first code cell must call widgets.setup(lang="{lang}"); {got}')


def check(content: Content) -> Iterator[Finding]:
    for twins in content.cases.values():
        if twins.zh:
            yield from _check(twins.zh, "zh")
        if twins.en:
            yield from _check(twins.en, "en")
