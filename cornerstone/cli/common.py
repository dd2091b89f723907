"""What every command shares: the repository, the consoles, the output format."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from ..project import Project, RepositoryNotFound

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class State:
    root: Path | None = None


state = State()


class Format(StrEnum):
    text = "text"
    json = "json"


FORMAT = typer.Option(Format.text, "--format", help="text: one problem a line; json: a list on stdout.")


def project() -> Project:
    """The repository the command works on, or exit 2 with a message saying why none was found."""
    try:
        return Project.find(state.root)
    except RepositoryNotFound as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2) from None
