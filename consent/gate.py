"""The one gate for everything public.

Page serving, index listings, related content, search results, the sitemap, feeds, the
API, oEmbed and widgets all ask here whether a page may be shown. Nobody re-implements
the filter: call `public_pages()` on any page queryset, or `page_is_public()` on a page.
"""

from django.utils import timezone

from consent.models import FeaturedPerson, Person
from consent.rules import is_withdrawn
from consent.services import (
    consent_problems,
    failing_page_ids,
    latest_consent,
    merge_uses,
    problems_for_people,
)


def public_pages(queryset, *, for_partners=False):
    """Narrows any page queryset to the pages that may be shown to the public (or, with
    `for_partners`, syndicated to partner sites): live, not behind a view restriction, and
    with everyone they feature consenting to every use they make, in their language."""
    visible = queryset.live().public()
    failing = failing_page_ids(visible, for_partners=for_partners)
    return visible.exclude(id__in=failing) if failing else visible


def page_is_public(page, *, for_partners=False):
    return (
        page.live
        and not page.get_view_restrictions().exists()
        and not consent_problems(page, for_partners=for_partners)
    )


def consent_for_translation(pages, language, *, today=None):
    """{page id: (refused in `language`, someone featured has withdrawn)} for each of
    `pages`, whether or not it has a version in `language` yet: what the translation
    status report needs to say "blocked by consent" and to offer no translation of a page
    whose people have withdrawn. A fixed number of queries however many pages."""
    keys = {page.translation_key for page in pages}
    links_by_key = {}
    for key, person_id, uses in FeaturedPerson.objects.filter(
        page__translation_key__in=keys
    ).values_list("page__translation_key", "person_id", "uses"):
        links_by_key.setdefault(key, []).append((person_id, uses))
    person_ids = {person_id for links in links_by_key.values() for person_id, _uses in links}
    people, consent = Person.objects.in_bulk(person_ids), latest_consent(person_ids)
    today = today or timezone.localdate()
    answers = {}
    for page in pages:
        people_uses = merge_uses(links_by_key.get(page.translation_key, []))
        refused = problems_for_people(
            people_uses,
            language=language,
            for_partners=False,
            today=today,
            people=people,
            consent=consent,
        )
        withdrawn = any(is_withdrawn(*consent[person_id]) for person_id in people_uses)
        answers[page.pk] = (bool(refused), withdrawn)
    return answers
