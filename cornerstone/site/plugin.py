"""The `cornerstone` MkDocs plugin: pages generated from the content, in memory, never into `site/`.

Thin hooks over the generators in `pages/`: curriculum, casebook, local resources, practices, open
data — run in that order. Plain `mkdocs build` and `cornerstone build` both run it.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page as MkDocsPage

from ..content.loaders import Content, load_content
from ..project import Project
from .config import CornerstoneConfig
from .i18n_bridge import carry_generated_content, generated_file
from .pages import Page, casebook, curriculum, data, practices, resources
from .search import use_subword_field

log = get_plugin_logger(__name__)


class CornerstonePlugin(BasePlugin[CornerstoneConfig]):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.config.enabled:
            carry_generated_content()
            if self.config.search_subwords:
                use_subword_field()
        return config

    def _content(self, config: MkDocsConfig) -> Content:
        project = Project(Path(config.config_file_path).resolve().parent)
        content = load_content(project)
        broken = [f"{content.rel(f.path)}:{f.line}: {f.message}" for rule, f in content.load_findings
                  if rule == "syntax"]
        if broken:
            raise PluginError("content cannot be read (run `cornerstone check`):\n  " + "\n  ".join(broken[:10]))
        return content

    def steps(self, content: Content, directory_urls: bool) -> list[Page]:
        cache = content.project.cache / "site" / "cases"
        pages: list[Page] = []
        pages += curriculum.generate(content, directory_urls)
        try:
            pages += casebook.generate(content, cache, self.config.execute_cases, self.config.cell_timeout)
        except Exception as exc:  # a case that fails to run is the author's to fix: name it
            raise PluginError(f"a case notebook failed to run: {str(exc)[:500]}") from exc
        pages += resources.generate(content)
        pages += practices.generate(content)
        pages += data.generate(content)
        return pages

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        self.content = self._content(config)
        for page in self.steps(self.content, config.use_directory_urls):
            existing = files.get_file_from_path(page.path)
            if existing is not None:
                files.remove(existing)
            files.append(generated_file(config, page.path, page.content))
        return files

    def on_page_markdown(self, markdown: str, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
        """A practice page shows its facts and three-test scores under its title."""
        source = Path(page.file.src_uri)
        if not self.config.enabled or source.parts[:2] != ("library", "practices") or source.stem.startswith("index"):
            return markdown
        practice_id = source.name.removesuffix(".md").removesuffix(".en")
        lang = "en" if source.name.endswith(".en.md") else "zh"
        twins = self.content.practices.get(practice_id)
        doc = getattr(twins, lang, None) if twins else None
        if not (doc and doc.model):
            return markdown
        block = practices.scores_block(self.content, doc.model, lang)
        heading = re.search(r"^#\s.*$", markdown, re.MULTILINE)
        at = heading.end() if heading else 0
        return markdown[:at] + "\n\n" + block + "\n" + markdown[at:]
