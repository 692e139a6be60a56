"""The drill's traffic: 32 connections over the readers' addresses and campaign sign-ups,
and what a load's outcomes come to (errors, their causes, recovery, sign-ups lost)."""

import collections
import http.client
import json
import os
import random
import threading
import time
import urllib.parse

from drill_common import (
    ACCEPTED_MARK,
    APP_PORTS,
    CONNECTIONS,
    PORT,
    STACK_LOG,
    Outcome,
    Result,
    manage,
)


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
