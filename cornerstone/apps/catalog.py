"""Which apps exist, where their URLs point, and the folder Voilà serves them from.

Voilà's root is `build/apps/`, a copy holding only the allow-listed app notebooks and their data
files: the casebook's cases now, notebooks made from released assignments later. nbgrader sources
are never under it.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..files import replace_folder
from ..project import Project

CASE_NOTEBOOKS = {"zh": "case.ipynb", "en": "case.en.ipynb"}


@dataclass
class AppCatalog:
    """The apps on offer: notebook path (relative to the apps root, '/'-separated) by public URL."""

    root: Path
    notebooks: set[str] = field(default_factory=set)

    def case_notebook(self, case_id: str, lang: str) -> str | None:
        path = f"casebook/{case_id}/{CASE_NOTEBOOKS[lang]}"
        return path if path in self.notebooks else None

    def allows(self, notebook: str) -> bool:
        return notebook in self.notebooks


def _copy_case(source: Path, target: Path) -> None:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", ".*"))
    for notebook in target.glob("*.ipynb"):
        _title_from_metadata(notebook)


def _title_from_metadata(path: Path) -> None:
    """The page title Voilà shows comes from the notebook's `title`: give it the case's own."""
    data = json.loads(path.read_text(encoding="utf-8"))
    title = (data.get("metadata", {}).get("cornerstone") or {}).get("title")
    if isinstance(title, str) and title.strip():
        data["metadata"]["title"] = title.strip()
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def prepare_apps(project: Project, root: Path | None = None) -> AppCatalog:
    """Lay out the apps root afresh (built aside, then swapped in) and list its notebooks."""
    root = (root or project.build / "apps").resolve()
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".apps-", dir=root.parent))
    notebooks: set[str] = set()
    try:
        casebook = project.casebook
        for case in sorted(p for p in casebook.iterdir() if p.is_dir()) if casebook.is_dir() else []:
            if not (case / CASE_NOTEBOOKS["zh"]).is_file() or case.name.startswith((".", "_")):
                continue
            _copy_case(case, staging / "casebook" / case.name)
            notebooks |= {f"casebook/{case.name}/{name}" for name in CASE_NOTEBOOKS.values()
                          if (case / name).is_file()}
        replace_folder(staging, root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return AppCatalog(root, notebooks)
