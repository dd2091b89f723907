"""Letting mkdocs-static-i18n localize pages generated in memory.

mkdocs-static-i18n (1.x) localizes only files whose source lies in the docs folder, and rebuilds each
as a new `File` read from disk. Generated pages have no file on disk (they are never written into
`site/`). So each generated page is given its virtual path in the docs folder, and the plugin's file
factory is wrapped to carry the page's in-memory content over to the file it creates.
"""

from __future__ import annotations

import os

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

_wrapped = False


def generated_file(config: MkDocsConfig, path: str, content: str | bytes) -> File:
    """A page made in memory that mkdocs-static-i18n treats as one of the docs folder's."""
    # `exclude_docs` hides the library's own CSV sources; a generated download is published on purpose.
    file = File.generated(config, path, content=content, inclusion=InclusionLevel.INCLUDED)
    file.abs_src_path = os.path.normpath(os.path.join(config.docs_dir, path))
    return file


def carry_generated_content() -> None:
    global _wrapped
    if _wrapped:
        return
    from mkdocs_static_i18n import suffix

    original = suffix.create_i18n_file

    def create_i18n_file(file: File, *args, **kwargs) -> File:
        made = original(file, *args, **kwargs)
        if file.generated_by is not None:
            made.generated_by = file.generated_by
            made._content = file._content  # the page's text; its path on disk does not exist
        return made

    suffix.create_i18n_file = create_i18n_file
    _wrapped = True
