"""Side by side, in one run, for ``benchmark.py compare``: what the machine can do
and where the portal stands.

1. nginx serving the home page's HTML as a saved file: the physical limit;
2. a bare Django view answering "ok" under gunicorn with as many workers
   (``floor_app.py``): the framework's floor;
3. the portal's own page cache (the home page, as most visitors get it);
4. pages uncached (``?benchmark=uncached``, which no cache keeps);
5. the same pages through Varnish with the repository's VCL
   (deploy/varnish/default.vcl, both backends pointed at the portal).

Every target is measured in each of ``--rounds`` interleaved rounds (so a busy
moment of the machine hits all alike) and the median is reported, with its share
of the nginx figure. nginx, Varnish and the floor app are started here on free
ports and stopped at the end; the portal must be running (``--base-url``).
Needs Debian's ``wrk``, ``nginx`` and ``varnish``.
"""

import gzip
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from bench_pages import PAGES, UNCACHED, fetch, wrk

HERE = Path(__file__).resolve().parent
# As every browser asks: nginx sends the saved page pre-compressed, Varnish the
# copy it compressed once; the app sends plain text.
GZIP = "Accept-Encoding: gzip"
VCL = HERE.parent / "deploy" / "varnish" / "default.vcl"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, what: str) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{what} did not start (exit {process.returncode})")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"{what} did not start within 20 s")


@contextmanager
def running(command: list[str], port: int, what: str, **popen):
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        **popen,
    )
    try:
        wait_for_port(port, process, what)
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def need(binary: str, package: str) -> str:
    found = shutil.which(binary) or (
        f"/usr/sbin/{binary}" if Path(f"/usr/sbin/{binary}").exists() else None
    )
    if not found:
        raise SystemExit(f"{binary} is not installed: apt-get install {package}")
    return found


def nginx_with(html: bytes, workdir: Path, workers: int):
    """nginx serving ``html`` as the only file, with the access log off."""
    port = free_port()
    root = workdir / "static-site"
    root.mkdir()
    (root / "index.html").write_bytes(html)
    # Compressed once, beforehand: the limit for sending it gzipped.
    (root / "index.html.gz").write_bytes(gzip.compress(html, 9))
    conf = workdir / "nginx.conf"
    conf.write_text(
        f"worker_processes {workers};\n"
        f"pid {workdir}/nginx.pid;\n"
        f"error_log {workdir}/nginx-error.log;\n"
        "daemon off;\n"
        "events { worker_connections 1024; }\n"
        "http {\n"
        "  access_log off;\n"
        "  default_type text/html;\n"
        "  gzip_static on;\n"
        f"  server {{ listen 127.0.0.1:{port}; root {root}; }}\n"
        "}\n"
    )
    nginx = need("nginx", "nginx")
    command = [nginx, "-c", str(conf), "-p", str(workdir)]
    return running(command, port, "nginx"), f"http://127.0.0.1:{port}/index.html"


def floor_app(workers: int):
    port = free_port()
    command = [
        sys.executable, "-m", "gunicorn", "floor_app:application",
        "--chdir", str(HERE), "--workers", str(workers),
        "--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null",
    ]  # fmt: skip
    return running(command, port, "the floor app"), f"http://127.0.0.1:{port}/"


def varnish_in_front(base_url: str, workdir: Path):
    """Varnish with the repository's VCL, both backends on the portal."""
    parts = urlsplit(base_url)
    vcl = VCL.read_text()
    vcl = re.sub(r'\.host = "[^"]+";', f'.host = "{parts.hostname}";', vcl)
    vcl = re.sub(r'\.port = "800[12]";', f'.port = "{parts.port or 80}";', vcl)
    vcl_file = workdir / "default.vcl"
    vcl_file.write_text(vcl)
    port = free_port()
    command = [
        need("varnishd", "varnish"), "-F",
        "-a", f"127.0.0.1:{port}",
        "-f", str(vcl_file),
        "-n", str(workdir / "varnish"),
        "-s", "malloc,128m",
    ]  # fmt: skip
    return running(command, port, "varnish"), f"http://127.0.0.1:{port}"


def targets(base_url: str, nginx_url: str, floor_url: str, varnish_url: str):
    pages = {name: path for name, path in PAGES.items() if name != "404 page"}
    rows = [
        ("nginx, saved home page (limit)", nginx_url),
        ("bare Django view (floor)", floor_url),
        ("home, portal page cache", base_url + PAGES["home"]),
    ]
    rows += [
        (f"{name}, uncached", base_url + path + UNCACHED)
        for name, path in pages.items()
    ]
    rows += [
        (f"{name}, through Varnish", varnish_url + path) for name, path in pages.items()
    ]
    return rows


def run_compare(args) -> int:
    need("wrk", "wrk")
    workers = args.workers
    status, _headers, home_html = fetch(args.base_url, PAGES["home"])
    if status != 200:
        raise SystemExit(f"the home page answered {status}")
    with ExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        workdir.chmod(0o755)  # nginx and varnish read their files as their own users
        nginx, nginx_url = nginx_with(home_html, workdir, workers)
        floor, floor_url = floor_app(workers)
        varnish, varnish_url = varnish_in_front(args.base_url, workdir)
        for server in (nginx, floor, varnish):
            stack.enter_context(server)
        rows = targets(args.base_url, nginx_url, floor_url, varnish_url)
        figures: dict[str, list[float]] = {name: [] for name, _url in rows}
        errors: dict[str, int] = dict.fromkeys(figures, 0)
        for _round in range(args.rounds):
            for name, url in rows:
                load = wrk(url, args.duration, args.connections, headers=[GZIP])
                figures[name].append(load.requests_per_second)
                errors[name] += load.errors
    limit = statistics.median(figures[rows[0][0]])
    floor_rps = statistics.median(figures[rows[1][0]])
    print(
        f"side by side on {platform.node()} ({os.cpu_count()} cores), {date.today()}: "
        f"wrk -t2 -c{args.connections} with '{GZIP}', {args.duration} s per "
        "measurement, "
        f"median of {args.rounds} interleaved rounds; portal at {args.base_url}"
    )
    print(f"{'what':38}{'req/s':>10}{'of nginx':>10}{'of floor':>10}{'errors':>8}")
    for name, _url in rows:
        rps = statistics.median(figures[name])
        print(
            f"{name:38}{rps:10.0f}{rps / limit:10.1%}{rps / floor_rps:10.1%}"
            f"{errors[name]:8d}"
        )
    return 1 if any(errors.values()) else 0
