"""The oEmbed provider (https://oembed.com/): a partner's CMS sends us the address of one
of our posts, stories, campaigns or reports and gets back an iframe of that item's
widget. Wagtail consumes oEmbed but does not provide it, so this is ours."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language_from_path, gettext
from django.utils.translation import override as language_override
from wagtail.models import Locale, Page, Site

from consent.gate import page_is_public
from syndication.feeds_items import site_name_for
from syndication.feeds_sources import item_section, sources
from syndication.widgets import WIDGET_IMAGE

DEFAULT_WIDTH = 600
DEFAULT_HEIGHT = 360
CACHE_AGE = 5 * 60


class OEmbedError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def not_ours():
    return OEmbedError(
        404, gettext("That address is not a post, story, campaign or report we share.")
    )


def site_for_host(hostname, request):
    """Our Site for a URL's host name; the site serving this request when the URL names this
    server (as in development, where the Site's host name may differ)."""
    site = Site.objects.filter(hostname=hostname).select_related("root_page").first()
    if site is None and hostname == request.get_host().partition(":")[0]:
        site = Site.find_for_request(request)
    return site


def page_for_url(url, request):
    """The embeddable page at `url` that partners may have, and its feed section."""
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
    except ValueError as error:
        raise OEmbedError(400, gettext("The url parameter is not a valid address.")) from error
    if parts.scheme not in ("http", "https") or not hostname:
        raise OEmbedError(400, gettext("The url parameter must be a full http or https address."))
    site = site_for_host(hostname, request)
    if site is None:
        raise not_ours()
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    language = get_language_from_path(path) or settings.LANGUAGE_CODE
    if language != settings.LANGUAGE_CODE:
        path = path.removeprefix(f"/{language}")
    locale = Locale.objects.filter(language_code=language).first()
    root = site.root_page.get_translation_or_none(locale) if locale else None
    if root is None:
        raise not_ours()
    page = (
        Page.objects.filter(url_path=root.url_path + path.lstrip("/"), locale=locale)
        .specific()
        .first()
    )
    section = item_section(page)
    if section is None or not page_is_public(page, for_partners=True):
        raise not_ours()
    return page, section


def dimension(query, name, default):
    """The smaller of our size and the consumer's maximum, as the spec requires."""
    value = query.get(name)
    if value is None:
        return default
    try:
        maximum = int(value)
    except ValueError:
        maximum = 0
    if maximum < 1:
        raise OEmbedError(400, gettext("%(name)s must be a whole number above 0.") % {"name": name})
    return min(default, maximum)


@dataclass(frozen=True)
class OEmbed:
    page: Page
    section: str
    width: int
    height: int

    def as_json(self, request):
        page, source = self.page, sources()[self.section]
        site_name = site_name_for(request)
        widget_url = request.build_absolute_uri(
            reverse("embed_item", kwargs={"section": self.section, "page_id": page.pk})
        )
        with language_override(page.locale.language_code):
            frame_title = gettext("%(title)s, from %(site)s") % {
                "title": page.title,
                "site": site_name,
            }
        response = {
            "version": "1.0",
            "type": "rich",
            "title": page.title,
            "provider_name": site_name,
            "provider_url": request.build_absolute_uri("/"),
            "cache_age": CACHE_AGE,
            "width": self.width,
            "height": self.height,
            "html": format_html(
                '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy" '
                'style="border:0;max-width:100%"></iframe>',
                widget_url,
                self.width,
                self.height,
                frame_title,
            ),
        }
        authors = source.authors(page)
        if authors:
            response["author_name"] = ", ".join(authors)
        thumbnail = source.image(page, WIDGET_IMAGE)
        if thumbnail:
            response.update(
                thumbnail_url=request.build_absolute_uri(thumbnail.url),
                thumbnail_width=thumbnail.width,
                thumbnail_height=thumbnail.height,
            )
        return response


def oembed_for(request):
    """The oEmbed answer `request` asks for; raises OEmbedError with the status to give."""
    query = request.GET
    if query.get("format", "json") != "json":
        raise OEmbedError(501, gettext("Only the json format is provided."))
    url = query.get("url", "").strip()
    if not url:
        raise OEmbedError(400, gettext("The url parameter is required."))
    width = dimension(query, "maxwidth", DEFAULT_WIDTH)
    height = dimension(query, "maxheight", DEFAULT_HEIGHT)
    page, section = page_for_url(url, request)
    return OEmbed(page, section, width, height)
