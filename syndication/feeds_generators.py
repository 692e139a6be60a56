"""The feed formats: Django's RSS 2.0 and Atom 1.0 generators with full content added, and
JSON Feed 1.1, which Django does not have."""

import json

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
from django.utils.functional import Promise

from website.text import without_control_characters

RSS_CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def printable(value):
    """`value` (text, or a list of texts such as categories) without control characters."""
    if isinstance(value, (str, Promise)):
        return without_control_characters(str(value))
    if isinstance(value, (list, tuple)):
        return [printable(item) for item in value]
    return value


class PrintableMixin:
    """Takes control characters out of everything a feed says. XML 1.0 cannot carry them,
    and Django refuses to write a feed holding one, so a vertical tab pasted into one
    page title or topic name would otherwise break every feed that lists it."""

    def __init__(self, *args, **kwargs):
        super().__init__(
            *[printable(value) for value in args],
            **{name: printable(value) for name, value in kwargs.items()},
        )

    def add_item(self, *args, **kwargs):
        super().add_item(
            *[printable(value) for value in args],
            **{name: printable(value) for name, value in kwargs.items()},
        )


class FeedChangeDateMixin:
    """Dates the feed by when its contents last changed (`last_modified`, which also moves
    when an item is taken out), not only by its newest item. `syndication.feeds` sends
    this date as Last-Modified, and an empty feed keeps the same bytes (and ETag) between
    requests instead of being dated "now"."""

    def latest_post_date(self):
        return self.feed.get("last_modified") or super().latest_post_date()


class RssFeedGenerator(PrintableMixin, FeedChangeDateMixin, Rss201rev2Feed):
    """RSS 2.0 with the summary in `description` and the full HTML in `content:encoded`."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:content": RSS_CONTENT_NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content:encoded", item["content_html"])


class AtomFeedGenerator(PrintableMixin, FeedChangeDateMixin, Atom1Feed):
    """Atom 1.0 with the full HTML as each entry's content, beside Django's summary."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content", item["content_html"], {"type": "html"})


class JsonFeedGenerator(PrintableMixin, FeedChangeDateMixin, SyndicationFeed):
    """JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Django only ships XML
    generators, so this one writes JSON from the same feed and items the RSS and Atom
    generators are given."""

    content_type = "application/feed+json; charset=utf-8"

    def write(self, outfile, encoding):
        outfile.write(json.dumps(self.as_json(), ensure_ascii=False))

    def as_json(self):
        feed = {
            "version": JSON_FEED_VERSION,
            "title": self.feed["title"],
            "home_page_url": self.feed["link"],
            "feed_url": self.feed["feed_url"],
            "description": self.feed["description"],
            "language": self.feed["language"],
            "authors": [{"name": self.feed["author_name"]}],
            "items": [self.json_item(item) for item in self.items],
        }
        if self.feed.get("next_url"):
            feed["next_url"] = self.feed["next_url"]
        return feed

    def json_item(self, item):
        data = {
            "id": item["unique_id"],
            "url": item["link"],
            "title": item["title"],
            "content_html": item["content_html"],
            "summary": item["summary"],
            "date_published": item["pubdate"].isoformat(),
            "tags": item["categories"] or [],
        }
        if item["updateddate"]:
            data["date_modified"] = item["updateddate"].isoformat()
        if item["authors"]:
            data["authors"] = [{"name": name} for name in item["authors"]]
        if item["image"]:
            data["image"] = item["image"]
        if item["enclosures"]:
            data["attachments"] = [
                {
                    "url": enclosure.url,
                    "mime_type": enclosure.mime_type,
                    "title": item["attachment_title"],
                    "size_in_bytes": int(enclosure.length),
                }
                for enclosure in item["enclosures"]
            ]
        return data
