"""One tornado server for the built site; the Voilà apps join it under `/apps/`."""

from __future__ import annotations

import asyncio
from pathlib import Path

import tornado.web

NOT_FOUND = "404.html"


class SiteHandler(tornado.web.StaticFileHandler):
    """The static site: `dir/` serves `dir/index.html`, a missing page the site's own 404 page."""

    def set_extra_headers(self, path: str) -> None:
        # Everything the site needs ships with it: forbid outside requests outright.
        self.set_header(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "script-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; "
            "frame-ancestors 'self'",
        )
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Referrer-Policy", "same-origin")
        if path.endswith(".html") or path.endswith("/") or not path:
            self.set_header("Cache-Control", "no-cache")

    def write_error(self, status_code: int, **kwargs) -> None:
        page = Path(self.root) / NOT_FOUND
        if status_code == 404 and page.is_file():
            self.set_header("Content-Type", "text/html; charset=UTF-8")
            self.finish(page.read_bytes())
        else:
            super().write_error(status_code, **kwargs)


def make_app(site: Path) -> tornado.web.Application:
    return tornado.web.Application(
        [(r"/(.*)", SiteHandler, {"path": str(site), "default_filename": "index.html"})],
        compress_response=True,
    )


async def _serve(site: Path, host: str, port: int, ready) -> None:
    app = make_app(site)
    server = app.listen(port, address=host, xheaders=False)
    if ready:
        ready(host, port)
    try:
        await asyncio.Event().wait()
    finally:
        server.stop()


def serve(site: Path, host: str = "127.0.0.1", port: int = 8000, ready=None) -> None:
    """Serve `site` until interrupted."""
    try:
        asyncio.run(_serve(site, host, port, ready))
    except KeyboardInterrupt:
        pass
