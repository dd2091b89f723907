"""How `cornerstone serve` runs the apps (kept apart from Voilà so the CLI starts without importing it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 8000
    pool_size: int = 1  # pre-heated kernels per app notebook
    max_kernels: int = 48  # live app sessions; past it a visitor gets the busy page (a class of 40 fits)
    cull_idle: int = 1200  # seconds before an idle kernel is shut down (pooled ones are kept)
