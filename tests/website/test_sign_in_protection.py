"""Guessing passwords at the admin sign-in is stopped (django-axes), without letting a
guesser lock other people out."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.utils import timezone

pytestmark = pytest.mark.django_db

SIGN_IN = "/admin/login/"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        username="ffion", password="a-long-right-password", is_staff=True, is_superuser=True
    )


def sign_in(client, username, password, address="203.0.113.5"):
    return client.post(SIGN_IN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_five_wrong_passwords_pause_signing_in_even_with_the_right_one(client, editor):
    for _attempt in range(4):
        response = sign_in(client, "ffion", "guess")
        assert response.status_code == 200  # the form again, with its error
    assert sign_in(client, "ffion", "guess").status_code == 429

    response = sign_in(client, "ffion", "a-long-right-password")

    assert response.status_code == 429
    assert "Signing in is paused" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_pause_is_for_that_account_from_that_address_only(client, editor):
    for _attempt in range(5):
        sign_in(client, "ffion", "guess")

    response = sign_in(client, "ffion", "a-long-right-password", address="198.51.100.7")

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_the_pause_ends_after_an_hour(client, editor):
    for _attempt in range(5):
        sign_in(client, "ffion", "guess")
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=61))

    assert sign_in(client, "ffion", "a-long-right-password").status_code == 302
