"""Real servers for the deployment tests: gunicorn app servers on the test
database and a shared Redis, and Debian's Varnish with the repository's VCL
(deploy/varnish/default.vcl), its backends pointed at those app servers."""

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tests.ports import free_port

BASE_DIR = Path(__file__).resolve().parents[1]
VCL = BASE_DIR / "deploy" / "varnish" / "default.vcl"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"


def listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def wait_until(condition, seconds: float = 20, what: str = "") -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"gave up waiting: {what}")
        time.sleep(0.05)


class Process:
    """A server process in a group of its own, stopped with its children."""

    def __init__(self, command: list[str], env: dict, log: Path):
        self.command, self.env, self.log = command, env, log
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                self.command,
                cwd=BASE_DIR,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        self.process = None


class AppServer(Process):
    """gunicorn with the test settings, but the shared cache of production
    (``tests.app_server_settings``)."""

    def __init__(self, env: dict, workdir: Path, name: str):
        self.port = free_port()
        self.access_log = workdir / f"{name}-access.log"
        command = [
            sys.executable, "-m", "gunicorn", "portal.wsgi:application",
            "--bind", f"127.0.0.1:{self.port}",
            "--workers", "2",
            # Django loaded before the workers fork: every worker answers from
            # the start (under load, loading took seconds and failed probes).
            "--preload",
            "--control-socket", str(workdir / f"{name}.ctl"),
            "--access-logfile", str(self.access_log),
            "--access-logformat", "%(m)s %(U)s %(s)s",
        ]  # fmt: skip
        super().__init__(command, env, workdir / f"{name}.log")

    def start(self) -> None:
        super().start()
        wait_until(lambda: listening(self.port), what=f"gunicorn on {self.port}")

    def health_probes(self) -> int:
        return sum("/health/" in line for line in self.requests_seen())

    def requests_seen(self) -> list[str]:
        if not self.access_log.exists():
            return []
        return self.access_log.read_text().splitlines()


class Varnish(Process):
    def __init__(self, backend_ports: list[int], workdir: Path):
        self.port = free_port()
        vcl = VCL.read_text()
        for default, port in zip(("8001", "8002"), backend_ports, strict=True):
            vcl, found = re.subn(f'.port = "{default}";', f'.port = "{port}";', vcl)
            assert found == 1, f"the VCL has no backend on port {default}"
        self.vcl = workdir / "default.vcl"
        self.vcl.write_text(vcl)
        self.vcl.chmod(0o644)
        command = [
            VARNISHD, "-F",
            "-a", f"127.0.0.1:{self.port}",
            "-f", str(self.vcl),
            "-n", str(workdir / "varnish"),
            "-s", "malloc,64m",
        ]  # fmt: skip
        super().__init__(command, dict(os.environ), workdir / "varnish.log")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        super().start()
        wait_until(lambda: listening(self.port), what=f"varnish on {self.port}")


@contextlib.contextmanager
def workdir() -> Iterator[Path]:
    """A folder for configuration and logs, removed afterwards. World-readable:
    Varnish, started as root, reads its VCL as its own user."""
    path = Path(tempfile.mkdtemp(prefix="herstelwijzer-deploy-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
