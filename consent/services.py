"""Writes that matter to the consent register, and the check every publishing door uses.
Each write is logged with Wagtail's audit log so it shows in the admin history."""

import logging
from datetime import timedelta

from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log
from wagtail.models import Page

from consent.models import (
    ConsentRecord,
    ConsentReminder,
    ConsentWithdrawal,
    FeaturedPerson,
    Person,
)
from consent.rules import (
    is_withdrawn,
    latest_consent_of,
    problems_with_consent,
    required_uses,
)
from consent.signals import consent_changed

logger = logging.getLogger(__name__)

WARNING_PERIOD = timedelta(days=30)


def latest_consent(person_ids):
    """{person id: (latest record or None, latest withdrawal time or None)}."""
    records, withdrawals = {}, {}
    for record in ConsentRecord.objects.filter(person_id__in=person_ids):
        records.setdefault(record.person_id, []).append(record)
    for withdrawal in ConsentWithdrawal.objects.filter(person_id__in=person_ids):
        withdrawals.setdefault(withdrawal.person_id, []).append(withdrawal)
    return {
        pk: latest_consent_of(records.get(pk, []), withdrawals.get(pk, [])) for pk in person_ids
    }


def merge_uses(links):
    """{person id: set of uses} from (person id, uses) pairs."""
    people = {}
    for person_id, uses in links:
        people.setdefault(person_id, set()).update(uses)
    return people


def people_featured(page):
    """{person id: uses} for everyone `page` features. A page features whoever any version
    of it features: its own links (unsaved ones too, while it is being edited), those of
    its translations in every language and those of the page it is an alias of, so that a
    translation or alias never escapes a check its source would fail."""
    keys = {page.translation_key}
    if page.alias_of_id:
        keys.add(Page.objects.filter(pk=page.alias_of_id).values_list("translation_key").get()[0])
    own = [(link.person_id, link.uses) for link in page.featured_people.all()]
    others = FeaturedPerson.objects.filter(page__translation_key__in=keys)
    if page.pk:
        others = others.exclude(page_id=page.pk)
    return merge_uses(own + list(others.values_list("person_id", "uses")))


def problems_for_people(people_uses, *, language, for_partners, today, people, consent):
    problems = []
    for person_id, uses in people_uses.items():
        record, withdrawn_at = consent[person_id]
        problems += problems_with_consent(
            people[person_id],
            record,
            withdrawn_at,
            required_uses(uses, language=language, for_partners=for_partners),
            today=today,
        )
    return problems


def consent_problems(page, *, for_partners=False, today=None):
    """One plain-English sentence per reason `page` may not be public (or, with
    `for_partners`, syndicated); empty when it may."""
    people_uses = people_featured(page)
    if not people_uses:
        return []
    return problems_for_people(
        people_uses,
        language=page.locale.language_code,
        for_partners=for_partners,
        today=today or timezone.localdate(),
        people=Person.objects.in_bulk(list(people_uses)),
        consent=latest_consent(list(people_uses)),
    )


def failing_page_ids(page_queryset, *, for_partners=False, today=None):
    """The ids of pages in `page_queryset` that fail the consent rules, in a fixed number
    of queries however many pages there are."""
    # Only the links of these pages (any version of them), so that the cost follows the
    # pages asked about rather than the size of the register.
    pages = page_queryset.order_by()
    links = list(
        FeaturedPerson.objects.filter(
            Q(page__translation_key__in=pages.values("translation_key"))
            | Q(page__translation_key__in=pages.values("alias_of__translation_key"))
        ).values_list("page__translation_key", "person_id", "uses")
    )
    if not links:
        return set()
    links_by_key = {}
    for key, person_id, uses in links:
        links_by_key.setdefault(key, []).append((person_id, uses))
    keys = list(links_by_key)
    candidates = list(
        pages.filter(
            Q(translation_key__in=keys) | Q(alias_of__translation_key__in=keys)
        ).values_list("pk", "translation_key", "alias_of__translation_key", "locale__language_code")
    )
    if not candidates:
        return set()
    person_ids = {person_id for _key, person_id, _uses in links}
    people, consent = Person.objects.in_bulk(person_ids), latest_consent(person_ids)
    return {
        pk
        for pk, key, alias_key, language in candidates
        if problems_for_people(
            merge_uses(links_by_key.get(key, []) + links_by_key.get(alias_key, [])),
            language=language,
            for_partners=for_partners,
            today=today or timezone.localdate(),
            people=people,
            consent=consent,
        )
    }


def pages_featuring(person):
    """Every page featuring `person`: each language's version and every alias."""
    keys = FeaturedPerson.objects.filter(person=person).values("page__translation_key")
    return Page.objects.filter(Q(translation_key__in=keys) | Q(alias_of__translation_key__in=keys))


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
    failing = failing_page_ids(Page.objects.live(), today=today)
    with transaction.atomic():
        taken_down = take_down(
            Page.objects.filter(pk__in=failing), user=None, action="consent.expired"
        )
    warn_consent_officers(today)
    return taken_down


def records_due(today):
    """(record, kind) for each person's current record whose review or expiry falls within
    the warning period."""
    horizon = today + WARNING_PERIOD
    person_ids = Person.objects.filter(consent_records__isnull=False).values_list("pk", flat=True)
    for record, withdrawn_at in latest_consent(set(person_ids)).values():
        if is_withdrawn(record, withdrawn_at):
            continue
        if today <= record.review_on <= horizon:
            yield record, ConsentReminder.Kind.REVIEW
        if today <= record.expires_on <= horizon:
            yield record, ConsentReminder.Kind.EXPIRY


def warn_consent_officers(today):
    recipients = list(
        Group.objects.get(name="Consent officers")
        .user_set.filter(is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    sent = set(ConsentReminder.objects.values_list("record_id", "kind"))
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
