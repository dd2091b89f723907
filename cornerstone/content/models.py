"""The content model: one pydantic model per kind of content (formats in the README).

Models check what a single record can know by itself; whether a referenced term, county or module
exists is checked by the rules in `cornerstone.checks`, which see the whole repository.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
CountyCode = Annotated[str, StringConstraints(pattern=r"^53\d{4}$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

SECTIONS = ("facts", "stakeholders", "issues", "basis", "decision", "discussion", "commentary", "resources")
FACETS = ("topic", "org", "service", "persona", "language")


class Strict(BaseModel):
    """Unknown keys are mistakes (a typo in a key would otherwise vanish silently)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Localized(Strict):
    """Text in both languages."""

    zh: Text
    en: Text


class Author(Strict):
    name: Text
    role: Text | None = None
    affiliation: Text | None = None


# -- curriculum -------------------------------------------------------------


class Module(Strict):
    """`curriculum/<id>/module.yaml`."""

    title: Localized
    summary: Localized
    audience: list[Id] = Field(min_length=1)
    objectives: list[Localized] = Field(min_length=1)
    prerequisites: list[Id] = []
    minutes: int = Field(gt=0, le=60 * 40)
    topics: list[Id] = Field(min_length=1)
    cases: list[Id] = []
    assignments: list[Id] = []
    authors: list[Author] = Field(min_length=1)
    last_reviewed: dt.date


class PersonaPath(Strict):
    """One persona's entry in `curriculum/paths.yaml`."""

    why: Localized
    modules: list[Id] = Field(min_length=1)

    @field_validator("modules")
    @classmethod
    def _no_repeats(cls, modules: list[str]) -> list[str]:
        repeated = sorted({m for m in modules if modules.count(m) > 1})
        if repeated:
            raise ValueError("module listed twice: " + ", ".join(repeated))
        return modules


# -- casebook ---------------------------------------------------------------


class LegalBasis(Strict):
    law: Text
    article: Text | None = None


class Difficulty(StrEnum):
    introductory = "introductory"
    intermediate = "intermediate"
    advanced = "advanced"


class Case(Strict):
    """Notebook metadata `cornerstone` of `casebook/<id>/case.ipynb` (and its English twin)."""

    title: Text
    authors: list[Author] = Field(min_length=1)
    region: CountyCode
    topics: list[Id] = Field(min_length=1)
    legal_basis: list[LegalBasis] = []
    objectives: list[Text] = Field(min_length=1)
    minutes: int = Field(gt=0, le=600)
    difficulty: Difficulty
    last_reviewed: dt.date
    license: Text
    resources: list[str] = []


class CaseCell(Strict):
    """Cell metadata `cornerstone` of a case notebook."""

    section: Literal[SECTIONS] | None = None  # type: ignore[valid-type]
    decision_point: Id | None = None

    @model_validator(mode="after")
    def _decision_points_are_decisions(self) -> CaseCell:
        if self.decision_point and self.section != "decision":
            raise ValueError("a cell with a decision_point must have section: decision")
        return self


# -- assignments ------------------------------------------------------------


class Track(StrEnum):
    app = "app"
    lab = "lab"


class Assignment(Strict):
    """Notebook metadata `cornerstone` of an nbgrader source notebook in `assignments/<id>/`."""

    title: Localized
    module: Id
    track: Track
    points: float = Field(gt=0)
    due: dt.datetime

    @field_validator("due")
    @classmethod
    def _due_has_timezone(cls, due: dt.datetime) -> dt.datetime:
        if due.tzinfo is None:
            raise ValueError("give the time zone, e.g. 2027-01-31T23:59:00+08:00")
        return due


class Option(Strict):
    value: str | int
    zh: Text
    en: Text


class QuestionKind(StrEnum):
    choice = "choice"
    multi = "multi"
    number = "number"
    text = "text"
    order = "order"
    essay = "essay"


class Question(Strict):
    """Cell metadata `cornerstone.question` of an answer cell in the `app` track."""

    kind: QuestionKind
    var: Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
    prompt: Localized
    options: list[Option] = []
    feedback: Localized | None = None

    @model_validator(mode="after")
    def _options_fit_kind(self) -> Question:
        needs_options = self.kind in (QuestionKind.choice, QuestionKind.multi, QuestionKind.order)
        if needs_options and len(self.options) < 2:
            raise ValueError(f"a {self.kind.value} question needs at least two options")
        if not needs_options and self.options:
            raise ValueError(f"a {self.kind.value} question takes no options")
        values = [o.value for o in self.options]
        if len(set(values)) != len(values):
            raise ValueError("option values must differ")
        return self


