"""Starting `cornerstone serve` for tests: on 127.0.0.1, a free port, and never for long."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .conftest import cli_env

LIFETIME = 900  # seconds: a server a crashed test run leaves behind still stops by itself


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, root: Path, log: Path, *options: str):
        self.root = root
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = log.open("w")
        self.process = subprocess.Popen(
            ["timeout", str(LIFETIME), sys.executable, "-m", "cornerstone.cli", "--root", str(root), "serve",
             "--host", "127.0.0.1", "--port", str(self.port), *options],
            stdout=self._log, stderr=subprocess.STDOUT, env=cli_env())
        self.log = log

    def wait(self, timeout: float = 90) -> Server:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"cornerstone serve exited: {self.log.read_text()}")
            try:
                urllib.request.urlopen(self.url + "/", timeout=2).close()
                return self
            except OSError:
                time.sleep(0.3)
        raise TimeoutError(f"cornerstone serve did not answer: {self.log.read_text()}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self._log.close()
