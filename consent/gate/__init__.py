"""The one gate for everything public, and every read of consent state.

Page serving, index listings, related content, search results, the sitemap, feeds, the
API, oEmbed and widgets all ask here whether a page may be shown. Nobody re-implements
the filter: call `public_pages()` on any page queryset, or `page_is_public()` on a page.

The public question is answered from `PageConsentState`, the stored verdict on each page,
so that a listing costs one subquery however many pages, people and records there are.
`consent.services.refresh_consent_states` keeps it current; the explanations (what is
wrong with a page, for editors and the workflow) are worked out here from the register.
"""

from consent.gate.images import (
    images_in,
    images_of,
    images_with_people,
    pages_using,
    photo_problems,
    public_images,
)
from consent.gate.pages import (
    blocked_pages,
    consent_for_translation,
    consent_problems,
    know_restrictions_from,
    must_feature_someone,
    needing_attention,
    no_identifiable_person,
    nobody_featured_problem,
    open_page_ids,
    page_is_blocked,
    page_is_public,
    pages_featuring,
    pages_without_state,
    people_featured,
    public_pages,
    verdicts,
    versions_of,
)
from consent.gate.people import (
    WARNING_PERIOD,
    latest_consent,
    person_consent,
    records_due,
    reminders_sent,
    withdrawn_links,
)

__all__ = [
    "WARNING_PERIOD",
    "blocked_pages",
    "consent_for_translation",
    "consent_problems",
    "images_in",
    "images_of",
    "images_with_people",
    "know_restrictions_from",
    "latest_consent",
    "must_feature_someone",
    "needing_attention",
    "no_identifiable_person",
    "nobody_featured_problem",
    "open_page_ids",
    "page_is_blocked",
    "page_is_public",
    "pages_featuring",
    "pages_using",
    "pages_without_state",
    "people_featured",
    "person_consent",
    "photo_problems",
    "public_images",
    "public_pages",
    "records_due",
    "reminders_sent",
    "verdicts",
    "versions_of",
    "withdrawn_links",
]
