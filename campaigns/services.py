"""Sign-ups: saving them, confirming them, limiting them and deleting them when they are no
longer needed."""

import hashlib
import logging
import smtplib
import time
from datetime import timedelta

from django.core.cache import caches
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from campaigns.models import Signup

logger = logging.getLogger(__name__)

ATTEMPTS_PER_ADDRESS = 10
ATTEMPT_WINDOW_SECONDS = 60 * 60


def sign_up(campaign, signup):
    """Saves `signup` (an unsaved Signup) for `campaign`, then emails a confirmation.
    Returns None, saving nothing, when that email address has already signed the campaign
    in any language."""
    signup.campaign = campaign
    signup.campaign_key = campaign.translation_key
    try:
        with transaction.atomic():
            signup.save()
    except IntegrityError:
        return None
    send_confirmation(signup)
    return signup


def send_confirmation(signup):
    """Emails `signup` a confirmation. The sign-up is already saved: a mail server that is
    down or refuses the address is logged for the comms team and never undoes it."""
    campaign = signup.campaign
    context = {"signup": signup, "campaign": campaign, "url": campaign.get_full_url()}
    try:
        send_mail(
            render_to_string("campaigns/email/confirmation_subject.txt", context).strip(),
            render_to_string("campaigns/email/confirmation.txt", context),
            None,
            [signup.email],
        )
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send the confirmation for campaign sign-up %s", signup.pk)
        return
    Signup.objects.filter(pk=signup.pk).update(confirmation_sent_at=timezone.now())


def allow_attempt(address):
    """Counts a sign-up attempt from the network address `address` and says whether it is
    within the limit. The count lives in the shared cache, so every server process sees
    the same one; the address is kept only as a hash, and only for the window."""
    cache = caches["shared"]
    digest = hashlib.sha256(address.encode()).hexdigest()
    # One key per address per fixed window: a cache whose `incr` resets the expiry (the
    # database cache) cannot stretch the window.
    key = f"campaign-signup:{digest}:{int(time.time() // ATTEMPT_WINDOW_SECONDS)}"
    cache.add(key, 0, timeout=ATTEMPT_WINDOW_SECONDS)
    try:
        attempts = cache.incr(key)
    except ValueError:
        # The key expired between the two calls: this is the window's first attempt.
        cache.set(key, 1, timeout=ATTEMPT_WINDOW_SECONDS)
        attempts = 1
    return attempts <= ATTEMPTS_PER_ADDRESS


def delete_old_signups(days):
    """Deletes sign-ups older than `days` and returns how many were deleted."""
    cutoff = timezone.now() - timedelta(days=days)
    deleted, _by_model = Signup.objects.filter(signed_at__lt=cutoff).delete()
    return deleted
