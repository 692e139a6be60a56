"""What every section shares: the topics content is filed under and the organisations
(local schemes, councils, partners) it mentions."""

from urllib.parse import urlencode

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .areas import LocalAuthoritiesField, Region


class Topic(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in addresses such as /blog/topic/<slug>/. Keep it stable."),
    )
    description = models.TextField(_("description"), blank=True, max_length=500)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    # The slug stays the same in every language so that a topic's Welsh address is its
    # English address under /cy/.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class PageTopic(Orderable):
    """The one topic relation every section shares. Related content across sections (a
    campaign's posts, stories and reports) is found through it, so content apps never
    import each other."""

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="page_topics")
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="page_links"
    )

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        verbose_name = _("topic")
        constraints = [
            models.UniqueConstraint(fields=["page", "topic"], name="unique_topic_per_page")
        ]


def topics_panel():
    """The panel content pages use to choose their topics."""
    return MultipleChooserPanel(
        "page_topics",
        chooser_field_name="topic",
        heading=_("Topics"),
        label=_("Topic"),
        help_text=_("Readers find related posts, stories, campaigns and reports through these."),
    )


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        SCHEME = "scheme", _("Local scheme")
        COUNCIL = "council", _("Council or public body")
        CHARITY = "charity", _("Charity or community group")
        PROVIDER = "provider", _("Care provider")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("description"), blank=True, max_length=1000)
    # What the scheme finder (/schemes/) shows; only local schemes are listed there.
    region = models.CharField(_("region"), max_length=20, choices=Region.choices, blank=True)
    local_authorities = LocalAuthoritiesField(
        _("local authorities served"),
        help_text=_("The councils whose residents this scheme supports."),
    )
    offers_long_term = models.BooleanField(_("long-term living"), default=False)
    offers_short_breaks = models.BooleanField(_("short breaks"), default=False)
    offers_day_support = models.BooleanField(_("day support"), default=False)
    offers_homeshare = models.BooleanField(_("Homeshare"), default=False)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("region"),
                FieldPanel("local_authorities"),
                FieldRowPanel(
                    [
                        FieldPanel("offers_long_term"),
                        FieldPanel("offers_short_breaks"),
                        FieldPanel("offers_day_support"),
                        FieldPanel("offers_homeshare"),
                    ],
                    heading=_("What it offers"),
                ),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
            ],
            heading=_("Local scheme"),
            help_text=_("Fill these in for a local scheme so that readers can find it."),
        ),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("kind"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
        SynchronizedField("region"),
        SynchronizedField("local_authorities"),
        SynchronizedField("offers_long_term"),
        SynchronizedField("offers_short_breaks"),
        SynchronizedField("offers_day_support"),
        SynchronizedField("offers_homeshare"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def finder_url(self):
        """The scheme finder showing this scheme: where a story or campaign naming it links."""
        return f"{reverse('schemes')}?{urlencode({'q': self.name})}"

    @property
    def offers(self):
        """What the scheme offers, in words, for the finder and the pages that name it."""
        return [
            label
            for offered, label in [
                (self.offers_long_term, _("Long-term living")),
                (self.offers_short_breaks, _("Short breaks")),
                (self.offers_day_support, _("Day support")),
                (self.offers_homeshare, _("Homeshare")),
            ]
            if offered
        ]
