"""Chinese search that finds words inside longer words (援助 in 法律援助, 纠纷 in 土地纠纷).

Material's search plugin segments Chinese with `jieba.cut` and joins the words with U+200B, which the
search separator splits on; its browser side segments a query by the index's own vocabulary. A
query is matched against whole words, so 援助 would not find 法律援助. Each index entry therefore gets
one more field, `subwords` (declared in `mkdocs.yml` under `search.fields`): the shorter words that
jieba's search mode (`cut_for_search`) finds inside each long word. The field is indexed but never
shown, so results read exactly as the page does.
"""

from __future__ import annotations

import json
import re

FIELD = "subwords"
HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]{3,}")
_done = False


def subwords(text: str) -> str:
    """The sub-words of every Chinese word of three or more characters in `text`, U+200B-separated."""
    import jieba

    found: dict[str, None] = {}
    for word in HAN.findall(text.replace("\u200b", " ")):
        for part in jieba.cut_for_search(word):
            if part != word and len(part) > 1:
                found.setdefault(part)
    return "\u200b".join(found)


def use_subword_field() -> None:
    global _done
    if _done:
        return
    import jieba
    from material.plugins.search import plugin as material_search

    jieba.setLogLevel(60)  # silence "Building prefix dict …" on every build
    index = material_search.SearchIndex
    original = index.create_entry_for_section

    def create_entry_for_section(self, section, toc, url, page):
        before = len(self.entries)
        original(self, section, toc, url, page)
        for entry in self.entries[before:]:
            extra = subwords(entry.get("title", "") + " " + entry.get("text", ""))
            if extra:
                entry[FIELD] = extra

    index.create_entry_for_section = create_entry_for_section

    # Material writes the index with json.dumps' default ASCII escapes: six bytes for every Chinese
    # character. Plain UTF-8 takes three, which halves the download on a slow phone connection.
    generate = index.generate_search_index

    def generate_search_index(self, prev):
        return json.dumps(json.loads(generate(self, prev)), ensure_ascii=False, separators=(",", ":"))

    index.generate_search_index = generate_search_index
    _done = True
