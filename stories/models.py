from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField, TranslatableField

from consent.gate import page_is_blocked, public_pages
from consent.panels import featured_people_panels
from stories.blocks import EasyReadBlock
from website import frame
from website.blocks import BaseStreamBlock, QuoteBlock
from website.models import Region, SectionIndexPage, Topic, topics_panel

STORIES_PER_PAGE = 10


class SupportKind(models.TextChoices):
    LIVING_TOGETHER = "living-together", _("Living together")
    SHORT_BREAKS = "short-breaks", _("Short breaks")
    DAY_SUPPORT = "day-support", _("Day support")
    HOME_FROM_HOSPITAL = "home-from-hospital", _("Home from hospital")
    HOMESHARE = "homeshare", _("Homeshare")


class StoryFilterForm(forms.Form):
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All regions")), *Region.choices]
    )
    support = forms.ChoiceField(
        label=_("Kind of support"),
        required=False,
        choices=[("", _("All kinds of support")), *SupportKind.choices],
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, topics, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (topic.slug, topic.name) for topic in topics
        ]

    def filter(self, stories):
        data = self.cleaned_data
        if data["region"]:
            stories = stories.filter(region=data["region"])
        if data["support"]:
            stories = stories.filter(support_kind=data["support"])
        if data["topic"]:
            stories = stories.filter(page_topics__topic__slug=data["topic"])
        return stories


class StoryIndexPage(SectionIndexPage):
    subpage_types = ["stories.StoryPage"]

    class Meta:
        verbose_name = _("story index page")

    def public_stories(self):
        return public_pages(StoryPage.objects.child_of(self)).order_by("-published_on", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = self.public_stories()
        topics = Topic.objects.filter(
            locale=self.locale, slug__in=stories.values("page_topics__topic__slug")
        )
        form = StoryFilterForm(request.GET or None, topics=topics)
        if form.is_bound:
            # An unknown filter value (an old link, a typo) shows an empty, explained list.
            stories = form.filter(stories) if form.is_valid() else stories.none()
        stories = stories.select_related("hero_image", "scheme").prefetch_related(
            "hero_image__renditions"
        )
        context["filter_form"] = form
        context["stories"] = Paginator(stories.distinct(), STORIES_PER_PAGE).get_page(
            request.GET.get("page")
        )
        return context


class StoryPage(frame.RestrictionsFromFrame, Page):
    published_on = models.DateField(
        _("date"), help_text=_("Shown on the story and used to order the list of stories.")
    )
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("Used in lists, feeds and search results.")
    )
    easy_read = StreamField(
        EasyReadBlock(),
        verbose_name=_("Easy Read summary"),
        help_text=_(
            "The story in short sentences and plain words, one sentence to a point. A point "
            "can have a picture beside it."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt_text = models.CharField(
        _("main image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("story"))
    pull_quotes = StreamField(
        [("quote", QuoteBlock())],
        verbose_name=_("pull quotes"),
        blank=True,
        max_num=3,
        help_text=_("Up to three short quotes from the story, shown large beside it."),
    )
    scheme = models.ForeignKey(
        "website.Organisation",
        verbose_name=_("local scheme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    region = models.CharField(_("region"), max_length=20, choices=Region.choices, blank=True)
    support_kind = models.CharField(
        _("kind of support"), max_length=20, choices=SupportKind.choices
    )
    full_story_url = models.URLField(
        _("full story elsewhere"),
        blank=True,
        help_text=_("A link to the full story on a partner's or a newspaper's site."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("published_on"),
        FieldPanel("summary"),
        FieldPanel("easy_read"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt_text")], heading=_("Main image")
        ),
        FieldPanel("body"),
        FieldPanel("pull_quotes"),
        *featured_people_panels(
            _(
                "Everyone this story names, shows or quotes, and what it says about them. "
                "The story can only be published while each of them has consented."
            )
        ),
        MultiFieldPanel(
            [
                FieldPanel("scheme"),
                FieldPanel("region"),
                FieldPanel("support_kind"),
                FieldPanel("full_story_url"),
            ],
            heading=_("About the support"),
        ),
        topics_panel(),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("easy_read"),
        index.SearchField("body"),
        index.FilterField("published_on"),
    ]
    # What partners read through the API (syndication/api.py). Never `featured_people`:
    # who is in a story and what they consented to belongs to the consent register.
    api_fields = [
        "published_on",
        "summary",
        # The sentences as plain text, one to a line, as partners have always read them;
        # `easy_read` adds each point's picture.
        "easy_read_summary",
        "easy_read",
        "hero_image",
        "hero_alt_text",
        "body",
        "pull_quotes",
        "scheme",
        "region",
        "support_kind",
        "full_story_url",
        "page_topics",
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("easy_read"),
        TranslatableField("hero_alt_text"),
        TranslatableField("body"),
        TranslatableField("pull_quotes"),
        SynchronizedField("published_on"),
        SynchronizedField("hero_image"),
        SynchronizedField("scheme"),
        SynchronizedField("region"),
        SynchronizedField("support_kind"),
        SynchronizedField("full_story_url"),
        SynchronizedField("featured_people"),
        SynchronizedField("page_topics"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    # A story is about someone: the consent gate refuses it with nobody featured unless a
    # consent officer records that it features no identifiable person.
    must_feature_someone = True

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    # Shared on social media as an article with the main image (website/share.py).
    share_type = "article"

    def share_picture(self):
        return self.hero_image, self.hero_alt_text

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_alt_text.strip():
            raise ValidationError(
                {"hero_alt_text": _("Describe the main image for people who cannot see it.")}
            )

    @property
    def easy_read_summary(self):
        return "\n".join(point.value["text"] for point in self.easy_read)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A translation's rows already point at the translated topics (website.
        # translated_links), so each topic is shown as linked, fetched with its row.
        context["topics"] = [link.topic for link in self.page_topics.select_related("topic")]
        return context

    def route(self, request, path_components):
        """A story taken down because consent was withdrawn or lapsed is routed to (rather
        than 404) so that the `before_serve_page` hook in `consent` answers 410 Gone: it
        existed, and search engines and partners should drop it rather than retry."""
        if (
            not path_components
            and not self.live
            and self.first_published_at
            and page_is_blocked(self)
        ):
            return RouteResult(self)
        return super().route(request, path_components)
