#!/usr/bin/env python3
"""Benchmark a running portal from the outside.

    python scripts/benchmark.py pages --base-url http://127.0.0.1:8000
    python scripts/benchmark.py signup --base-url http://127.0.0.1:8000 -n 200 -c 4
    python scripts/benchmark.py compare --base-url http://127.0.0.1:8000

``pages`` loads the home page, a provision page, the FAQ page and a 404 page with
wrk, each from the page cache and uncached, and weighs the public pages (HTML, CSS,
JavaScript, fonts), checking for third-party resources that block rendering; it
prints a table with the budget of issue 6 beside each figure.

``compare`` measures, side by side in one run, nginx serving a saved copy of the
home page (the physical limit), a bare Django view (the floor), the page cache,
uncached pages and Varnish in front, and prints each figure's share of the limit
and the floor (``bench_compare.py``).

``signup`` walks the sign-up wizard as a browser would (cookies, CSRF token, every
step's GET and POST, the redirect after submitting and the confirmation page) for
``-n`` complete registrations on ``-c`` parallel clients, and prints per step and
for a whole registration the median and 95th percentile time, plus throughput.
Times are measured around each HTTP exchange on the same machine, so they are
server time plus a loopback round trip.

The server must allow that many registrations from one address: start it with
``SIGNUP_RATE_LIMIT=1000000 SIGNUP_RATE_LIMIT_UNSOLVED=1000000`` (the walker solves
no ALTCHA challenge, as a browser without JavaScript). Every registration is real:
use a throwaway database.
See docs/performance.md for the recorded figures and how they were made.
"""

import argparse
import http.client
import re
import statistics
import sys
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urljoin, urlsplit

WIZARD_PREFIX = "registration_wizard"
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
# Step addresses are different for every visitor (signup/wizard/addresses.py);
# the form names its step.
CURRENT_STEP = re.compile(rf'name="{WIZARD_PREFIX}-current_step" value="([^"]+)"')
REFERENCE = re.compile(r"HW-[0-9A-Z]{4}-[0-9A-Z]{4}")
SERVER_TIMING = re.compile(r"app;dur=([0-9.]+)")

# An adult victim of violence whose case is with the police: the common path, with
# every non-conditional step. Fields per step, as the forms name them.
ANSWERS: dict[str, list[tuple[str, str]]] = {
    "who": [("registrant", "self")],
    "role": [("role", "victim")],
    "age": [("age_band", "23_plus")],
    "hopes": [("hopes", "answers"), ("hopes", "be_heard")],
    "offence": [("offence", "violence")],
    # Asked after some offences only.
    "safety": [("feels_safe", "yes"), ("contact_ban", "no")],
    "case": [("case_stage", "police")],
    "other-party": [("other_party", "known")],
    "contact-form": [("contact_form", "conversation")],
    "language": [("preferred_language", "nl")],
    "contact": [
        ("name", "Benchmark"),
        ("phone", "06 12345678"),
        ("email", "benchmark@example.nl"),
    ],
    "timing": [("contact_timing", "now")],
    "safe-contact": [
        ("call_times", "morning"),
        ("voicemail_allowed", "no"),
        ("may_say_who_we_are", "no"),
        ("email_allowed", "yes"),
    ],
    "other-party-details": [("other_party_details", "")],
    "heard-from": [("heard_from", "search")],
    "check": [("consent", "on")],
}


class BenchmarkError(RuntimeError):
    pass


