"""Signing a campaign as a browser does, for the tests of every step after it."""

import re

from django.core import mail
from django.test import TestCase

from campaigns.models import SupporterType

VALID = {
    "name": "Ffion Jones",
    "email": "ffion@example.org",
    "organisation": "",
    "supporter_type": SupporterType.SHARED_LIVES_CARER,
    "area": "Cardiff",
}
SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


def sign(client, campaign, **changes):
    """Posts the form from the campaign page to its target, saying it comes from this site,
    with no cookie. The email goes out as the database commits, as it does in production
    (the test's own transaction never commits, so the callbacks are run by hand)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(campaign.url + "sign/", {**VALID, **changes}, **SAME_ORIGIN)


def link_in(email, kind):
    """The path of the `kind` ("confirm" or "remove") link in the plain-text `email`."""
    match = re.search(rf"http://testserver(/(?:cy/)?campaigns/{kind}/\S+?/)", email.body)
    assert match, email.body
    return match.group(1)


def last_email():
    return mail.outbox[-1]
