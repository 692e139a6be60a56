"""Reads about pages: whether each may be public, what is wrong with it, who it features."""

import functools
from dataclasses import dataclass
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q, Value
from django.db.models.functions import Left, Length
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, PageViewRestriction, Revision

from consent.gate.images import (
    images_in,
    images_of,
    pages_using,
    photo_links,
    photo_links_by_key,
)
from consent.gate.people import latest_consent, merge_uses
from consent.models import (
    FeaturedPerson,
    NoIdentifiablePerson,
    PageConsentState,
    Person,
)
from consent.rules import (
    consent_window,
    is_withdrawn,
    problems_with_consent,
    required_uses,
    standing_problems,
)

# The two subqueries below are built once per process (per day and audience for the
# first) and handed out as copies (`.all()`), so that nobody's evaluating one fills the
# shared one: building them was a tenth of a home page's time, four listings each
# building both.


def open_page_ids(*, for_partners=False, today=None):
    """A subquery of the ids of pages whose stored verdict lets them out today."""
    return open_page_ids_on(today or timezone.localdate(), for_partners).all()


@functools.lru_cache(maxsize=8)
def open_page_ids_on(today, for_partners):
    states = PageConsentState.objects.filter(
        Q(open_from__isnull=True) | Q(open_from__lte=today),
        Q(open_until__isnull=True) | Q(open_until__gt=today),
        blocked=False,
    )
    if for_partners:
        states = states.filter(blocked_for_partners=False)
    return states.values("page_id")


def restricted_page_ids():
    """A subquery of the ids of pages behind a view restriction (a password, sign-in or
    group) on themselves or an ancestor. Wagtail's own `.public()` reads every restriction
    in a query of its own each time it is called, several times a page; asked inside the
    page query it costs nothing more. An id subquery, not a condition, because the search
    backend can only filter on fields."""
    return built_restricted_page_ids().all()


@functools.cache
def built_restricted_page_ids():
    restriction_above = PageViewRestriction.objects.filter(
        page__path=Left(OuterRef("path"), Length("page__path"))
    )
    return Page.objects.filter(Exists(restriction_above)).values("pk")


class _Restrictions:
    anywhere = staticmethod(lambda: True)


def know_restrictions_from(anywhere):
    """Called at start-up by what can tell, without a query, whether any page has a view
    restriction (`website.frame`, which hears when one is saved or deleted). Most sites
    have none, and asking inside every listing's query meant reading every page each
    time. Until then, and whenever `anywhere()` says so, the gate asks."""
    _Restrictions.anywhere = staticmethod(anywhere)


def public_pages(queryset, *, for_partners=False, today=None):
    """Narrows any page queryset to the pages that may be shown to the public (or, with
    `for_partners`, syndicated to partner sites): live, not behind a view restriction, and
    with everyone they feature consenting to every use they make, in their language."""
    queryset = queryset.live()
    if _Restrictions.anywhere():
        queryset = queryset.exclude(pk__in=restricted_page_ids())
    return queryset.filter(pk__in=open_page_ids(for_partners=for_partners, today=today))


def blocked_pages(queryset=None, *, for_partners=False, today=None):
    """The pages of `queryset` (every page by default), live or not, that the gate refuses."""
    queryset = Page.objects.all() if queryset is None else queryset
    return queryset.exclude(pk__in=open_page_ids(for_partners=for_partners, today=today))


def page_is_blocked(page, *, for_partners=False, today=None, request=None):
    return not openness(page, today=today, request=request)[
        "open_for_partners" if for_partners else "open"
    ]


def page_is_public(page, *, for_partners=False, request=None):
    """Asks of `page` as it is in hand (a preview is not live) and as stored."""
    if not page.live:
        return False
    answers = openness(page, request=request)
    return not answers["restricted"] and answers["open_for_partners" if for_partners else "open"]


