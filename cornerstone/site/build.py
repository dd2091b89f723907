"""Building the public site with MkDocs' own build, into a temporary folder swapped in when whole."""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..project import Project


@dataclass
class BuildResult:
    success: bool
    out: Path
    error: str | None = None
    log: list[str] = field(default_factory=list)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(f"{record.levelname.lower()}: {record.getMessage()}")


def build_site(project: Project, out: Path | None = None, strict: bool = True) -> BuildResult:
    """Build `mkdocs.yml` into `out` (default build/site); the old site stays until the new one is whole."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    out = (out or project.build / "site").resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    collect = _Collect()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(collect)
    try:
        config = load_config(str(project.root / "mkdocs.yml"), site_dir=str(staging), strict=strict)
        build(config)
    except (MkDocsException, OSError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        return BuildResult(False, out, str(exc) or type(exc).__name__, collect.records)
    finally:
        mkdocs_log.removeHandler(collect)
    old = out.with_name(f".{out.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)
    return BuildResult(True, out, None, collect.records)