@dataclass
class Client:
    """One visitor: a cookie jar and timed requests to one host."""

    base_url: str
    cookies: dict[str, str] = field(default_factory=dict)
    reference: str = ""
    timings: list[tuple[str, float]] = field(default_factory=list)
    server_timings: list[tuple[str, float]] = field(default_factory=list)

    def request(self, method: str, path: str, label: str, body: str | None = None):
        parts = urlsplit(self.base_url)
        headers = {
            "Accept-Language": "nl",
            "Origin": self.base_url,
            "Referer": urljoin(self.base_url, path),
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        started = time.perf_counter()
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read().decode("utf-8", "replace")
        finally:
            connection.close()
        self.timings.append((label, time.perf_counter() - started))
        server = SERVER_TIMING.search(response.headers.get("Server-Timing", ""))
        if server:
            self.server_timings.append((label, float(server.group(1)) / 1000))
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, response.headers.get("Location", ""), content

    def relabel_last(self, label: str) -> None:
        """Name the last exchange after its step."""
        _relabel(self.timings, label)
        if self.server_timings:
            _relabel(self.server_timings, label)


def _relabel(timings: list[tuple[str, float]], label: str) -> None:
    if timings:
        timings[-1] = (label, timings[-1][1])


def step_name(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


def register(base_url: str, start_path: str) -> Client:
    """Complete one registration; raises BenchmarkError when anything is off."""
    client = Client(base_url)
    status, location, _ = client.request("GET", start_path + "?reset=1", "start")
    if status != 302:
        raise BenchmarkError(f"start answered {status}")
    for _ in range(40):
        path = urlsplit(location).path
        step = step_name(path)
        status, location, content = client.request("GET", path, step)
        if step == "done":
            if status != 302:
                raise BenchmarkError(f"submitting answered {status}: {content[:300]}")
            status, _, content = client.request("GET", location, "confirmation")
            reference = REFERENCE.search(content)
            if status != 200 or not reference:
                raise BenchmarkError(f"no confirmation with a reference ({status})")
            client.reference = reference.group(0)
            return client
        named = CURRENT_STEP.search(content)
        if status != 200 or not named or named.group(1) not in ANSWERS:
            raise BenchmarkError(
                f"unexpected page {path} ({status}, step {named and named.group(1)})"
            )
        step = named.group(1)
        client.relabel_last(step)  # the address said nothing, the form does
        token = CSRF_FIELD.search(content)
        if token is None:
            raise BenchmarkError(f"no CSRF token on {path}")
        fields = [
            ("csrfmiddlewaretoken", token.group(1)),
            (f"{WIZARD_PREFIX}-current_step", step),
        ]
        fields += [(f"{step}-{name}", value) for name, value in ANSWERS[step]]
        status, location, _ = client.request("POST", path, step, urlencode(fields))
        if status != 302 or step_name(urlsplit(location).path) == step:
            raise BenchmarkError(f"step {step} was not accepted ({status})")
    raise BenchmarkError("the wizard did not finish")


def summarise(runs: list[list[tuple[str, float]]]) -> dict[str, list[float]]:
    """Per step (GET and POST together) and per whole registration, one time per
    run; empty when the runs hold no timings."""
    per_step: dict[str, list[float]] = defaultdict(list)
    for timings in runs:
        if not timings:
            continue
        step_times: dict[str, float] = defaultdict(float)
        for label, seconds in timings:
            step_times[label] += seconds
        for label, seconds in step_times.items():
            per_step[label].append(seconds)
        per_step["whole registration"].append(sum(s for _, s in timings))
    return dict(per_step)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))
    return ordered[index]


def print_table(client_side: dict, server_side: dict) -> None:
    columns = [("round trip", client_side)]
    if server_side:
        columns.append(("server time", server_side))
    print(
        f"{'ms per step (GET + POST)':26}"
        + "".join(f"{name + ' median':>20}{name + ' p95':>18}" for name, _ in columns)
    )
    for label in client_side:
        cells = "".join(
            f"{statistics.median(times[label]) * 1000:20.1f}"
            f"{percentile(times[label], 0.95) * 1000:18.1f}"
            for _, times in columns
        )
        print(f"{label:26}{cells}")


def verify_stored(references: list[str]) -> bool:
    """Look in the server's database (same DATABASE_URL and settings in the
    environment): every reference stored once, each with its callback task."""
    import os
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    from signup.models import CallbackTask, Registration

    stored = Registration.objects.filter(reference__in=references)
    callbacks = CallbackTask.objects.filter(registration__reference__in=references)
    distinct = len(set(references))
    print(
        f"stored: {stored.count()} registrations for {len(references)} confirmations "
        f"({distinct} distinct references), {callbacks.count()} callback tasks"
    )
    return stored.count() == distinct == len(references) == callbacks.count()


def run_signup(args) -> int:
    done: list[Client] = []
    errors: list[str] = []
    lock = threading.Lock()

    def one(_):
        try:
            client = register(args.base_url, args.start_path)
        except (BenchmarkError, OSError) as error:
            with lock:
                errors.append(str(error))
            return
        with lock:
            done.append(client)

    for _ in range(args.warmup):
        register(args.base_url, args.start_path)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        list(pool.map(one, range(args.number)))
    elapsed = time.perf_counter() - started

    print(f"sign-up wizard against {args.base_url}")
    print(
        f"{len(done)} registrations completed, {len(errors)} failed, "
        f"{args.concurrency} parallel clients, {elapsed:.1f} s"
    )
    if errors:
        print("first failure:", errors[0], file=sys.stderr)
    if not done:
        return 1
    requests = sum(len(client.timings) for client in done)
    print(
        f"throughput: {len(done) / elapsed:.1f} registrations/s, "
        f"{requests / elapsed:.0f} requests/s"
    )
    client_side = summarise([client.timings for client in done])
    server_side = summarise([client.server_timings for client in done])
    print()
    print_table(client_side, server_side)
    if not server_side:
        print("(start the server with SERVER_TIMING=true to see server time)")
    if args.verify and not verify_stored([client.reference for client in done]):
        print("NOT every registration stored exactly once with a callback")
        return 1
    return 1 if errors else 0


