"""Settings of the `cornerstone` MkDocs plugin."""

from mkdocs.config import base
from mkdocs.config import config_options as c


class CornerstoneConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # Execute case notebooks to show their widgets' static forms (cached by content hash).
    execute_cases = c.Type(bool, default=True)
    # Seconds a case notebook's cell may run while the site is built.
    cell_timeout = c.Type(int, default=120)
    # Make every Chinese sub-word a search token (援助 finds 法律援助).
    search_subwords = c.Type(bool, default=True)
