"""Practice pages: the three-test scores on each practice, and indexes by topic and by region."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ...content.loaders import Content
from ...content.models import Practice
from ..labels import LANGS, Labels, esc, suffix
from . import Page

TESTS = ("operability", "generalizability", "economy", "cost", "sustainability", "participation")


def scores_block(content: Content, practice: Practice, lang: str) -> str:
    """HTML inserted under a practice's title: its facts and its scorecard."""
    words = Labels(content, lang)
    facts = [
        (words["region"], esc(words.place(practice.region))),
        (words["started"], str(practice.started)),
        (words["cost_level"], words[practice.cost.value]),
        (words["topics"], esc(words.terms(practice.topics))),
        (words["participants"], esc("; ".join(practice.participants))),
        (words["outcomes"], esc("; ".join(practice.outcomes))),
    ]
    rows = "".join(
        f'<tr><th scope="row">{words[t]}</th><td>{score.score} / 5</td><td>{esc(score.reason)}</td></tr>'
        for t in TESTS if (score := getattr(practice.tests, t)) is not None)
    return ('<dl class="cs-facts">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>\n\n"
            f'<table class="cs-scores"><caption>{words["scores"]}</caption><thead><tr>'
            f'<th scope="col">{words["scores"]}</th><th scope="col">{words["score"]}</th>'
            f'<th scope="col">{words["reason"]}</th></tr></thead><tbody>{rows}</tbody></table>\n')


def index_page(content: Content, lang: str) -> str:
    words = Labels(content, lang)
    by_topic, by_region = defaultdict(list), defaultdict(list)
    for practice_id, twins in content.practices.items():
        doc = getattr(twins, lang)
        if not (doc and doc.model):
            continue
        link = f"[{esc(doc.model.title)}]({practice_id}.md)"
        for topic in doc.model.topics:
            by_topic[topic].append(link)
        by_region[doc.model.region].append(link)
    lines = [f"# {words['practices']}", "", f"## {words['by_topic']}", ""]
    for topic in sorted(by_topic, key=words.term):
        lines += [f"### {esc(words.term(topic))}", "", *[f"- {link}" for link in by_topic[topic]], ""]
    lines += [f"## {words['by_region']}", ""]
    for region in sorted(by_region):
        lines += [f"### {esc(words.place(region))}", "", *[f"- {link}" for link in by_region[region]], ""]
    return "\n".join(lines)


def generate(content: Content) -> Iterator[Page]:
    for lang in LANGS:
        yield Page(f"library/practices/index{suffix(lang)}.md", index_page(content, lang))
