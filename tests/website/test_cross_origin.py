import pytest
from django.test import RequestFactory

from website.cross_origin import is_same_origin

HOST = "testserver"


def post(**headers):
    return RequestFactory().post("/somewhere/", headers=headers)


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "same-origin"},
        {"Sec-Fetch-Site": "none"},
        # Over plain HTTP browsers send no Sec-Fetch-Site, but do send Origin.
        {"Origin": "http://testserver"},
        {"Referer": "http://testserver/campaigns/slow-policy/"},
        {"Sec-Fetch-Site": "same-site", "Origin": "https://campaigns.example.org"},
    ],
)
def test_a_post_from_this_site_is_allowed(headers, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://campaigns.example.org"]
    assert is_same_origin(post(**headers))


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver.evil.example"},
        {"Sec-Fetch-Site": "same-site", "Origin": "https://other.example.org"},
        # The header that decides is Sec-Fetch-Site: a forged Referer beside it is ignored.
        {"Sec-Fetch-Site": "cross-site", "Referer": "http://testserver/"},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Origin": "https://testserver"},
        {"Referer": "https://evil.example/testserver/"},
        {"Referer": "not a url"},
        {},
    ],
)
def test_a_post_from_anywhere_else_is_refused(headers):
    assert not is_same_origin(post(**headers))
