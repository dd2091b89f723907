"""Chinese search that finds words inside longer words (援助 in 法律援助).

Material's search plugin segments Chinese with `jieba.cut` and joins the words with U+200B, which
the search separator splits on. A query is matched against whole words, so 援助 would not find
法律援助. jieba's search mode (`cut_for_search`) also yields the shorter words inside each long one;
indexing those makes every sub-word a token of its own.
"""

from __future__ import annotations

import re

HAN = re.compile(r"([\u4e00-\u9fff\u3400-\u4dbf]+)")
_done = False


def use_subword_segmentation() -> None:
    global _done
    if _done:
        return
    import jieba
    from material.plugins.search import plugin as material_search

    jieba.setLogLevel(60)  # silence "Building prefix dict …" on every build

    def segment(self, data: str) -> str:
        def replace(match: re.Match) -> str:
            words = list(dict.fromkeys(jieba.cut_for_search(match.group(0))))
            return "\u200b" + "\u200b".join(words) + "\u200b"

        return HAN.sub(replace, data).strip("\u200b")

    material_search.SearchIndex._segment_chinese = segment
    _done = True
