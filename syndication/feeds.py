"""Partner feeds. A feed is its generator's keyword arguments and a list of items, each
already in the one shape the generators read (the keyword arguments of Django's
`SyndicationFeed.add_item`, see `syndication.feeds_items`), so writing a feed is handing
them over: no view class re-reads each item field by field."""

from django.http import HttpResponse
from django.utils.http import http_date
from django.utils.translation import get_language

from syndication.feeds_generators import AtomFeedGenerator, JsonFeedGenerator, RssFeedGenerator
from syndication.feeds_items import feed_page

GENERATORS = {"rss": RssFeedGenerator, "atom": AtomFeedGenerator, "json": JsonFeedGenerator}


def render_feed(request, section, fmt):
    """The feed of `section` in format `fmt`, or 404 (see `feed_page`)."""
    feed, items = feed_page(request, section)
    generator = GENERATORS[fmt](language=get_language(), **feed)
    for item in items:
        generator.add_item(**item)
    response = HttpResponse(content_type=generator.content_type)
    # Readers and caches ask "changed since?" against this; the generators date a feed by
    # when its contents last changed (see FeedChangeDateMixin).
    response.headers["Last-Modified"] = http_date(generator.latest_post_date().timestamp())
    generator.write(response, "utf-8")
    return response
