"""Newsletter sign-ups: saving, confirming, removing, limiting and deleting them. Logged by
number only, never with the address: a removed person's address must not outlive them in
the logs."""

import logging
import smtplib
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Value
from django.db.models.functions import Lower
from django.utils import timezone
from django_tasks import task

from newsletter.emails import signup_email
from newsletter.models import NewsletterSignup
from website import rate_limit

logger = logging.getLogger(__name__)

RATE_LIMIT_SCOPE = "newsletter-signup"
# Signing up again with an address that has not confirmed sends the link again, but not
# more often than this, so a stranger cannot fill somebody's inbox.
RESEND_AFTER = timedelta(minutes=10)


def within_limit(address):
    """Whether the network address `address` may make another sign-up this hour."""
    return rate_limit.within_limit(
        RATE_LIMIT_SCOPE, address, settings.NEWSLETTER_SIGNUPS_PER_ADDRESS
    )


def count_signup(address):
    rate_limit.count(RATE_LIMIT_SCOPE, address)


def sign_up(signup):
    """Saves `signup` (unsaved) and, once the database has it, emails the link to confirm
    it. An address already signed up (in any letter case) is not saved twice: the earlier
    sign-up is emailed again instead, at most once per RESEND_AFTER."""
    try:
        with transaction.atomic():
            signup.save()
    except IntegrityError:
        signup = (
            NewsletterSignup.objects.alias(lowered=Lower("email"))
            .filter(lowered=Lower(Value(signup.email)))
            .first()
        )
        if signup is None:
            return None
        sent = signup.confirmation_sent_at
        if sent is not None and timezone.now() - sent < RESEND_AFTER:
            return signup
    transaction.on_commit(partial(send_signup_email.enqueue, signup.pk))
    return signup


@task()
def send_signup_email(signup_id):
    """Emails the sign-up, in the background. It is already saved: a mail server that is
    down or refuses the address is logged for the comms team and never undoes it, and
    signing up again sends it again."""
    signup = NewsletterSignup.objects.filter(pk=signup_id).first()
    if signup is None:
        return
    try:
        signup_email(signup).send()
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send the email for newsletter sign-up %s", signup_id)
        return
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
