"""The one gate for everything public.

Page serving, index listings, related content, search results, the sitemap, feeds, the
API, oEmbed and widgets all ask here whether a page may be shown. Nobody re-implements
the filter: call `public_pages()` on any page queryset, or `page_is_public()` on a page.
"""


def public_pages(queryset, *, for_partners=False):
    """Narrows any page queryset to the pages that may be shown to the public (or, with
    `for_partners`, syndicated to partner sites): live, not behind a view restriction,
    and, once the consent register lands, passing its rules."""
    return queryset.live().public()


def page_is_public(page, *, for_partners=False):
    return public_pages(type(page).objects.filter(pk=page.pk), for_partners=for_partners).exists()
