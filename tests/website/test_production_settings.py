"""Production refuses to start with weak settings, and says what to set. Each case imports
the production settings in a fresh interpreter, as gunicorn would at start-up."""

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

GOOD = {
    "DJANGO_SETTINGS_MODULE": "website.settings.production",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "example.org,www.example.org",
    "DATABASE_URL": "postgres://site:secret@db.example.org:5432/site",
    "WAGTAILADMIN_BASE_URL": "https://example.org",
}


def run(code, **changes):
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **GOOD}
    env.update(changes)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def start(**changes):
    return run("import website.settings.production", **changes)


def test_good_settings_start():
    result = start()
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"DJANGO_SECRET_KEY": "short-secret"}, "DJANGO_SECRET_KEY is too short"),
        ({"DJANGO_SECRET_KEY": "a" * 60}, "DJANGO_SECRET_KEY is too short or too simple"),
        ({"DJANGO_ALLOWED_HOSTS": "example.org,*"}, "DJANGO_ALLOWED_HOSTS contains '*'"),
        ({"DJANGO_DEBUG": "true"}, "DJANGO_DEBUG is on"),
        ({"DATABASE_URL": "sqlite:////tmp/site.db"}, "DATABASE_URL is not a PostgreSQL"),
        ({"DJANGO_SECRET_KEY": ""}, "DJANGO_SECRET_KEY must be set"),
    ],
)
def test_each_weak_setting_stops_start_up_with_what_to_set(changes, says):
    result = start(**changes)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert says in result.stderr


def test_the_deployment_checklist_has_no_warnings():
    result = run(
        "from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
