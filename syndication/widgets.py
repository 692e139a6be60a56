"""What the embeddable widget shows: a section's newest items that partners may have, or
one item, as small cards linking back to our site."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.http import Http404

from consent.gate import page_is_public
from syndication.feeds_items import (
    labelled_topic,
    load_items,
    partner_pages,
    section_link,
    sources_or_404,
)
from syndication.feeds_sources import ALL, section_label

DEFAULT_LIMIT = 5
MAX_LIMIT = 20
# Small enough for a sidebar, sharp on a high-density screen at half the size.
WIDGET_IMAGE = "fill-240x160"


@dataclass(frozen=True)
class Card:
    url: str
    title: str
    summary: str
    published: datetime.date | datetime.datetime
    image: object | None


@dataclass(frozen=True)
class WidgetOptions:
    """A partner's choices, read leniently: the widget lives inside someone else's page,
    where an error message helps nobody, so a number that is not one gives the default and
    one out of range is brought within it."""

    language: str
    limit: int
    topic_slug: str

    @classmethod
    def from_query(cls, query):
        languages = dict(settings.LANGUAGES)
        language = query.get("lang", "")
        try:
            limit = int(query.get("limit", DEFAULT_LIMIT))
        except ValueError:
            limit = DEFAULT_LIMIT
        return cls(
            language=language if language in languages else settings.LANGUAGE_CODE,
            limit=min(max(limit, 1), MAX_LIMIT),
            topic_slug=query.get("topic", "").strip(),
        )


def build_card(source, page, request):
    image = source.image(page, WIDGET_IMAGE)
    return Card(
        url=page.get_full_url(request),
        title=page.title,
        summary=page.summary,
        published=source.published(page),
        image=image,
    )


@dataclass(frozen=True)
class Widget:
    heading: str
    cards: list[Card]
    more_url: str


def section_widget(request, section, options):
    """The newest `options.limit` items of `section` in the chosen language; 404 for an
    unknown section or topic."""
    section_sources = sources_or_404(section)
    label, topic = labelled_topic(section, options.topic_slug, options.language)
    window = list(partner_pages(section_sources, options.language, topic)[: options.limit])
    return Widget(
        heading=label,
        cards=load_items(
            window,
            section_sources,
            lambda source, page: build_card(source, page, request),
            WIDGET_IMAGE,
        ),
        more_url=section_link(section_sources, request, options.language),
    )


def item_widget(request, section, page_id):
    """One item of `section`, if partners may have it, and the language it is in."""
    section_sources = sources_or_404(section)
    if section == ALL:
        raise Http404
    # No page has an id past 64 bits, and SQLite cannot even compare one (a 500).
    if page_id >= 2**63:
        raise Http404
    source = section_sources[0]
    page = source.queryset(WIDGET_IMAGE).filter(pk=page_id).first()
    if page is None or not page_is_public(page, for_partners=True):
        raise Http404
    return page.locale.language_code, Widget(
        heading=section_label(section),
        cards=[build_card(source, page, request)],
        more_url=section_link(section_sources, request, page.locale.language_code),
    )
