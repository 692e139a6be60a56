"""`make run`'s SQLite, as `make run` configures it: the bad-input walk, searches with
quotes, and editors publishing while supporters sign, each in a process of its own
(tests/website/sqlite_run.py) on a database file migrated once for them all."""

import json
import os
import shutil
import subprocess
import sys

import pytest
from django.conf import settings


def run(*command, database, media):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(media),
    }
    finished = subprocess.run(
        [sys.executable, *command],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    return finished.stdout


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sqlite")
    database = folder / "migrated.sqlite3"
    run("manage.py", "migrate", "--noinput", "-v", "0", database=database, media=folder)
    return database


@pytest.fixture
def on_sqlite(migrated_sqlite, tmp_path):
    """Runs one check of sqlite_run.py on a fresh copy of the migrated database."""

    def check(name):
        database = tmp_path / "db.sqlite3"
        shutil.copy(migrated_sqlite, database)
        output = run("-m", "tests.website.sqlite_run", name, database=database, media=tmp_path)
        return json.loads(output.strip().splitlines()[-1])

    return check


def test_the_bad_input_walk_finds_no_500_on_sqlite(on_sqlite):
    result = on_sqlite("walk")
    print(f"SQLite: {result['addresses']} addresses, {result['tried']} address x payload pairs")
    assert result["tried"] > 1000
    assert result["server_errors"] == []
    assert result["not_json"] == []


def test_search_copes_with_quotes_on_sqlite(on_sqlite):
    answers = on_sqlite("search")
    # Quotes alone, or unbalanced, find nothing but answer normally...
    assert answers['"'] == [200, False]
    assert answers["'\")("] == [200, False]
    # ...and a word after a stray quote is still found, like the word alone.
    assert answers['"volunteering'] == [200, True]
    assert answers["volunteering"] == [200, True]


def test_publishing_while_supporters_sign_never_fails_on_sqlite(on_sqlite):
    result = on_sqlite("concurrency")
    assert result["failures"] == []
    assert result["journal_mode"] == "wal"
    # Each sign-up was taken (a redirect or a thank-you page), none refused or failed.
    assert max(result["sign_up_answers"]) < 400
    assert result["sign_ups"] == 24
    assert result["published"] == 12
