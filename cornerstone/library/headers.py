"""The column headers a county's spreadsheet may use, in Chinese or English, and finding the header row.

A header is matched after folding full-width forms, case, spaces, `_`/`-` and a required-field mark
(`名称*`, `名称（必填）`), so `名 称`, `Name`, `name` and `名称*` all name the column `name`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..content.loaders import RESOURCE_COLUMNS

COUNTY = "county"  # a county given by name or by code; resolved to county_code
IGNORED = "-"  # a column the library has no use for (序号, 备注)

ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "编号", "资源编号", "服务点编号", "resource id"),
    "name": ("name", "名称", "机构名称", "服务点名称", "单位名称", "服务点"),
    "name_en": ("name_en", "英文名称", "英文名", "english name", "name (english)"),
    "category": ("category", "类别", "机构类别", "服务点类别", "类型", "机构类型", "kind"),
    "services": ("services", "服务内容", "服务", "服务项目", "服务类别", "service"),
    "county_code": ("county_code", "县区代码", "县（市、区）代码", "县市区代码", "区划代码", "行政区划代码",
                    "county code"),
    COUNTY: ("县区", "县（市、区）", "县市区", "县（区）", "所在县区", "县", "county"),
    "township": ("township", "乡镇", "乡镇（街道）", "乡镇街道", "乡（镇）", "所在乡镇", "town"),
    "village": ("village", "村", "村（社区）", "村社区", "行政村", "村委会", "社区"),
    "address": ("address", "地址", "详细地址", "办公地址"),
    "phone": ("phone", "电话", "联系电话", "服务电话", "咨询电话", "telephone", "tel"),
    "hours": ("hours", "服务时间", "办公时间", "开放时间", "工作时间", "opening hours"),
    "languages": ("languages", "服务语言", "语言", "语种", "language"),
    "eligibility": ("eligibility", "服务对象", "适用对象", "服务人群", "who can use it"),
    "description": ("description", "简介", "服务简介", "说明", "机构简介"),
    "description_en": ("description_en", "英文简介", "english description", "description (english)"),
    "last_verified": ("last_verified", "核实日期", "最近核实日期", "核实时间", "最近核实", "更新日期",
                      "last verified", "verified"),
    "source": ("source", "来源", "数据来源", "信息来源"),
    IGNORED: ("序号", "编码序号", "备注", "no", "no.", "#", "remarks", "notes", "note"),
}

# What a file must have: a county by name or code, and the fields the content model requires.
REQUIRED = ("name", "category", "services", COUNTY, "languages", "last_verified")
HEADER_ROWS_SEARCHED = 10

_MARKS = re.compile(r"[(（\[【]\s*(必填|选填|必须|可选|required|optional)\s*[)）\]】]|[*＊]")


def normalise_header(text: str) -> str:
    """`名 称*`, `Name`, `NAME_EN`, `县（市、区）` → a form in which equal headers are equal."""
    text = _MARKS.sub("", unicodedata.normalize("NFKC", text))
    return re.sub(r"[\s_\-:：]+", "", text.casefold())


_INDEX = {normalise_header(alias): name for name, aliases in ALIASES.items() for alias in aliases}
assert set(ALIASES) - {COUNTY, IGNORED} == set(RESOURCE_COLUMNS)


def match_header(text: str) -> str | None:
    """The library column a header names, IGNORED for a known column of no use, None when unknown."""
    return _INDEX.get(normalise_header(text)) if text.strip() else None


@dataclass
class Column:
    index: int  # 0-based position in the row
    header: str  # as the spreadsheet shows it
    field: str | None  # the library column, COUNTY, IGNORED, or None when unknown

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass
class Header:
    """The header block (one row, or two when a merged group heading sits above the names)."""

    rows: list[int]  # 0-based row indices, top to bottom
    columns: list[Column] = field(default_factory=list)

    @property
    def last(self) -> int:
        return self.rows[-1]

    def by_field(self) -> dict[str, Column]:
        found: dict[str, Column] = {}
        for column in self.columns:
            if column.field and column.field != IGNORED:
                found.setdefault(column.field, column)
        return found


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA (the column names a spreadsheet shows)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _matches(row: list[str]) -> dict[int, str]:
    return {i: f for i, cell in enumerate(row) if (f := match_header(cell))}


def _score(matches: dict[int, str]) -> int:
    return len({f for f in matches.values() if f != IGNORED})


def find_header(rows: list[list[str]]) -> Header | None:
    """The header block among the first non-blank rows: the row naming most library columns (at least
    two, one of them the name), with the row below when it names columns this one leaves unnamed (the
    second row under a merged group heading)."""
    candidates = [i for i, row in enumerate(rows) if any(cell.strip() for cell in row)][:HEADER_ROWS_SEARCHED]
    best, best_matches = None, {}
    for i in candidates:
        matches = _matches(rows[i])
        if _score(matches) > _score(best_matches) and "name" in matches.values():
            best, best_matches = i, matches
    if best is None or _score(best_matches) < 2:
        return None
    block = [best]
    merged = dict(best_matches)
    for neighbour in (best + 1, best - 1):
        if 0 <= neighbour < len(rows):
            extra = {i: f for i, f in _matches(rows[neighbour]).items() if i not in merged}
            if extra:
                merged.update(extra)
                block.append(neighbour)
    block.sort()
    width = max(len(rows[i]) for i in block)
    columns = []
    for index in range(width):
        field_name = merged.get(index)
        header = ""
        for i in reversed(block):  # the lowest row naming the column shows its header
            cell = rows[i][index].strip() if index < len(rows[i]) else ""
            if cell and (field_name is None or match_header(cell) == field_name):
                header = cell
                break
        columns.append(Column(index, header, field_name))
    return Header(block, columns)
