"""Local-resources pages: an index by prefecture and a page per county, its services as cards."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ...content.loaders import Content, ResourceRow
from ...content.models import split_terms
from ..labels import LANGS, Labels, esc, suffix
from . import Page


def _by_county(content: Content) -> dict[str, list[ResourceRow]]:
    grouped: dict[str, list[ResourceRow]] = defaultdict(list)
    for row in content.resources:
        if row.model:
            grouped[row.model.county_code].append(row)
    return grouped


def card(row: ResourceRow, words: Labels, lang: str) -> str:
    r = row.model
    name = r.name_en if lang == "en" and r.name_en else r.name
    description = r.description_en if lang == "en" and r.description_en else r.description
    facts = [
        (words["category"], esc(words.term(r.category))),
        (words["services"], esc(words.terms(r.services))),
        (words["languages"], esc(words.terms(r.languages))),
        (words["hours"], esc(r.hours)),
        (words["address"], esc(" ".join(x for x in (r.township, r.village, r.address) if x))),
        (words["phone"], " ".join(f'<a href="tel:{esc(n)}">{esc(n)}</a>' for n in split_terms(r.phone))),
        (words["eligibility"], esc(r.eligibility)),
        (words["verified"], f'<time datetime="{r.last_verified}">{r.last_verified}</time>'),
    ]
    rows = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts if v)
    sample = f'<p class="cs-sample" data-search-exclude>{words["sample"]}</p>' if r.source == "sample" else ""
    # The heading carries the resource's stable anchor, so search finds each card by its name and
    # leads to it; the rest of the card stays out of the index (5,000 cards must stay under 3 MB).
    return (f'<article class="cs-card" data-services="{esc(" ".join(r.services))}" '
            f'data-languages="{esc(" ".join(r.languages))}"><h3 id="{esc(r.id)}">{esc(name)}</h3>{sample}'
            f'<p data-search-exclude>{esc(description)}</p><dl data-search-exclude>{rows}</dl></article>')


def county_page(content: Content, code: str, rows: list[ResourceRow], lang: str) -> str:
    words = Labels(content, lang)
    services = sorted({s for row in rows for s in row.model.services})
    languages = sorted({x for row in rows for x in row.model.languages})

    def options(ids: list[str]) -> str:
        return f'<option value="">{words["all"]}</option>' + "".join(
            f'<option value="{esc(i)}">{esc(words.term(i))}</option>' for i in ids)

    lines = [f"# {esc(words.place(code))}", ""]
    if any(row.model.source == "sample" for row in rows):
        lines += ['!!! warning ""', f"    {words['sample_note']}", ""]
    lines += [
        f'<form class="cs-filter" aria-label="{words["filter"]}" data-shown="{words["shown"]}" data-of="{words["of"]}">',
        f'<label>{words["services"]} <select name="service">{options(services)}</select></label>',
        f'<label>{words["languages"]} <select name="language">{options(languages)}</select></label>',
        f'<p class="cs-filter-count" role="status" aria-live="polite">{words["shown"]} {len(rows)} {words["of"]} {len(rows)}</p>',
        "</form>", "",
        '<div class="cs-cards">',
        *[card(row, words, lang) for row in sorted(rows, key=lambda r: r.model.id)],
        "</div>", "",
    ]
    return "\n".join(lines)


def index_page(content: Content, grouped: dict[str, list[ResourceRow]], lang: str) -> str:
    words = Labels(content, lang)
    lines = [f"# {words['resources']}", "", words["sample_note"], ""]
    prefectures = [d for d in content.divisions.values() if d.level == "prefecture"]
    for prefecture in sorted(prefectures, key=lambda d: d.code):
        counties = sorted((d for d in content.divisions.values() if d.parent_code == prefecture.code),
                          key=lambda d: d.code)
        name = prefecture.name if lang == "zh" else prefecture.name_en
        listed = [c for c in counties if c.code in grouped]
        lines += [f"## {esc(name)}", ""]
        if not listed:
            lines += [words["no_resources"], ""]
            continue
        for county in listed:
            county_name = county.name if lang == "zh" else county.name_en
            lines.append(f"- [{esc(county_name)}]({county.code}/index.md) "
                         f"({len(grouped[county.code])} {words['services_count']})")
        lines.append("")
    return "\n".join(lines)


def generate(content: Content) -> Iterator[Page]:
    grouped = _by_county(content)
    for lang in LANGS:
        s = suffix(lang)
        yield Page(f"library/resources/index{s}.md", index_page(content, grouped, lang))
        for code, rows in grouped.items():
            yield Page(f"library/resources/{code}/index{s}.md", county_page(content, code, rows, lang))
