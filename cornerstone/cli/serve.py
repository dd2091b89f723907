"""`cornerstone serve`: the site at / and the apps under /apps/, on one address."""

from __future__ import annotations

import typer

from ..apps.options import ServeOptions
from ..site.build import build_site
from .common import err, project

DEFAULTS = ServeOptions()


def command(
    host: str = typer.Option(DEFAULTS.host, "--host", help="Address to listen on."),
    port: int = typer.Option(DEFAULTS.port, "--port", min=1, max=65535, help="Port to listen on."),
    pool_size: int = typer.Option(DEFAULTS.pool_size, "--pool-size", min=0, max=8,
                                  help="Pre-heated kernels kept ready per app notebook (0: none)."),
    max_kernels: int = typer.Option(DEFAULTS.max_kernels, "--max-kernels", min=1,
                                    help="Live app sessions at most; past it visitors see a 'busy' page."),
    cull_idle: int = typer.Option(DEFAULTS.cull_idle, "--cull-idle", min=60,
                                  help="Seconds before an idle app session's kernel is shut down."),
) -> None:
    """Serve the built site at / (building it first when build/site is missing) and the apps under /apps/."""
    from ..apps.voila_app import serve  # Voilà loads only when serving

    repo = project()
    site = repo.build / "site"
    if not (site / "index.html").is_file():
        with err.status("building the site …"):
            result = build_site(repo, site)
        if not result.success:
            err.print(f"error: the site was not built: {result.error}", markup=False)
            raise typer.Exit(1)
    options = ServeOptions(host, port, pool_size, max_kernels, cull_idle)
    err.print(f"Cornerstone: the site and the apps on http://{host}:{port}/ (Ctrl-C stops it)", markup=False)
    serve(repo, site, options)
