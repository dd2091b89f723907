"""Two service points of the same name in the same county are probably one point entered twice.

Names are compared with full-width forms folded, case, spaces and punctuation ignored. A warning:
two points may truly share a name, but then a reader cannot tell them apart either, so say which is
which in the name (`喜洲镇司法所`, not `司法所`). `library import` reports the same.

    passes:  532901-0001 大理市法律援助中心, 532901-0002 大理市喜洲镇司法所
    fails:   532901-0003 大理市 法律援助中心   ← column name: same name in the same county as row 2
"""

from collections.abc import Iterator

from ...content.loaders import Content, Finding
from ...library.messages import say
from .resource_rows import likely_duplicates

ID = "likely-duplicate"


def check(content: Content) -> Iterator[Finding]:
    table = content.resources_table
    if table is None:
        return
    for issue in likely_duplicates(content.resources):
        yield Finding(table.path, issue.row, say("cell", header=issue.column, text=say(issue.key, **issue.args)),
                      table.column_of(issue.column))
