"""`cornerstone check`: load the repository, run every rule of the registry, collect the problems."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..content.loaders import Content, load_content
from ..problems import Problem, count
from ..project import Project
from .registry import RULES


@dataclass
class CheckResult:
    """What `check` read and found; `success` is false when any problem is an error."""

    problems: list[Problem]
    summary: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        return count(self.problems)[0]

    @property
    def warnings(self) -> int:
        return count(self.problems)[1]

    @property
    def success(self) -> bool:
        return self.errors == 0

    def summary_line(self) -> str:
        parts = []
        for kind, numbers in self.summary.items():
            text = f"{numbers['count']} {kind}"
            if "with_en" in numbers:
                text += f" ({numbers['with_en']} with English twins)"
            parts.append(text)
        return (f"checked {', '.join(parts)}: "
                f"{self.errors} error{'s' * (self.errors != 1)}, "
                f"{self.warnings} warning{'s' * (self.warnings != 1)}")


def summarize(content: Content) -> dict[str, dict[str, int]]:
    def module_twinned(entry) -> bool:
        zh = [p for p in entry.lessons if not p.name.endswith(".en.md")]
        return bool(zh) and all(p.with_name(p.name[:-3] + ".en.md").exists() for p in zh)

    return {
        "modules": {"count": len(content.modules),
                    "with_en": sum(module_twinned(e) for e in content.modules.values())},
        "cases": {"count": len(content.cases),
                  "with_en": sum(1 for t in content.cases.values() if t.zh and t.en)},
        "assignments": {"count": len(content.assignments)},
        "practices": {"count": len(content.practices),
                      "with_en": sum(1 for t in content.practices.values() if t.zh and t.en)},
        "resources": {"count": len(content.resources)},
    }


def _within(path: str, root: Path, selected: Sequence[Path]) -> bool:
    absolute = (root / path).resolve()
    return any(absolute == s or s in absolute.parents for s in selected)


def run_checks(project: Project, paths: Sequence[Path] = (),
               on_rule: Callable[[str], None] | None = None) -> CheckResult:
    """Check the whole repository; with `paths`, report only problems in those files or folders."""
    content = load_content(project)
    problems: list[Problem] = []
    for rule in RULES.values():
        if on_rule:
            on_rule(rule.id)
        for finding in rule.module.check(content):
            problems.append(Problem(path=content.rel(finding.path), line=finding.line,
                                    column=finding.column, severity=rule.severity, rule=rule.id,
                                    message=finding.message))
    selected = [p.resolve() for p in paths]
    if selected:
        problems = [p for p in problems if _within(p.path, project.root, selected)]
    problems.sort(key=lambda p: p.sort_key)
    return CheckResult(problems, summarize(content))
