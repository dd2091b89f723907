"""Curriculum pages: the index, a page per module with its lessons, a page per persona path."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...content.loaders import Content, ModuleEntry
from ..labels import LANGS, Labels, esc, suffix
from . import Page


def lesson_title(text: str) -> str:
    match = re.search(r"^#\s+(.+)$", text, re.MULTILINE)
    return match.group(1).strip() if match else ""


def lessons(entry: ModuleEntry, lang: str) -> list[tuple[str, str]]:
    """(slug, text) of the module's lessons in one language, in file order."""
    out = []
    for path in entry.lessons:
        is_en = path.name.endswith(".en.md")
        if is_en != (lang == "en"):
            continue
        out.append((path.name.removesuffix(".md").removesuffix(".en"), path.read_text(encoding="utf-8")))
    return out


def _title(entry: ModuleEntry, lang: str) -> str:
    model = entry.doc.model
    return getattr(model.title, lang)


def _module_link(content: Content, module_id: str, lang: str, base: str, directory_urls: bool) -> str:
    """A link in raw HTML, which MkDocs does not rewrite: it follows the build's URL style
    (`dir/` online, `dir/index.html` in the offline copy opened from file://)."""
    entry = content.modules.get(module_id)
    if entry is None or not (entry.doc and entry.doc.model):
        return esc(module_id)
    page = "" if directory_urls else "index.html"
    return f'<a href="{base}{module_id}/{page}">{esc(_title(entry, lang))}</a>'


def module_page(content: Content, entry: ModuleEntry, lang: str, directory_urls: bool = True) -> str:
    words, model = Labels(content, lang), entry.doc.model
    followers = [m for m, e in content.modules.items() if e.doc and e.doc.model and entry.id in e.doc.model.prerequisites]
    lines = [f"# {esc(_title(entry, lang))}", "", esc(getattr(model.summary, lang)), ""]
    lines += [
        '<dl class="cs-facts">',
        f"<dt>{words['audience']}</dt><dd>{esc(words.terms(model.audience))}</dd>",
        f"<dt>{words['minutes']}</dt><dd>{model.minutes} {words['minutes_unit']}</dd>",
        f"<dt>{words['topics']}</dt><dd>{esc(words.terms(model.topics))}</dd>",
        "</dl>", "",
        f"## {words['objectives']}", "",
    ]
    lines += [f"- {esc(getattr(o, lang))}" for o in model.objectives] + [""]
    before = " ".join(f"<li>{_module_link(content, m, lang, '../', directory_urls)}</li>" for m in model.prerequisites)
    after = " ".join(f"<li>{_module_link(content, m, lang, '../', directory_urls)}</li>" for m in followers)
    none = f"<li>{words['none']}</li>"
    lines += [
        f"## {words['order']}", "",
        f'<div class="cs-flow" role="group" aria-label="{words["order"]}">',
        f'<div class="cs-flow-step"><p>{words["prerequisites"]}</p><ul>{before or none}</ul></div>',
        '<div class="cs-flow-arrow" aria-hidden="true">→</div>',
        f'<div class="cs-flow-step cs-flow-this"><p>{words["this_module"]}</p><ul><li>{esc(_title(entry, lang))}</li></ul></div>',
        '<div class="cs-flow-arrow" aria-hidden="true">→</div>',
        f'<div class="cs-flow-step"><p>{words["follows"]}</p><ul>{after or none}</ul></div>',
        "</div>", "",
        f"## {words['lessons']}", "",
    ]
    lines += [f"{n}. [{esc(lesson_title(text) or slug)}]({slug}.md)" for n, (slug, text) in
              enumerate(lessons(entry, lang), start=1)] + [""]
    if model.cases:
        lines += [f"## {words['cases']}", ""]
        for case_id in model.cases:
            doc = getattr(content.cases.get(case_id), lang, None) if case_id in content.cases else None
            title = doc.meta.title if doc and doc.meta else case_id
            app = f"/apps/casebook/{case_id}/" + ("en/" if lang == "en" else "")
            lines.append(f"- [{esc(title)}](../../casebook/{case_id}/index.md) · "
                         f'<a href="{app}">{words["open_app"]}</a>')
        lines.append("")
    if model.assignments:
        lines += [f"## {words['assignments']}", "", words["assignment_note"], ""]
        for assignment_id in model.assignments:
            docs = content.assignments.get(assignment_id) or []
            title = getattr(docs[0].meta.title, lang) if docs and docs[0].meta else assignment_id
            lines.append(f"- {esc(title)}")
        lines.append("")
    authors = "; ".join(esc(a.name) for a in model.authors)
    lines += ["---", "", f"{words['authors']}: {authors} · {words['reviewed']}: {model.last_reviewed}", ""]
    return "\n".join(lines)


def path_page(content: Content, persona: str, lang: str, directory_urls: bool = True) -> str:
    words, path = Labels(content, lang), content.persona_paths[persona]
    total = sum(content.modules[m].doc.model.minutes for m in path.modules
                if m in content.modules and content.modules[m].doc and content.modules[m].doc.model)
    lines = [f"# {words['paths']}: {esc(words.term(persona))}", "", f"**{words['why']}**: {esc(getattr(path.why, lang))}", ""]
    for number, module_id in enumerate(path.modules, start=1):
        lines.append(f"{number}. {_module_link(content, module_id, lang, '../../', directory_urls)}")
    lines += ["", f"{words['total']}: {total} {words['minutes_unit']}", ""]
    return "\n".join(lines)


def index_page(content: Content, lang: str) -> str:
    words = Labels(content, lang)
    lines = [f"# {words['curriculum']}", "", f"## {words['modules']}", ""]
    for module_id, entry in content.modules.items():
        if entry.doc and entry.doc.model:
            model = entry.doc.model
            lines.append(f"- [{esc(_title(entry, lang))}]({module_id}/index.md) — {esc(getattr(model.summary, lang))} "
                         f"({model.minutes} {words['minutes_unit']})")
    lines += ["", f"## {words['paths']}", ""]
    for persona in content.persona_paths:
        lines.append(f"- [{esc(words.term(persona))}](paths/{persona}/index.md)")
    return "\n".join(lines + [""])


def generate(content: Content, directory_urls: bool = True) -> Iterator[Page]:
    for lang in LANGS:
        s = suffix(lang)
        yield Page(f"curriculum/index{s}.md", index_page(content, lang))
        for module_id, entry in content.modules.items():
            if not (entry.doc and entry.doc.model):
                continue
            yield Page(f"curriculum/{module_id}/index{s}.md", module_page(content, entry, lang, directory_urls))
            for slug, text in lessons(entry, lang):
                yield Page(f"curriculum/{module_id}/{slug}{s}.md", text)
        for persona in content.persona_paths:
            yield Page(f"curriculum/paths/{persona}/index{s}.md", path_page(content, persona, lang, directory_urls))
