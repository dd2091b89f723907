"""The `cornerstone` command: a thin skin over the engine (one module a command)."""

from __future__ import annotations

from pathlib import Path

import typer

from . import build, check, library, new, serve
from .common import state

app = typer.Typer(
    name="cornerstone",
    help="Cornerstone (基石): library and training platform for grassroots governance in Yunnan.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(
    root: Path | None = typer.Option(
        None, "--root", help="The repository (a folder holding mkdocs.yml); default: found above the "
        "working directory.", file_okay=False, exists=True),
) -> None:
    state.root = root


app.command("check")(check.command)
app.command("new")(new.command)
app.command("build")(build.command)
app.command("serve")(serve.command)
app.add_typer(library.app, name="library")


def main() -> None:
    app()
