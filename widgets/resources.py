"""ResourceFinder: where to refer someone — service points by place, service and language.

Reads the library's `site/library/resources.csv`, with `taxonomy.csv` for the names of services and
languages and `divisions.csv` for the names of prefectures and counties, from the repository: the
nearest parent of the working directory holding `mkdocs.yml`, or `CORNERSTONE_ROOT`.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets

from ._base import Composite, html_part, part
from ._html import esc, paragraphs, section, status, tel, time_tag
from ._i18n import sentence

if TYPE_CHECKING:
    import pandas as pd

RESOURCE_COLUMNS = ("id", "name", "name_en", "category", "services", "county_code", "township", "village",
                    "address", "phone", "hours", "languages", "eligibility", "description", "description_en",
                    "last_verified", "source")
REQUIRED_COLUMNS = ("id", "name", "services", "county_code", "languages")
MAX_CARDS = 20
ALL = ""  # the drop-downs' value for "全部 / all"


def repository_root() -> Path | None:
    """`CORNERSTONE_ROOT`, else the nearest parent of the working directory holding `mkdocs.yml`."""
    override = os.environ.get("CORNERSTONE_ROOT")
    if override:
        return Path(override).expanduser().resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    return None


def _cell(value: Any) -> str:
    """A table cell as text: empty for a missing value, 532901 rather than 532901.0."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _records(frame: pd.DataFrame, what: str, required: Iterable[str], optional: Iterable[str] = ()) -> list[dict]:
    """The rows of `frame` as dicts of text; a missing required column is an error naming it."""
    columns = [str(column) for column in frame.columns]
    for column in required:
        if column not in columns:
            raise ValueError(f"ResourceFinder: {what} has no column {column!r}; "
                             f"it needs the columns {', '.join(required)}")
    names = [*required, *(column for column in optional if column not in required)]
    return [{name: _cell(row.get(name)) for name in names} for row in frame.to_dict(orient="records")]


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _read_csv(path: Path) -> pd.DataFrame:
    import pandas as pd

    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


@dataclass(frozen=True)
class Division:
    code: str
    level: str
    parent: str
    name: str
    name_en: str


@dataclass
class Library:
    """The service points and the vocabularies that name their services, languages and places."""

    resources: list[dict[str, str]]
    terms: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # (facet, id) -> (zh, en)
    order: dict[tuple[str, str], int] = field(default_factory=dict)  # taxonomy row order
    divisions: dict[str, Division] = field(default_factory=dict)

    @classmethod
    def load(cls, data: pd.DataFrame | None = None, taxonomy: pd.DataFrame | None = None,
             divisions: pd.DataFrame | None = None) -> Library:
        root = repository_root()
        library = root / "site" / "library" if root else None
        if data is None:
            if library is None:
                raise FileNotFoundError(
                    f"ResourceFinder: no Cornerstone repository here ({Path.cwd()}) or above it (no mkdocs.yml); "
                    "run the notebook inside the repository, set CORNERSTONE_ROOT, or pass data=<DataFrame>")
            path = library / "resources.csv"
            if not path.is_file():
                raise FileNotFoundError(f"ResourceFinder: {path} does not exist")
            data = _read_csv(path)
            what = f"{path}"
        else:
            what = "the resources table (data=)"
        if taxonomy is None and library is not None and (library / "taxonomy.csv").is_file():
            taxonomy = _read_csv(library / "taxonomy.csv")
        if divisions is None and library is not None and (library / "divisions.csv").is_file():
            divisions = _read_csv(library / "divisions.csv")
        found = cls(_records(data, what, REQUIRED_COLUMNS, RESOURCE_COLUMNS))
        if taxonomy is not None:
            for index, row in enumerate(_records(taxonomy, "the taxonomy", ("id", "facet", "zh", "en"))):
                found.terms[(row["facet"], row["id"])] = (row["zh"], row["en"] or row["zh"])
                found.order[(row["facet"], row["id"])] = index
        if divisions is not None:
            for row in _records(divisions, "the divisions", ("code", "level", "parent_code", "name"), ("name_en",)):
                found.divisions[row["code"]] = Division(row["code"], row["level"], row["parent_code"],
                                                        row["name"], row["name_en"] or row["name"])
        return found

    def term(self, facet: str, term: str, lang: str) -> str:
        names = self.terms.get((facet, term))
        return term if names is None else names[lang == "en"]

    def sorted_terms(self, facet: str, terms: Iterable[str]) -> list[str]:
        """Terms in the taxonomy's order; terms it does not know come last, alphabetically."""
        return sorted(set(terms), key=lambda t: (self.order.get((facet, t), math.inf), t))

    def place_name(self, code: str, lang: str) -> str:
        division = self.divisions.get(code)
        return code if division is None else (division.name_en if lang == "en" else division.name)

    def prefecture_of(self, county: str) -> str:
        division = self.divisions.get(county)
        return division.parent if division and division.level == "county" else ""

    def is_prefecture(self, code: str) -> bool:
        division = self.divisions.get(code)
        return division is not None and division.level == "prefecture"

    def place_label(self, code: str, lang: str, everything: str) -> str:
        """"大理白族自治州 · 大理市"; for a prefecture, "大理白族自治州 · 全部"."""
        if self.is_prefecture(code):
            return everything.format(prefecture=self.place_name(code, lang))
        prefecture = self.prefecture_of(code)
        county = self.place_name(code, lang)
        return f"{self.place_name(prefecture, lang)} · {county}" if prefecture else county