class RubricItem(Strict):
    points: float = Field(gt=0)
    zh: Text
    en: Text


class AssignmentCell(Strict):
    """Cell metadata `cornerstone` of an assignment notebook."""

    question: Question | None = None
    rubric: list[RubricItem] | None = None


# -- library ----------------------------------------------------------------

HOTLINES = {"110", "119", "120", "122", "12315", "12338", "12345", "12348", "12355", "12349", "12320"}
LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,5})?$")
MOBILE = re.compile(r"^(\+?86[- ]?)?1[3-9]\d{9}$")


def phone_problem(number: str) -> Literal["mobile", "invalid"] | None:
    """`mobile` for a private mobile number, `invalid` for anything not a landline or hotline, else None."""
    compact = re.sub(r"[\s()（）]", "", number)
    if MOBILE.match(compact.replace("-", "")):
        return "mobile"
    if compact in HOTLINES or LANDLINE.match(compact) or re.fullmatch(r"400-?\d{3}-?\d{4}", compact):
        return None
    return "invalid"


def check_phone(number: str) -> str | None:
    """Why `number` is not a phone number a public directory may list, or None when it may."""
    problem = phone_problem(number)
    if problem == "mobile":
        return f"{number!r} is a mobile number: a private person's number is never published"
    if problem == "invalid":
        return f"{number!r} is not a landline with area code (0871-12345678) or a public service hotline (12348)"
    return None


def split_terms(value: str) -> list[str]:
    """`a; b;c` → [a, b, c] (the separator of several values in one cell)."""
    return [part.strip() for part in value.split(";") if part.strip()]


def normalise_name(name: str) -> str:
    """A service point's name for matching: full-width forms folded, case, spaces and punctuation ignored.

    `大理市 法律援助中心` and `大理市法律援助中心（）` match; so do `Dali  Legal-Aid` and `dali legal aid`.
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if not (ch.isspace() or unicodedata.category(ch)[0] in "PSZC"))


class Resource(Strict):
    """One row of `site/library/resources.csv`."""

    id: Annotated[str, StringConstraints(pattern=r"^53\d{4}-\d{4}$")]
    name: Text
    name_en: str = ""
    category: Id
    services: list[Id] = Field(min_length=1)
    county_code: CountyCode
    township: str = ""
    village: str = ""
    address: str = ""
    phone: str = ""
    hours: str = ""
    languages: list[str] = Field(min_length=1)
    eligibility: str = ""
    description: str = ""
    description_en: str = ""
    last_verified: dt.date
    source: Text

    @field_validator("services", "languages", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        return split_terms(value) if isinstance(value, str) else value

    @field_validator("phone")
    @classmethod
    def _public_phone(cls, phone: str) -> str:
        for number in split_terms(phone):
            reason = check_phone(number)
            if reason:
                raise ValueError(reason)
        return phone

    @model_validator(mode="after")
    def _id_matches_county(self) -> Resource:
        if not self.id.startswith(self.county_code + "-"):
            raise ValueError(f"id {self.id} must start with its county code {self.county_code}-")
        return self


class Score(Strict):
    score: int = Field(ge=1, le=5)
    reason: Text


class ReformTests(Strict):
    """The article's three tests; cost, sustainability and participation are optional extras."""

    operability: Score
    generalizability: Score
    economy: Score
    cost: Score | None = None
    sustainability: Score | None = None
    participation: Score | None = None


class Cost(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"


class Practice(Strict):
    """Front matter of `site/library/practices/<id>.md` (and its English twin)."""

    title: Text
    authors: list[Author] = Field(min_length=1)
    region: CountyCode
    topics: list[Id] = Field(min_length=1)
    started: int = Field(ge=1949)
    cost: Cost
    participants: list[Text] = Field(min_length=1)
    outcomes: list[Text] = Field(min_length=1)
    tests: ReformTests
    last_reviewed: dt.date


class TaxonomyTerm(Strict):
    """One row of `site/library/taxonomy.csv`."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    facet: Literal[FACETS]  # type: ignore[valid-type]
    zh: Text
    en: Text
    parent: str = ""


class Division(Strict):
    """One row of `site/library/divisions.csv`."""

    code: Annotated[str, StringConstraints(pattern=r"^53\d{4}$")]
    level: Literal["province", "prefecture", "county"]
    parent_code: str = ""
    name: Text
    name_en: Text
