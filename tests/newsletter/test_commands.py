import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from newsletter.models import NewsletterSignup

pytestmark = pytest.mark.django_db


def signup(email, *, asked_days_ago, confirmed_days_ago=None):
    now = timezone.now()
    return NewsletterSignup.objects.create(
        email=email,
        asked_at=now - datetime.timedelta(days=asked_days_ago),
        confirmed_at=(
            None
            if confirmed_days_ago is None
            else now - datetime.timedelta(days=confirmed_days_ago)
        ),
    )


def test_old_and_unconfirmed_sign_ups_are_deleted_and_the_rest_kept(settings):
    assert settings.NEWSLETTER_SIGNUP_RETENTION_DAYS == 730
    signup("recent@example.org", asked_days_ago=2)
    signup("kept@example.org", asked_days_ago=700, confirmed_days_ago=700)
    signup("unconfirmed@example.org", asked_days_ago=8)
    signup("old@example.org", asked_days_ago=800, confirmed_days_ago=731)
    call_command("delete_old_newsletter_signups")
    assert sorted(NewsletterSignup.objects.values_list("email", flat=True)) == [
        "kept@example.org",
        "recent@example.org",
    ]


def test_a_shorter_period_can_be_given():
    signup("kept@example.org", asked_days_ago=20, confirmed_days_ago=20)
    signup("old@example.org", asked_days_ago=40, confirmed_days_ago=31)
    call_command("delete_old_newsletter_signups", days=30)
    assert list(NewsletterSignup.objects.values_list("email", flat=True)) == ["kept@example.org"]


def test_a_negative_period_is_refused():
    signup("kept@example.org", asked_days_ago=1, confirmed_days_ago=1)
    with pytest.raises(CommandError):
        call_command("delete_old_newsletter_signups", days=-1)
    assert NewsletterSignup.objects.count() == 1