def openness(page, *, today=None, request=None):
    """{restricted, open, open_for_partners} for `page`, as stored, in one query. Kept on
    `request` when given: a page served is asked about by the 410 check, then again by
    its oEmbed discovery link."""
    kept = {} if request is None or today else request.__dict__.setdefault("_openness", {})
    if page.pk not in kept:
        today = today or timezone.localdate()
        answers = (
            Page.objects.filter(pk=page.pk)
            .annotate(
                restricted=Exists(restricted_page_ids().filter(pk=OuterRef("pk")))
                if _Restrictions.anywhere()
                else Value(False),
                open=Exists(open_page_ids(today=today).filter(page_id=OuterRef("pk"))),
                open_for_partners=Exists(
                    open_page_ids(for_partners=True, today=today).filter(page_id=OuterRef("pk"))
                ),
            )
            .values("restricted", "open", "open_for_partners")
            .first()
        )
        # A page not yet saved has no verdict: it is not open to anyone.
        kept[page.pk] = answers or {"restricted": False, "open": False, "open_for_partners": False}
    return kept[page.pk]


def people_featured(page):
    """{person id: uses} for everyone `page` features. A page features whoever any version
    of it features: its own links and photos (unsaved ones too, while it is being edited),
    those of its translations in every language and those of the page it is an alias of,
    so that a translation or alias never escapes a check its source would fail. A person
    shown in a photo the page uses is featured for the photo use."""
    keys = {page.translation_key}
    if page.alias_of_id:
        keys.add(Page.objects.filter(pk=page.alias_of_id).values_list("translation_key").get()[0])
    own = [(link.person_id, link.uses) for link in page.featured_people.all()]
    own += photo_links(images_in(page))
    others = FeaturedPerson.objects.filter(page__translation_key__in=keys)
    if page.pk:
        others = others.exclude(page_id=page.pk)
    photos = photo_links_by_key(
        Page.objects.filter(translation_key__in=keys).exclude(pk=page.pk).values("translation_key")
    )
    return merge_uses(
        own
        + list(others.values_list("person_id", "uses"))
        + [link for links in photos.values() for link in links]
    )


def must_feature_someone(page_class):
    """Whether pages of this type (stories) must feature at least one person, or carry a
    consent officer's record that they feature no identifiable person. Page models say so
    themselves, since `consent` imports no content app."""
    return getattr(page_class, "must_feature_someone", False)


def no_identifiable_person(page):
    """The consent officer's record that `page` (any version of it) features no
    identifiable person, or None."""
    return (
        NoIdentifiablePerson.objects.filter(page__translation_key=page.translation_key)
        .select_related("recorded_by")
        .first()
    )


def nobody_featured_problem():
    return _(
        "It features nobody: add the people it names, shows or quotes under “People "
        "featured”, or ask a consent officer to record that it features no identifiable person."
    )


def consent_problems(page, *, for_partners=False, today=None):
    """One plain-English sentence per reason `page` may not be public (or, with
    `for_partners`, syndicated); empty when it may. Works on unsaved edits, so every
    publishing door can ask before the page goes out."""
    people_uses = people_featured(page)
    if not people_uses:
        needs_someone = must_feature_someone(page.specific_class)
        if needs_someone and no_identifiable_person(page) is None:
            return [nobody_featured_problem()]
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

    def stored(self):
        return {
            "blocked": self.blocked,
            "blocked_for_partners": self.blocked_for_partners,
            "open_from": self.open_from,
            "open_until": self.open_until,
        }


NOBODY_FEATURED = Verdict(blocked=True, blocked_for_partners=True)


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


def links_by_translation_key(keys):
    """{translation key: [(person id, uses)]}: the people each page of those keys features,
    by link or in the photos it uses."""
    links_by_key = {}
    for key, person_id, uses in FeaturedPerson.objects.filter(
        page__translation_key__in=keys
    ).values_list("page__translation_key", "person_id", "uses"):
        links_by_key.setdefault(key, []).append((person_id, uses))
    for key, links in photo_links_by_key(keys).items():
        links_by_key.setdefault(key, []).extend(links)
    return links_by_key


