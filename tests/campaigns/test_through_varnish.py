"""The whole sign-up through a real Varnish, as production runs it: the campaign page comes
from the shared cache, the form needs no cookie, and a confirmation or removal shows in
the cached counts at once."""

import re
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from django.core import mail

from campaigns.models import Signup
from tests.campaigns.signing import VALID, link_in
from tests.website.varnish import HOST

pytestmark = [
    pytest.mark.varnish,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COUNTED = re.compile(r"(\d+) (?:person has|people have) signed")


def post(varnish, path, fields, **headers):
    """Posts a form through Varnish as a browser would, with no cookie; returns the status
    and the text of the answer."""
    request = Request(
        varnish.url + path,
        data=urlencode(fields).encode(),
        method="POST",
        headers={"Host": HOST, "Content-Type": "application/x-www-form-urlencoded", **headers},
    )
    try:
        with urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except HTTPError as error:
        return error.code, error.read().decode()


def counts(varnish, addresses):
    """{address: (whether Varnish answered from its cache, the count shown)}."""
    replies = {address: varnish.get(address) for address in addresses}
    return {
        address: (reply.headers["x-cache"], COUNTED.search(reply.text)[1])
        for address, reply in replies.items()
    }


def test_a_confirmation_and_a_removal_show_in_the_cached_counts(varnish, publish_campaign):
    publish_campaign(title="Slow Policy", slug="slow-policy")
    addresses = ["/campaigns/slow-policy/", "/campaigns/", "/"]
    counts(varnish, addresses)
    assert set(counts(varnish, addresses).values()) == {("HIT", "0")}

    status, text = post(
        varnish, "/campaigns/slow-policy/sign/", VALID, **{"Sec-Fetch-Site": "same-origin"}
    )
    assert (status, "Check your email" in text) == (200, True)
    # Not confirmed yet, so it counts nowhere, and the cached pages stay cached.
    assert set(counts(varnish, addresses).values()) == {("HIT", "0")}

    status, text = post(varnish, link_in(mail.outbox[-1], "confirm"), {})
    assert (status, "Your name is counted" in text) == (200, True)
    assert {count for _hit, count in counts(varnish, addresses).values()} == {"1"}

    one_click = {"List-Unsubscribe": "One-Click"}
    assert post(varnish, link_in(mail.outbox[-1], "remove"), one_click)[0] == 200
    assert not Signup.objects.exists()
    assert {count for _hit, count in counts(varnish, addresses).values()} == {"0"}


def test_a_cross_site_post_through_the_cache_is_refused(varnish, publish_campaign):
    publish_campaign(title="Slow Policy", slug="slow-policy")
    status, text = post(
        varnish,
        "/campaigns/slow-policy/sign/",
        VALID,
        **{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
    )
    assert (status, "We could not take that form" in text) == (403, True)
    assert not Signup.objects.exists()
