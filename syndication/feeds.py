"""Partner feeds with Django's syndication framework: one Feed class describes an item once,
and each format only changes the generator that writes it."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Enclosure
from django.utils.html import escape

from syndication.feeds_generators import AtomFeedGenerator, JsonFeedGenerator, RssFeedGenerator


class PartnerFeed(Feed):
    """Reads a `FeedPage` (see `syndication.feeds_items`) that the view builds and passes
    in, so that one request queries the database once whatever the format."""

    feed_type = RssFeedGenerator
    item_guid_is_permalink = False

    def get_object(self, request, feed_page):
        return feed_page

    def title(self, obj):
        return obj.title

    def description(self, obj):
        return obj.description

    def link(self, obj):
        return obj.link

    def feed_url(self, obj):
        return obj.feed_url

    def author_name(self, obj):
        return obj.site_name

    def feed_extra_kwargs(self, obj):
        return {"next_url": obj.next_url, "last_modified": obj.last_modified}

    def items(self, obj):
        return obj.entries

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.url

    def item_description(self, item):
        # RSS descriptions and Atom summaries are read as HTML; the summary is plain text.
        return escape(item.summary)

    def item_guid(self, item):
        return item.id

    def item_pubdate(self, item):
        return item.published

    def item_updateddate(self, item):
        return item.updated

    def item_author_name(self, item):
        return ", ".join(item.authors) or None

    def item_categories(self, item):
        return item.tags

    def item_enclosures(self, item):
        attachment = item.attachment
        if attachment is None:
            return []
        return [Enclosure(attachment.url, str(attachment.size), attachment.mime_type)]

    def item_extra_kwargs(self, item):
        return {
            "content_html": item.content_html,
            "summary": item.summary,
            "authors": item.authors,
            "image": item.image,
            "attachment_title": item.attachment.title if item.attachment else None,
        }


class AtomPartnerFeed(PartnerFeed):
    feed_type = AtomFeedGenerator
    # Atom feeds have no description; their subtitle says the same.
    subtitle = PartnerFeed.description


class JsonPartnerFeed(PartnerFeed):
    feed_type = JsonFeedGenerator


FEEDS = {"rss": PartnerFeed(), "atom": AtomPartnerFeed(), "json": JsonPartnerFeed()}
