"""The thin web layer: the static site, the app URLs, the allow-listed Voilà renderer, the busy page."""

from __future__ import annotations

import html
from pathlib import Path

import tornado.web
from voila.tornado.handler import TornadoVoilaHandler

from .catalog import AppCatalog

NOT_FOUND = "404.html"
SITE_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'"
)


def _not_found(handler: tornado.web.RequestHandler, site: Path) -> None:
    page = site / NOT_FOUND
    handler.set_status(404)
    if page.is_file():
        handler.set_header("Content-Type", "text/html; charset=UTF-8")
        handler.finish(page.read_bytes())
    else:
        handler.finish("404: Not Found")


class SiteHandler(tornado.web.StaticFileHandler):
    """The static site: `dir/` serves `dir/index.html`; a missing page gets the site's own 404 page."""

    def set_extra_headers(self, path: str) -> None:
        # Everything the site needs ships with it: forbid outside requests outright.
        self.set_header("Content-Security-Policy", SITE_CSP)
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Referrer-Policy", "same-origin")
        if path.endswith(".html") or path.endswith("/") or not path:
            self.set_header("Cache-Control", "no-cache")

    def write_error(self, status_code: int, **kwargs) -> None:
        if status_code == 404:
            _not_found(self, Path(self.root))
        else:
            super().write_error(status_code, **kwargs)


class NotFoundHandler(tornado.web.RequestHandler):
    """Anything under /apps/ that is not an app: the site's 404 page."""

    def initialize(self, site: Path) -> None:
        self.site = site

    def get(self, *args) -> None:
        _not_found(self, self.site)

    post = put = delete = patch = get


class CaseAppHandler(tornado.web.RequestHandler):
    """`/apps/casebook/<id>/` (zh) and `/apps/casebook/<id>/en/`: to Voilà's render URL of the case."""

    def initialize(self, catalog: AppCatalog, base_url: str, site: Path) -> None:
        self.catalog, self.base_url, self.site = catalog, base_url, site

    def get(self, case_id: str, en: str | None = None) -> None:
        notebook = self.catalog.case_notebook(case_id, "en" if en else "zh")
        if notebook is None:
            _not_found(self, self.site)
            return
        self.redirect(f"{self.base_url}voila/render/{notebook}")


BUSY = """<!DOCTYPE html>
<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="{retry}"><title>请稍候 · Please wait</title>
<style>body{{font:1.25rem/1.6 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}}
h1{{font-size:1.6rem}}a{{color:#00695c}}</style></head>
<body><main>
<h1>现在使用的人较多，请稍候</h1>
<p>所有学习席位暂时都在使用中。本页会在 {retry} 秒后自动重试，您也可以稍后再刷新。</p>
<p><a href="{back}">返回案例页面</a></p>
<hr>
<h2 lang="en">Many people are using Cornerstone right now</h2>
<p lang="en">Every place is taken for the moment. This page tries again by itself in {retry} seconds,
or reload it a little later.</p>
<p lang="en"><a href="{back}">Back to the case page</a></p>
</main></body></html>
"""


class AppVoilaHandler(TornadoVoilaHandler):
    """Voilà's renderer for allow-listed notebooks only, within the kernel cap, with no
    `?template=` or `?theme=` override."""

    def initialize(self, **kwargs) -> None:
        self.catalog: AppCatalog = kwargs.pop("catalog")
        self.max_kernels: int = kwargs.pop("max_kernels")
        self.site: Path = kwargs.pop("site")
        super().initialize(**kwargs)

    def prepare(self):
        for name in ("template", "theme"):
            self.request.arguments.pop(name, None)
            self.request.query_arguments.pop(name, None)
        return super().prepare()

    async def get(self, path: str | None = None) -> None:
        if not path or not self.catalog.allows(path):
            _not_found(self, self.site)
            return
        if self.kernel_manager.active_kernel_count() >= self.max_kernels:
            self.set_status(503)
            self.set_header("Retry-After", "30")
            self.set_header("Content-Type", "text/html; charset=UTF-8")
            back = "/" + "/".join(path.split("/")[:2]) + "/"
            self.finish(BUSY.format(retry=30, back=html.escape(back)))
            return
        await super().get(path)
