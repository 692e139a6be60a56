import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from campaigns.models import CONFIRMATION_DAYS, Signup
from tests.campaigns.factories import SignupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def signups(publish_campaign):
    campaign = publish_campaign()
    now = timezone.now()
    return {
        age: SignupFactory(campaign=campaign, signed_at=now - datetime.timedelta(days=age))
        for age in (1, 100, 800)
    }


def test_sign_ups_older_than_the_retention_period_are_deleted(signups, settings, capsys):
    settings.CAMPAIGN_SIGNUP_RETENTION_DAYS = 730
    call_command("delete_old_signups")
    assert set(Signup.objects.all()) == {signups[1], signups[100]}
    assert "Deleted 1 sign-ups older than 730 days" in capsys.readouterr().out


def test_the_period_can_be_given_on_the_command_line(signups):
    call_command("delete_old_signups", days=30)
    assert list(Signup.objects.all()) == [signups[1]]


def test_a_negative_period_is_refused(signups):
    with pytest.raises(CommandError):
        call_command("delete_old_signups", days=-1)
    assert Signup.objects.count() == 3


def test_unconfirmed_sign_ups_are_deleted_after_the_confirmation_window(publish_campaign):
    campaign = publish_campaign()
    now = timezone.now()
    window = datetime.timedelta(days=CONFIRMATION_DAYS)
    young = SignupFactory(campaign=campaign, confirmed_at=None, signed_at=now - window / 2)
    SignupFactory(campaign=campaign, confirmed_at=None, signed_at=now - window * 1.1)
    confirmed = SignupFactory(campaign=campaign, signed_at=now - window * 2)
    call_command("delete_old_signups")
    assert set(Signup.objects.all()) == {young, confirmed}
