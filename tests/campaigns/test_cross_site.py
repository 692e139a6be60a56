"""The campaign page sets no cookie, so a shared cache can keep it, and its form is still
safe from other sites."""

import pytest
from django.test import Client

from campaigns import tokens
from campaigns.models import Signup
from tests.campaigns.signing import VALID

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(publish_campaign):
    return publish_campaign(title="Slow Policy", slug="slow-policy")


@pytest.fixture
def strict_client():
    """A client that enforces Django's CSRF checks, as a real request meets them."""
    return Client(enforce_csrf_checks=True)


def test_the_campaign_page_sets_no_cookie_and_does_not_vary_by_cookie(strict_client, campaign):
    response = strict_client.get(campaign.url)
    assert response.status_code == 200
    assert 'class="signup-form"' in response.text
    assert response.cookies == {}
    assert "cookie" not in response.get("Vary", "").lower()
    assert "csrfmiddlewaretoken" not in response.text
    assert "public" in response["Cache-Control"]
    # Browsers ask again each time: their copy cannot be purged when the count rises.
    assert "max-age=0" in response["Cache-Control"]
    assert "s-maxage" in response["Cache-Control"]


def test_a_post_from_this_site_without_any_cookie_is_taken(strict_client, campaign):
    response = strict_client.post(campaign.url + "sign/", VALID, HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 200
    assert "Check your email" in response.text
    assert Signup.objects.count() == 1
    assert response.cookies == {}


def test_a_post_over_plain_http_is_known_by_its_origin(strict_client, campaign):
    response = strict_client.post(campaign.url + "sign/", VALID, HTTP_ORIGIN="http://testserver")
    assert "Check your email" in response.text
    assert Signup.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_REFERER": "https://evil.example/page"},
        {},
    ],
)
def test_a_post_from_another_site_is_refused_with_a_page_saying_why(
    strict_client, campaign, headers
):
    response = strict_client.post(campaign.url + "sign/", VALID, **headers)
    assert response.status_code == 403
    assert "We could not take that form" in response.text
    assert not Signup.objects.exists()


def test_the_refusal_is_in_welsh_on_the_welsh_address(
    strict_client, campaign, campaigns_index, site_tree
):
    site_tree.translate(campaigns_index, title="Ymgyrchoedd")
    welsh = site_tree.translate(campaign, title="Polisi Araf")
    response = strict_client.post(welsh.url + "sign/", VALID, HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403
    assert "Ni allem dderbyn y ffurflen honno" in response.text


def test_the_answers_to_one_person_are_never_cached(strict_client, campaign):
    """A shared cache may keep the campaign page, never what answers a sign-up or a link:
    those carry one person's token or outcome."""
    signed = strict_client.post(campaign.url + "sign/", VALID, HTTP_SEC_FETCH_SITE="same-origin")
    signup = Signup.objects.get()
    for response in [
        signed,
        strict_client.get(f"/campaigns/confirm/{tokens.confirmation_token(signup)}/"),
        strict_client.get(f"/campaigns/remove/{tokens.removal_token(signup)}/"),
    ]:
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert response.cookies == {}
