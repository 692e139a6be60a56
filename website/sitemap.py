from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from consent.gate import public_pages


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the tree under the site's root page, which is the English
    home; the Welsh home is a translation beside it, so every language's tree is listed."""

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return public_pages(pages).order_by("path").defer_streamfields().specific()
