"""The results table, printed and written to benchmarks/results.md with what was measured
and on what, so a later run can be compared with the committed baseline."""

import os
import platform
import subprocess
from pathlib import Path

from django.db import connection
from django.utils import timezone
from wagtail.models import Page

from benchmarks.baseline import ROUNDS
from blog.models import BlogPostPage
from campaigns.models import CampaignPage, Signup
from consent.gate import public_pages
from reports.models import ReportPage
from stories.models import StoryPage

# The committed baseline; BENCH_RESULTS sends a trial run elsewhere.
RESULTS = Path(__file__).resolve().parent / "results.md"


def short(path):
    return path if len(path) <= 60 else path[:57] + "..."


def table(results, load, static_cached_rate):
    per_second = (
        f" req/s uncached, {load[0]} at once | req/s through Varnish | share of static |"
        if load
        else ""
    )
    rows = [
        f"| what | path | median ms | p95 ms | KB | queries |{per_second}",
        "|---|---|--:|--:|--:|--:|" + ("--:|--:|--:|" if load else ""),
    ]
    for result in results:
        rate = (
            f" {result.per_second:.1f} | {result.cached_per_second:.1f} "
            f"| {result.cached_per_second / static_cached_rate:.0%} |"
            if load
            else ""
        )
        rows.append(
            f"| {result.what} | `{short(result.path)}` | {result.median_ms:.1f} "
            f"| {result.p95_ms:.1f} | {result.size / 1024:.1f} | {result.queries} |{rate}"
        )
    return "\n".join(rows)


def growth_table(grown, factor):
    """The growth addresses at both sizes, side by side."""
    rows = [
        f"| what | median ms at 1x | median ms at {factor:g}x | ratio | KB at 1x | "
        f"KB at {factor:g}x | queries at 1x | queries at {factor:g}x |",
        "|---|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for row in grown:
        rows.append(
            f"| {row.what} | {row.median_ms:.1f} | {row.grown_median_ms:.1f} "
            f"| {row.grown_median_ms / row.median_ms:.2f} | {row.size / 1024:.1f} "
            f"| {row.grown_size / 1024:.1f} | {row.queries} | {row.grown_queries} |"
        )
    return "\n".join(rows)


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def memory_gb():
    try:
        total_kb = int(Path("/proc/meminfo").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return "?"
    return f"{total_kb / 1024 / 1024:.0f}"


def commit():
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine():
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0].split()[0]
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{os.cpu_count()} cores ({cpu_model()}), {memory_gb()} GB RAM, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"PostgreSQL {postgres}; load average {load} when the report was written"
    )


def content_summary():
    def live(model):
        return model.objects.live().count()

    public_stories = public_pages(StoryPage.objects.all()).count()
    return (
        f"{Page.objects.live().count()} live pages in both languages: {live(BlogPostPage)} "
        f"blog posts, {live(StoryPage)} live stories of which {public_stories} public "
        f"(the rest fail the consent gate), {StoryPage.objects.not_live().count()} stories "
        f"held back as drafts, {live(ReportPage)} reports, {live(CampaignPage)} campaigns "
        f"with {Signup.objects.count()} sign-ups"
    )


def load_section(load, static):
    if not load:
        return ""
    path, (straight, cached) = static
    return (
        f"- Requests per second: {load[1]} requests per address from {load[0]} clients at "
        f"once (BENCH_CONCURRENCY, BENCH_LOAD_REQUESTS), each on a new connection, straight "
        f"to gunicorn (uncached) and through Varnish with the production VCL in front of "
        f"it (cached after the first request). The static file `{path}`, by the same two "
        f"paths: {straight:.1f} requests per second straight, {cached:.1f} through Varnish; "
        f"\"share of static\" is a page's rate through Varnish over the static file's.\n"
    )


def growth_section(growth):
    factor, grown, summary = growth
    if not grown:
        return ""
    return f"""
## Growth

The same addresses on a copy of the site grown by {factor - 1:g} times the bulk posts and
consenting stories (BENCH_GROWTH={factor:g}): {summary}. A new gunicorn (same settings)
served each size; the two took turns for {ROUNDS} rounds of the timed requests above, and
the median round is shown (benchmarks/growth.py).

{growth_table(grown, factor)}
"""


def baseline_section(baseline, load):
    commit, compared = baseline
    if not compared:
        return ""
    rows = "\n".join(
        f"| {what} | `{short(path)}` | {then:.1f} | {now:.1f} | {now / then:.2f}x |"
        for what, path, then, now in compared
    )
    return f"""
## Against an earlier commit

Requests per second straight to gunicorn (uncached), {load[0]} clients at once, {load[1]}
requests per address, at this commit and at {commit} (BENCH_BASELINE), each with the bench
content built by its own harness in its own database and served by the same gunicorn
settings. The two took turns for {ROUNDS} rounds; the median round is shown.

| what | path | req/s at {commit} | req/s now | now / then |
|---|---|--:|--:|--:|
{rows}
"""


def document(results, *, server, requests, warmup, scale, load, static, growth, content, baseline):
    return f"""# Benchmark results

Made by `make bench` on {timezone.localtime():%Y-%m-%d %H:%M %Z} at commit {commit()}.

- Machine: {machine()}.
- Content: {content} (BENCH_SCALE={scale:g}).
- Server: {server}. Each address had {warmup} warm-up requests, then {requests} timed ones
  (BENCH_REQUESTS), one at a time, each on a new connection from the same machine.
{load_section(load, static)}- Latency is from sending the request to reading the last byte;
  KB is the uncompressed body; queries are those of one warm request, counted in-process
  with Django's test client.

Numbers from a shared machine are noisy: compare runs on the same machine, look at
differences of more than a few tens of percent, and trust the query counts, which do not
depend on the machine.

{table(results, load, static[1][1] or 1)}
{baseline_section(baseline, load)}{growth_section(growth)}"""


def write(results, path, **run):
    text = document(results, **run)
    path.write_text(text)
    return text
