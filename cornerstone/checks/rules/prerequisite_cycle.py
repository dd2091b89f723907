"""Module prerequisites form no cycle: a trainee could never start a module that needs itself.

    passes:  mediation-advanced needs people-mediation
    fails:   people-mediation needs mediation-advanced and mediation-advanced needs people-mediation
             ← on the `prerequisites` of the first: people-mediation → mediation-advanced → people-mediation
"""

from collections.abc import Iterator

from ...content.loaders import Content, Finding

ID = "prerequisite-cycle"


def check(content: Content) -> Iterator[Finding]:
    needs = {
        module_id: [p for p in entry.doc.model.prerequisites if p in content.modules]
        for module_id, entry in content.modules.items()
        if entry.doc and entry.doc.model
    }
    reported: set[frozenset[str]] = set()
    for start in sorted(needs):
        # depth-first search from each module, reporting each cycle once
        stack = [(start, [start])]
        while stack:
            current, trail = stack.pop()
            for nxt in needs.get(current, []):
                if nxt == start:
                    cycle = frozenset(trail)
                    if cycle not in reported:
                        reported.add(cycle)
                        doc = content.modules[start].doc
                        yield Finding(doc.path, doc.source.line_of(("prerequisites",)),
                                      "prerequisites form a cycle: " + " → ".join(trail + [start]))
                elif nxt not in trail:
                    stack.append((nxt, trail + [nxt]))
