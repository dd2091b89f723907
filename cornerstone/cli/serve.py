"""`cornerstone serve [--host H] [--port P]`: the site (and the apps) on one address."""

from __future__ import annotations

import typer

from ..apps.server import serve
from ..site.build import build_site
from .common import err, project


def command(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
) -> None:
    """Serve the built site at / (building it first when build/site is missing)."""
    repo = project()
    site = repo.build / "site"
    if not (site / "index.html").is_file():
        with err.status("building the site …"):
            result = build_site(repo, site)
        if not result.success:
            err.print(f"error: the site was not built: {result.error}", markup=False)
            raise typer.Exit(1)

    def ready(h: str, p: int) -> None:
        err.print(f"Cornerstone is serving {repo.relative(site)} on http://{h}:{p}/ (Ctrl-C stops it)",
                  markup=False)

    try:
        serve(site, host, port, ready)
    except OSError as exc:
        err.print(f"error: cannot listen on {host}:{port}: {exc.strerror}", markup=False)
        raise typer.Exit(1) from None
