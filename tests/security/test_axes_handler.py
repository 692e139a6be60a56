"""One account guessed from many addresses is paused too, at a higher count than one
address's five, so a botnet cannot spread its guesses thin."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.utils import timezone

pytestmark = pytest.mark.django_db

RIGHT = "a-long-right-password"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(username="ffion", password=RIGHT)


def sign_in(client, password, address, username="ffion"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def guess_from_many_addresses(client, guesses):
    # Four guesses from each address: never enough to pause any one address.
    return [
        sign_in(client, "guess", f"198.51.100.{n // 4 + 1}").status_code for n in range(guesses)
    ]


def test_twenty_guesses_from_many_addresses_pause_the_account_everywhere(client, editor):
    assert set(guess_from_many_addresses(client, 19)) == {200}
    # Positive control: nineteen are not enough, the owner still gets in from home.
    assert sign_in(client, RIGHT, "203.0.113.5").status_code == 302
    client.logout()

    assert sign_in(client, "guess", "192.0.2.99").status_code == 429
    response = sign_in(client, RIGHT, "203.0.113.5")
    assert response.status_code == 429
    assert "Signing in is paused" in response.text
    assert "_auth_user_id" not in client.session


def test_other_accounts_are_not_paused(client, editor):
    get_user_model().objects.create_user(username="gwen", password=RIGHT)
    guess_from_many_addresses(client, 20)
    assert sign_in(client, RIGHT, "203.0.113.5", username="gwen").status_code == 302


def test_the_account_pause_ends_after_the_cool_off_time(client, editor):
    guess_from_many_addresses(client, 20)
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=61))
    assert sign_in(client, RIGHT, "203.0.113.5").status_code == 302
