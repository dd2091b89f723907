"""Building the public site with MkDocs' own build, into a temporary folder swapped in when whole."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..files import replace_folder
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


OFFLINE_SHIM = "assets/javascripts/vendor/iframe-worker/shim.js"


def _mkdocs_build(project: Project, site_dir: Path, strict: bool, offline: bool) -> str | None:
    """Run MkDocs' own build into `site_dir`; the error message, or None when it succeeded."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    previous = os.environ.get("CORNERSTONE_OFFLINE")
    os.environ["CORNERSTONE_OFFLINE"] = "true" if offline else "false"
    try:
        config = load_config(str(project.root / "mkdocs.yml"), site_dir=str(site_dir), strict=strict)
        if offline:
            # Material's offline plugin would fetch its file:// worker shim from a CDN; ship our copy.
            config.extra["polyfills"] = [OFFLINE_SHIM]
        build(config)
    except (MkDocsException, OSError) as exc:
        return str(exc) or type(exc).__name__
    finally:
        if previous is None:
            os.environ.pop("CORNERSTONE_OFFLINE", None)
        else:
            os.environ["CORNERSTONE_OFFLINE"] = previous
    return None


def build_offline(project: Project, out: Path | None = None) -> BuildResult:
    """A zip of the site that works from file:// (search included); `build/site` is not touched."""
    out = (out or project.build / "cornerstone-offline.zip").resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    collect = _Collect()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(collect)
    try:
        with tempfile.TemporaryDirectory(prefix=".offline-", dir=out.parent) as scratch:
            site = Path(scratch) / "cornerstone"
            error = _mkdocs_build(project, site, strict=True, offline=True)
            if error:
                return BuildResult(False, out, error, collect.records)
            handle, temporary = tempfile.mkstemp(prefix=".offline-", suffix=".zip", dir=out.parent)
            os.close(handle)
            with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in sorted(site.rglob("*")):
                    if path.is_file():
                        archive.write(path, Path("cornerstone") / path.relative_to(site))
            os.chmod(temporary, 0o644)
            os.replace(temporary, out)
    finally:
        mkdocs_log.removeHandler(collect)
    return BuildResult(True, out, None, collect.records)


def build_site(project: Project, out: Path | None = None, strict: bool = True) -> BuildResult:
    """Build `mkdocs.yml` into `out` (default build/site); the old site stays until the new one is whole."""
    out = (out or project.build / "site").resolve()
    if out.exists() and not out.is_dir():
        return BuildResult(False, out, f"{out} exists and is not a folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    collect = _Collect()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(collect)
    try:
        error = _mkdocs_build(project, staging, strict, offline=False)
    finally:
        mkdocs_log.removeHandler(collect)
    if error:
        shutil.rmtree(staging, ignore_errors=True)
        return BuildResult(False, out, error, collect.records)
    replace_folder(staging, out)
    return BuildResult(True, out, None, collect.records)
