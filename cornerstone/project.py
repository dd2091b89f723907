"""Where a Cornerstone repository and its runtime state live on disk."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


class RepositoryNotFound(Exception):
    """No folder holding `mkdocs.yml` was found above the working directory."""


@dataclass(frozen=True)
class Project:
    """A Cornerstone repository: the folder holding `mkdocs.yml`."""

    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> Project:
        """The nearest parent of `start` (default: the working directory) holding `mkdocs.yml`."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / "mkdocs.yml").is_file():
                return cls(folder)
        raise RepositoryNotFound(
            f"{here}: not inside a Cornerstone repository (no mkdocs.yml here or above); "
            "run the command from the repository or pass --root"
        )

    @property
    def curriculum(self) -> Path:
        return self.root / "curriculum"

    @property
    def casebook(self) -> Path:
        return self.root / "casebook"

    @property
    def assignments(self) -> Path:
        return self.root / "assignments"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def library(self) -> Path:
        return self.site / "library"

    @property
    def practices(self) -> Path:
        return self.library / "practices"

    @property
    def var(self) -> Path:
        """Runtime state; `CORNERSTONE_VAR` moves it."""
        override = os.environ.get("CORNERSTONE_VAR")
        return Path(override).resolve() if override else self.root / "var"

    @property
    def build(self) -> Path:
        return self.root / "build"

    @property
    def cache(self) -> Path:
        """Results kept by content hash; `CORNERSTONE_CACHE` moves it (shared by copies, read-only checkouts)."""
        override = os.environ.get("CORNERSTONE_CACHE")
        return Path(override).resolve() if override else self.build / "cache"

    def relative(self, path: Path) -> str:
        """`path` as shown in problems: relative to the root, with forward slashes."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()
