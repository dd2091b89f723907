"""Open data (`/library/data/`): the resources as CSV and as the library's HSDS data package."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

from ...content.loaders import Content
from ..labels import LANGS, Labels, suffix
from . import Page

TEXT = {
    "zh": "本地服务资源目录以开放数据发布（CC BY 4.0），供各县和合作机构使用。",
    "en": "The directory of local services is published as open data (CC BY 4.0) for counties and partners.",
}
FILES = {
    "csv": {"zh": "服务资源表（CSV，UTF-8）", "en": "Services table (CSV, UTF-8)"},
    "hsds": {"zh": "HSDS 数据包（Open Referral 格式，zip）", "en": "HSDS data package (Open Referral, zip)"},
}


def _hsds_zip(content: Content) -> bytes | None:
    try:
        from ...library.export import export_hsds
    except ImportError:  # the library's export is not part of this installation
        return None
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "resources-hsds.zip"
        export_hsds(content.project, out)
        return out.read_bytes()


def generate(content: Content) -> Iterator[Page]:
    csv_path = content.project.library / "resources.csv"
    downloads = {"csv": ("resources.csv", csv_path.read_bytes())} if csv_path.is_file() else {}
    package = _hsds_zip(content)
    if package is not None:
        downloads["hsds"] = ("resources-hsds.zip", package)
    for name, data in downloads.values():
        yield Page(f"library/data/{name}", data)
    for lang in LANGS:
        words = Labels(content, lang)
        lines = [f"# {words['data']}", "", TEXT[lang], ""]
        # the files are published once, under the default language's folder
        here = "" if lang == "zh" else "../../../library/data/"
        lines += [f'- <a href="{here}{name}" download>{FILES[kind][lang]}</a>'
                  for kind, (name, _data) in downloads.items()]
        lines += ["", words["sample_note"], ""]
        yield Page(f"library/data/index{suffix(lang)}.md", "\n".join(lines))
