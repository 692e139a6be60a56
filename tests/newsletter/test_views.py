"""Signing up for the newsletter: double opt-in, confirmation, removal, mistakes and a mail
server that is down, in English and Welsh."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from newsletter.models import NewsletterSignup
from tests.newsletter.conftest import SAME_ORIGIN, last_email, link_in, sign_up
from website.models import FooterSettings

pytestmark = pytest.mark.django_db


def test_the_page_shows_the_settings_text_and_the_form(client, newsletter_on):
    response = client.get("/newsletter/")
    assert response.status_code == 200
    assert "Monthly news from Shared Lives households." in response.text
    assert 'name="email"' in response.text
    assert "Set-Cookie" not in response.headers


def test_the_page_is_gone_when_the_newsletter_is_switched_off(client, newsletter_on):
    footer = FooterSettings.for_site(newsletter_on.site)
    footer.newsletter_enabled = False
    footer.save()
    assert client.get("/newsletter/").status_code == 404
    assert client.post("/newsletter/", {"email": "a@example.org"}, **SAME_ORIGIN).status_code == 404
    assert NewsletterSignup.objects.count() == 0


def test_signing_up_confirming_and_removing(client, newsletter_on):
    response = sign_up(client, name="Ffion Jones")
    assert "Check your email" in response.text
    signup = NewsletterSignup.objects.get()
    assert (signup.email, signup.name, signup.language) == (
        "ffion@example.org",
        "Ffion Jones",
        "en",
    )
    assert signup.confirmed_at is None and signup.confirmation_sent_at is not None
    email = last_email()
    assert email.to == ["ffion@example.org"]
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    confirm = link_in(email, "confirm")
    # Opening the link (a mail scanner does) only shows the button.
    assert "Confirm my sign-up" in client.get(confirm).text
    assert NewsletterSignup.objects.get().confirmed_at is None
    assert "You are signed up" in client.post(confirm).text
    assert NewsletterSignup.objects.confirmed().count() == 1

    remove = link_in(email, "remove")
    assert "Stop the newsletter" in client.get(remove).text
    assert NewsletterSignup.objects.count() == 1
    assert "You will not get the newsletter again" in client.post(remove).text
    assert NewsletterSignup.objects.count() == 0
    # The link again, once the sign-up is gone, says so rather than failing.
    assert client.post(remove).status_code == 200


def test_a_welsh_sign_up_gets_welsh_email_and_links(client, newsletter_on):
    response = sign_up(client, prefix="/cy")
    assert "Gwiriwch eich e-bost" in response.text
    assert NewsletterSignup.objects.get().language == "cy"
    email = last_email()
    assert link_in(email, "confirm").startswith("/cy/newsletter/confirm/")
    assert "Helo" in email.body


def test_the_same_address_twice_is_kept_once_and_emailed_again(client, newsletter_on):
    sign_up(client)
    sign_up(client, email="FFION@example.org")
    assert NewsletterSignup.objects.count() == 1
    # Sent once: a second email within ten minutes would let a stranger fill an inbox.
    assert len(mail.outbox) == 1
    NewsletterSignup.objects.update(
        confirmation_sent_at=timezone.now() - datetime.timedelta(hours=1)
    )
    response = sign_up(client)
    assert "Check your email" in response.text
    assert len(mail.outbox) == 2


def test_a_confirmed_address_signing_again_is_told_it_already_gets_it(client, newsletter_on):
    sign_up(client)
    client.post(link_in(last_email(), "confirm"))
    NewsletterSignup.objects.update(confirmation_sent_at=None)
    sign_up(client)
    assert "already gets the newsletter" in last_email().body
    assert NewsletterSignup.objects.confirmed().count() == 1


def test_confirming_twice_changes_nothing(client, newsletter_on):
    sign_up(client)
    confirm = link_in(last_email(), "confirm")
    client.post(confirm)
    first = NewsletterSignup.objects.get().confirmed_at
    assert client.post(confirm).status_code == 200
    assert NewsletterSignup.objects.get().confirmed_at == first


def test_a_failed_email_never_loses_the_sign_up(client, newsletter_on, settings, caplog):
    # A real SMTP connection to a port nobody listens on: the mail server is down.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 5
    response = sign_up(client)
    assert "Check your email" in response.text
    signup = NewsletterSignup.objects.get()
    assert signup.confirmation_sent_at is None
    assert f"Could not send the email for newsletter sign-up {signup.pk}" in caplog.text

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sign_up(client)
    assert link_in(last_email(), "confirm")
    assert NewsletterSignup.objects.get().confirmation_sent_at is not None


def test_a_link_older_than_seven_days_has_expired(client, newsletter_on):
    sign_up(client)
    confirm = link_in(last_email(), "confirm")
    NewsletterSignup.objects.update(asked_at=timezone.now() - datetime.timedelta(days=8))
    response = client.post(confirm)
    assert response.status_code == 410
    assert "This link has expired" in response.text
    assert NewsletterSignup.objects.confirmed().count() == 0


@pytest.mark.parametrize("token", ["not-a-real-token", "x" * 500, "%00"])
def test_a_broken_link_says_so(client, newsletter_on, token):
    for kind in ("confirm", "remove"):
        response = client.post(f"/newsletter/{kind}/{token}/")
        assert response.status_code in (400, 404)


def test_a_removal_token_cannot_confirm(client, newsletter_on):
    sign_up(client)
    remove = link_in(last_email(), "remove")
    assert client.post(remove.replace("/remove/", "/confirm/")).status_code == 404
    assert NewsletterSignup.objects.confirmed().count() == 0


def test_a_post_from_another_site_is_refused(client, newsletter_on):
    response = client.post(
        "/newsletter/", {"email": "a@example.org"}, HTTP_SEC_FETCH_SITE="cross-site"
    )
    assert response.status_code == 403
    assert NewsletterSignup.objects.count() == 0


def test_the_honeypot_is_told_what_people_are_told(client, newsletter_on):
    response = sign_up(client, website="http://spam.example")
    assert "Check your email" in response.text
    assert NewsletterSignup.objects.count() == 0
    assert len(mail.outbox) == 0


def test_too_many_sign_ups_from_one_address_keep_what_was_typed(client, newsletter_on, settings):
    settings.NEWSLETTER_SIGNUPS_PER_ADDRESS = 2
    for number in range(2):
        sign_up(client, email=f"person{number}@example.org")
    response = sign_up(client, email="third@example.org")
    assert response.status_code == 429
    assert "a lot of sign-ups from your internet connection" in response.text
    assert 'value="third@example.org"' in response.text
    assert NewsletterSignup.objects.count() == 2
