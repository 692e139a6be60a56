"""Reads about people: their latest consent, their status in the register, and what is
due for review."""

from datetime import timedelta

from consent.models import (
    ConsentRecord,
    ConsentReminder,
    ConsentWithdrawal,
    FeaturedPerson,
    Person,
    Use,
)
from consent.rules import consent_status, is_withdrawn, latest_consent_of

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


def person_consent(person, today):
    """(status sentence, allowed use labels) from the person's prefetched `consent_records`
    and `withdrawals`, for listings of the register."""
    record, withdrawn_at = latest_consent_of(person.consent_records.all(), person.withdrawals.all())
    uses = [str(Use(use).label) for use in record.uses] if record else []
    return consent_status(person, record, withdrawn_at, today=today), uses


def withdrawn_links():
    """The links of pages to people who have withdrawn: pages an editor must still
    change (or a consent officer must still see) even once they are down."""
    links = list(
        FeaturedPerson.objects.filter(person__withdrawals__isnull=False)
        .distinct()
        .select_related("person", "page")
    )
    consent = latest_consent({link.person_id for link in links})
    return [link for link in links if is_withdrawn(*consent[link.person_id])]


def merge_uses(links):
    """{person id: set of uses} from (person id, uses) pairs."""
    people = {}
    for person_id, uses in links:
        people.setdefault(person_id, set()).update(uses)
    return people


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


def reminders_sent():
    return set(ConsentReminder.objects.values_list("record_id", "kind"))
