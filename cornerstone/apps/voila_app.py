"""Voilà's standalone server, configured for Cornerstone, with the site beside it on one address.

Voilà itself provides the parts that only its standalone server has — pre-heated kernels and the
websocket filter that drops execute requests (only comm, kernel-info and shutdown messages reach a
kernel). This module sets its options, keeps only the handlers the apps need (no file, tree or
contents handler), puts the allow-listed renderer in front and serves the built site at `/`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import tornado.web
from traitlets import default
from traitlets.config import Config
from voila.app import Voila

from ..project import Project
from .catalog import AppCatalog, prepare_apps
from .handlers import AppVoilaHandler, CaseAppHandler, NotFoundHandler, SiteHandler
from .options import ServeOptions

SHARE = Path(__file__).parent / "share"
BASE_URL = "/apps/"
TEMPLATE = "cornerstone"

# Voilà handlers an app never needs: raw files, directory listings, notebook JSON, its own renderer
# (replaced by the allow-listed one).
DROPPED = re.compile(r"/voila/(files/|tree|api/contents|render/)")


def voila_config(options: ServeOptions, apps_root: Path) -> Config:
    c = Config()
    c.Voila.ip = options.host
    c.Voila.port = options.port
    c.Voila.port_retries = 0
    c.Voila.open_browser = False
    c.Voila.base_url = BASE_URL
    c.Voila.root_dir = str(apps_root)
    c.VoilaConfiguration.template = TEMPLATE
    c.VoilaConfiguration.theme = "light"
    c.VoilaConfiguration.strip_sources = True
    c.VoilaConfiguration.show_tracebacks = False
    c.VoilaConfiguration.preheat_kernel = options.pool_size > 0
    c.VoilaConfiguration.default_pool_size = options.pool_size
    c.VoilaConfiguration.multi_kernel_manager_class = "cornerstone.apps.kernels.AppKernelManager"
    c.VoilaConfiguration.file_allowlist = []
    # Only the widget manager: JupyterLab's other extensions (nbgrader's among them) break outside Lab.
    c.VoilaConfiguration.extension_allowlist = ["@jupyter-widgets/jupyterlab-manager", "@voila-dashboards/widgets-manager8"]
    c.MappingKernelManager.cull_idle_timeout = options.cull_idle
    c.MappingKernelManager.cull_interval = 60
    c.MappingKernelManager.cull_connected = True
    return c


class CornerstoneVoila(Voila):
    """Voilà with Cornerstone's handlers; reads no Jupyter configuration file of the machine."""

    name = "cornerstone-apps"

    @default("config_file_paths")
    def _config_file_paths_default(self) -> list[str]:
        return []

    def __init__(self, *, catalog: AppCatalog, site: Path, max_kernels: int, **kwargs):
        super().__init__(**kwargs)
        self.catalog, self.site_dir, self.max_kernels = catalog, site, max_kernels

    def init_handlers(self) -> list:
        # Voilà's app is made without compression; several MB of JavaScript over a rural connection
        # shrink to about a quarter with gzip (the site's handler shares this application).
        if tornado.web.GZipContentEncoding not in self.app.transforms:
            self.app.transforms.append(tornado.web.GZipContentEncoding)
        handlers = [h for h in super().init_handlers() if not DROPPED.search(h[0]) and h[0] != BASE_URL]
        renderer = {
            "template_paths": self.template_paths,
            "config": self.config,
            "voila_configuration": self.voila_configuration,
            "catalog": self.catalog,
            "max_kernels": self.max_kernels,
            "site": self.site_dir,
        }
        apps = [
            (rf"{BASE_URL}casebook/([a-z0-9][a-z0-9-]*)/(en/)?", CaseAppHandler,
             {"catalog": self.catalog, "base_url": BASE_URL, "site": self.site_dir}),
            (rf"{BASE_URL}voila/render/(.*)", AppVoilaHandler, renderer),
        ]
        site = [
            (BASE_URL, tornado.web.RedirectHandler, {"url": "/"}),
            (rf"{BASE_URL}(.*)", NotFoundHandler, {"site": self.site_dir}),
            (r"/(.*)", SiteHandler, {"path": str(self.site_dir), "default_filename": "index.html"}),
        ]
        return apps + handlers + site


def serve(project: Project, site: Path, options: ServeOptions) -> None:
    """Serve the site and the apps on one address until stopped (Ctrl-C or SIGTERM)."""
    catalog = prepare_apps(project)
    # Voilà finds templates on the Jupyter data path; kernels find the repository through CORNERSTONE_ROOT.
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(SHARE), os.environ.get("JUPYTER_PATH")]))
    os.environ["CORNERSTONE_ROOT"] = str(project.root)
    app = CornerstoneVoila(config=voila_config(options, catalog.root), catalog=catalog, site=site,
                           max_kernels=options.max_kernels)
    app.initialize([])
    app.start()
