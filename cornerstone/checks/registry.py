"""Every rule of `cornerstone check`, and the severity the runner gives its problems."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from ..problems import Severity
from .rules import (
    assignment_points,
    case_sections,
    case_setup,
    duplicate_id,
    likely_duplicate,
    notebook_outputs,
    personal_data,
    prerequisite_cycle,
    question_missing,
    record_date,
    resource_order,
    review_overdue,
    rubric_missing,
    schema,
    syntax,
    twin_missing,
    twin_structure,
    unknown_reference,
)


@dataclass(frozen=True)
class Rule:
    module: ModuleType
    severity: Severity

    @property
    def id(self) -> str:
        return self.module.ID

    @property
    def doc(self) -> str:
        return (self.module.__doc__ or "").strip()


E, W = Severity.ERROR, Severity.WARNING

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(syntax, E),
        Rule(schema, E),
        Rule(twin_missing, E),
        Rule(twin_structure, E),
        Rule(unknown_reference, E),
        Rule(duplicate_id, E),
        Rule(likely_duplicate, W),
        Rule(prerequisite_cycle, E),
        Rule(notebook_outputs, E),
        Rule(personal_data, E),
        Rule(record_date, E),
        Rule(review_overdue, W),
        Rule(case_setup, E),
        Rule(case_sections, E),
        Rule(resource_order, E),
        Rule(assignment_points, E),
        Rule(rubric_missing, E),
        Rule(question_missing, E),
    )
}