BUDGET_UNCACHED_RPS = 100
BUDGET_CACHED_RPS = 1000
BUDGET_WEIGHT_BYTES = 100 * 1024


def run_pages(args) -> int:
    """Throughput per page, cached and uncached, then page weight."""
    from bench_pages import PAGES, UNCACHED, page_weight, wrk

    print(
        f"pages against {args.base_url}: wrk, {args.connections} connections, "
        f"{args.duration} s per measurement"
    )
    print(
        f"{'page':16}{'mode':10}{'requests/s':>12}{'median ms':>11}"
        f"{'p99 ms':>9}{'errors':>8}  budget"
    )
    failed = False
    rows = [("static file (reference)", "", args.static_path)]
    for name, path in PAGES.items():
        rows.append((name, "cached", path))
        rows.append((name, "uncached", path + UNCACHED))
    for name, mode, path in rows:
        load = wrk(args.base_url + path, args.duration, args.connections)
        budget = ""
        if mode == "cached" and name != "404 page":
            budget = f">= {BUDGET_CACHED_RPS}/s"
            failed |= load.requests_per_second < BUDGET_CACHED_RPS
        elif mode == "uncached" and name != "404 page":
            budget = f">= {BUDGET_UNCACHED_RPS}/s"
            failed |= load.requests_per_second < BUDGET_UNCACHED_RPS
        expected_errors = name == "404 page"  # wrk counts every 404
        print(
            f"{name[:16]:16}{mode:10}{load.requests_per_second:12.0f}"
            f"{load.median_ms:11.2f}{load.p99_ms:9.2f}"
            f"{'(404s)' if expected_errors else load.errors:>8}  {budget}"
        )
        failed |= bool(load.errors) and not expected_errors
    print()
    print(
        f"{'page weight (no video)':28}{'HTML':>8}{'CSS':>8}{'JS':>8}"
        f"{'fonts':>8}{'total':>9}  third-party"
    )
    for name, path in PAGES.items():
        if name == "404 page":
            continue
        weight = page_weight(args.base_url, path)
        failed |= weight.total > BUDGET_WEIGHT_BYTES
        failed |= bool(weight.render_blocking_third_party)
        print(
            f"{name:28}{weight.html / 1024:7.1f}K{weight.css / 1024:7.1f}K"
            f"{weight.js / 1024:7.1f}K{weight.fonts / 1024:7.1f}K"
            f"{weight.total / 1024:8.1f}K  " + (", ".join(weight.third_party) or "none")
        )
    print(
        f"(budget: under {BUDGET_WEIGHT_BYTES // 1024} KB, no render-blocking "
        "third-party resource)"
    )
    print("\nwithin budget" if not failed else "\nOVER BUDGET")
    return 1 if failed else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    signup = commands.add_parser("signup", help="complete registrations end to end")
    signup.add_argument("--base-url", default="http://127.0.0.1:8000")
    signup.add_argument("--start-path", default="/nl/aanmelden/")
    signup.add_argument("-n", "--number", type=int, default=100)
    signup.add_argument("-c", "--concurrency", type=int, default=1)
    signup.add_argument("--warmup", type=int, default=3)
    signup.add_argument(
        "--verify",
        action="store_true",
        help="check in the server's database that each is stored once",
    )
    pages = commands.add_parser("pages", help="page throughput and weight (wrk)")
    pages.add_argument("--base-url", default="http://127.0.0.1:8000")
    pages.add_argument("--duration", type=int, default=10)
    pages.add_argument("--connections", type=int, default=8)
    pages.add_argument("--static-path", default="/static/css/portal.css")
    compare = commands.add_parser(
        "compare",
        help="side by side: nginx, bare Django, page cache, uncached, Varnish",
    )
    compare.add_argument("--base-url", default="http://127.0.0.1:8000")
    compare.add_argument("--duration", type=int, default=5)
    compare.add_argument("--connections", type=int, default=16)
    compare.add_argument("--rounds", type=int, default=3)
    compare.add_argument(
        "--workers", type=int, default=2, help="gunicorn and nginx workers"
    )
    args = parser.parse_args(argv)
    if args.command == "compare":
        from bench_compare import run_compare

        return run_compare(args)
    if args.command == "signup":
        return run_signup(args)
    if args.command == "pages":
        return run_pages(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
