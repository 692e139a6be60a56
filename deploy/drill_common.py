"""What the drill (deploy/drill.py) and its load (deploy/drill_load.py) share: where the
stack runs, what one request's outcome and one drill's result are, and running
manage.py beside the stack with its production variables."""

import os
import subprocess
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
