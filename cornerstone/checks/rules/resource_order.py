"""`resources.csv` rows stay sorted by county code, then id, so that diffs between imports are small.

`cornerstone library import` writes rows in this order; a hand edit may not.

    passes:  530102-0001, 530102-0002, 532901-0001
    fails:   532901-0001 before 530102-0001   ← on the first row out of order
"""

from collections.abc import Iterator

from ...content.loaders import Content, Finding

ID = "resource-order"


def check(content: Content) -> Iterator[Finding]:
    table = content.resources_table
    previous = None
    for row in content.resources:
        key = (row.values.get("county_code", ""), row.values.get("id", ""))
        if previous is not None and key < previous[0]:
            yield Finding(table.path, row.row,
                          f"row out of order: {key[1]} must come before {previous[0][1]} (row {previous[1]}); "
                          "rows are sorted by county_code, then id")
            return
        previous = (key, row.row)
