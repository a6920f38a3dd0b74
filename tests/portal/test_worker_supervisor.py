"""deploy/worker-supervisor.sh (the worker of ``make run``'s Procfile) starts the
worker again after it exits, killed or failed, and the new worker does the
work; TERM stops the loop and the worker. The systemd unit in deploy/systemd/
does the same with Restart=always."""

import configparser
import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from signup.models import Registration
from tests.signup.factories import registered
from tests.signup.test_faults import wait_for, worker_database_url
from tests.signup.wizard import persona

pytestmark = pytest.mark.django_db(transaction=True)

BASE_DIR = Path(__file__).resolve().parents[2]
SCRIPT = BASE_DIR / "deploy" / "worker-supervisor.sh"


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == pid:
            found.append(int(entry.name))
    return found


def worker_of(supervisor: subprocess.Popen) -> int | None:
    for pid in children(supervisor.pid):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"db_worker" in command:
            return pid
    return None


@pytest.fixture
def supervisor():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": worker_database_url(),
        "PYTHON": sys.executable,
        "WORKER_RESTART_SECONDS": "0.5",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    # In a process group of its own, so the teardown stops the script and every
    # worker it started: a worker left running would take the tasks of the next
    # tests on this test database.
    process = subprocess.Popen(
        [str(SCRIPT)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    yield process
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(10)


def sent(registration: Registration) -> bool:
    registration.refresh_from_db()
    return registration.confirmation_sent_at is not None


def test_a_worker_that_dies_is_started_again_and_works(seeded, supervisor):
    wait_for(lambda: worker_of(supervisor), seconds=60)
    first = worker_of(supervisor)
    os.kill(first, signal.SIGKILL)  # as hard as a crash

    wait_for(lambda: worker_of(supervisor) not in (None, first), seconds=60)
    registration = registered(answers=persona())
    wait_for(lambda: sent(registration), seconds=60)


def test_a_worker_that_ends_by_itself_is_started_again(seeded, supervisor):
    wait_for(lambda: worker_of(supervisor), seconds=60)
    first = worker_of(supervisor)
    os.kill(first, signal.SIGTERM)  # it ends by itself, as on a database error

    wait_for(lambda: worker_of(supervisor) not in (None, first), seconds=60)


def test_term_stops_the_loop_and_the_worker(seeded, supervisor):
    wait_for(lambda: worker_of(supervisor), seconds=60)
    worker = worker_of(supervisor)
    supervisor.send_signal(signal.SIGTERM)
    assert supervisor.wait(30) == 0
    wait_for(lambda: not Path(f"/proc/{worker}").exists(), seconds=30)


def test_the_systemd_unit_restarts_for_ever():
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str
    unit.read(BASE_DIR / "deploy" / "systemd" / "herstelwijzer-worker.service")
    assert unit["Service"]["Restart"] == "always"
    assert unit["Unit"]["StartLimitIntervalSec"] == "0"
    assert "db_worker" in unit["Service"]["ExecStart"]


def test_make_run_uses_the_supervisor():
    procfile = (BASE_DIR / "Procfile").read_text()
    assert "worker: deploy/worker-supervisor.sh" in procfile
