"""The kernel manager behind the apps: Jupyter's own, except that idle culling spares the pre-heated pool."""

from __future__ import annotations

from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager


class AppKernelManager(AsyncMappingKernelManager):
    """Voilà wraps this class with its pre-heating pool; a pooled kernel waits idle by design."""

    def pooled_kernel_ids(self) -> set[str]:
        pooled = set()
        for pool in getattr(self, "_pools", {}).values():
            for task in pool:
                if task.done() and not task.cancelled() and task.exception() is None:
                    pooled.add(task.result().get("kernel_id"))
        return pooled

    def active_kernel_count(self) -> int:
        """Kernels serving a visitor (started or pooled-and-taken), not those waiting in a pool."""
        return len(set(self.list_kernel_ids()) - self.pooled_kernel_ids())

    async def cull_kernel_if_idle(self, kernel_id: str) -> None:
        if kernel_id in self.pooled_kernel_ids():
            return
        await super().cull_kernel_if_idle(kernel_id)
