"""BENCH_BASELINE=<commit>: the uncached rates of the home page and a post beside those
of an earlier commit of this project, served the same way on the same machine in the
same run. The earlier code runs from a git worktree with its own environment (its own
lock file) and builds the bench content with its own harness, in a database of its own
on the same server. The two servers take turns, round after round, so that both meet the
same noise from the rest of the machine; the median round is reported."""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.db import connection

from benchmarks import measure

COMPARED = ["home", "blog post"]
ROUNDS = 5
DATABASE = "bench_baseline"
# Run by the earlier commit's Python in its own tree: what its `make bench` did to build
# the site, then what autovacuum would do (left to autovacuum, it would run during the
# measurement, on one side only).
BUILD = """
import django
django.setup()
from django.core.management import call_command
from django.db import connection
from benchmarks import content
call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo_content", verbosity=0)
content.load(content.Volumes.at_scale({scale}))
connection.cursor().execute("VACUUM ANALYZE")
connection.cursor().execute("CHECKPOINT")
"""


def outside_this_environment():
    """The environment without this project's virtual environment (which `uv run` puts
    first on PATH) and make's own variables, for the earlier tree's `make install`."""
    here = os.path.join(sys.prefix, "bin")
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"VIRTUAL_ENV", "MAKEFLAGS", "MAKELEVEL", "MFLAGS"}
    }
    env["PATH"] = os.pathsep.join(
        folder for folder in env.get("PATH", "").split(os.pathsep) if folder != here
    )
    return env


def database_url(name):
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path=f"/{name}"))


def recreate_database():
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {DATABASE}")
        cursor.execute(f"CREATE DATABASE {DATABASE}")


@contextmanager
def earlier_site(commit, *, scale, workers):
    """Yields the port of gunicorn serving `commit`'s code and content."""
    project = Path(__file__).resolve().parent.parent
    tree = Path(tempfile.mkdtemp(prefix="bench-baseline-"))
    media = tempfile.mkdtemp(prefix="bench-baseline-media-")
    git = ["git", "-C", str(project)]
    subprocess.run([*git, "worktree", "add", "--detach", str(tree), commit], check=True)
    try:
        subprocess.run(
            ["make", "-s", "install"], cwd=tree, env=outside_this_environment(), check=True
        )
        recreate_database()
        env = {
            **os.environ,
            "DATABASE_URL": database_url(DATABASE),
            "BENCH_MEDIA_ROOT": media,
            "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        }
        python = str(tree / ".venv" / "bin" / "python")
        print(f"Building the site of {commit} for the comparison.", flush=True)
        build = BUILD.format(scale=scale)
        subprocess.run([python, "-c", build], cwd=tree, env=env, check=True)
        with measure.gunicorn(workers, python=python, cwd=tree, env=env) as port:
            yield port
    finally:
        subprocess.run([*git, "worktree", "remove", "--force", str(tree)], check=False)
        shutil.rmtree(media, ignore_errors=True)


def compare(chosen, *, commit, port, scale, workers, load):
    """[(what, path, earlier rate, rate now)] for the addresses in COMPARED."""
    paths = [(what, path) for what, path in chosen if what in COMPARED]
    rates = {}
    with earlier_site(commit, scale=scale, workers=workers) as earlier_port:
        for _round in range(ROUNDS):
            for which, server in (("then", earlier_port), ("now", port)):
                for what, path in paths:
                    rate = measure.requests_per_second(
                        server, path, concurrency=load[0], total=load[1]
                    )
                    rates.setdefault((what, which), []).append(rate)
    return [
        (
            what,
            path,
            statistics.median(rates[what, "then"]),
            statistics.median(rates[what, "now"]),
        )
        for what, path in paths
    ]
