"""`cornerstone new`: a module, case, assignment or practice from a template that passes `check`.

The templates in `templates/<kind>/` say inside the files what to write where; `$`-placeholders
(`$id`, `$today`, …) are filled in here.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

from ..content.models import ID_PATTERN
from ..project import Project

TEMPLATES = Path(__file__).parent / "templates"
KINDS = ("module", "case", "assignment", "practice")
DEFAULT_REGION = "530102"  # 五华区, Kunming: any county code passes until the author sets the real one


@dataclass
class ScaffoldResult:
    success: bool
    created: list[Path] = field(default_factory=list)
    error: str | None = None
    bad_argument: bool = False  # the kind or id itself is wrong, not the repository


def _values(project: Project, content_id: str) -> dict[str, str]:
    today = dt.date.today()
    modules = sorted(p.parent.name for p in project.curriculum.glob("*/module.yaml"))
    return {
        "id": content_id,
        "today": today.isoformat(),
        "year": str(today.year),
        "due": f"{(today + dt.timedelta(days=60)).isoformat()}T23:59:00+08:00",
        "region": DEFAULT_REGION,
        "module": modules[0] if modules else "",
        "author": "(author)",
    }


def _targets(project: Project, kind: str, content_id: str) -> tuple[Path, dict[str, str]]:
    """Where the new content goes, and template file name → output file name."""
    if kind == "module":
        return project.curriculum / content_id, {
            "module.yaml": "module.yaml", "01-lesson.md": "01-lesson.md", "01-lesson.en.md": "01-lesson.en.md"}
    if kind == "case":
        return project.casebook / content_id, {
            "case.ipynb": "case.ipynb", "case.en.ipynb": "case.en.ipynb", "households.csv": "households.csv"}
    if kind == "assignment":
        return project.assignments / content_id, {"assignment.ipynb": f"{content_id}.ipynb"}
    return project.practices, {"practice.md": f"{content_id}.md", "practice.en.md": f"{content_id}.en.md"}


def scaffold(project: Project, kind: str, content_id: str) -> ScaffoldResult:
    """Create `kind` `content_id` from its template; nothing is written when anything is wrong."""
    if kind not in KINDS:
        return ScaffoldResult(False, error=f"unknown kind {kind!r}: choose one of {', '.join(KINDS)}",
                              bad_argument=True)
    if not re.match(ID_PATTERN, content_id) or len(content_id) > 64:
        return ScaffoldResult(False, error=f"{content_id!r} is not a valid id: use lowercase letters, digits "
                              "and hyphens, e.g. land-dispute-mediation", bad_argument=True)
    folder, files = _targets(project, kind, content_id)
    values = _values(project, content_id)
    if kind == "assignment" and not values["module"]:
        return ScaffoldResult(False, error="an assignment names its module: create a module first "
                              "(cornerstone new module ID)")
    outputs = [folder / name for name in files.values()]
    existing = [p for p in ([folder] if kind != "practice" else outputs) if p.exists()]
    if existing:
        return ScaffoldResult(False, error=f"{project.relative(existing[0])} already exists")
    folder.parent.mkdir(parents=True, exist_ok=True)
    if kind == "practice":
        folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".new-{content_id}-", dir=folder.parent))
    try:
        for template, name in files.items():
            text = Template((TEMPLATES / kind / template).read_text(encoding="utf-8")).substitute(values)
            (staging / name).write_text(text, encoding="utf-8")
        if kind == "practice":
            for name in files.values():
                (staging / name).rename(folder / name)
        else:
            staging.rename(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ScaffoldResult(True, outputs)
