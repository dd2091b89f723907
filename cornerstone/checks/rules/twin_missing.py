"""Every zh page, lesson, case and practice has its English twin, and every twin its original.

Twins follow mkdocs-static-i18n's suffix convention: `x.md` / `x.en.md`, `case.ipynb` / `case.en.ipynb`.
Assignments are exempt: one notebook carries both languages.

    passes:  practices/elder-mediation-council.md + practices/elder-mediation-council.en.md
    fails:   practices/elder-mediation-council.md alone   ← line 1: no English twin
"""

from collections.abc import Iterator
from pathlib import Path

from ...content.loaders import Content, Finding

ID = "twin-missing"


def _twin(path: Path) -> tuple[Path, bool]:
    """The other twin's path, and whether `path` itself is the English one."""
    for suffix in (".md", ".ipynb"):
        if path.name.endswith(".en" + suffix):
            return path.with_name(path.name.removesuffix(".en" + suffix) + suffix), True
        if path.name.endswith(suffix):
            return path.with_name(path.name.removesuffix(suffix) + ".en" + suffix), False
    raise ValueError(path)


def check(content: Content) -> Iterator[Finding]:
    files = list(content.pages)
    for case_id in content.cases:
        folder = content.project.casebook / case_id
        files.extend(folder / name for name in ("case.ipynb", "case.en.ipynb") if (folder / name).is_file())
    for path in files:
        twin, is_en = _twin(path)
        if twin.exists():
            continue
        if is_en:
            yield Finding(path, 1, f"English twin without its original: {twin.name} is missing")
        else:
            yield Finding(path, 1, f"no English twin: write {twin.name} beside it")
