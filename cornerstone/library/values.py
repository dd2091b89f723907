"""Turning a spreadsheet's cells into the library's values: terms by id or by name, counties by name or
code, dates as ISO, several values joined by `;`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from ..content.loaders import Content
from ..content.models import Division

# Several values in one cell: the library's `;`, and what people type in Chinese spreadsheets.
SEPARATORS = re.compile(r"\s*[;；、,，/／\n]+\s*")
# A cell holding only one of these means "nothing here".
PLACEHOLDERS = {"-", "--", "—", "——", "–", "/", "／", "无", "暂无", "n/a", "na", "none", "null"}
# Text cells that start with one of these run as a formula when the CSV is opened in Excel or WPS.
FORMULA_START = ("=", "+", "-", "@")
TEXT_FIELDS = ("name", "name_en", "township", "village", "address", "hours", "eligibility", "description",
               "description_en", "source")

_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]0{1,2}:00(?::00)?)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_PARENTHESISED = re.compile(r"[(（][^)）]*[)）]")


def is_placeholder(value: str) -> bool:
    return value.casefold() in PLACEHOLDERS


def split_values(value: str) -> list[str]:
    return [part for part in SEPARATORS.split(value.strip()) if part]


def normalise_date(value: str) -> str:
    """`2026/11/20`, `2026.11.20`, `2026年11月20日`, `20261120` → `2026-11-20`; anything else unchanged
    (the content model then says why it is not a date)."""
    match = _DATE.match(value) or _COMPACT_DATE.match(value)
    if not match:
        return value
    year, month, day = (int(part) for part in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


def _label(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).casefold())


@dataclass
class Vocabulary:
    """The taxonomy's terms by id, Chinese and English name, and Yunnan's divisions by code and name."""

    terms: dict[str, dict[str, str]] = field(default_factory=dict)  # facet -> label -> id
    divisions: dict[str, Division] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)  # label -> codes

    @classmethod
    def of(cls, content: Content) -> Vocabulary:
        vocabulary = cls(divisions=dict(content.divisions))
        for term in content.taxonomy.values():
            labels = vocabulary.terms.setdefault(term.facet, {})
            for text in (term.zh, term.en, _PARENTHESISED.sub("", term.zh), _PARENTHESISED.sub("", term.en)):
                labels.setdefault(_label(text), term.id)
            labels[_label(term.id)] = term.id
        for division in content.divisions.values():
            for text in {division.name, division.name_en}:
                codes = vocabulary.names.setdefault(_label(text), [])
                if division.code not in codes:
                    codes.append(division.code)
        return vocabulary

    def term(self, facet: str, value: str) -> str | None:
        """The id of the term of `facet` that `value` names (its id, Chinese or English name), or None."""
        return self.terms.get(facet, {}).get(_label(value))

    def county(self, value: str) -> tuple[str | None, str | None, dict]:
        """(county code, None, {}) for a county's name or code, else (None, message key, its arguments)."""
        text = _label(value)
        codes = [text] if re.fullmatch(r"\d{6}", text) else self.names.get(text, [])
        found = [self.divisions[c] for c in codes if c in self.divisions]
        counties = [d for d in found if d.level == "county"]
        if len(counties) == 1:
            return counties[0].code, None, {}
        if len(counties) > 1:
            return None, "ambiguous-county", {"value": value, "codes": ", ".join(d.code for d in counties)}
        if found:
            return None, "not-a-county", {"value": value}
        return None, "unknown-county", {"value": value}

    def place(self, code: str, lang: str) -> str:
        """`大理白族自治州 大理市` (or `Dali Bai Autonomous Prefecture, Dali City`)."""
        county = self.divisions.get(code)
        if county is None:
            return code
        prefecture = self.divisions.get(county.parent_code)
        if lang == "en":
            return f"{prefecture.name_en}, {county.name_en}" if prefecture else county.name_en
        return f"{prefecture.name} {county.name}" if prefecture else county.name


def today() -> dt.date:
    return dt.date.today()