class ResourceFinder(Composite):
    """Service points to refer people to, filtered by place (county or prefecture), service and language.

    Shows up to 20 cards and a count; rows whose `source` is "sample" are marked unverified.
    `matches` lists the rows that match the current filters (all of them, not only the 20 shown).
    """

    _kind = "resources"
    _parts = ("place", "service", "language", "count", "cards")

    place = part(ipywidgets.Dropdown, "County, or a whole prefecture, labelled by prefecture.")
    service = part(ipywidgets.Dropdown, "A service, or all.")
    language = part(ipywidgets.Dropdown, "A language spoken there, or all.")
    count = part(ipywidgets.HTML, "How many service points were found (live region).")
    cards = part(ipywidgets.HTML, "Up to 20 service points.")

    def __init__(self, county: str | int | None = None, service: str | None = None, language: str | None = None,
                 *, data: pd.DataFrame | None = None, taxonomy: pd.DataFrame | None = None,
                 divisions: pd.DataFrame | None = None, lang: str | None = None) -> None:
        self.library = Library.load(data, taxonomy, divisions)
        county = ALL if county is None else _cell(county)
        service = ALL if service is None else str(service).strip()
        language = ALL if language is None else str(language).strip()
        self._check_filters(county, service, language)
        super().__init__(lang=lang)
        place_options = self._place_options(county)
        service_options = self._term_options("service", "services", service, "resources.all_services")
        language_options = self._term_options("language", "languages", language, "resources.all_languages")
        self.heading = html_part(f"<h3>{esc(self.t('resources.heading'))}</h3>")
        self.place = self._dropdown("resources.place", place_options, county)
        self.service = self._dropdown("resources.service", service_options, service)
        self.language = self._dropdown("resources.language", language_options, language)
        self.count = html_part()
        self.cards = html_part()
        self._update()
        for dropdown in (self.place, self.service, self.language):
            dropdown.observe(self._update, names="value")

    @property
    def resources(self) -> list[dict[str, str]]:
        return self.library.resources

    # -- the drop-downs ------------------------------------------------------------------------------------

    def _check_filters(self, county: str, service: str, language: str) -> None:
        """The author's starting filters are codes and ids the library knows."""
        library = self.library
        counties = {row["county_code"] for row in self.resources}
        if county and county not in counties and county not in library.divisions:
            raise ValueError(f"ResourceFinder: county {county!r} is not a county code in the library; write "
                             "a 6-digit code from site/library/divisions.csv in quotes, such as "
                             "county=\"532901\" (大理市), a prefecture code such as \"532900\", or None for all")
        for facet, column, chosen in (("service", "services", service), ("language", "languages", language)):
            used = {term for row in self.resources for term in _split(row[column])}
            if chosen and chosen not in used and (facet, chosen) not in library.terms:
                known = library.sorted_terms(facet, used)
                raise ValueError(f"ResourceFinder: {facet} {chosen!r} is not a {facet} id in the library's taxonomy; "
                                 f"write one of {', '.join(repr(term) for term in known)}, or None for all")

    def _dropdown(self, description: str, options: list[tuple[str, str]], value: str) -> ipywidgets.Dropdown:
        return ipywidgets.Dropdown(options=options, value=value, description=self.t(description),
                                   layout=ipywidgets.Layout(width="100%"))

    def _place_options(self, chosen: str) -> list[tuple[str, str]]:
        library = self.library
        counties = {row["county_code"] for row in self.resources if row["county_code"]}
        if chosen and not library.is_prefecture(chosen):
            counties.add(chosen)
        prefectures: dict[str, list[str]] = {}
        for code in sorted(counties):
            prefectures.setdefault(library.prefecture_of(code), []).append(code)
        if chosen and library.is_prefecture(chosen):
            prefectures.setdefault(chosen, [])
        everything = self.t("resources.prefecture_all")
        options = [(sentence(self.t("resources.all_places")), ALL)]
        for prefecture in sorted(prefectures, key=lambda code: (code == "", code)):
            if prefecture and (len(prefectures[prefecture]) > 1 or prefecture == chosen):
                options.append((library.place_label(prefecture, self.lang, everything), prefecture))
            options.extend((library.place_label(code, self.lang, everything), code)
                           for code in prefectures[prefecture])
        return options

    def _term_options(self, facet: str, column: str, chosen: str, everything: str) -> list[tuple[str, str]]:
        library = self.library
        used = {term for row in self.resources for term in _split(row[column])}
        if chosen:
            used.add(chosen)
        return [(sentence(self.t(everything)), ALL)] + [
            (library.term(facet, term, self.lang), term) for term in library.sorted_terms(facet, used)]

    # -- filtering and cards -------------------------------------------------------------------------------

    def _in_place(self, row: dict[str, str], place: str) -> bool:
        if not place:
            return True
        if self.library.is_prefecture(place):
            return self.library.prefecture_of(row["county_code"]) == place
        return row["county_code"] == place

    @property
    def matches(self) -> list[dict[str, str]]:
        """The rows matching the chosen place, service and language, in the library's order."""
        place, service, language = self.place.value, self.service.value, self.language.value
        return [row for row in self.resources
                if self._in_place(row, place)
                and (not service or service in _split(row["services"]))
                and (not language or language in _split(row["languages"]))]

    def _count_html(self, found: int) -> str:
        text = self.t("resources.found_one") if found == 1 else self.t("resources.found", n=found)
        if found > MAX_CARDS:
            text += self.t("resources.first", m=MAX_CARDS)
        filters = self.t("resources.filters", place=self.place.label, service=self.service.label,
                         language=self.language.label)
        more = f"<p>{esc(self.t('resources.none'))}</p>" if found == 0 else ""
        return f'<p class="cs-count"><strong>{esc(text)}</strong>{esc(filters)}</p>{more}'

    def _card(self, row: dict[str, str]) -> str:
        library, lang, sep = self.library, self.lang, self.t("list.sep")
        english = lang == "en"
        name = row["name_en"] if english and row["name_en"] else row["name"]
        description = row["description_en"] if english and row["description_en"] else row["description"]
        sample = (f'<p><span class="cs-sample">{esc(self.t("resources.sample"))}</span></p>'
                  if row["source"].strip().lower() == "sample" else "")
        where = [library.place_label(row["county_code"], lang, "{prefecture}")] if row["county_code"] else []
        where += [row[column] for column in ("township", "village", "address") if row[column]]
        phones = _split(row["phone"])
        facts = [
            ("resources.services", esc(sep.join(library.term("service", t, lang) for t in _split(row["services"])))),
            ("resources.languages", esc(sep.join(library.term("language", t, lang) for t in _split(row["languages"])))),
            ("resources.where", esc(" · ".join(where))),
            ("resources.phone", sep.join(tel(phone) for phone in phones)),
            ("resources.hours", esc(row["hours"])),
            ("resources.eligibility", esc(row["eligibility"])),
            ("resources.last_verified", time_tag(row["last_verified"]) if row["last_verified"] else ""),
        ]
        facts_html = "".join(f"<dt>{esc(self.t(key))}</dt><dd>{value}</dd>" for key, value in facts if value)
        return (f'<li class="cs-card" data-resource="{esc(row["id"])}"><h4>{esc(name)}</h4>{sample}'
                f"{paragraphs(description)}<dl>{facts_html}</dl></li>")

    def cards_html(self, rows: list[dict[str, str]]) -> str:
        if not rows:
            return ""
        return f'<ul class="cs-cards">{"".join(self._card(row) for row in rows[:MAX_CARDS])}</ul>'

    def _update(self, change: dict | None = None) -> None:
        rows = self.matches
        self.count.value = status(self._count_html(len(rows)))
        self.cards.value = self.cards_html(rows)

    def static_html(self) -> str:
        rows = self.matches
        return section("resources", self.t("resources.heading"), self._count_html(len(rows)) + self.cards_html(rows))
