"""`cornerstone new module|case|assignment|practice ID`: scaffold content from a template."""

from __future__ import annotations

from enum import StrEnum

import typer

from ..scaffold import scaffold
from .common import err, project


class Kind(StrEnum):
    module = "module"
    case = "case"
    assignment = "assignment"
    practice = "practice"


def command(
    kind: Kind = typer.Argument(..., help="What to create."),
    content_id: str = typer.Argument(..., metavar="ID", help="Its id: lowercase letters, digits, hyphens."),
) -> None:
    """Create a module, case, assignment or practice from a template that passes `check`."""
    repo = project()
    result = scaffold(repo, kind.value, content_id)
    if not result.success:
        err.print(f"error: {result.error}", markup=False)
        raise typer.Exit(2 if result.bad_argument else 1)
    for path in result.created:
        print(f"created {repo.relative(path)}")
    print("Fill in the placeholders (in brackets), then run: cornerstone check")
