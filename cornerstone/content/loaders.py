"""Loading every kind of content from a repository, collecting the problems met on the way.

`load_content` never raises on bad content: a file that cannot be parsed gives one `syntax`
problem, a value that breaks the model gives a `schema` problem on the value's line, and the
rest of the repository still loads so that the other rules can run.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from ..cache import HashCache, content_hash
from ..project import Project
from . import models
from .sources import Loc, Source, SourceError, Table, read_csv, read_front_matter, read_json, read_yaml

M = TypeVar("M", bound=BaseModel)

RESOURCE_COLUMNS = list(models.Resource.model_fields)
TAXONOMY_COLUMNS = list(models.TaxonomyTerm.model_fields)
DIVISION_COLUMNS = list(models.Division.model_fields)


@dataclass
class Doc(Generic[M]):
    """A parsed file and its validated model (None when the model did not validate)."""

    path: Path
    source: Source
    model: M | None


@dataclass
class NotebookDoc:
    """A notebook: its metadata model and each cell's `cornerstone` metadata model."""

    path: Path
    source: Source
    meta: Any | None
    cells: list[dict]
    cell_meta: list[Any | None]

    def cell_line(self, index: int, *loc: Any) -> int:
        return self.source.line_of(("cells", index) + loc)

    @property
    def code_cells(self) -> Iterator[tuple[int, dict]]:
        return ((i, c) for i, c in enumerate(self.cells) if c.get("cell_type") == "code")


@dataclass
class Twins(Generic[M]):
    """A zh original and its English twin, either possibly missing."""

    zh: M | None = None
    en: M | None = None


@dataclass
class ModuleEntry:
    id: str
    folder: Path
    doc: Doc[models.Module] | None
    lessons: list[Path]


@dataclass
class ResourceRow:
    row: int
    values: dict[str, str]
    model: models.Resource | None


@dataclass
class Finding:
    """One fault a loader or a rule found: where, and what."""

    path: Path
    line: int
    message: str
    column: int | None = None


@dataclass
class Content:
    """Everything in a repository, as far as it could be read."""

    project: Project
    load_findings: list[tuple[str, Finding]] = field(default_factory=list)
    taxonomy: dict[str, models.TaxonomyTerm] = field(default_factory=dict)
    taxonomy_table: Table | None = None
    taxonomy_rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    divisions_table: Table | None = None
    division_rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    divisions: dict[str, models.Division] = field(default_factory=dict)
    modules: dict[str, ModuleEntry] = field(default_factory=dict)
    paths: Doc[dict] | None = None
    persona_paths: dict[str, models.PersonaPath] = field(default_factory=dict)
    cases: dict[str, Twins[NotebookDoc]] = field(default_factory=dict)
    assignments: dict[str, list[NotebookDoc]] = field(default_factory=dict)
    resources: list[ResourceRow] = field(default_factory=list)
    resources_table: Table | None = None
    practices: dict[str, Twins[Doc[models.Practice]]] = field(default_factory=dict)
    pages: list[Path] = field(default_factory=list)
    cache: HashCache | None = None

    # -- helpers used by loaders and rules

    def rel(self, path: Path) -> str:
        return self.project.relative(path)

    def report(self, rule: str, path: Path, line: int, message: str, column: int | None = None) -> None:
        """A problem met while loading: `syntax` (unreadable) or `schema` (breaks the model)."""
        self.load_findings.append((rule, Finding(path, line, message, column)))

    def terms(self, facet: str) -> set[str]:
        return {t.id for t in self.taxonomy.values() if t.facet == facet}

    @property
    def resource_ids(self) -> set[str]:
        return {r.values.get("id", "") for r in self.resources}

    @property
    def counties(self) -> set[str]:
        return {d.code for d in self.divisions.values() if d.level == "county"}


def _message(error: dict) -> str:
    where = ".".join(str(part) for part in error["loc"])
    text = error["msg"].removeprefix("Value error, ")
    if error["type"] == "missing":
        text = "required but missing"
    elif error["type"] == "extra_forbidden":
        text = "unknown key (check its spelling)"
    return f"{where}: {text}" if where else text


