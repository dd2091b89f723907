"""`cornerstone build [--out DIR]`: the public site, as plain `mkdocs build` makes it."""

from __future__ import annotations

from pathlib import Path

import typer

from ..site.build import build_offline, build_site
from .common import err, project


def command(
    out: Path | None = typer.Option(None, "--out", help="Where to write the site (default build/site), or "
                                    "with --offline the zip (default build/cornerstone-offline.zip)."),
    offline: bool = typer.Option(False, "--offline", help="Write a zip of the site that works from file://, "
                                 "search included, for offices without a reliable connection."),
) -> None:
    """Build the public site (strict: any MkDocs warning fails the build)."""
    repo = project()
    with err.status("building the offline copy …" if offline else "building the site …"):
        result = build_offline(repo, out) if offline else build_site(repo, out)
    for line in result.log:
        err.print(line, markup=False)
    if not result.success:
        err.print(f"error: the site was not built: {result.error}", markup=False)
        raise typer.Exit(1)
    what = "the offline copy" if offline else "the site"
    err.print(f"built {what} in {repo.relative(result.out)}", markup=False)
