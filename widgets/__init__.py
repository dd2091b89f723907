"""The notebook-facing widget library of Cornerstone's casebook and assignments (`import widgets`).

A case's first code cell calls `widgets.setup(lang="zh")` (or `"en"`); every widget then labels
itself in that language.
"""

from __future__ import annotations

LANGUAGES = ("zh", "en")
_state = {"lang": "zh"}


def setup(lang: str = "zh") -> None:
    """Choose the language of every widget in this notebook: "zh" (default) or "en"."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    _state["lang"] = lang


def language() -> str:
    """The language chosen by `setup`."""
    return _state["lang"]
