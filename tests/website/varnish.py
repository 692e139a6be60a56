"""A real Varnish, with the project's VCL (deploy/varnish/default.vcl), in front of
Django's live server, and a small client that reads the site through it."""

import gzip
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import HTTPRedirectHandler, Request, build_opener

from django.conf import settings

VCL_DIR = Path(settings.BASE_DIR) / "deploy" / "varnish"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
# The site as the tests' Site record names it: purges are sent for this host.
HOST = "testserver"

# The tests' stand-in for the production backends.vcl: the live server, healthy from the
# start and probed every second, but only left out after ten failed probes in a row (a
# busy test machine can be slow to answer), and purges accepted from this machine.
BACKENDS = """
probe app_health {{
    .url = "/robots.txt";
    .interval = 1s;
    .timeout = 10s;
    .window = 10;
    .threshold = 1;
    .initial = 1;
}}
backend live_server {{
    .host = "127.0.0.1";
    .port = "{port}";
    .probe = app_health;
}}
sub vcl_init {{
    new app = directors.round_robin();
    app.add_backend(live_server);
}}
acl purgers {{
    "127.0.0.1";
}}
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class NotFollowing(HTTPRedirectHandler):
    """A redirect is Varnish's answer too (cached or not); following it would hide that."""

    def redirect_request(self, *args, **kwargs):
        return None


OPENER = build_opener(NotFollowing)


@dataclass
class Reply:
    status: int
    headers: dict
    text: str


class ThroughVarnish:
    def __init__(self, url):
        self.url = url

    def request(self, path, *, method="GET", headers=None):
        request = Request(
            self.url + path,
            method=method,
            headers={"Host": HOST, "Accept-Encoding": "gzip", **(headers or {})},
        )
        try:
            with OPENER.open(request, timeout=30) as response:
                status, head, body = response.status, response.headers, response.read()
        except HTTPError as error:
            status, head, body = error.code, error.headers, error.read()
        if head.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        return Reply(status, {name.lower(): value for name, value in head.items()}, body.decode())

    def get(self, path, **headers):
        return self.request(path, headers=headers)

    def forget_everything(self):
        reply = self.request("/", method="BAN", headers={"X-Ban-Path": "^/"})
        assert reply.status == 200, reply.text


@contextmanager
def varnish_in_front_of(backend_port):
    workdir = Path(tempfile.mkdtemp(prefix="test-varnish-"))
    (workdir / "backends.vcl").write_text(BACKENDS.format(port=backend_port))
    port = free_port()
    # -j none: no privilege separation, so that it runs as whoever runs the tests.
    process = subprocess.Popen(
        [
            VARNISHD,
            "-F",
            "-j",
            "none",
            "-n",
            str(workdir / "state"),
            "-a",
            f"127.0.0.1:{port}",
            "-T",
            "none",
            "-p",
            f"vcl_path={workdir}:{VCL_DIR}",
            "-f",
            "default.vcl",
            "-s",
            "malloc,32m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    varnish = ThroughVarnish(f"http://127.0.0.1:{port}")
    try:
        wait_until_serving(varnish, process)
        yield varnish
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


def wait_until_serving(varnish, process, attempts=300):
    for _attempt in range(attempts):
        if process.poll() is not None:
            raise RuntimeError(f"varnishd stopped: {process.stderr.read().decode()}")
        try:
            if varnish.get("/robots.txt").status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError("varnishd did not start serving")
