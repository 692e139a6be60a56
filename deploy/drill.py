"""`make drill`: starts the production shape (scripts/stack.sh) in a fresh folder, puts it
through the failures a real host meets, prints what readers saw, stops it, and exits
non-zero when a drill misses its target. Traffic goes to 127.0.0.1 only.

Each load is 32 connections (threads with keep-alive) over home, a post, a story, search,
a feed and campaign sign-ups. A request is an error when it raises or answers 4xx/5xx. A
sign-up counts as accepted when the "check your email" page comes back; after each drill
every accepted address must be in the database."""

import collections
import http.client
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STACK_DIR = ROOT / "var" / "drill"
STACK_LOG = ROOT / "var" / "drill-stack.log"
PORT = 8080
APP_PORTS = (8001, 8002)
CONNECTIONS = 32
ACCEPTED_MARK = "Check your email"
PG_BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]


@dataclass
class Outcome:
    at: float
    kind: str
    ok: bool
    # What went wrong, for the table's notes: a status code or an exception's name.
    cause: str = ""


@dataclass
class Result:
    drill: str
    requests: int = 0
    errors: int = 0
    recovery_seconds: float = 0.0
    writes_lost: int = 0
    passed: bool = True
    notes: list = field(default_factory=list)


def stack_env():
    return {
        **os.environ,
        "STACK_DIR": str(STACK_DIR),
        "STACK_PORT": str(PORT),
        # Every sign-up of the drill comes from 127.0.0.1: the per-address limit would turn
        # the load into refusals, which is not what is being drilled.
        "CAMPAIGN_SIGNUPS_PER_ADDRESS": "1000000",
    }


