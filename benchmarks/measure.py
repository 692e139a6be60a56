"""Three measurements per address: SQL queries, counted in-process with Django's test
client (the server's queries cannot be seen from outside); latency over real HTTP against a
gunicorn process, one request at a time, as production serves the site; and requests per
second with a fixed number of clients asking at once."""

import http.client
import os
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


class BenchmarkError(Exception):
    pass


@dataclass
class Result:
    what: str
    path: str
    queries: int
    median_ms: float
    p95_ms: float
    size: int
    per_second: float
    cached_per_second: float = 0.0


def count_queries(path):
    """Queries of a warm request: the first one of a process also fills caches (the site,
    its root paths, the locales) that every later request reuses."""
    client = Client()
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    if response.status_code != 200:
        raise BenchmarkError(f"{path} answered {response.status_code} in-process")
    return len(queries)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port, path):
    """(status, body) of one GET on a new connection, as a browser's first visit makes."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@contextmanager
def gunicorn(workers, *, python=sys.executable, cwd=None, env=None):
    """A gunicorn server for the settings in the environment (or `env`), run by `python`
    in `cwd` (this project by default; an earlier commit's tree for a comparison); yields
    its port."""
    port = free_port()
    command = [python, "-m", "gunicorn", "website.wsgi:application"]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
    server = subprocess.Popen(
        [*command, "--log-level", "warning"], cwd=cwd, env=env or os.environ.copy()
    )
    try:
        wait_until_serving(server, port)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def wait_until_serving(server, port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise BenchmarkError(f"gunicorn stopped at start-up (exit code {server.returncode})")
        try:
            get(port, "/robots.txt")
            return
        except OSError:
            time.sleep(0.2)
    raise BenchmarkError(f"gunicorn did not answer within {timeout} seconds")


def time_requests(port, path, *, requests, warmup):
    """(latencies in ms, response size in bytes) of `requests` GETs after `warmup` ones."""
    for _ in range(warmup):
        get(port, path)
    latencies, size = [], 0
    for _ in range(requests):
        started = time.perf_counter()
        status, body = get(port, path)
        latencies.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise BenchmarkError(f"{path} answered {status} over HTTP")
        size = len(body)
    return latencies, size


def requests_per_second(port, path, *, concurrency, total):
    """`total` GETs from `concurrency` clients at once, each request on a new connection;
    how many the server answered per second. Threads are enough: the clients spend their
    time waiting for the server."""

    def one(_number):
        status, _body = get(port, path)
        if status != 200:
            raise BenchmarkError(f"{path} answered {status} under load")

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as clients:
        list(clients.map(one, range(total)))
    return total / (time.perf_counter() - started)


def p95(samples):
    return statistics.quantiles(samples, n=20, method="inclusive")[-1]


def rates(path, *, port, cached_port, load):
    """Requests per second straight to gunicorn and, when `cached_port` is given, through
    Varnish in front of it, from the same number of clients at once."""
    straight = requests_per_second(port, path, concurrency=load[0], total=load[1])
    if cached_port is None:
        return straight, 0.0
    get(cached_port, path)  # the first reader fills the cache
    return straight, requests_per_second(cached_port, path, concurrency=load[0], total=load[1])


def measure(targets, *, port, requests, warmup, load, cached_port=None):
    """One Result per (what, path); `load` is (concurrency, total requests), or None to
    skip the requests-per-second measurement."""
    results = []
    for what, path in targets:
        latencies, size = time_requests(port, path, requests=requests, warmup=warmup)
        per_second = cached_per_second = 0.0
        if load:
            per_second, cached_per_second = rates(
                path, port=port, cached_port=cached_port, load=load
            )
        results.append(
            Result(
                what=what,
                path=path,
                queries=count_queries(path),
                median_ms=statistics.median(latencies),
                p95_ms=p95(latencies),
                size=size,
                per_second=per_second,
                cached_per_second=cached_per_second,
            )
        )
    return results
