"""The sitemap: an index at /sitemap.xml pointing at one sitemap per section
(/sitemap-blog.xml ...) and one for the other pages, each in every language, so that no
single file grows with the whole site and a crawler re-reads only the sections that
changed (each entry of the index carries its section's last change).

Sections are the site's section index pages (`SectionIndexPage` subclasses) found by type,
so this module names no content app."""

from django.apps import apps
from django.db.models import Max, Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, PageLogEntry

from consent.gate import public_pages
from website.models import SectionIndexPage


def section_index_models():
    """{section name: index page model}, named after the app: "blog", "stories"..."""
    return {
        model._meta.app_label: model
        for model in apps.get_models()
        if issubclass(model, SectionIndexPage)
    }


def subtrees_q(pages):
    """Matches `pages` and everything below them."""
    q = Q(pk__in=[])
    for page in pages:
        q |= Q(path__startswith=page.path)
    return q


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the tree under the site's root page, which is the English
    home; the Welsh home is a translation beside it, so every language's tree is listed."""

    def every_page(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        return Page.objects.filter(subtrees_q(homes))

    def section_pages(self, pages):
        """The part of `pages` this sitemap lists."""
        return pages

    def listed(self):
        return self.section_pages(self.every_page())

    def items(self):
        return public_pages(self.listed()).order_by("path").defer_streamfields().specific()

    def get_latest_lastmod(self):
        """When this section last changed, for the index and Last-Modified: the latest
        publication, unpublication, move or deletion of any of its pages (withdrawn
        consent unpublishes), so a page that leaves the section moves it too. Asked for
        twice a request (Last-Modified, then the index), worked out once."""
        known = getattr(self.request, "_sitemap_lastmod", {})
        if type(self) not in known:
            known[type(self)] = self.work_out_latest_lastmod()
            if self.request is not None:
                self.request._sitemap_lastmod = known
        return known[type(self)]

    def work_out_latest_lastmod(self):
        listed = self.listed()
        published = listed.aggregate(latest=Max("last_published_at"))["latest"]
        logged = PageLogEntry.objects.filter(page__in=listed.values("pk")).aggregate(
            latest=Max("timestamp")
        )["latest"]
        return max((moment for moment in (published, logged) if moment), default=None)

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        # Django dates the response by the newest page listed, which a page leaving the
        # section would not move; Last-Modified must.
        self.latest_lastmod = self.get_latest_lastmod()
        return urls


class SectionSitemap(MultilingualSitemap):
    index_model = None

    def section_pages(self, pages):
        return pages.filter(subtrees_q(self.index_model.objects.all()))


class OtherPagesSitemap(MultilingualSitemap):
    """The home pages and everything outside the sections (about us, privacy...)."""

    def section_pages(self, pages):
        return pages.exclude(subtrees_q(Page.objects.type(SectionIndexPage)))


def sitemaps():
    """{name in the address: sitemap class}, as Wagtail's sitemap views take them."""
    sections = {
        name: type(f"{model.__name__}Sitemap", (SectionSitemap,), {"index_model": model})
        for name, model in section_index_models().items()
    }
    return {"pages": OtherPagesSitemap, **sections}


def last_modified(request, section=None):
    """Last-Modified of /sitemap.xml (every section) or of one section's sitemap, worked out
    before anything is rendered, so that a crawler's conditional request costs a few
    queries and gets 304 Not Modified."""
    found = sitemaps()
    if section is not None and section not in found:
        return None
    chosen = [found[section]] if section else found.values()
    moments = [sitemap(request).get_latest_lastmod() for sitemap in chosen]
    return max((moment for moment in moments if moment), default=None)
