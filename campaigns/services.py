"""Sign-ups: saving them, confirming them, removing them, limiting them and deleting them
when they are no longer needed.

Sign-up events are logged by number only, never with Wagtail's `log_action`: its entries
keep the object's name for ever, and a removed supporter's name must not outlive them."""

import logging
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from campaigns.emails import signup_email
from campaigns.models import CampaignPage, Signup
from website import rate_limit, signups
from website.purge import with_ancestors

logger = logging.getLogger(__name__)

# Accepted sign-ups (each sends an email) per network address per hour. Mistakes do not
# count, so a meeting of sixty people on one connection can all sign; the limit is there
# to stop one machine making us email hundreds of addresses.
SIGNUPS_PER_ADDRESS = settings.CAMPAIGN_SIGNUPS_PER_ADDRESS
RATE_LIMIT_SCOPE = "campaign-signup"


def sign_up(campaign, signup):
    """Saves `signup` (an unsaved Signup) for `campaign` and, once the database has it,
    emails the link to confirm it. When the address has already signed this campaign in
    any language, nothing is saved and the earlier sign-up is emailed instead (its
    confirmation link again, or a note that it already counts), at most once per
    RESEND_AFTER. Returns the sign-up the address has (None if it vanished meanwhile)."""
    signup.campaign = campaign
    signup.campaign_key = campaign.translation_key
    signup, email_it = signups.save_or_find(
        signup, Signup.objects.filter(campaign_key=campaign.translation_key)
    )
    if email_it:
        transaction.on_commit(partial(send_signup_email, signup.pk))
    return signup


def send_signup_email(signup_id):
    """Emails the sign-up. It is already saved: a failure is logged and never undoes it
    (website.signups.send_or_log)."""
    signup = Signup.objects.select_related("campaign__locale").filter(pk=signup_id).first()
    if signup is None:
        return
    if signups.send_or_log(signup_email(signup), f"campaign sign-up {signup_id}"):
        Signup.objects.filter(pk=signup_id).update(confirmation_sent_at=timezone.now())


def confirm(signup):
    """Counts `signup` from now on. Confirming twice changes nothing."""
    updated = Signup.objects.filter(pk=signup.pk, confirmed_at__isnull=True).update(
        confirmed_at=timezone.now()
    )
    if updated:
        logger.info("Campaign sign-up %s confirmed", signup.pk)
        refresh_counts(signup.campaign_key)
    signup.refresh_from_db(fields=["confirmed_at"])


def remove(signup):
    """Erases `signup`: the person asked us to, from a link in our email."""
    signup_id, counted = signup.pk, signup.is_confirmed
    signup.delete()
    logger.info("Campaign sign-up %s removed by the person", signup_id)
    if counted:
        refresh_counts(signup.campaign_key)


def refresh_counts(campaign_key):
    """Has the shared cache fetch again, once the change is committed, the pages showing
    the campaign's count: the campaign, its section index and the home page, in every
    language. Only those, not everything a publish purges (feeds, topics, the API show no
    count), so a burst of confirmations costs one render of each page per confirmation."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = PurgeBatch()
    batch.add_pages(with_ancestors(list(CampaignPage.objects.filter(translation_key=campaign_key))))
    urls = sorted(batch.urls)
    transaction.on_commit(lambda: purge_urls_from_cache_task.enqueue(urls))


def within_limit(address):
    """Whether the network address `address` may make another sign-up this hour."""
    return rate_limit.within_limit(RATE_LIMIT_SCOPE, address, SIGNUPS_PER_ADDRESS)


def count_signup(address):
    """Counts an accepted sign-up against `address`."""
    rate_limit.count(RATE_LIMIT_SCOPE, address)


def delete_old_signups(days):
    """Deletes sign-ups older than `days`, and those left unconfirmed past the confirmation
    window; returns how many were deleted."""
    cutoff = timezone.now() - timedelta(days=days)
    deleted, _by_model = Signup.objects.filter(
        Q(signed_at__lt=cutoff) | Q(pk__in=Signup.objects.unconfirmed_expired())
    ).delete()
    return deleted
