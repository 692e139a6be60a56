from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website import frame
from website.blocks import BaseStreamBlock


class HomePage(frame.RestrictionsFromFrame, Page):
    """The front page of one language. Sections add their latest items to its template."""

    introduction = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("One or two sentences saying who we are, shown under the page title."),
    )
    # The two main buttons under the introduction: the reader's two main journeys.
    primary_action_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("main button links to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For example the page on becoming a Shared Lives carer."),
    )
    primary_action_label = models.CharField(
        _("main button text"),
        max_length=60,
        blank=True,
        help_text=_("Empty: the page's title."),
    )
    secondary_action_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("second button links to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For example the page on getting support."),
    )
    secondary_action_label = models.CharField(
        _("second button text"),
        max_length=60,
        blank=True,
        help_text=_("Empty: the page's title."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("primary_action_page"),
                FieldPanel("primary_action_label"),
                FieldPanel("secondary_action_page"),
                FieldPanel("secondary_action_label"),
            ],
            heading=_("Main buttons"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    api_fields = ["introduction", "body"]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Kept with the frame, which starts again whenever a page is published, moved or
        # unpublished; a preview shows its own unsaved choice.
        if getattr(request, "is_preview", False):
            context["main_actions"] = self.main_actions()
        else:
            context["main_actions"] = frame.remembered(
                request, f"main-actions:{self.pk}", self.main_actions
            )
        return context

    def main_actions(self):
        """The buttons to show, as (page in this page's language, text): a button whose
        page is gone, unpublished or untranslated is left out rather than linking nowhere.
        Two queries whatever the buttons: their pages' translation keys, then the live
        pages with those keys in this page's language."""
        chosen = [
            (self.primary_action_page_id, self.primary_action_label),
            (self.secondary_action_page_id, self.secondary_action_label),
        ]
        keys = dict(
            Page.objects.filter(pk__in=[pk for pk, _label in chosen if pk]).values_list(
                "pk", "translation_key"
            )
        )
        in_language = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                locale_id=self.locale_id, translation_key__in=keys.values()
            )
        }
        actions = []
        for pk, label in chosen:
            target = in_language.get(keys.get(pk))
            if target is not None:
                actions.append((target, label or target.title))
        return actions


class StandardPage(frame.RestrictionsFromFrame, Page):
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


class SectionIndexPage(frame.RestrictionsFromFrame, Page):
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
