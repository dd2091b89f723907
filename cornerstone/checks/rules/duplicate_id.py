"""An id names one thing: resource ids, taxonomy ids, division codes and question variables are unique.

    passes:  532901-0001, 532901-0002
    fails:   532901-0001 twice    ← on the second row: id 532901-0001 is already used on row 2
"""

from collections.abc import Iterator
from pathlib import Path

from ...content.loaders import Content, Finding

ID = "duplicate-id"


def _unique(path: Path, rows: list[tuple[int, str]], column: str, col: int | None) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    for row, value in rows:
        if not value:
            continue
        if value in seen:
            yield Finding(path, row, f"column {column}: {value} is already used on row {seen[value]}", col)
        else:
            seen[value] = row


def check(content: Content) -> Iterator[Finding]:
    library = content.project.library
    table = content.resources_table
    if table:
        yield from _unique(table.path, [(r.row, r.values.get("id", "")) for r in content.resources],
                           "id", table.column_of("id"))
    yield from _unique(library / "taxonomy.csv", [(n, v.get("id", "")) for n, v in content.taxonomy_rows],
                       "id", 1)
    yield from _unique(library / "divisions.csv", [(n, v.get("code", "")) for n, v in content.division_rows],
                       "code", 1)
    for docs in content.assignments.values():
        for doc in docs:
            seen: dict[str, int] = {}
            for index, meta in enumerate(doc.cell_meta):
                if meta and meta.question:
                    var = meta.question.var
                    if var in seen:
                        yield Finding(doc.path, doc.cell_line(index, "metadata", "cornerstone", "question"),
                                      f"question variable {var!r} is already used by cell {seen[var] + 1}")
                    else:
                        seen[var] = index
