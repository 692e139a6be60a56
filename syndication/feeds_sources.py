"""What each section gives the partner feeds, read through that section's own models.

A source knows its page type, the date readers know it by, and how to turn one page into
the parts of a feed item. Which pages appear is never decided here: that is the consent
gate's job (see `syndication.feeds_items`)."""

import datetime
from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.images import get_image_model

from blog.models import BlogIndexPage, BlogPostAuthor, BlogPostPage
from reports.models import ReportIndexPage, ReportPage
from stories.models import StoryIndexPage, StoryPage
from website.models import PageTopic

# The size feed readers and social cards expect of a lead image.
FEED_IMAGE = "fill-1200x630"


def image_with_renditions(field):
    return Prefetch(field, queryset=get_image_model().objects.prefetch_renditions(FEED_IMAGE))


@dataclass(frozen=True)
class Attachment:
    url: str
    size: int
    title: str
    mime_type: str = "application/pdf"


class Source:
    """One section of the site as the feeds see it."""

    section = ""
    label = ""
    page_model = None
    index_model = None
    # The field holding the date readers know the page by; pages without one are dated by
    # their first publication.
    date_field = None
    image_field = None

    def queryset(self):
        """The pages with everything an item shows, in a fixed number of queries however
        many pages there are."""
        related = [Prefetch("page_topics", queryset=PageTopic.objects.select_related("topic"))]
        if self.image_field:
            related.append(image_with_renditions(self.image_field))
        return self.page_model.objects.prefetch_related(*related)

    def published(self, page):
        if self.date_field is None:
            return page.first_published_at
        day = getattr(page, self.date_field)
        return datetime.datetime.combine(
            day, datetime.time(), tzinfo=timezone.get_default_timezone()
        )

    def image(self, page):
        image = getattr(page, self.image_field) if self.image_field else None
        return image.get_rendition(FEED_IMAGE) if image else None

    def content_html(self, page):
        body = page.body.render_as_block()
        return body or format_html("<p>{}</p>", page.summary)

    def authors(self, page):
        return []

    def attachment(self, page, request):
        return None


class BlogSource(Source):
    section = "blog"
    label = _("Blog")
    page_model = BlogPostPage
    index_model = BlogIndexPage
    date_field = "date"
    image_field = "hero_image"

    def queryset(self):
        credits = BlogPostAuthor.objects.select_related("author")
        return super().queryset().prefetch_related(Prefetch("authors", queryset=credits))

    def authors(self, page):
        return [credit.author.name for credit in page.authors.all()]


class StorySource(Source):
    section = "stories"
    label = _("Stories")
    page_model = StoryPage
    index_model = StoryIndexPage
    date_field = "published_on"
    image_field = "hero_image"


class ReportSource(Source):
    section = "reports"
    label = _("Reports")
    page_model = ReportPage
    index_model = ReportIndexPage
    date_field = "publication_date"
    image_field = "cover"

    def queryset(self):
        return super().queryset().select_related("document__pdf_details")

    def content_html(self, page):
        # A report's full text is its PDF (the enclosure); the page gives what it found.
        findings = format_html_join(
            "", "<li>{}</li>", ((block.value,) for block in page.key_findings)
        )
        summary = format_html("<p>{}</p>", page.summary)
        return format_html("{}<ul>{}</ul>", summary, findings) if findings else summary

    def authors(self, page):
        return [name.strip() for name in page.authors.split(",") if name.strip()]

    def attachment(self, page, request):
        document = page.document
        if document is None:
            return None
        details = getattr(document, "pdf_details", None)
        pages = details.page_count if details else None
        title = (
            ngettext("%(title)s (PDF, %(pages)d page)", "%(title)s (PDF, %(pages)d pages)", pages)
            % {"title": page.title, "pages": pages}
            if pages
            else page.title
        )
        # The report's own download address, so that partner downloads are counted too.
        return Attachment(
            url=page.get_full_url(request) + page.download_path(),
            size=document.file_size or 0,
            title=title,
        )


class CampaignSource(Source):
    section = "campaigns"
    label = _("Campaigns")
    # The fields a campaign item is made of; a campaigns app without them is left out.
    needed_fields = ("summary", "body")

    def __init__(self, page_model, index_model):
        self.page_model = page_model
        self.index_model = index_model


@cache
def campaign_source():
    """The campaigns section, read through the app registry because syndication works
    whether or not the campaigns app is installed; None when it is not (or does not have
    the fields a feed item needs)."""
    if not apps.is_installed("campaigns"):
        return None
    try:
        page_model = apps.get_model("campaigns", "CampaignPage")
        index_model = apps.get_model("campaigns", "CampaignIndexPage")
        for name in CampaignSource.needed_fields:
            page_model._meta.get_field(name)
    except (LookupError, FieldDoesNotExist):
        return None
    return CampaignSource(page_model, index_model)


def sources():
    """{section: source} for every section the site has, in the order feeds list them."""
    found = [BlogSource(), StorySource(), campaign_source(), ReportSource()]
    return {source.section: source for source in found if source is not None}


# The feed of every section at once.
ALL = "all"


def section_label(section):
    return _("Everything") if section == ALL else sources()[section].label
