"""`make lighthouse`: Lighthouse's four scores (performance, accessibility, best practices,
SEO) for each kind of page in English and Welsh, written to benchmarks/lighthouse.md.

Runs inside scripts/with_postgres.sh: builds the demo site in that throwaway PostgreSQL
with production settings (DEBUG off, the manifest of hashed static files), serves it with
gunicorn on a free port and runs npm's `lighthouse` (node_modules, from package-lock.json)
with Debian's chromium. Options, from the environment: LIGHTHOUSE_PRESETS the form
factors (default "mobile desktop"); LIGHTHOUSE_PAGES the kinds of page (default all: home
post story campaign report schemes search); LIGHTHOUSE_RUNS audits of each, keeping the
one with the median performance score, as Lighthouse's docs advise against a busy
machine's noise (default 1); LIGHTHOUSE_RESULTS where the table goes. Each full report is
kept in var/lighthouse/ for the details behind a score. Slow, so not part of `make test`."""

import json
import os
import secrets
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
REPORTS = ROOT / "var" / "lighthouse"
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"


def production_environment(port, scratch):
    """What production reads from its environment, pointed at this run's own folders."""
    return {
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "SECURE_SSL_REDIRECT": "false",
        "MEDIA_ROOT": str(scratch / "media"),
        "WITHHELD_IMAGES_ROOT": str(scratch / "withheld"),
        "BACKUP_DIR": str(scratch / "backups"),
    }


def build_site():
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    call_command("load_demo_content")


def addresses():
    """{(kind, language): path} for one page of each kind, the Welsh one the translation
    of the English one where it has one."""
    from wagtail.models import Page

    from blog.models import BlogPostPage
    from campaigns.models import CampaignPage
    from reports.models import ReportPage
    from stories.models import StoryPage

    found = {}
    for kind, model in (
        ("post", BlogPostPage),
        ("story", StoryPage),
        ("campaign", CampaignPage),
        ("report", ReportPage),
    ):
        english = Page.objects.type(model).live().filter(locale__language_code="en")
        with_welsh = [page for page in english if page.get_translations().live().exists()]
        page = (with_welsh or list(english))[0]
        found[(kind, "en")] = page.url
        welsh = page.get_translations().live().first()
        if welsh:
            found[(kind, "cy")] = welsh.url
    for language, prefix in (("en", ""), ("cy", "/cy")):
        found[("home", language)] = f"{prefix}/"
        found[("schemes", language)] = f"{prefix}/schemes/"
        found[("search", language)] = f"{prefix}/search/?q=care"
    return found


@contextmanager
def serving(port, environment):
    from benchmarks.measure import wait_until_serving

    command = [sys.executable, "-m", "gunicorn", "lighthouse_wsgi:application"]
    command += ["--pythonpath", str(ROOT / "benchmarks"), "--bind", f"127.0.0.1:{port}"]
    # A first visit encodes every rendition (AVIF is slow), so a worker may take minutes.
    command += ["--workers", "2", "--timeout", "600", "--log-level", "warning"]
    server = subprocess.Popen(command, env=environment, cwd=ROOT)
    try:
        wait_until_serving(server, port)
        yield
    finally:
        server.terminate()
        server.wait(timeout=30)


def audit(url, preset, report_path):
    """Lighthouse's report for one address, as a dict."""
    command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report_path}"]
    command += [f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"]
    if preset == "desktop":
        command.append("--preset=desktop")
    environment = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    subprocess.run(command, check=True, env=environment, timeout=300)
    return json.loads(Path(report_path).read_text())


def median_run(url, preset, name, runs):
    """The report, of `runs` audits of `url`, with the median performance score; kept in
    var/lighthouse/<name>.json."""
    reports = [audit(url, preset, REPORTS / f"{name}-{run}.json") for run in range(runs)]
    reports.sort(key=lambda report: report["categories"]["performance"]["score"] or 0)
    chosen = reports[len(reports) // 2]
    (REPORTS / f"{name}.json").write_text(json.dumps(chosen))
    for run in range(runs):
        (REPORTS / f"{name}-{run}.json").unlink()
    return chosen


def failing_audits(report):
    """Ids of the audits that cost points: scored below 1 and counted in a category."""
    weighted = {
        ref["id"]
        for category in report["categories"].values()
        for ref in category["auditRefs"]
        if ref.get("weight")
    }
    return sorted(
        audit_id
        for audit_id, result in report["audits"].items()
        if audit_id in weighted and result.get("score") is not None and result["score"] < 1
    )


def table(rows):
    lines = [
        "# Lighthouse",
        "",
        f"`make lighthouse`, Lighthouse {rows[0]['version'] if rows else '?'} with Debian's "
        "chromium, against the demo site with production settings (gunicorn, no Varnish). "
        "Scores out of 100; the last column names the audits that cost points.",
        "",
        "| page | language | preset | performance | accessibility | best practices | SEO "
        "| audits below full marks |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        scores = " | ".join(str(row["scores"][name]) for name in CATEGORIES)
        audits = ", ".join(f"`{name}`" for name in row["failing"]) or "none"
        lines.append(
            f"| {row['kind']} (`{row['path']}`) | {row['language']} | {row['preset']} "
            f"| {scores} | {audits} |"
        )
    return "\n".join(lines) + "\n"


def main():
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: run `npm ci` (make lighthouse does).")
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Run me through scripts/with_postgres.sh (make lighthouse does).")
    from benchmarks.measure import free_port

    port = free_port()
    scratch = Path(tempfile.mkdtemp(prefix="lighthouse-"))
    os.environ.update(production_environment(port, scratch))
    import django

    django.setup()
    build_site()
    wanted = os.environ.get("LIGHTHOUSE_PAGES", "").split()
    paths = {key: path for key, path in addresses().items() if not wanted or key[0] in wanted}
    presets = os.environ.get("LIGHTHOUSE_PRESETS", "mobile desktop").split()
    runs = int(os.environ.get("LIGHTHOUSE_RUNS", "1"))
    REPORTS.mkdir(parents=True, exist_ok=True)
    rows = []
    with serving(port, os.environ.copy()):
        # A first visit makes each page's image renditions, once, as on a live site; the
        # scores are of the visits after it.
        for path in [*paths.values(), "/robots.txt"]:
            urlopen(f"http://127.0.0.1:{port}{path}", timeout=600).read()
        for (kind, language), path in paths.items():
            for preset in presets:
                report = median_run(
                    f"http://127.0.0.1:{port}{path}", preset, f"{kind}-{language}-{preset}", runs
                )
                scores = {
                    name: round(100 * (report["categories"][name]["score"] or 0))
                    for name in CATEGORIES
                }
                rows.append(
                    {
                        "kind": kind,
                        "language": language,
                        "path": path,
                        "preset": preset,
                        "scores": scores,
                        "failing": failing_audits(report),
                        "version": report["lighthouseVersion"],
                    }
                )
                print(kind, language, preset, scores, " ".join(rows[-1]["failing"]), flush=True)
    rows.sort(key=lambda row: (row["kind"], row["language"], row["preset"]))
    target = Path(os.environ.get("LIGHTHOUSE_RESULTS", ROOT / "benchmarks" / "lighthouse.md"))
    target.write_text(table(rows))
    print(f"Wrote {target}")


if __name__ == "__main__":
    main()
