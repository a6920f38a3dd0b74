"""The benchmark scripts keep working: ``benchmark.py compare`` runs every
measurement side by side against a real app server (with the whole demo site)
and prints every row. The figures themselves are in docs/performance.md."""

import subprocess
import sys

import pytest

from content.seed import seed_site
from tests.app_servers import BASE_DIR, AppServer, workdir
from tests.redis_server import redis_server
from tests.signup.test_faults import worker_database_url

pytestmark = pytest.mark.django_db(transaction=True)

ROWS = [
    "nginx, saved home page (limit)",
    "bare Django view (floor)",
    "home, portal page cache",
    "home, uncached",
    "provision page, uncached",
    "FAQ page, uncached",
    "home, through Varnish",
    "FAQ page, through Varnish",
]


@pytest.fixture
def whole_site(transactional_db, _demo_sites):
    _demo_sites.load("full_site")
    return seed_site()


def test_the_side_by_side_benchmark_measures_every_row(whole_site):
    with redis_server() as redis, workdir() as folder:
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
            "DJANGO_SETTINGS_MODULE": "tests.app_server_settings",
            "DATABASE_URL": worker_database_url(),
            "CACHE_URL": redis.url,
        }
        app = AppServer(env, folder, "bench")
        app.start()
        try:
            result = subprocess.run(
                [
                    sys.executable,
                    "scripts/benchmark.py",
                    "compare",
                    "--base-url",
                    f"http://127.0.0.1:{app.port}",
                    "--duration",
                    "1",
                    "--rounds",
                    "1",
                    "--connections",
                    "2",
                ],  # fmt: skip
                cwd=BASE_DIR,
                capture_output=True,
                text=True,
                timeout=300,
            )
        finally:
            app.stop()

    assert result.returncode == 0, result.stdout + result.stderr
    for row in ROWS:
        line = next(line for line in result.stdout.splitlines() if line.startswith(row))
        requests_per_second = float(line[len(row) :].split()[0])
        assert requests_per_second > 0, line
