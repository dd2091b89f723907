"""`cornerstone check [PATH…]`: validate the content, one problem a line, then a summary."""

from __future__ import annotations

from pathlib import Path

import typer

from ..checks import run_checks
from ..checks.registry import RULES
from ..problems import to_json
from .common import FORMAT, Format, err, out, project


def command(
    paths: list[Path] = typer.Argument(None, help="Files or folders to report on; default: everything."),
    format: Format = FORMAT,
    rules: bool = typer.Option(False, "--rules", help="List the rules with their documentation and exit."),
) -> None:
    """Validate all content (or the given paths). Exits 1 on any error."""
    if rules:
        for rule in RULES.values():
            out.print(f"[bold]{rule.id}[/bold] ({rule.severity.value})", markup=True)
            out.print("    " + rule.doc.replace("\n", "\n    ") + "\n", markup=False)
        return
    repo = project()
    for path in paths or []:
        if not path.exists():
            err.print(f"error: {path}: no such file or folder", markup=False)
            raise typer.Exit(2)
    with err.status("checking …") as status:
        result = run_checks(repo, paths or [], on_rule=lambda rule: status.update(f"checking: {rule}"))
    if format is Format.json:
        print(to_json(result.problems))
        err.print(result.summary_line(), markup=False)
    else:
        for problem in result.problems:
            print(problem)
        print(result.summary_line())
    raise typer.Exit(0 if result.success else 1)