def consent_for_translation(pages, language):
    """{page id: (refused in `language`, someone featured has withdrawn)} for each of
    `pages`, whether or not it has a version in `language` yet: what the translation
    status report needs to say "blocked by consent" and to offer no translation of a page
    whose people have withdrawn. A fixed number of queries however many pages."""
    links_by_key = links_by_translation_key({page.translation_key for page in pages})
    person_ids = {person_id for links in links_by_key.values() for person_id, _uses in links}
    people, consent = Person.objects.in_bulk(person_ids), latest_consent(person_ids)
    answers = {}
    for page in pages:
        people_uses = merge_uses(links_by_key.get(page.translation_key, []))
        refused = verdict(people_uses, language=language, people=people, consent=consent)
        withdrawn = any(is_withdrawn(*consent[person_id]) for person_id in people_uses)
        answers[page.pk] = (refused.blocked, withdrawn)
    return answers


def verdicts(page_ids):
    """{page id: (Verdict, whether it features anyone)} for the pages with `page_ids`, in
    a fixed number of queries."""
    pages = list(
        Page.objects.filter(pk__in=page_ids).values_list(
            "pk",
            "translation_key",
            "alias_of__translation_key",
            "locale__language_code",
            "content_type_id",
        )
    )
    keys = {key for page in pages for key in page[1:3] if key}
    links_by_key = links_by_translation_key(keys)
    excused = set(
        NoIdentifiablePerson.objects.filter(page__translation_key__in=keys).values_list(
            "page__translation_key", flat=True
        )
    )
    person_ids = {person_id for links in links_by_key.values() for person_id, _uses in links}
    people, consent = Person.objects.in_bulk(person_ids), latest_consent(person_ids)
    found = {}
    for pk, key, alias_key, language, content_type_id in pages:
        people_uses = merge_uses(links_by_key.get(key, []) + links_by_key.get(alias_key, []))
        if people_uses:
            found[pk] = (
                verdict(people_uses, language=language, people=people, consent=consent),
                True,
            )
        elif must_feature_someone(
            ContentType.objects.get_for_id(content_type_id).model_class()
        ) and not ({key, alias_key} & excused):
            found[pk] = (NOBODY_FEATURED, False)
        else:
            found[pk] = (Verdict(), False)
    return found


def versions_of(pages):
    """Every page sharing a translation key with `pages` (a queryset), and their aliases:
    the pages whose verdict changes when one of them does."""
    keys = Page.objects.filter(pk__in=pages.values("pk")).values("translation_key")
    return Page.objects.filter(Q(translation_key__in=keys) | Q(alias_of__translation_key__in=keys))


def pages_featuring(person):
    """Every page featuring `person`, by a link or a photo: each language's version and
    every alias."""
    keys = FeaturedPerson.objects.filter(person=person).values("page__translation_key")
    photo_keys = pages_using(images_of(person)).values("translation_key")
    return Page.objects.filter(
        Q(translation_key__in=keys)
        | Q(alias_of__translation_key__in=keys)
        | Q(translation_key__in=photo_keys)
        | Q(alias_of__translation_key__in=photo_keys)
    )


def needing_attention():
    """(page, problems, scheduled go-live time or None) for every live page the gate
    refuses and every scheduled revision it would refuse, for the dashboard."""
    found = [
        (page, consent_problems(page), None)
        for page in blocked_pages(Page.objects.live()).specific()
    ]
    for revision in Revision.page_revisions.filter(approved_go_live_at__isnull=False):
        page = revision.as_object()
        problems = consent_problems(page)
        if problems:
            found.append((page, problems, revision.approved_go_live_at))
    return found


def pages_without_state():
    return Page.objects.exclude(pk__in=PageConsentState.objects.values("page_id"))
