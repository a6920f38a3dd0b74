"""Public pages under load (wrk) and their weight, for ``benchmark.py pages``.

Each page is measured twice in the same run: as the page cache serves it, and
uncached, by adding a query string (``?benchmark=uncached``), which the page cache
never stores; the page renders the same. wrk (Debian: ``apt-get install wrk``)
makes the load.
"""

import http.client
import re
import shutil
import subprocess
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

REQUESTS_PER_SECOND = re.compile(r"Requests/sec:\s+([0-9.]+)")
LATENCY = re.compile(r"^\s+(50|99)%\s+([0-9.]+)(us|ms|s)\s*$", re.MULTILINE)
NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
STYLESHEET = re.compile(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"')
SCRIPT = re.compile(r"<script([^>]*)\ssrc=\"([^\"]+)\"([^>]*)>")
CSS_URL = re.compile(r"url\(['\"]?([^'\")]+)['\"]?\)")
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}

PAGES = {
    "home": "/nl/",
    "provision page": "/nl/welke-past-bij-mij/herstelbemiddeling/",
    "FAQ page": "/nl/veelgestelde-vragen/",
    "404 page": "/nl/bestaat-niet/",
}
UNCACHED = "?benchmark=uncached"


@dataclass
class Load:
    requests_per_second: float
    median_ms: float
    p99_ms: float
    errors: int


def wrk(url: str, seconds: int, connections: int, threads: int = 2, headers=()) -> Load:
    """A one-second warm-up (fills caches, wakes both workers), then the run;
    ``headers``: more request headers, as "Name: value"."""
    extra = [part for header in headers for part in ("-H", header)]
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", "-d1s", *extra, url],
        capture_output=True,
        check=True,
    )
    output = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-H",
            "Accept-Language: nl",
            *extra,
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    latency = {p: float(v) * UNIT_MS[u] for p, v, u in LATENCY.findall(output)}
    errors = NON_2XX.search(output)
    return Load(
        requests_per_second=float(REQUESTS_PER_SECOND.search(output).group(1)),
        median_ms=latency.get("50", 0.0),
        p99_ms=latency.get("99", 0.0),
        errors=int(errors.group(1)) if errors else 0,
    )


def fetch(base_url: str, path: str) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", path, headers={"Accept-Language": "nl"})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


@dataclass
class Weight:
    html: int
    css: int
    js: int
    fonts: int
    third_party: list[str]
    render_blocking_third_party: list[str]

    @property
    def total(self) -> int:
        return self.html + self.css + self.js + self.fonts


def page_weight(base_url: str, path: str) -> Weight:
    """HTML, CSS, JavaScript and fonts a browser loads for the page (images and
    video are left out, as the budget says)."""
    own_host = urlsplit(base_url).netloc
    _status, _headers, html = fetch(base_url, path)
    text = html.decode("utf-8", "replace")
    head = text.split("</head>", 1)[0]
    weight = Weight(len(html), 0, 0, 0, [], [])
    for href in STYLESHEET.findall(text):
        url = urljoin(base_url + path, href)
        if urlsplit(url).netloc != own_host:
            weight.third_party.append(url)
            weight.render_blocking_third_party.append(url)
            continue
        _s, _h, css = fetch(base_url, urlsplit(url).path)
        weight.css += len(css)
        for font in CSS_URL.findall(css.decode("utf-8", "replace")):
            if font.startswith("data:"):
                continue
            font_url = urljoin(url, font)
            if urlsplit(font_url).netloc != own_host:
                weight.third_party.append(font_url)
                continue
            if font_url.split("?")[0].endswith((".woff2", ".woff", ".ttf", ".otf")):
                weight.fonts += len(fetch(base_url, urlsplit(font_url).path)[2])
    for before, src, after in SCRIPT.findall(text):
        url = urljoin(base_url + path, src)
        attributes = before + after
        blocking = (
            f'src="{src}"' in head
            and "defer" not in attributes
            and "async" not in attributes
        )
        if urlsplit(url).netloc != own_host:
            weight.third_party.append(url)
            if blocking:
                weight.render_blocking_third_party.append(url)
            continue
        weight.js += len(fetch(base_url, urlsplit(url).path)[2])
    return weight
