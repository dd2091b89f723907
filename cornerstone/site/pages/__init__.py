"""Pages generated from the content, one module a part of the library, run in this order."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """A generated file: its path under the docs folder and its text (or bytes)."""

    path: str
    content: str | bytes
