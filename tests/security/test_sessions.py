"""Staff sessions end after their idle time and their absolute limit, sooner for Consent
officers. The clock is moved by editing the session's timestamps, never by waiting."""

import pytest
from django.urls import reverse

from security import sessions
from tests.security.helpers import fully_signed_in, with_app

pytestmark = pytest.mark.django_db

HOME = reverse("wagtailadmin_home")


def signed_in_as(client, user):
    client.force_login(user)
    return client


def move_clock_back(client, *, idle_seconds=0, since_sign_in_seconds=0):
    session = client.session
    session[sessions.LAST_SEEN] -= idle_seconds
    session[sessions.SIGNED_IN_AT] -= since_sign_in_seconds
    session.save()


def test_an_editor_idle_for_two_hours_is_signed_out_and_told_why(client, member_of):
    signed_in_as(client, member_of("Editors"))
    move_clock_back(client, idle_seconds=119 * 60)
    assert client.get(HOME).status_code == 200

    move_clock_back(client, idle_seconds=2 * 60 * 60)
    response = client.get(HOME, follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("wagtailadmin_login"))
    assert "signed out after 120 minutes without activity" in response.text


def test_activity_keeps_a_session_going_until_the_absolute_limit(client, member_of):
    signed_in_as(client, member_of("Editors"))
    move_clock_back(client, idle_seconds=90, since_sign_in_seconds=11 * 60 * 60)
    assert client.get(HOME).status_code == 200
    assert client.get(HOME).status_code == 200

    move_clock_back(client, since_sign_in_seconds=60 * 60)
    response = client.get(HOME, follow=True)
    assert "signed in for 12 hours" in response.text
    assert client.get(HOME).status_code == 302


def test_consent_officers_are_signed_out_after_half_an_hour_idle(client, member_of):
    signed_in_as(client, member_of("Consent officers"))
    move_clock_back(client, idle_seconds=29 * 60)
    assert client.get(HOME).status_code == 200
    move_clock_back(client, idle_seconds=31 * 60)
    assert "signed out after 30 minutes" in client.get(HOME, follow=True).text


def test_consent_officers_sessions_last_eight_hours_at_most(client, member_of):
    signed_in_as(client, member_of("Consent officers"))
    move_clock_back(client, since_sign_in_seconds=8 * 60 * 60)
    assert "signed in for 8 hours" in client.get(HOME, follow=True).text


def test_an_open_editor_tab_pinging_the_server_is_not_activity(client, member_of, about_page):
    signed_in_as(client, member_of("Editors"))
    move_clock_back(client, idle_seconds=100 * 60)
    ping = reverse(
        "wagtailadmin_editing_sessions:ping",
        args=["wagtailcore", "page", about_page.pk, 0],
    )
    assert client.post(ping).status_code == 200
    move_clock_back(client, idle_seconds=21 * 60)
    assert client.get(HOME).status_code == 302


def test_the_time_limits_apply_after_the_real_two_step_sign_in(member_of):
    officer = member_of("Consent officers")
    client = fully_signed_in(officer, with_app(officer))
    assert client.get(HOME).status_code == 200
    move_clock_back(client, idle_seconds=31 * 60)
    assert client.get(HOME).status_code == 302


def test_a_session_from_before_the_limits_existed_is_ended(client, member_of):
    signed_in_as(client, member_of("Editors"))
    session = client.session
    del session[sessions.SIGNED_IN_AT]
    session.save()
    assert client.get(HOME).status_code == 302
