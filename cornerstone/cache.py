"""A small on-disk cache keyed by content hash, for results that are slow to recompute.

Lives in `build/cache/`; losing it costs time, never correctness. Written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any


def content_hash(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()


class HashCache:
    """A JSON map from a content hash to a result; entries not used in a run are dropped on save."""

    def __init__(self, path: Path):
        self.path = path
        self._old: dict[str, Any] = {}
        self._used: dict[str, Any] = {}
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._old = loaded
        except (OSError, ValueError):
            pass

    def get(self, key: str) -> Any | None:
        if key in self._old:
            self._used[key] = self._old[key]
        return self._used.get(key)

    def put(self, key: str, value: Any) -> None:
        self._used[key] = value

    def save(self) -> None:
        if self._used == self._old:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".cache-", dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(self._used, out, ensure_ascii=False)
            os.replace(temporary, self.path)
        except OSError:
            pass  # a read-only checkout still checks, only slower
