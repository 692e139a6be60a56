"""Navigation and footer, edited in Settings. Links point at pages, so each language shows
its own translation of the linked page and its own title."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField


class PageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        icon = "link"


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    primary_links = StreamField(
        [("link", PageLinkBlock())],
        verbose_name=_("main navigation"),
        blank=True,
        help_text=_("The sections shown in the header, in this order. Five at most."),
        max_num=5,
    )

    panels = [FieldPanel("primary_links")]

    class Meta:
        verbose_name = _("navigation")


@register_setting(icon="doc-full")
class FooterSettings(BaseSiteSetting):
    footer_links = StreamField(
        [("link", PageLinkBlock())],
        verbose_name=_("footer links"),
        blank=True,
        help_text=_("For example the privacy notice and the accessibility statement."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    charity_number = models.CharField(_("registered charity number"), max_length=40, blank=True)
    company_number = models.CharField(_("company number"), max_length=40, blank=True)

    panels = [
        FieldPanel("footer_links"),
        FieldPanel("contact_email"),
        FieldPanel("charity_number"),
        FieldPanel("company_number"),
    ]

    class Meta:
        verbose_name = _("footer")
