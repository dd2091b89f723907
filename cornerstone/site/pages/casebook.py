"""Casebook pages: each case from its executed notebook, widgets in their static form."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ...cache import content_hash
from ...content.loaders import Content, NotebookDoc
from ..labels import LANGS, Labels, esc, suffix
from . import Page

WIDGETS = Path(__file__).resolve().parents[3] / "widgets"


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def _fingerprint(path: Path, content: Content) -> str:
    """What a case's outputs depend on: the notebook, the widget library and the library's data."""
    parts: list[bytes | str] = ["case-outputs-1", path.read_bytes()]
    parts += [p.read_bytes() for p in sorted(WIDGETS.glob("*.py"))]
    library = content.project.library
    parts += [(library / name).read_bytes() for name in ("resources.csv", "taxonomy.csv", "divisions.csv")
              if (library / name).is_file()]
    return content_hash(*parts)


def executed_outputs(path: Path, content: Content, cache_dir: Path, timeout: int) -> list[list[str]]:
    """The `text/html` (else `text/plain`) outputs of each cell, from a cached run when nothing changed."""
    cached = cache_dir / f"{_fingerprint(path, content)}.json"
    if cached.is_file():
        return json.loads(cached.read_text(encoding="utf-8"))
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=False,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = []
    for cell in nb.cells:
        shown = []
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            data = output.get("data", {})
            if "text/html" in data:
                shown.append(data["text/html"])
            elif output.get("output_type") == "stream":
                shown.append(f"<pre>{esc(output.get('text', ''))}</pre>")
        outputs.append(shown)
    cache_dir.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".case-", dir=cache_dir)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(outputs, out, ensure_ascii=False)
    os.replace(temporary, cached)
    return outputs


def case_page(content: Content, case_id: str, doc: NotebookDoc, lang: str, outputs: list[list[str]] | None) -> str:
    words, meta = Labels(content, lang), doc.meta
    app = f"/apps/casebook/{case_id}/" + ("en/" if lang == "en" else "")
    laws = "".join(f"<li>{esc(b.law)}{(' ' + esc(b.article)) if b.article else ''}</li>" for b in meta.legal_basis)
    head = [
        f'<p class="cs-app-link"><a class="md-button md-button--primary" href="{app}">{words["open_app"]}</a></p>',
        "",
        '<dl class="cs-facts">',
        f"<dt>{words['region']}</dt><dd>{esc(words.place(meta.region))}</dd>",
        f"<dt>{words['minutes']}</dt><dd>{meta.minutes} {words['minutes_unit']}</dd>",
        f"<dt>{words['difficulty']}</dt><dd>{words[meta.difficulty.value]}</dd>",
        f"<dt>{words['topics']}</dt><dd>{esc(words.terms(meta.topics))}</dd>",
        "</dl>", "",
        f"<details class=\"cs-objectives\"><summary>{words['objectives']}</summary><ul>"
        + "".join(f"<li>{esc(o)}</li>" for o in meta.objectives) + "</ul></details>", "",
        f"<details class=\"cs-laws\"><summary>{words['laws']}</summary><ul>{laws}</ul></details>", "",
    ]
    body: list[str] = []
    titled = False
    for index, cell in enumerate(doc.cells):
        if cell.get("cell_type") == "markdown":
            text = _source(cell)
            if not titled and text.lstrip().startswith("# "):
                # the case's own title line opens the page; the facts box follows it
                first, _, rest = text.lstrip().partition("\n")
                body += [first, "", *head, rest, ""]
                titled = True
            else:
                body += [text, ""]
        elif outputs is not None and index < len(outputs):
            body += [f'<div class="cs-output">{html}</div>' if not html.lstrip().startswith("<section") else html
                     for html in outputs[index]] + [""]
    if not titled:
        body = [f"# {esc(meta.title)}", "", *head, *body]
    authors = "; ".join(esc(a.name) for a in meta.authors)
    body += ["---", "", f"{words['authors']}: {authors} · {words['reviewed']}: {meta.last_reviewed} · "
             f"{words['license']}: {esc(meta.license)}", ""]
    return "\n".join(body)


def index_page(content: Content, lang: str) -> str:
    words = Labels(content, lang)
    lines = [f"# {words['casebook']}", "", words["composite"], ""]
    for case_id, twins in content.cases.items():
        doc = getattr(twins, lang)
        if not (doc and doc.meta):
            continue
        meta = doc.meta
        app = f"/apps/casebook/{case_id}/" + ("en/" if lang == "en" else "")
        lines.append(f"- [{esc(meta.title)}]({case_id}/index.md) — {esc(words.place(meta.region))}, "
                     f"{esc(words.terms(meta.topics))}, {meta.minutes} {words['minutes_unit']} · "
                     f'<a href="{app}">{words["open_app"]}</a>')
    return "\n".join(lines + [""])


def generate(content: Content, cache_dir: Path, execute: bool, timeout: int) -> Iterator[Page]:
    for lang in LANGS:
        s = suffix(lang)
        yield Page(f"casebook/index{s}.md", index_page(content, lang))
        for case_id, twins in content.cases.items():
            doc = getattr(twins, lang)
            if not (doc and doc.meta):
                continue
            outputs = executed_outputs(doc.path, content, cache_dir, timeout) if execute else None
            yield Page(f"casebook/{case_id}/index{s}.md", case_page(content, case_id, doc, lang, outputs))
