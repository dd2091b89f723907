"""Checks on what an author wrote in a code cell, with messages that say which item and what to write.

Authors are trainers, not programmers: every message names the widget, the item (counted from 1, as
a person counts) and the field, says what was found, and says what to write instead.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Mapping
from typing import Any


def fail(where: str, message: str) -> ValueError:
    return ValueError(f"{where}: {message}")


def items(value: Any, where: str, what: str, example: str, minimum: int = 1) -> list:
    """`value` as a list of at least `minimum` items."""
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise fail(where, f"{what} must be a list, like {example}; got {type(value).__name__}")
    found = list(value)
    if len(found) < minimum:
        raise fail(where, f"{what} needs at least {minimum} item{'s' if minimum > 1 else ''}, like {example}; "
                          f"got {len(found)}")
    return found


def record(value: Any, where: str, example: str) -> Mapping:
    """`value` when it is a dict (one item written as {"field": …})."""
    if not isinstance(value, Mapping):
        raise fail(where, f"write this item as a dict, like {example}; got {type(value).__name__}")
    return value


def known_fields(item: Mapping, allowed: Iterable[str], where: str) -> None:
    """No field other than `allowed`: a misspelt field name would otherwise be silently ignored."""
    allowed = list(allowed)
    for name in item:
        if name not in allowed:
            raise fail(where, f"unknown field {name!r}; the fields are {', '.join(repr(a) for a in allowed)}")


def text(item: Mapping, field: str, where: str, required: bool = True) -> str:
    """The text in `item[field]`; a missing or blank required text is an error."""
    value = item.get(field)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise fail(where, f"{field!r} must be text in quotes, like {field!r}: \"……\"; got {value!r}")
    if required and not value.strip():
        raise fail(where, f"{field!r} is missing or empty; write the {field} as text, like {field!r}: \"……\"")
    return value


def choice(item: Mapping, field: str, allowed: tuple[str, ...], where: str) -> str:
    """`item[field]` when it is one of `allowed`."""
    value = item.get(field)
    if value not in allowed:
        shown = "missing" if value is None else repr(value)
        raise fail(where, f"{field!r} is {shown}; write one of {', '.join(repr(a) for a in allowed)}")
    return value


def integer(value: Any, where: str, what: str, low: int, high: int) -> int:
    """`value` when it is a whole number from `low` to `high`."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not low <= value <= high:
        raise fail(where, f"{what} is {value!r}; write a whole number from {low} to {high}")
    return int(value)
