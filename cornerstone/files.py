"""Writing outputs whole: a folder built aside is swapped into place, so readers never see half of it."""

from __future__ import annotations

import shutil
from pathlib import Path


def replace_folder(staging: Path, target: Path) -> None:
    """Move the finished folder `staging` to `target`, replacing what was there (same file system)."""
    old = target.with_name(f".{target.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
