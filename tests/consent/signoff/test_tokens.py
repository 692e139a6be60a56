"""Wrong and expired tokens, expiry (giving refused, taking down still works) and the rate
limit."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from consent.models import ConsentWithdrawal
from consent.signoff.models import SignoffLink, SignoffResponse
from consent.signoff.services import make_link

pytestmark = pytest.mark.django_db

WRONG_TOKENS = [
    "x",
    "A" * 43,
    "..",
    "ünïcødé",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "a" * 5000,
    "/leading-slash",
    "x/y/z",
]


@pytest.fixture
def expired(link_token):
    SignoffLink.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    return link_token


def plain_page(client, token, path=""):
    response = client.get(f"/consent/{token}/{path}")
    assert response.status_code == 404
    # Only the token the visitor already holds differs between two plain pages.
    return response.text.replace(token, "TOKEN").replace("%3Cscript%3E", "")


@pytest.mark.parametrize("token", WRONG_TOKENS)
def test_a_wrong_token_gives_the_plain_page(client, dana, link_token, token):
    text = plain_page(client, token)
    assert "This link does not work" in text
    assert "Dana" not in text


def test_an_expired_link_gives_the_same_plain_page_as_a_wrong_one(client, dana, expired):
    wrong = plain_page(client, "B" * 43)
    old = plain_page(client, expired)
    assert old == wrong
    assert "Dana" not in old


def test_an_expired_link_refuses_answers_but_still_takes_the_story_down(
    client, draft_story, dana, expired
):
    refused = client.post(f"/consent/{expired}/answer/", {"name": "yes", "story": "yes"})
    assert refused.status_code == 404
    assert not SignoffResponse.objects.exists()
    done = client.post(f"/consent/{expired}/take-down/", follow=True)
    assert "We are taking your story down" in done.text
    assert ConsentWithdrawal.objects.filter(person=dana).exists()


def test_the_link_is_open_for_answers_for_thirty_days_by_default(dana, link_token):
    link = SignoffLink.objects.get()
    assert link.expires_at - link.created_at == pytest.approx(
        datetime.timedelta(days=30), abs=datetime.timedelta(seconds=5)
    )


@override_settings(CONSENT_LINK_DAYS=2)
def test_how_long_links_stay_open_is_a_setting(notice, dana):
    link, _token = make_link(dana, by=None)
    assert (link.expires_at - timezone.now()).days == 1


def test_a_wrong_token_never_takes_anything_down(client, dana, link_token):
    response = client.post(f"/consent/{'C' * 43}/take-down/")
    assert response.status_code == 404
    assert not ConsentWithdrawal.objects.exists()
    # Positive control: the real token does.
    client.post(f"/consent/{link_token}/take-down/")
    assert ConsentWithdrawal.objects.filter(person=dana).exists()


@override_settings(CONSENT_LINK_REQUESTS_PER_WINDOW=3)
def test_one_address_may_open_links_only_so_often(client, dana, link_token):
    statuses = [client.get(f"/consent/{link_token}/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    wrong = client.get(f"/consent/{'D' * 43}/")
    assert wrong.status_code == 429
    assert "Please wait a few minutes" in wrong.text
    other = client.get(f"/consent/{link_token}/", REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200