def validate(content: Content, model: type[M], data: Any, source: Source, prefix: Loc = ()) -> M | None:
    """`model` from `data`, or None after reporting each error on its line."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = prefix + tuple(error["loc"])
            content.report("schema", source.path, source.line_of(loc), _message(error))
        return None


def _parse(content: Content, reader, path: Path, *args):
    try:
        return reader(path, *args)
    except SourceError as exc:
        content.report("syntax", path, exc.line, exc.message, exc.column)
    except OSError as exc:
        content.report("syntax", path, 1, f"cannot read the file: {exc.strerror}")
    return None


def _is_en(path: Path) -> bool:
    return path.name.endswith(".en.md") or path.name.endswith(".en.ipynb")


# -- loaders -----------------------------------------------------------------


def _load_table(content: Content, path: Path, columns: list[str], model: type[M]):
    if not path.is_file():
        content.report("schema", path, 1, "the file is missing")
        return None, []
    table = _parse(content, read_csv, path, columns)
    if table is None:
        return None, []
    rows = []
    for number, values in zip(table.row_numbers, table.rows, strict=True):
        try:
            item = model.model_validate({k: v for k, v in values.items() if k in columns})
        except ValidationError as exc:
            item = None
            for error in exc.errors():
                column = error["loc"][0] if error["loc"] else None
                where = table.column_of(column) if isinstance(column, str) else None
                content.report("schema", path, number, f"column {_message(error)}", where)
        rows.append((number, values, item))
    return table, rows


def load_taxonomy(content: Content) -> None:
    path = content.project.library / "taxonomy.csv"
    table, rows = _load_table(content, path, TAXONOMY_COLUMNS, models.TaxonomyTerm)
    content.taxonomy_table = table
    content.taxonomy_rows = [(number, values) for number, values, _ in rows]
    for _number, _values, term in rows:
        if term is None:
            continue
        content.taxonomy.setdefault(term.id, term)


def load_divisions(content: Content) -> None:
    path = content.project.library / "divisions.csv"
    content.divisions_table, rows = _load_table(content, path, DIVISION_COLUMNS, models.Division)
    content.division_rows = [(number, values) for number, values, _ in rows]
    for _number, _values, division in rows:
        if division is None:
            continue
        content.divisions.setdefault(division.code, division)


def load_resources(content: Content) -> None:
    path = content.project.library / "resources.csv"
    table, rows = _load_table(content, path, RESOURCE_COLUMNS, models.Resource)
    content.resources_table = table
    content.resources = [ResourceRow(number, values, item) for number, values, item in rows]


def load_modules(content: Content) -> None:
    folder = content.project.curriculum
    if not folder.is_dir():
        return
    for module_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
        lessons = sorted(module_dir.glob("*.md"))
        yaml_path = module_dir / "module.yaml"
        doc = None
        if not yaml_path.is_file():
            content.report("schema", module_dir / "module.yaml", 1,
                           f"module folder {module_dir.name}/ has no module.yaml")
        else:
            source = _parse(content, read_yaml, yaml_path)
            if source is not None:
                model = None
                if not isinstance(source.data, dict):
                    content.report("schema", yaml_path, 1, "module.yaml must be a mapping of keys to values")
                else:
                    model = validate(content, models.Module, source.data, source)
                doc = Doc(yaml_path, source, model)
        if not models.re.match(models.ID_PATTERN, module_dir.name):
            content.report("schema", yaml_path, 1,
                           f"module id {module_dir.name!r}: use lowercase letters, digits and hyphens")
        content.modules[module_dir.name] = ModuleEntry(module_dir.name, module_dir, doc, lessons)
    paths_file = folder / "paths.yaml"
    if paths_file.is_file():
        source = _parse(content, read_yaml, paths_file)
        if source is None:
            return
        content.paths = Doc(paths_file, source, source.data)
        if not isinstance(source.data, dict):
            content.report("schema", paths_file, 1, "paths.yaml maps each persona id to its path")
            return
        for persona, entry in source.data.items():
            path_model = validate(content, models.PersonaPath, entry, source, (persona,))
            if path_model is not None:
                content.persona_paths[str(persona)] = path_model


def notebook_format_errors(content: Content, path: Path, nb: dict) -> list[tuple[list, str]]:
    """nbformat's own schema errors, cached by the file's hash (importing nbformat is the slow part)."""
    key = content_hash("nbformat-schema", path.read_bytes())
    cached = content.cache.get(key) if content.cache else None
    if cached is not None:
        return [(loc, message) for loc, message in cached]
    import nbformat

    errors = [(list(e.absolute_path), e.message[:200]) for e in nbformat.validator.iter_validate(nb)]
    if content.cache:
        content.cache.put(key, errors)
    return errors


def load_notebook(content: Content, path: Path, meta_model: type[BaseModel],
                  cell_model: type[BaseModel]) -> NotebookDoc | None:
    source = _parse(content, read_json, path)
    if source is None:
        return None
    nb = source.data
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list) or nb.get("nbformat") != 4:
        content.report("syntax", path, 1, "not a Jupyter notebook (nbformat 4 with a list of cells)")
        return None
    for loc, message in notebook_format_errors(content, path, nb):
        content.report("syntax", path, source.line_of(tuple(loc)), f"notebook format: {message}")
    meta = nb.get("metadata", {}).get("cornerstone") if isinstance(nb.get("metadata"), dict) else None
    meta_model_value = None
    if meta is None:
        content.report("schema", path, source.line_of(("metadata",)),
                       "notebook metadata has no `cornerstone` section")
    else:
        meta_model_value = validate(content, meta_model, meta, source, ("metadata", "cornerstone"))
    cells = [c if isinstance(c, dict) else {} for c in nb["cells"]]
    cell_meta = []
    for index, cell in enumerate(cells):
        data = (cell.get("metadata") or {}).get("cornerstone")
        cell_meta.append(
            None if data is None
            else validate(content, cell_model, data, source, ("cells", index, "metadata", "cornerstone"))
        )
    return NotebookDoc(path, source, meta_model_value, cells, cell_meta)


def load_cases(content: Content) -> None:
    folder = content.project.casebook
    if not folder.is_dir():
        return
    for case_dir in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        twins: Twins[NotebookDoc] = Twins()
        for lang, name in (("zh", "case.ipynb"), ("en", "case.en.ipynb")):
            path = case_dir / name
            if path.is_file():
                setattr(twins, lang, load_notebook(content, path, models.Case, models.CaseCell))
        if not (case_dir / "case.ipynb").is_file():
            content.report("schema", case_dir / "case.ipynb", 1,
                           f"case folder {case_dir.name}/ has no case.ipynb")
        content.cases[case_dir.name] = twins


def load_assignments(content: Content) -> None:
    folder = content.project.assignments
    if not folder.is_dir():
        return
    for assignment_dir in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        notebooks = sorted(p for p in assignment_dir.glob("*.ipynb"))
        if len(notebooks) != 1:
            content.report("schema", assignment_dir / (notebooks[0].name if notebooks else f"{assignment_dir.name}.ipynb"), 1,
                           f"assignment {assignment_dir.name}/ must hold exactly one notebook, "
                           f"found {len(notebooks)}")
        docs = [load_notebook(content, p, models.Assignment, models.AssignmentCell) for p in notebooks]
        content.assignments[assignment_dir.name] = [d for d in docs if d is not None]


def load_practices(content: Content) -> None:
    folder = content.project.practices
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.md")):
        if path.name == "index.md" or path.name == "index.en.md":
            continue
        practice_id = path.name.removesuffix(".md").removesuffix(".en")
        twins = content.practices.setdefault(practice_id, Twins())
        parsed = _parse(content, read_front_matter, path)
        doc = None
        if parsed is not None:
            source, _body = parsed
            doc = Doc(path, source, validate(content, models.Practice, source.data, source))
        setattr(twins, "en" if _is_en(path) else "zh", doc)


def load_pages(content: Content) -> None:
    """Markdown pages of the site and the lessons of the curriculum."""
    site = content.project.site
    pages = [p for p in site.rglob("*.md") if "overrides" not in p.relative_to(site).parts] if site.is_dir() else []
    for entry in content.modules.values():
        pages.extend(entry.lessons)
    content.pages = sorted(pages)


LOADERS = (load_taxonomy, load_divisions, load_resources, load_modules, load_cases,
           load_assignments, load_practices, load_pages)


def load_content(project: Project, cache: bool = True) -> Content:
    content = Content(project, cache=HashCache(project.cache / "check.json") if cache else None)
    for loader in LOADERS:
        loader(content)
    if content.cache:
        content.cache.save()
    return content