def manage(*args, env_changes=None):
    env = {**stack_env(), **dict(line.split("=", 1) for line in stack_variables())}
    env.update(env_changes or {})
    return subprocess.run(
        [str(ROOT / ".venv/bin/python"), "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def stack_variables():
    """The production variables stack.sh exports, for commands run beside it."""
    secret = (STACK_DIR / "secret-key").read_text().strip()
    return [
        "DJANGO_SETTINGS_MODULE=website.settings.production",
        f"DJANGO_SECRET_KEY={secret}",
        "DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost",
        "DATABASE_URL=postgres://postgres@127.0.0.1:55432/site",
        "REDIS_URL=redis://127.0.0.1:56379/0",
        f"WAGTAILADMIN_BASE_URL=http://127.0.0.1:{PORT}",
        f"FRONTEND_CACHE_URL=http://127.0.0.1:{PORT}",
        "SECURE_SSL_REDIRECT=false",
        f"MEDIA_ROOT={STACK_DIR / 'media'}",
        f"WITHHELD_IMAGES_ROOT={STACK_DIR / 'withheld-images'}",
        f"BACKUP_DIR={STACK_DIR / 'backups'}",
    ]


def get(port, path, timeout=120):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8", "replace")


def wait_for_site(deadline_seconds, stack):
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        if stack.poll() is not None:
            raise SystemExit(f"The stack stopped: see {STACK_LOG}")
        try:
            if get(PORT, "/")[0] == 200 and all(get(p, "/robots.txt")[0] == 200 for p in APP_PORTS):
                return
        except OSError:
            pass
        time.sleep(2)
    raise SystemExit(f"The stack did not start serving in time: see {STACK_LOG} and var/drill/log/")


def first_item(feed):
    items = json.loads(get(PORT, f"/feeds/{feed}.json")[1])["items"]
    return urllib.parse.urlsplit(items[0]["url"]).path


def warm_up(addresses):
    """Each address asked once of each app server and of Varnish: a first request builds
    per-process caches and is no measure of what readers meet."""
    for _kind, path in addresses:
        for port in (*APP_PORTS, PORT):
            if path:
                get(port, path)


def open_campaign():
    for item in json.loads(get(PORT, "/feeds/campaigns.json")[1])["items"]:
        path = urllib.parse.urlsplit(item["url"]).path
        if f'action="{path}sign/' in get(PORT, path)[1]:
            return path
    raise SystemExit("No campaign open for sign-ups in the demo content")


class Load:
    """CONNECTIONS threads asking in turn for the addresses, until stopped."""

    def __init__(self, addresses, campaign):
        self.addresses = addresses
        self.campaign = campaign
        self.outcomes = []
        self.accepted = []
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.counter = 0

    def sign_up(self, connection):
        with self.lock:
            self.counter += 1
            email = f"drill-{os.getpid()}-{time.time_ns()}-{self.counter}@example.org"
        body = urllib.parse.urlencode(
            {
                "name": "Drill",
                "email": email,
                "organisation": "",
                "area": "Drill",
                "supporter_type": "family-carer",
            }
        )
        connection.request(
            "POST",
            self.campaign + "sign/",
            body=body,
            headers={
                "Host": "127.0.0.1",
                "Content-Type": "application/x-www-form-urlencoded",
                "Sec-Fetch-Site": "same-origin",
                "Origin": f"http://127.0.0.1:{PORT}",
            },
        )
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        accepted = response.status == 200 and ACCEPTED_MARK in text
        if accepted:
            with self.lock:
                self.accepted.append(email)
        return response.status

    def worker(self):
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        while not self.stopping.is_set():
            kind, path = random.choice(self.addresses)
            try:
                if kind == "sign-up":
                    status = self.sign_up(connection)
                else:
                    connection.request("GET", path, headers={"Host": "127.0.0.1"})
                    response = connection.getresponse()
                    response.read()
                    status = response.status
                cause = f"{kind} {status}"
            except (OSError, http.client.HTTPException) as error:
                status, cause = 599, f"{kind} {type(error).__name__}"
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            with self.lock:
                self.outcomes.append(Outcome(time.monotonic(), kind, status < 400, cause))

    def run(self, seconds, during=None, at=5.0):
        threads = [threading.Thread(target=self.worker, daemon=True) for _ in range(CONNECTIONS)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        event_at = None
        if during:
            time.sleep(at)
            event_at = time.monotonic()
            during()
        time.sleep(max(0, seconds - (time.monotonic() - started)))
        self.stopping.set()
        for thread in threads:
            thread.join()
        return event_at


def sign_ups_lost(emails):
    if not emails:
        return 0
    found = json.loads(
        manage(
            "shell",
            "-c",
            (
                "import json, sys; from campaigns.models import Signup; "
                f"emails = {emails!r}; "
                "print(json.dumps(list(Signup.objects.filter(email__in=emails)"
                ".values_list('email', flat=True))))"
            ),
        )
        .strip()
        .splitlines()[-1]
    )
    return len(set(emails) - set(found))


def measure(name, load, event_at, cached_kinds=(), recovery_target=None):
    result = Result(name, requests=len(load.outcomes))
    errors = [o for o in load.outcomes if not o.ok]
    result.errors = len(errors)
    if errors:
        causes = collections.Counter(o.cause for o in errors).most_common(3)
        result.notes.append(", ".join(f"{count} {cause}" for cause, count in causes))
    if errors and event_at is not None:
        result.recovery_seconds = round(max(o.at for o in errors) - event_at, 1)
    result.writes_lost = sign_ups_lost(load.accepted)
    result.notes.append(f"{len(load.accepted)} sign-ups accepted")
    cached_errors = [o for o in errors if o.kind in cached_kinds]
    if result.writes_lost:
        result.passed = False
    if recovery_target is None:
        result.passed = result.passed and not errors
    else:
        span = (max(o.at for o in errors) - min(o.at for o in errors)) if errors else 0
        result.passed = result.passed and not cached_errors and span <= recovery_target[0]
        if recovery_target[1] is not None:
            result.passed = result.passed and result.recovery_seconds <= recovery_target[1]
        result.notes.append(f"errors over {span:.1f} s; {len(cached_errors)} on cached pages")
    return result


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
