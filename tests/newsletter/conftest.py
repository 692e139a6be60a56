import re

import pytest
from django.core import mail
from django.test import TestCase

from website.models import FooterSettings

SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


@pytest.fixture
def newsletter_on(site_tree):
    footer = FooterSettings.for_site(site_tree.site)
    footer.newsletter_enabled = True
    footer.newsletter_text = "Monthly news from Shared Lives households."
    footer.save()
    return site_tree


def sign_up(client, prefix="", **data):
    """Posts the form as a browser on this site does; the email goes out as the database
    commits, as in production (the test's transaction never commits, so the callbacks are
    run by hand)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            f"{prefix}/newsletter/", {"email": "ffion@example.org", **data}, **SAME_ORIGIN
        )


def link_in(email, kind):
    match = re.search(rf"http://testserver(/(?:cy/)?newsletter/{kind}/\S+?/)", email.body)
    assert match, email.body
    return match.group(1)


def last_email():
    return mail.outbox[-1]
