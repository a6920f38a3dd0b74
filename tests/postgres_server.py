"""A PostgreSQL server of a test's own (Debian's postgresql), in a temporary
directory on a free port, that the test can stop and start again. The suite's
own database is never stopped: other tests use it."""

import glob
import os
import shutil
import subprocess
import tempfile
from contextlib import contextmanager, suppress
from pathlib import Path

from tests.ports import free_port


def _bin_dir() -> Path:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[4])
    )
    if not found:
        raise RuntimeError(
            "The database outage test needs Debian's postgresql: "
            "sudo apt-get install postgresql"
        )
    return Path(found[-1])


class PostgresServer:
    def __init__(self):
        self.bin = _bin_dir()
        self.port = free_port()
        self.data = Path(tempfile.mkdtemp(prefix="herstelwijzer-outage-pg-"))
        self.as_root = os.geteuid() == 0

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/herstelwijzer"

    def _run(self, *command: str) -> None:
        if self.as_root:  # PostgreSQL refuses to run as root
            command = ("runuser", "-u", "postgres", "--", *command)
        subprocess.run(command, check=True, capture_output=True)

    def init(self) -> None:
        if self.as_root:
            shutil.chown(self.data, "postgres")
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data / "db"), "-U", "postgres",
            "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8",
        )  # fmt: skip
        self.start()
        self._run(
            str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port),
            "-U", "postgres", "herstelwijzer",
        )  # fmt: skip

    def start(self) -> None:
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data / "db"), "-w",
            "-l", str(self.data / "server.log"),
            "-o", f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1",
            "start",
        )  # fmt: skip

    def stop(self) -> None:
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data / "db"),
            "-m",
            "fast",
            "-w",
            "stop",
        )

    def remove(self) -> None:
        with suppress(subprocess.CalledProcessError):  # already stopped
            self.stop()
        shutil.rmtree(self.data, ignore_errors=True)


@contextmanager
def postgres_server():
    server = PostgresServer()
    server.init()
    try:
        yield server
    finally:
        server.remove()
