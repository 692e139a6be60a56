"""The one gate for everything public.

Page serving, index listings, related content, search results, the sitemap, feeds, the
API, oEmbed and widgets all ask here whether a page may be shown. Nobody re-implements
the filter: call `public_pages()` on any page queryset, or `page_is_public()` on a page.
"""

from consent.services import consent_problems, failing_page_ids


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
