"""`python -m benchmarks` (what `make bench` runs, against the PostgreSQL server named by
DATABASE_URL): builds the site, measures it and writes benchmarks/results.md.

Options, from the environment: BENCH_REQUESTS timed requests per address (default 20),
BENCH_WARMUP untimed ones before them (default 3), BENCH_SCALE multiplies the bulk
content (default 1), BENCH_WORKERS gunicorn workers (default 1), BENCH_CONCURRENCY clients
asking at once for the requests-per-second column (default 8) and BENCH_LOAD_REQUESTS how
many requests they make per address (default 200; 0 skips the column), BENCH_GROWTH how
many times bigger the site is made for the growth table (default 4; 1 skips it),
BENCH_RESULTS where to write the results (default benchmarks/results.md, the committed
baseline) and BENCH_BASELINE an earlier commit whose home page and post are measured beside
this one's (benchmarks/baseline.py; none by default)."""

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit


def setting(name, default, kind=int):
    return kind(os.environ.get(name, default))


def main():
    requests = setting("BENCH_REQUESTS", 20)
    warmup = setting("BENCH_WARMUP", 3)
    scale = setting("BENCH_SCALE", 1, float)
    workers = setting("BENCH_WORKERS", 1)
    concurrency = setting("BENCH_CONCURRENCY", 8)
    load_requests = setting("BENCH_LOAD_REQUESTS", 200)
    growth = setting("BENCH_GROWTH", 4, float)
    earlier = os.environ.get("BENCH_BASELINE")
    if requests < 2:
        sys.exit("BENCH_REQUESTS must be at least 2 for a 95th percentile.")
    media = tempfile.mkdtemp(prefix="bench-media-")
    # Read by benchmarks/settings.py here and in the server's processes.
    os.environ["BENCH_MEDIA_ROOT"] = media
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    try:
        run(
            requests=requests,
            warmup=warmup,
            scale=scale,
            workers=workers,
            load=(concurrency, load_requests) if load_requests else None,
            growth=growth,
            earlier=earlier,
        )
    finally:
        shutil.rmtree(media, ignore_errors=True)


def analyze():
    """What autovacuum does to a production database some minutes after a bulk change:
    the planner's statistics, which search's plan depends on (website migration 0006).
    Done now, so that autovacuum does not do it during the measurements, and followed by a
    checkpoint, so that writing out what it changed does not either (it had slowed the
    first addresses measured, by half through Varnish)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
        cursor.execute("CHECKPOINT")


def run(*, requests, warmup, scale, workers, load, growth, earlier):
    import django

    # The rest needs Django set up, which needs the media folder chosen above.
    django.setup()
    from django.core.management import call_command

    from benchmarks import baseline, content, measure, report
    from benchmarks import growth as growth_module
    from benchmarks.targets import GROWTH, STATIC_PATH, targets

    # The tests' Varnish, with the production VCL: one way to start it for both.
    from tests.website.varnish import varnish_in_front_of

    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo_content")
    volumes = content.Volumes.at_scale(scale)
    print(f"Adding bulk content: {volumes}", flush=True)
    content.load(volumes)
    analyze()
    if growth > 1:
        growth_module.copy_site()
    print(f"Site built in {time.monotonic() - started:.0f} s; measuring.", flush=True)
    server = (
        f"gunicorn, {workers} sync worker{'s' if workers != 1 else ''} "
        "(BENCH_WORKERS), settings benchmarks.settings (DEBUG off)"
    )
    static_rate, grown, summary = (0.0, 0.0), [], report.content_summary()
    compared = []
    try:
        with measure.gunicorn(workers) as port, varnish_in_front_of(port) as varnish:
            cached_port = urlsplit(varnish.url).port
            chosen = targets()
            results = measure.measure(
                chosen,
                port=port,
                requests=requests,
                warmup=warmup,
                load=load,
                cached_port=cached_port,
            )
            if load:
                static_rate = measure.rates(
                    STATIC_PATH, port=port, cached_port=cached_port, load=load
                )
            if earlier and load:
                compared = baseline.compare(
                    chosen, commit=earlier, port=port, scale=scale, workers=workers, load=load
                )
            if growth > 1:
                print(f"Growing a copy of the site {growth:g} times.", flush=True)
                growth_module.grow(volumes, growth, settle=analyze)
                again = [result for result in results if result.what in GROWTH]
                grown = growth_module.compare(
                    again, workers=workers, requests=requests, warmup=warmup
                )
    except measure.BenchmarkError as error:
        sys.exit(f"Benchmark failed: {error}")
    path = Path(os.environ.get("BENCH_RESULTS", report.RESULTS))
    print(
        report.write(
            results,
            path,
            server=server,
            requests=requests,
            warmup=warmup,
            scale=scale,
            load=load,
            static=(STATIC_PATH, static_rate),
            growth=(growth, grown, report.content_summary() if grown else None),
            content=summary,
            baseline=(earlier, compared),
        )
    )
    print(f"Written to {path} ({time.monotonic() - started:.0f} s in all).")


if __name__ == "__main__":
    main()
