from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from wagtail.models import Page

from consent.gate import page_is_public
from syndication.feeds_sources import ALL, item_section, section_label, sources

register = template.Library()

# (format in the address, media type, name readers are shown)
FEED_FORMATS = [
    ("rss", "application/rss+xml", "RSS"),
    ("atom", "application/atom+xml", "Atom"),
    ("json", "application/feed+json", "JSON Feed"),
]


def page_section(page):
    """The feed section of the app a page belongs to; every other page offers them all."""
    section = page._meta.app_label if isinstance(page, Page) else ALL
    return section if section in sources() else ALL


@register.simple_tag(takes_context=True)
def feed_links(context):
    """`<link rel="alternate">` for the feeds of the section the current page is in, in the
    reader's language, so that feed readers find them from any page."""
    section = page_section(context.get("page"))
    label = section_label(section)
    return format_html_join(
        "\n    ",
        '<link rel="alternate" type="{}" title="{}" href="{}">',
        (
            (
                media_type,
                gettext("%(section)s (%(format)s)") % {"section": label, "format": name},
                reverse("syndication:feed", kwargs={"section": section, "fmt": fmt}),
            )
            for fmt, media_type, name in FEED_FORMATS
        ),
    )


@register.simple_tag(takes_context=True)
def oembed_link(context):
    """oEmbed discovery for a single post, story, campaign or report, only when partners
    may have it: the provider would answer 404 for any other."""
    page = context.get("page")
    request = context["request"]
    if item_section(page) is None or not page_is_public(page, for_partners=True, request=request):
        return ""
    query = urlencode({"url": page.get_full_url(request), "format": "json"})
    return format_html(
        '<link rel="alternate" type="application/json+oembed" href="{}" title="{}">',
        request.build_absolute_uri(reverse("oembed")) + "?" + query,
        page.title,
    )
