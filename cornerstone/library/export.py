"""`library export`: the library as open data — its own CSV, or an HSDS tabular data package (folder or .zip).

The library is checked first (it must load, with known terms and counties and unique ids); an export
is written to a temporary place beside its target and moved into place only when whole. The site build
calls `export_csv` and `export_hsds` to publish /library/data/.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
from pathlib import Path

from ..checks.rules.resource_rows import unknown_references
from ..content.loaders import Content
from ..files import replace_folder
from ..project import Project
from . import hsds
from .messages import say
from .store import load_library, resources_csv, sort_key, write_atomic


class ExportError(Exception):
    """The library has problems (or the target cannot be replaced): nothing was written."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def checked_library(project: Project) -> Content:
    """The library, or ExportError naming its first problem."""
    content = load_library(project)
    for _rule, finding in content.load_findings:
        raise ExportError(f"{content.rel(finding.path)}:{finding.line}: {finding.message}")
    seen: set[str] = set()
    for row in content.resources:
        if row.model.id in seen:
            raise ExportError(f"{content.rel(content.resources_table.path)}:{row.row}: id {row.model.id} twice")
        seen.add(row.model.id)
    for issue in unknown_references(content.resources, content.counties, content.terms("org"),
                                    content.terms("service"), content.terms("language")):
        raise ExportError(f"{content.rel(content.resources_table.path)}:{issue.row}: "
                          f"{issue.column}: {say(issue.key, **issue.args)}")
    return content


def export_csv(project: Project, out: Path) -> Path:
    """The library's table (UTF-8, its own columns, in its stable order) at `out`."""
    content = checked_library(project)
    rows = sorted((dict(r.values) for r in content.resources), key=sort_key)
    write_atomic(out, resources_csv(rows).encode("utf-8"))
    return out


def export_hsds(project: Project, out: Path) -> Path:
    """The HSDS package at `out`: a .zip when `out` ends in .zip, else a folder holding datapackage.json and
    its CSV tables. An existing folder is replaced only when it holds nothing but a previous export."""
    content = checked_library(project)
    files = hsds.package_files(content)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".zip":
        buffer = io.BytesIO()
        hsds.write_zip(files, buffer)
        write_atomic(out, buffer.getvalue())
        return out
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file, not a folder")
    if out.is_dir():
        strangers = sorted(p.name for p in out.iterdir() if p.name not in files)
        if strangers:
            raise ExportError(f"{out} holds other files ({', '.join(strangers[:3])}): choose an empty or new folder")
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        for name, data in files.items():
            (staging / name).write_bytes(data)
        problems = hsds.validate_package(staging)
        if problems:  # the exporter's own mistake: never publish a package that breaks the profile
            raise ExportError("the package does not fit the profile: " + "; ".join(problems[:3]))
        replace_folder(staging, out)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
    return out
