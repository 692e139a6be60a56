"""`make drill`: starts the production shape (scripts/stack.sh) in a fresh folder, puts it
through the failures a real host meets, prints what readers saw, stops it, and exits
non-zero when a drill misses its target. Traffic goes to 127.0.0.1 only.

Each load is 32 connections (threads with keep-alive) over home, a post, a story, search,
a feed and campaign sign-ups. A request is an error when it raises or answers 4xx/5xx. A
sign-up counts as accepted when the "check your email" page comes back; after each drill
every accepted address must be in the database."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

# Run as a script: its own folder is on the path, so its parts import by name.
from drill_common import PG_BIN, ROOT, STACK_DIR, STACK_LOG, Result, manage, stack_env
from drill_load import Load, first_item, measure, open_campaign, wait_for_site, warm_up


def kill_app_instance():
    master = int((STACK_DIR / "run" / "app1.pid").read_text())
    subprocess.run(["pkill", "-KILL", "-P", str(master)], check=False)
    os.kill(master, signal.SIGKILL)


def restart_postgres():
    subprocess.run(
        [
            "runuser",
            "-u",
            "postgres",
            "--",
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(STACK_DIR / "postgres"),
            "-m",
            "fast",
            "-w",
            "restart",
            "-l",
            str(STACK_DIR / "log" / "postgres.log"),
            "-o",
            f"-p 55432 -k {STACK_DIR / 'run'} -c listen_addresses=127.0.0.1 -c max_connections=200",
        ],
        check=True,
        capture_output=True,
    )


def stop_redis():
    os.kill(int((STACK_DIR / "run" / "redis.pid").read_text()), signal.SIGTERM)


def fresh_cluster(folder, port):
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.chown(folder, "postgres")
    as_postgres = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [
            *as_postgres,
            str(PG_BIN / "initdb"),
            "-D",
            str(folder / "data"),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *as_postgres,
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(folder / "data"),
            "-w",
            "-l",
            str(folder / "log"),
            "-o",
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *as_postgres,
            str(PG_BIN / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-U",
            "postgres",
            "site",
        ],
        check=True,
        capture_output=True,
    )

    def stop():
        subprocess.run(
            [
                *as_postgres,
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(folder / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)

    return stop


def restore_elsewhere(archive):
    """Restores `archive` into a new cluster and media folder; returns the environment
    changes that point a command at them, and how to remove them."""
    stop = fresh_cluster(STACK_DIR / "restored", 55433)
    files = STACK_DIR / "restored-files"
    changes = {
        "DATABASE_URL": "postgres://postgres@127.0.0.1:55433/site",
        "MEDIA_ROOT": str(files / "media"),
        "WITHHELD_IMAGES_ROOT": str(files / "withheld-images"),
    }
    manage("restore_site", str(archive), env_changes=changes)
    return changes, lambda: (stop(), shutil.rmtree(files, ignore_errors=True))


def backup_and_restore():
    result = Result("backup and restore")
    started = time.monotonic()
    archive = manage("backup_site").strip().splitlines()[-1]
    before = manage("fingerprint_site").strip().splitlines()[-1]
    changes, remove = restore_elsewhere(archive)
    try:
        after = manage("fingerprint_site", env_changes=changes).strip().splitlines()[-1]
    finally:
        remove()
    result.recovery_seconds = round(time.monotonic() - started, 1)
    result.passed = before == after
    if not result.passed:
        result.notes.append("the restored site differs from the one backed up")
    else:
        counts = {
            key: len(value) if isinstance(value, list) else value
            for key, value in json.loads(after).items()
        }
        result.notes.append(f"equal: {counts}")
    return result, archive


WITHDRAW_SOMEONE = (
    "from consent.gate import public_pages, pages_featuring; from consent.models import Person; "
    "from consent.services import withdraw_consent; from stories.models import StoryPage; "
    "person = next(p for p in Person.objects.all() if public_pages(StoryPage.objects.filter("
    "pk__in=pages_featuring(p).values('pk'))).exists()); "
    "pages = list(pages_featuring(person).live().values_list('pk', flat=True)); "
    "withdraw_consent(person, by=None, reason='Drill: withdrew after the backup'); "
    "print(person.pk, *pages)"
)


def withdrawal_survives_restore(archive):
    result = Result("withdrawal survives a restore")
    person, *pages = manage("shell", "-c", WITHDRAW_SOMEONE).strip().splitlines()[-1].split()
    changes, remove = restore_elsewhere(archive)
    try:
        check = (
            "from wagtail.models import Page; from consent.gate import page_is_public; "
            f"pages = Page.objects.filter(pk__in={[int(p) for p in pages]!r}); "
            "print(sum(1 for p in pages if p.live or page_is_public(p.specific)))"
        )
        still_public = int(
            manage("shell", "-c", check, env_changes=changes).strip().splitlines()[-1]
        )
    finally:
        remove()
    result.requests = len(pages)
    result.errors = still_public
    result.passed = bool(pages) and still_public == 0
    result.notes.append(
        f"person {person}: {len(pages)} pages live before; {still_public} public after the restore"
    )
    return result


def print_table(results):
    print("\n| drill | requests | errors | seconds to recover | writes lost | target met | notes |")
    print("|---|---:|---:|---:|---:|---|---|")
    for r in results:
        print(
            f"| {r.drill} | {r.requests} | {r.errors} | {r.recovery_seconds} | {r.writes_lost} "
            f"| {'yes' if r.passed else 'NO'} | {'; '.join(r.notes)} |"
        )


def main():
    if STACK_DIR.exists():
        shutil.rmtree(STACK_DIR)
    STACK_LOG.parent.mkdir(parents=True, exist_ok=True)
    stack = subprocess.Popen(
        [str(ROOT / "scripts/stack.sh")],
        cwd=ROOT,
        env=stack_env(),
        start_new_session=True,
        stdout=STACK_LOG.open("w"),
        stderr=subprocess.STDOUT,
    )
    results = []
    try:
        wait_for_site(600, stack)
        addresses = [
            ("home", "/"),
            ("post", first_item("blog")),
            ("story", first_item("stories")),
            ("search", "/search/?q=shared+lives"),
            ("feed", "/feeds/all.rss"),
            ("sign-up", None),
        ]
        campaign = open_campaign()
        warm_up(addresses)
        cached = ("home", "post", "story", "feed")
        load = Load(addresses, campaign)
        load.run(60)
        results.append(measure("load: 32 connections, 60 s", load, None))
        load = Load(addresses, campaign)
        event = load.run(30, during=kill_app_instance)
        results.append(measure("one app instance killed", load, event, cached, (1.0, None)))
        wait_for_site(60, stack)
        load = Load(addresses, campaign)
        event = load.run(30, during=restart_postgres)
        results.append(measure("PostgreSQL restarted", load, event, (), (10.0, 10.0)))
        load = Load(addresses, campaign)
        load.run(20, during=stop_redis)
        results.append(measure("Redis stopped", load, None))
        logs = "".join(p.read_text() for p in (STACK_DIR / "log").glob("app*.log"))
        if "Shared cache unavailable" not in logs:
            results[-1].passed = False
            results[-1].notes.append("no log line saying the rate limit fails open")
        else:
            results[-1].notes.append("the log says the rate limit fails open")
        backup_result, archive = backup_and_restore()
        results.append(backup_result)
        results.append(withdrawal_survives_restore(archive))
    finally:
        os.killpg(stack.pid, signal.SIGINT)
        try:
            stack.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(stack.pid, signal.SIGKILL)
    print_table(results)
    return 0 if results and all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
