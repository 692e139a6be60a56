"""What each section gives the partner feeds, read through that section's own models.

A source knows its page type, the date readers know it by, and how to turn one page into
the parts of a feed item. Which pages appear is never decided here: that is the consent
gate's job (see `syndication.feeds_items`)."""

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.images import get_image_model

from blog.models import BlogIndexPage, BlogPostAuthor, BlogPostPage
from campaigns.models import CampaignIndexPage, CampaignPage
from reports.models import ReportIndexPage, ReportPage
from stories.models import StoryIndexPage, StoryPage
from website.models import PageTopic

# The size feed readers and social cards expect of a lead image.
FEED_IMAGE = "fill-1200x630"


def image_with_renditions(field, image_spec):
    return Prefetch(field, queryset=get_image_model().objects.prefetch_renditions(image_spec))


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

    def queryset(self, image_spec=FEED_IMAGE):
        """The pages with everything an item shows, their image in `image_spec`, in a fixed
        number of queries however many pages there are."""
        related = [Prefetch("page_topics", queryset=PageTopic.objects.select_related("topic"))]
        if self.image_field:
            related.append(image_with_renditions(self.image_field, image_spec))
        return self.page_model.objects.prefetch_related(*related)

    def published(self, page):
        if self.date_field is None:
            return page.first_published_at
        day = getattr(page, self.date_field)
        return datetime.datetime.combine(
            day, datetime.time(), tzinfo=timezone.get_default_timezone()
        )

    def image(self, page, image_spec=FEED_IMAGE):
        image = getattr(page, self.image_field) if self.image_field else None
        return image.get_rendition(image_spec) if image else None

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

    def queryset(self, image_spec=FEED_IMAGE):
        credits = BlogPostAuthor.objects.select_related("author")
        return super().queryset(image_spec).prefetch_related(Prefetch("authors", queryset=credits))

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

    def queryset(self, image_spec=FEED_IMAGE):
        return (
            super()
            .queryset(image_spec)
            .select_related("document__pdf_details", "easy_read_document", "accessible_document")
        )

    def content_html(self, page):
        # A report's full text is its PDF (the enclosure); the page gives what it found.
        findings = format_html_join(
            "", "<li>{}</li>", ((block.value,) for block in page.key_findings)
        )
        summary = format_html("<p>{}</p>", page.summary)
        content = format_html("{}<ul>{}</ul>", summary, findings) if findings else summary
        # An enclosure holds one file, so the other versions (Easy Read first) are linked
        # in the text, where every feed reader shows them.
        versions = format_html_join(
            "",
            '<li><a href="{}">{}</a></li>',
            (
                (page.get_full_url() + item["path"], item["label"])
                for item in page.downloads
                if item["version"] != "report"
            ),
        )
        return format_html("{}<ul>{}</ul>", content, versions) if versions else content

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
    page_model = CampaignPage
    index_model = CampaignIndexPage
    # Dated by the day the campaign started, as readers know it. Closed and won campaigns
    # stay in the feeds at their own dates (so below anything newer): a feed is a dated
    # record that readers sort by date, and an item dropping out of it reads as retracted.
    date_field = "starts_on"


def sources():
    """{section: source} for every section the site has, in the order feeds list them."""
    found = [BlogSource(), StorySource(), CampaignSource(), ReportSource()]
    return {source.section: source for source in found}


# The feed of every section at once.
ALL = "all"


def item_section(page):
    """The section whose items (posts, stories, campaigns, reports) `page` is one of; None
    for any other page."""
    return next(
        (section for section, source in sources().items() if isinstance(page, source.page_model)),
        None,
    )


def section_label(section):
    return _("Everything") if section == ALL else sources()[section].label
