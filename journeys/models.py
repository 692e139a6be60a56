"""Journey pages: a reader's way from a question ("could I be a Shared Lives carer?", "how
do I get support?") to the local scheme that can answer it. Editors make as many as they
like; the home page's main buttons point at two of them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website import frame
from website.blocks import RICH_TEXT_FEATURES


class JourneyStepBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Step heading"),
        max_length=120,
        help_text=_("A few plain words, for example 'Talk to your local scheme'."),
    )
    text = blocks.RichTextBlock(
        label=_("What happens"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Short sentences. Say who does what, and how long it usually takes."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")


class JourneyPage(frame.RestrictionsFromFrame, Page):
    """An introduction, numbered steps in order, and at the end a search for the local
    scheme (/schemes/), which works without JavaScript."""

    introduction = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("Who this page is for and what it explains, in one or two sentences."),
    )
    steps = StreamField(
        [("step", JourneyStepBlock())],
        verbose_name=_("steps"),
        min_num=1,
        max_num=12,
        help_text=_("Shown numbered, in this order. Keep each step short."),
    )
    search_heading = models.CharField(
        _("scheme search heading"),
        max_length=120,
        help_text=_("The heading above the search for the local scheme at the end."),
    )
    search_text = models.TextField(
        _("scheme search text"),
        max_length=400,
        blank=True,
        help_text=_("A sentence saying what the reader's local scheme will do next."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [FieldPanel("search_heading"), FieldPanel("search_text")],
            heading=_("Find your local scheme"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("steps"),
    ]
    api_fields = ["introduction", "steps", "search_heading", "search_text"]

    parent_page_types = ["website.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("journey page")
        verbose_name_plural = _("journey pages")

    @property
    def summary(self):
        return self.search_description or self.introduction
