"""Newsletter sign-ups: saving, confirming, removing, limiting and deleting them. Logged by
number only, never with the address: a removed person's address must not outlive them in
the logs."""

import logging
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from newsletter.emails import signup_email
from newsletter.models import NewsletterSignup
from website import rate_limit, signups

logger = logging.getLogger(__name__)

RATE_LIMIT_SCOPE = "newsletter-signup"


def within_limit(address):
    """Whether the network address `address` may make another sign-up this hour."""
    return rate_limit.within_limit(
        RATE_LIMIT_SCOPE, address, settings.NEWSLETTER_SIGNUPS_PER_ADDRESS
    )


def count_signup(address):
    rate_limit.count(RATE_LIMIT_SCOPE, address)


def sign_up(signup):
    """Saves `signup` (unsaved) and, once the database has it, emails the link to confirm
    it in the background. An address already signed up (in any letter case) is not saved
    twice: the earlier sign-up is emailed again instead (website.signups.save_or_find)."""
    signup, email_it = signups.save_or_find(signup, NewsletterSignup.objects.all())
    if email_it:
        transaction.on_commit(partial(send_signup_email.enqueue, signup.pk))
    return signup


@task()
def send_signup_email(signup_id):
    """Emails the sign-up. It is already saved: a failure is logged and never undoes it
    (website.signups.send_or_log)."""
    signup = NewsletterSignup.objects.filter(pk=signup_id).first()
    if signup is None:
        return
    if signups.send_or_log(signup_email(signup), f"newsletter sign-up {signup_id}"):
        NewsletterSignup.objects.filter(pk=signup_id).update(confirmation_sent_at=timezone.now())


def confirm(signup):
    """Confirming twice changes nothing."""
    updated = NewsletterSignup.objects.filter(pk=signup.pk, confirmed_at__isnull=True).update(
        confirmed_at=timezone.now()
    )
    if updated:
        logger.info("Newsletter sign-up %s confirmed", signup.pk)
    signup.refresh_from_db(fields=["confirmed_at"])


def remove(signup):
    """Erases `signup`: the person asked us to, from a link in our email."""
    signup_id = signup.pk
    signup.delete()
    logger.info("Newsletter sign-up %s removed by the person", signup_id)


def delete_old_signups(days):
    """Deletes what is past retention (NewsletterSignupQuerySet.past_retention); returns
    how many."""
    deleted, _by_model = NewsletterSignup.objects.past_retention(days).delete()
    return deleted
