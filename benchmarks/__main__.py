"""`python -m benchmarks` (what `make bench` runs, against the PostgreSQL server named by
DATABASE_URL): builds the site, measures it and writes benchmarks/results.md.

Options, from the environment: BENCH_REQUESTS timed requests per address (default 20),
BENCH_WARMUP untimed ones before them (default 3), BENCH_SCALE multiplies the bulk
content (default 1), BENCH_WORKERS gunicorn workers (default 1), BENCH_RESULTS where to
write the results (default benchmarks/results.md, the committed baseline)."""

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def setting(name, default, kind=int):
    return kind(os.environ.get(name, default))


def main():
    requests = setting("BENCH_REQUESTS", 20)
    warmup = setting("BENCH_WARMUP", 3)
    scale = setting("BENCH_SCALE", 1, float)
    workers = setting("BENCH_WORKERS", 1)
    if requests < 2:
        sys.exit("BENCH_REQUESTS must be at least 2 for a 95th percentile.")
    media = tempfile.mkdtemp(prefix="bench-media-")
    # Read by benchmarks/settings.py here and in the server's processes.
    os.environ["BENCH_MEDIA_ROOT"] = media
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    try:
        run(requests=requests, warmup=warmup, scale=scale, workers=workers)
    finally:
        shutil.rmtree(media, ignore_errors=True)


def run(*, requests, warmup, scale, workers):
    import django

    # The rest needs Django set up, which needs the media folder chosen above.
    django.setup()
    from django.core.management import call_command

    from benchmarks import content, measure, report
    from benchmarks.targets import targets

    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo_content")
    volumes = content.Volumes.at_scale(scale)
    print(f"Adding bulk content: {volumes}", flush=True)
    content.load(volumes)
    print(f"Site built in {time.monotonic() - started:.0f} s; measuring.", flush=True)
    server = (
        f"gunicorn, {workers} sync worker{'s' if workers != 1 else ''} "
        "(BENCH_WORKERS), settings benchmarks.settings (DEBUG off)"
    )
    try:
        with measure.gunicorn(workers) as port:
            results = measure.measure(targets(), port=port, requests=requests, warmup=warmup)
    except measure.BenchmarkError as error:
        sys.exit(f"Benchmark failed: {error}")
    path = Path(os.environ.get("BENCH_RESULTS", report.RESULTS))
    print(report.write(results, path, server=server, requests=requests, warmup=warmup, scale=scale))
    print(f"Written to {path} ({time.monotonic() - started:.0f} s in all).")


if __name__ == "__main__":
    main()
