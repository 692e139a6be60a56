"""Links to pages inside rich text, resolved from the frame.

Wagtail's page link handler looks up the linked pages, the active language's Locale and
each page's translation every time a rich text value is shown: three queries or more per
paragraph with a link, on every request. A linked page's address in a language changes
only when pages are published, moved or renamed, which start a new frame generation, so
the addresses are kept there (`website.frame`), like the menus they resemble."""

import hashlib

from django.utils.html import escape
from django.utils.translation import get_language
from wagtail.rich_text.pages import PageLinkHandler

from website import frame


class FramePageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        digest = hashlib.sha256(",".join(ids).encode()).hexdigest()
        urls = frame.remembered(
            None,
            f"page-links:{get_language()}:{digest}",
            lambda: [page and page.localized.url for page in cls.get_many(attrs_list)],
        )
        # A page since deleted (or a link to one never saved) keeps its text, unlinked.
        return [f'<a href="{escape(url)}">' if url else "<a>" for url in urls]
