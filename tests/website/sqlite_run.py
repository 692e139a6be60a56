"""Runs one check against SQLite as `make run` configures it (development settings, a
database file), in a process of its own because the test process is tied to PostgreSQL:

    python -m tests.website.sqlite_run walk|search|concurrency

with DATABASE_URL naming a migrated SQLite file and MEDIA_ROOT a scratch folder. Prints
one JSON line with what it saw; tests/website/test_sqlite.py reads it."""

# Django is set up before the models are imported, as a script must.
# ruff: noqa: E402
import json
import sys
import threading

import django

django.setup()

from django.db import connection
from django.test import Client
from django.test.utils import setup_test_environment
from wagtail.models import Page

from campaigns.models import Signup, SupporterType
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from tests.conftest import build_site_tree
from tests.website.bad_input import addresses, build_content, walk
from tests.website.factories import StandardPageFactory


def bad_input_walk():
    site = build_content(build_site_tree())
    result = walk(site)
    return {
        "addresses": len(addresses(site)),
        "tried": result.tried,
        "server_errors": result.server_errors,
        "not_json": result.not_json,
    }


def search():
    tree = build_site_tree()
    StandardPageFactory(
        parent=tree.english_home, title="Volunteering guide"
    ).save_revision().publish()
    client = Client(raise_request_exception=False)
    answers = {}
    for query in ['"', "'\")(", '"volunteering', "volunteering"]:
        response = client.get("/search/", {"q": query})
        answers[query] = [response.status_code, "Volunteering guide" in response.text]
    return answers


def concurrency():
    """Editors publish pages while supporters sign a campaign, all at once from threads,
    as under `make run` with the scheduler and readers beside them."""
    tree = build_site_tree()
    index = CampaignIndexPageFactory(parent=tree.english_home)
    index.save_revision().publish()
    campaign = CampaignPageFactory(parent=index, slug="slow-policy")
    campaign.save_revision().publish()
    drafts = [
        StandardPageFactory(parent=tree.english_home, live=False, slug=f"draft-{number}")
        for number in range(12)
    ]
    failures = []
    signed = []

    def publish(pages):
        try:
            for page in pages:
                page.save_revision().publish()
        except Exception as error:
            failures.append(f"publish: {error!r}")
        finally:
            connection.close()

    def sign(thread_number):
        try:
            for number in range(6):
                # A different address each time: the per-address limit is not under test.
                client = Client(
                    REMOTE_ADDR=f"10.0.{thread_number}.{number + 1}",
                    HTTP_SEC_FETCH_SITE="same-origin",
                )
                response = client.post(
                    f"{campaign.url}sign/",
                    {
                        "name": f"Supporter {thread_number}-{number}",
                        "email": f"supporter{thread_number}-{number}@example.org",
                        "supporter_type": SupporterType.FAMILY_CARER,
                    },
                )
                signed.append(response.status_code)
        except Exception as error:
            failures.append(f"sign up: {error!r}")
        finally:
            connection.close()

    threads = [threading.Thread(target=publish, args=(drafts[part::3],)) for part in range(3)]
    threads += [threading.Thread(target=sign, args=(number,)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    return {
        "failures": failures,
        "sign_up_answers": sorted(set(signed)),
        "sign_ups": Signup.objects.count(),
        "published": Page.objects.filter(slug__startswith="draft-", live=True).count(),
        "journal_mode": connection.cursor().execute("PRAGMA journal_mode").fetchone()[0],
    }


if __name__ == "__main__":
    # The test client's host name, outgoing email kept in memory, DEBUG off.
    setup_test_environment(debug=False)
    print(
        json.dumps(
            {"walk": bad_input_walk, "search": search, "concurrency": concurrency}[sys.argv[1]]()
        )
    )
