"""BENCH_GROWTH: the addresses that must not grow with the content, at 1x and at
BENCH_GROWTH times the bulk content, served side by side. The grown site is a copy of the
1x database made before anything is measured, grown afterwards; each size gets a gunicorn
started for the comparison, and the two take turns, round after round, so that both meet
the same noise from the rest of the machine (measured one after the other, minutes apart,
a ratio moved by a third between runs). The median round is reported.

A gunicorn that has served the 1x site for minutes also answers more slowly after the
content grows under it than a new one at the same size (home 85-101 ms against 68 ms by
hand): why is not yet known; it is not the database connections, renewed after 60 idle
seconds."""

import os
import statistics
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
from django.db import connection

from benchmarks import content, measure
from benchmarks.baseline import ROUNDS, database_url

GROWN = "bench_grown"


@dataclass
class Growth:
    what: str
    path: str
    median_ms: float
    grown_median_ms: float
    size: int
    grown_size: int
    queries: int
    grown_queries: int


def copy_site():
    """A copy of the 1x database for the grown site, made before any server connects."""
    name = connection.settings_dict["NAME"]
    connection.close()
    with psycopg.connect(database_url("template1"), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {GROWN}")
        admin.execute(f'CREATE DATABASE {GROWN} TEMPLATE "{name}"')


@contextmanager
def servers(workers):
    """Yields the ports of two new gunicorns: the 1x site and the grown one."""
    grown = {**os.environ, "DATABASE_URL": database_url(GROWN)}
    with measure.gunicorn(workers) as port, measure.gunicorn(workers, env=grown) as grown_port:
        yield port, grown_port


def grow(volumes, factor, *, settle):
    """Grows the copy; this process reads the grown site from then on."""
    connection.close()
    connection.settings_dict["NAME"] = GROWN
    content.grow(volumes, factor)
    settle()


def compare(results, *, workers, requests, warmup):
    """One Growth per result, its latencies the median of ROUNDS rounds at each size."""
    medians, sizes = {}, {}
    with servers(workers) as (port, grown_port):
        for _round in range(ROUNDS):
            for which, server in (("1x", port), ("grown", grown_port)):
                for result in results:
                    latencies, size = measure.time_requests(
                        server, result.path, requests=requests, warmup=warmup
                    )
                    medians.setdefault((result.path, which), []).append(
                        statistics.median(latencies)
                    )
                    sizes[result.path, which] = size
    return [
        Growth(
            what=result.what,
            path=result.path,
            median_ms=statistics.median(medians[result.path, "1x"]),
            grown_median_ms=statistics.median(medians[result.path, "grown"]),
            size=sizes[result.path, "1x"],
            grown_size=sizes[result.path, "grown"],
            queries=result.queries,
            grown_queries=measure.count_queries(result.path),
        )
        for result in results
    ]
