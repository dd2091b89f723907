"""Every id one file gives for another thing names something that exists.

Taxonomy terms of the right facet (a module's `audience` must be personas, a resource's `category`
an `org` term, its `services` `service` terms, its `languages` `language` terms, `topics` topic
terms), county codes of `divisions.csv` (county level for regions and resources), module ids
(prerequisites, paths, an assignment's `module`), case and assignment ids, resource ids, and each
taxonomy term's and division's parent. When `taxonomy.csv`, `divisions.csv` or `resources.csv` cannot
be read at all, references into it are not checked: the `syntax` problem on that file says it all.

    passes:  audience: [mediator]
    fails:   audience: [mediater]     ← audience: unknown persona 'mediater'
"""

from collections.abc import Iterator
from pathlib import Path

from ...content.loaders import Content, Finding
from ...content.sources import Source
from ...library.messages import say
from .resource_rows import unknown_references

ID = "unknown-reference"


class _Anything(set):
    """The vocabulary of a file that could not be read: everything passes."""

    def __contains__(self, item: object) -> bool:
        return True


def _listed(path: Path, source: Source, loc: tuple, values: list, known: set[str], what: str,
            hint: str = "") -> Iterator[Finding]:
    for index, value in enumerate(values):
        if value not in known:
            yield Finding(path, source.line_of(loc + (index,)),
                          f"{'.'.join(map(str, loc[-1:]))}: unknown {what} {value!r}{hint}")


def _row(content: Content, row: int, column: str, message: str) -> Finding:
    table = content.resources_table
    return Finding(table.path, row, f"column {column}: {message}", table.column_of(column))


def check(content: Content) -> Iterator[Finding]:
    def vocabulary(readable: bool, terms: set[str]) -> set[str]:
        return terms if readable else _Anything()

    has_taxonomy = content.taxonomy_table is not None
    personas, topics = vocabulary(has_taxonomy, content.terms("persona")), vocabulary(has_taxonomy, content.terms("topic"))
    orgs, services = vocabulary(has_taxonomy, content.terms("org")), vocabulary(has_taxonomy, content.terms("service"))
    languages = vocabulary(has_taxonomy, content.terms("language"))
    counties = vocabulary(content.divisions_table is not None, content.counties)
    resources = vocabulary(content.resources_table is not None, content.resource_ids)
    modules, cases, assignments = set(content.modules), set(content.cases), set(content.assignments)
    taxonomy_hint = " (terms live in site/library/taxonomy.csv)"

    for entry in content.modules.values():
        doc = entry.doc
        if not (doc and doc.model):
            continue
        m, p, s = doc.model, doc.path, doc.source
        yield from _listed(p, s, ("audience",), m.audience, personas, "persona", taxonomy_hint)
        yield from _listed(p, s, ("topics",), m.topics, topics, "topic", taxonomy_hint)
        yield from _listed(p, s, ("prerequisites",), m.prerequisites, modules, "module")
        yield from _listed(p, s, ("cases",), m.cases, cases, "case", " (no folder casebook/<id>/)")
        yield from _listed(p, s, ("assignments",), m.assignments, assignments, "assignment",
                           " (no folder assignments/<id>/)")

    if content.paths:
        p, s = content.paths.path, content.paths.source
        for persona, path in content.persona_paths.items():
            if persona not in personas:
                yield Finding(p, s.line_of((persona,)), f"unknown persona {persona!r}{taxonomy_hint}")
            yield from _listed(p, s, (persona, "modules"), path.modules, modules, "module")

    for twins in content.cases.values():
        for doc in (twins.zh, twins.en):
            if not (doc and doc.meta):
                continue
            meta, s, p = doc.meta, doc.source, doc.path
            base = ("metadata", "cornerstone")
            if meta.region not in counties:
                yield Finding(p, s.line_of(base + ("region",)), f"region: unknown county code {meta.region!r}")
            yield from _listed(p, s, base + ("topics",), meta.topics, topics, "topic", taxonomy_hint)
            yield from _listed(p, s, base + ("resources",), meta.resources, resources, "resource",
                               " (ids live in site/library/resources.csv)")

    for docs in content.assignments.values():
        for doc in docs:
            if doc.meta and doc.meta.module not in modules:
                yield Finding(doc.path, doc.source.line_of(("metadata", "cornerstone", "module")),
                              f"module: unknown module {doc.meta.module!r}")

    for issue in unknown_references(content.resources, counties, orgs, services, languages):
        yield _row(content, issue.row, issue.column, say(issue.key, **issue.args))

    for twins in content.practices.values():
        for doc in (twins.zh, twins.en):
            if not (doc and doc.model):
                continue
            if doc.model.region not in counties:
                yield Finding(doc.path, doc.source.line_of(("region",)),
                              f"region: unknown county code {doc.model.region!r}")
            yield from _listed(doc.path, doc.source, ("topics",), doc.model.topics, topics, "topic",
                               taxonomy_hint)

    taxonomy_path = content.project.library / "taxonomy.csv"
    for row, values in content.taxonomy_rows:
        parent = values.get("parent", "")
        if not parent:
            continue
        term = content.taxonomy.get(parent)
        if term is None:
            yield Finding(taxonomy_path, row, f"column parent: unknown term {parent!r}")
        elif term.facet != values.get("facet"):
            yield Finding(taxonomy_path, row,
                          f"column parent: {parent!r} is a {term.facet} term, not a {values.get('facet')} term")

    divisions_path = content.project.library / "divisions.csv"
    expected_parent = {"province": None, "prefecture": "province", "county": "prefecture"}
    for row, values in content.division_rows:
        level, parent_code = values.get("level"), values.get("parent_code", "")
        want = expected_parent.get(level)
        if want is None:
            continue
        parent = content.divisions.get(parent_code)
        if parent is None or parent.level != want:
            yield Finding(divisions_path, row,
                          f"column parent_code: a {level}'s parent must be a {want} code, got {parent_code!r}")
