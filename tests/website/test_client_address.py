"""Limits keyed on a visitor's address see the visitor, not our load balancer."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

from website.client_address import client_address

BALANCER = "10.0.0.2"


@pytest.mark.parametrize(
    ("proxies", "forwarded_for", "expected"),
    [
        (0, "203.0.113.5", BALANCER),  # no proxy trusted: the header is anyone's to write
        (1, "203.0.113.5", "203.0.113.5"),
        (1, "6.6.6.6, 203.0.113.5", "203.0.113.5"),  # a client cannot pose as another
        (2, "203.0.113.5, 10.0.0.9", "203.0.113.5"),
        (2, "10.0.0.9", BALANCER),  # fewer entries than proxies: nothing to trust
        (1, "", BALANCER),
    ],
)
def test_the_client_is_read_from_the_trusted_end_of_the_header(
    rf, proxies, forwarded_for, expected
):
    request = rf.get("/", REMOTE_ADDR=BALANCER, HTTP_X_FORWARDED_FOR=forwarded_for)

    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        assert client_address(request) == expected


@pytest.mark.django_db
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_a_guesser_does_not_lock_out_everyone_else(client):
    get_user_model().objects.create_user(username="ffion", password="right", is_superuser=True)

    def sign_in(password, visitor):
        return client.post(
            "/admin/login/",
            {"username": "ffion", "password": password},
            REMOTE_ADDR=BALANCER,
            HTTP_X_FORWARDED_FOR=visitor,
        )

    for _attempt in range(5):
        sign_in("guess", "203.0.113.66")
    assert sign_in("right", "203.0.113.66").status_code == 429
    assert sign_in("right", "198.51.100.7").status_code == 302
