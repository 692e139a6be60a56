from http import HTTPMethod

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.models.signups import Signup
from consent.gate import public_pages
from consent.panels import featured_people_panels
from website import frame
from website.blocks import BaseStreamBlock, QuoteBlock
from website.models import SectionIndexPage, StandardPage, topics_panel
from website.related import pages_sharing_topics

ACTIVE_FIRST = ["active", "won", "closed"]
RELATED_PAGES = 6
# Related content comes from these sections, matched by app label so that this app need
# not import them.
RELATED_SECTIONS = ["blog", "stories", "reports"]


class Status(models.TextChoices):
    ACTIVE = "active", _("Active")
    WON = "won", _("Won")
    CLOSED = "closed", _("Closed")


class CampaignUpdateBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    text = blocks.TextBlock(label=_("What happened"), max_length=1000)

    class Meta:
        icon = "date"


class CampaignIndexPage(SectionIndexPage):
    subpage_types = ["campaigns.CampaignPage"]

    class Meta:
        verbose_name = _("campaign index page")

    def public_campaigns(self):
        return public_pages(CampaignPage.objects.child_of(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = self.public_campaigns().with_supporter_counts().active_first()
        return context


class CampaignPageQuerySet(PageQuerySet):
    def with_supporter_counts(self):
        """Adds `supporter_count` (confirmed sign-ups in every language) in the same query, so
        a list costs the same however many people have signed."""
        counts = (
            Signup.objects.confirmed()
            .filter(campaign_key=OuterRef("translation_key"))
            .order_by()
            .values("campaign_key")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return self.annotate(supporter_count=Coalesce(Subquery(counts), 0))

    def with_current_status(self, today=None):
        """Adds `status_today`, the page's `current_status` in the database: an active
        campaign whose closing date has passed is closed, whatever its status field says."""
        today = today or timezone.localdate()
        return self.annotate(
            status_today=Case(
                When(Q(status=Status.ACTIVE, ends_on__lt=today), then=Value(Status.CLOSED.value)),
                default=F("status"),
                output_field=CharField(),
            )
        )

    def taking_signups(self, today=None):
        today = today or timezone.localdate()
        return self.with_current_status(today).filter(
            status_today=Status.ACTIVE, starts_on__lte=today
        )

    def active_first(self):
        """Campaigns still taking sign-ups first, then won, then closed; newest first within
        each, by the day each campaign started."""
        rank = Case(
            *(
                When(status_today=status, then=Value(position))
                for position, status in enumerate(ACTIVE_FIRST)
            ),
            output_field=IntegerField(),
        )
        return (
            self.with_current_status()
            .annotate(status_rank=rank)
            .order_by("status_rank", "-starts_on", "pk")
        )


class CampaignPage(frame.RestrictionsFromFrame, Page):
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.ACTIVE,
        help_text=_(
            "Only active campaigns take sign-ups, from the start date until the closing "
            "date. After the closing date an active campaign shows as closed. Won and "
            "closed ones show the final count."
        ),
    )
    starts_on = models.DateField(
        _("start date"),
        default=timezone.localdate,
        help_text=_("The day the campaign started. Sign-ups open on this day."),
    )
    ends_on = models.DateField(
        _("closing date"),
        null=True,
        blank=True,
        help_text=_(
            "The last day people can sign. Leave empty for a campaign that stays open "
            "until you close it."
        ),
    )
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("What the campaign is for, in two or three sentences. Used in lists."),
    )
    ask = models.TextField(
        _("what must change"),
        max_length=1000,
        help_text=_("The change we are asking for, in plain words."),
    )
    ask_who = models.CharField(
        _("who must act"),
        max_length=300,
        help_text=_("Who can make the change: for example, health commissioners."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    key_messages = StreamField(
        [("message", blocks.TextBlock(label=_("Message"), max_length=400))],
        verbose_name=_("key messages"),
        blank=True,
        help_text=_("The points supporters can repeat, one per item."),
    )
    supporter_quotes = StreamField(
        [("quote", QuoteBlock())], verbose_name=_("supporters' quotes"), blank=True
    )
    updates = StreamField(
        [("update", CampaignUpdateBlock())],
        verbose_name=_("campaign updates"),
        blank=True,
        help_text=_("Dated news of the campaign. Readers see the newest first."),
    )
    call_to_action = models.TextField(
        _("call to action"),
        max_length=400,
        help_text=_("Shown above the sign-up form: why adding a name helps."),
    )
    scheme = models.ForeignKey(
        "website.Organisation",
        verbose_name=_("local scheme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"kind": "scheme"},
        help_text=_("The local scheme this campaign names, if any. Readers can find it."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("starts_on"), FieldPanel("ends_on")],
            heading=_("Status and dates"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("ask"), FieldPanel("ask_who")], heading=_("Our ask")),
        FieldPanel("body"),
        FieldPanel("key_messages"),
        FieldPanel("supporter_quotes"),
        FieldPanel("updates"),
        FieldPanel("call_to_action"),
        FieldPanel("scheme"),
        *featured_people_panels(),
        topics_panel(),
    ]
    # What partners may show of a campaign; sign-ups (names and emails) never.
    api_fields = [
        "status",
        # What the status means today (an active campaign past its closing date is closed).
        "current_status",
        "starts_on",
        "ends_on",
        "summary",
        "ask",
        "ask_who",
        "body",
        "key_messages",
        "updates",
        "call_to_action",
        "page_topics",
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("ask"),
        index.SearchField("body"),
        index.FilterField("status"),
        index.FilterField("starts_on"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("ask"),
        TranslatableField("ask_who"),
        TranslatableField("body"),
        TranslatableField("key_messages"),
        TranslatableField("supporter_quotes"),
        TranslatableField("updates"),
        TranslatableField("call_to_action"),
        SynchronizedField("status"),
        SynchronizedField("starts_on"),
        SynchronizedField("ends_on"),
        SynchronizedField("scheme"),
        SynchronizedField("featured_people"),
        SynchronizedField("page_topics"),
    ]

    objects = PageManager.from_queryset(CampaignPageQuerySet)()
    # The form posts to its own address (campaigns/urls.py), so the page only shows.
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    @property
    def introduction(self):
        # The site's templates describe any page by its introduction (meta description).
        return self.summary

    def clean(self):
        super().clean()
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError(
                {"ends_on": _("The closing date must be on or after the start date.")}
            )

    @property
    def current_status(self):
        """The status readers see: an active campaign is closed once its closing date has
        passed, without anyone having to remember to change it."""
        if self.status == Status.ACTIVE and self.ends_on and self.ends_on < timezone.localdate():
            return Status.CLOSED.value
        return self.status

    def get_current_status_display(self):
        return Status(self.current_status).label

    @property
    def has_started(self):
        return self.starts_on <= timezone.localdate()

    @property
    def is_open(self):
        return self.current_status == Status.ACTIVE and self.has_started

    @cached_property
    def supporter_count(self):
        """Confirmed sign-ups in every language: the Welsh page is the same campaign."""
        return Signup.objects.confirmed().filter(campaign_key=self.translation_key).count()

    def updates_newest_first(self):
        return sorted(self.updates, key=lambda update: update.value["date"], reverse=True)

    def related_pages(self):
        return (
            pages_sharing_topics(self)
            .filter(content_type__app_label__in=RELATED_SECTIONS)
            .order_by("-first_published_at")[:RELATED_PAGES]
        )

    def privacy_notice(self):
        """The privacy notice page under this campaign's home, in its language."""
        home_path = self.path[: Page.steplen * 2]
        return (
            StandardPage.objects.live()
            .filter(locale_id=self.locale_id, slug="privacy", path__startswith=home_path)
            .first()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(related_pages=self.related_pages(), privacy_notice=self.privacy_notice())
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The count rises as supporters confirm. The shared cache is purged when it does
        # (services.refresh_counts); a browser's own copy cannot be, so browsers ask again
        # each time, and someone who has just confirmed sees their name counted.
        patch_cache_control(response, max_age=0)
        return response
