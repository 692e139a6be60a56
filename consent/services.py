"""Writes that matter to the consent register, and the stored verdicts the gate reads.
Each write to the register is logged with Wagtail's audit log so it shows in the admin
history. Reads (who a page features, whose consent is current, what is blocked) are in
`consent.gate`."""

import logging

from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log
from wagtail.models import Page

from consent.gate import (
    blocked_pages,
    pages_featuring,
    records_due,
    reminders_sent,
    verdicts,
    versions_of,
)
from consent.models import (
    ConsentRecord,
    ConsentReminder,
    ConsentWithdrawal,
    PageConsentState,
    Person,
)
from consent.signals import consent_changed

logger = logging.getLogger(__name__)

STATE_FIELDS = ["blocked", "blocked_for_partners", "open_from", "open_until"]


def refresh_consent_states(pages):
    """Rewrites the gate's stored verdict on `pages` (a page queryset) and on every other
    version of them (translations, aliases), which share their people."""
    found = verdicts(versions_of(pages).values("pk"))
    PageConsentState.objects.bulk_create(
        [PageConsentState(page_id=pk, **vars(found[pk])) for pk in found],
        update_conflicts=True,
        unique_fields=["page"],
        update_fields=STATE_FIELDS,
    )


def take_down(pages, *, user, action):
    """Unpublishes `pages`. Wagtail's `page_unpublished` signal, sent for each, has every
    cache that showed them purged (website/purge.py)."""
    pages = [page.specific for page in pages]
    for page in pages:
        # Consent officers may take a page down without the right to publish it: the
        # authority to remove comes from the consent register, not from page permissions.
        UnpublishPageAction(page, user=user, log_action=action).execute(skip_permission_checks=True)
    return pages


@transaction.atomic
def record_consent(*, person, by, **fields):
    """Adds a consent record (validated as the admin form would) and logs it."""
    record = ConsentRecord(person=person, recorded_by=by, **fields)
    record.full_clean()
    record.save()
    log(
        instance=person,
        action="consent.record",
        user=by,
        data={"record": record.pk, "uses": record.uses, "expires_on": str(record.expires_on)},
    )
    consent_changed.send(sender=Person, person=person, pages=pages_featuring(person))
    return record


@transaction.atomic
def withdraw_consent(person, *, by, reason):
    """Records the withdrawal and takes down, at once, every page featuring the person in
    every language. Returns the pages taken down. They stay down: the gate refuses them
    until a new consent record is made."""
    withdrawal = ConsentWithdrawal.objects.create(person=person, reason=reason, recorded_by=by)
    taken_down = take_down(pages_featuring(person).live(), user=by, action="consent.take_down")
    log(
        instance=person,
        action="consent.withdraw",
        user=by,
        data={"reason": reason, "pages": [page.pk for page in taken_down]},
    )
    logger.info("Consent withdrawn for person %s: %d pages taken down", person.pk, len(taken_down))
    consent_changed.send(sender=Person, person=person, pages=pages_featuring(person))
    return withdrawal, taken_down


def enforce_consent(today=None):
    """Unpublishes every live page that now fails the consent rules (consent expired, or
    changed outside the usual doors) and warns consent officers once, by email, about
    consent due for review or expiring within 30 days. Returns the pages taken down."""
    today = today or timezone.localdate()
    with transaction.atomic():
        taken_down = take_down(
            blocked_pages(Page.objects.live(), today=today), user=None, action="consent.expired"
        )
    warn_consent_officers(today)
    return taken_down


def warn_consent_officers(today):
    recipients = list(
        Group.objects.get(name="Consent officers")
        .user_set.filter(is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    sent = reminders_sent()
    for record, kind in list(records_due(today)):
        if (record.pk, kind) in sent:
            continue
        values = {"name": record.person.public_name}
        if kind == ConsentReminder.Kind.REVIEW:
            due = values["date"] = date_format(record.review_on, "j F Y")
            subject = _("Consent review due for %(name)s") % values
            first = _("%(name)s's consent is due for review on %(date)s.") % values
        else:
            due = values["date"] = date_format(record.expires_on, "j F Y")
            subject = _("Consent expiring for %(name)s") % values
            first = _("%(name)s's consent expires on %(date)s.") % values
        body = " ".join(
            [
                str(first),
                _(
                    "Pages featuring them will be taken down when it expires unless new "
                    "consent is recorded."
                ),
            ]
        )
        # The reminder is stored first: a mail server failing must not cause a flood of
        # repeats every minute, and the dashboard panel shows the same records anyway.
        ConsentReminder.objects.create(record=record, kind=kind)
        log(instance=record.person, action="consent.reminder", data={"kind": kind, "due": due})
        if recipients:
            try:
                send_mail(subject, body, None, recipients)
            except OSError:
                logger.exception("Could not email consent officers about record %s", record.pk)
