"""Reading the library's tables and writing files whole: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..content.loaders import RESOURCE_COLUMNS, Content, load_divisions, load_resources, load_taxonomy
from ..project import Project


def load_library(project: Project) -> Content:
    """The taxonomy, divisions and resources only (an import needs nothing else)."""
    content = Content(project)
    for loader in (load_taxonomy, load_divisions, load_resources):
        loader(content)
    return content


def resources_csv(rows: Iterable[dict[str, str]]) -> str:
    """The library's own form: UTF-8, `\\n` line ends, quotes only where needed, rows as given."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(RESOURCE_COLUMNS)
    for row in rows:
        writer.writerow([row.get(column, "") for column in RESOURCE_COLUMNS])
    return out.getvalue()


def sort_key(row: dict[str, str]) -> tuple[str, str]:
    """The library's stable order: county code, then id."""
    return row.get("county_code", ""), row.get("id", "")


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a reader sees the old file or the new one, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temporary, path.stat().st_mode if path.exists() else 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
