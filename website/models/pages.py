from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website.blocks import BaseStreamBlock


class HomePage(Page):
    """The front page of one language. Sections add their latest items to its template."""

    introduction = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("One or two sentences saying who we are, shown under the page title."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    api_fields = ["introduction", "body"]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


class StandardPage(Page):
    """About us, the privacy notice, the accessibility statement and similar pages."""

    introduction = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("A short summary, shown at the top of the page and in search results."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    api_fields = ["introduction", "body"]

    parent_page_types = ["website.HomePage", "website.StandardPage"]
    subpage_types = ["website.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    @property
    def summary(self):
        return self.search_description or self.introduction


class SectionIndexPage(Page):
    """What the index of every section (blog, stories, campaigns, reports) has in common:
    one per home page, with a short introduction above its list."""

    introduction = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("A sentence or two about this section, shown above its list."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["website.HomePage"]
    api_fields = ["introduction"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
