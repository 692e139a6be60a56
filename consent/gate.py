"""The one gate for everything public, and every read of consent state.

Page serving, index listings, related content, search results, the sitemap, feeds, the
API, oEmbed and widgets all ask here whether a page may be shown. Nobody re-implements
the filter: call `public_pages()` on any page queryset, or `page_is_public()` on a page.

The public question is answered from `PageConsentState`, the stored verdict on each page,
so that a listing costs one subquery however many pages, people and records there are.
`consent.services.refresh_consent_states` keeps it current; the explanations (what is
wrong with a page, for editors and the workflow) are worked out here from the register.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from consent.models import (
    ConsentRecord,
    ConsentReminder,
    ConsentWithdrawal,
    FeaturedPerson,
    PageConsentState,
    Person,
    Use,
)
from consent.rules import (
    consent_status,
    consent_window,
    is_withdrawn,
    latest_consent_of,
    problems_with_consent,
    required_uses,
    standing_problems,
)

WARNING_PERIOD = timedelta(days=30)


def open_page_ids(*, for_partners=False, today=None):
    """A subquery of the ids of pages whose stored verdict lets them out today."""
    today = today or timezone.localdate()
    states = PageConsentState.objects.filter(
        Q(open_from__isnull=True) | Q(open_from__lte=today),
        Q(open_until__isnull=True) | Q(open_until__gt=today),
        blocked=False,
    )
    if for_partners:
        states = states.filter(blocked_for_partners=False)
    return states.values("page_id")


def public_pages(queryset, *, for_partners=False, today=None):
    """Narrows any page queryset to the pages that may be shown to the public (or, with
    `for_partners`, syndicated to partner sites): live, not behind a view restriction, and
    with everyone they feature consenting to every use they make, in their language."""
    return (
        queryset.live()
        .public()
        .filter(pk__in=open_page_ids(for_partners=for_partners, today=today))
    )


def blocked_pages(queryset=None, *, for_partners=False, today=None):
    """The pages of `queryset` (every page by default), live or not, that the gate refuses."""
    queryset = Page.objects.all() if queryset is None else queryset
    return queryset.exclude(pk__in=open_page_ids(for_partners=for_partners, today=today))


def page_is_blocked(page, *, for_partners=False, today=None):
    return (
        not open_page_ids(for_partners=for_partners, today=today).filter(page_id=page.pk).exists()
    )


def page_is_public(page, *, for_partners=False):
    return (
        page.live
        and not page.get_view_restrictions().exists()
        and not page_is_blocked(page, for_partners=for_partners)
    )


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


def consent_problems(page, *, for_partners=False, today=None):
    """One plain-English sentence per reason `page` may not be public (or, with
    `for_partners`, syndicated); empty when it may. Works on unsaved edits, so every
    publishing door can ask before the page goes out."""
    people_uses = people_featured(page)
    if not people_uses:
        return []
    people = Person.objects.in_bulk(list(people_uses))
    consent = latest_consent(list(people_uses))
    language = page.locale.language_code
    today = today or timezone.localdate()
    problems = []
    for person_id, uses in people_uses.items():
        problems += problems_with_consent(
            people[person_id],
            *consent[person_id],
            required_uses(uses, language=language, for_partners=for_partners),
            today=today,
        )
    return problems


@dataclass(frozen=True)
class Verdict:
    """What `PageConsentState` stores for a page: whether it fails whatever the date, and
    the days (from, until) on which everyone's consent runs."""

    blocked: bool = False
    blocked_for_partners: bool = False
    open_from: date | None = None
    open_until: date | None = None


def verdict(people_uses, *, language, people, consent):
    """The stored form of `consent_problems`: on any day, a page has problems exactly when
    it is blocked or the day falls outside (open_from, open_until)."""
    blocked = blocked_for_partners = False
    open_from = open_until = None
    for person_id, uses in people_uses.items():
        person, (record, withdrawn_at) = people[person_id], consent[person_id]
        for partners in (False, True):
            required = required_uses(uses, language=language, for_partners=partners)
            if standing_problems(person, record, withdrawn_at, required):
                blocked_for_partners = True
                blocked = blocked or not partners
        if record is not None and not is_withdrawn(record, withdrawn_at):
            starts, ends = consent_window(record)
            open_from = starts if open_from is None else max(open_from, starts)
            open_until = ends if open_until is None else min(open_until, ends)
    return Verdict(blocked, blocked_for_partners, open_from, open_until)


def verdicts(page_ids):
    """{page id: Verdict} for the pages with `page_ids`, in a fixed number of queries."""
    pages = list(
        Page.objects.filter(pk__in=page_ids).values_list(
            "pk", "translation_key", "alias_of__translation_key", "locale__language_code"
        )
    )
    keys = {key for _pk, key, alias_key, _language in pages for key in (key, alias_key) if key}
    links_by_key = {}
    for key, person_id, uses in FeaturedPerson.objects.filter(
        page__translation_key__in=keys
    ).values_list("page__translation_key", "person_id", "uses"):
        links_by_key.setdefault(key, []).append((person_id, uses))
    person_ids = {person_id for links in links_by_key.values() for person_id, _uses in links}
    people, consent = Person.objects.in_bulk(person_ids), latest_consent(person_ids)
    return {
        pk: verdict(
            merge_uses(links_by_key.get(key, []) + links_by_key.get(alias_key, [])),
            language=language,
            people=people,
            consent=consent,
        )
        for pk, key, alias_key, language in pages
    }


def versions_of(pages):
    """Every page sharing a translation key with `pages` (a queryset), and their aliases:
    the pages whose verdict changes when one of them does."""
    keys = Page.objects.filter(pk__in=pages.values("pk")).values("translation_key")
    return Page.objects.filter(Q(translation_key__in=keys) | Q(alias_of__translation_key__in=keys))


def pages_featuring(person):
    """Every page featuring `person`: each language's version and every alias."""
    keys = FeaturedPerson.objects.filter(person=person).values("page__translation_key")
    return Page.objects.filter(Q(translation_key__in=keys) | Q(alias_of__translation_key__in=keys))


def pages_without_state():
    return Page.objects.exclude(pk__in=PageConsentState.objects.values("page_id"))


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
