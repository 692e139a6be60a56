"""Navigation and footer, edited in Settings. Links point at pages, so each language shows
its own translation of the linked page and its own title."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
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
    phone = models.CharField(
        _("phone number"),
        max_length=40,
        blank=True,
        help_text=_("As people should dial it, for example 0117 496 0000."),
    )
    registered_address = models.TextField(
        _("registered address"),
        blank=True,
        help_text=_("The charity's registered office, one part of the address a line."),
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    instagram_url = models.URLField(_("Instagram page"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn page"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    x_url = models.URLField(_("X (Twitter) page"), blank=True)

    donate_url = models.URLField(
        _("donation page address"),
        blank=True,
        help_text=_(
            "Where the Donate link goes, for example your page on a fundraising platform. "
            "Empty: no Donate link is shown."
        ),
    )
    newsletter_enabled = models.BooleanField(
        _("offer the newsletter"),
        default=False,
        help_text=_(
            "Shows the newsletter sign-up page and links to it. Untick it to stop taking "
            "sign-ups; the people already signed up stay in Newsletter sign-ups."
        ),
    )
    # Site settings are one per site, not per language, so the Welsh text is a field of
    # its own rather than a translation.
    newsletter_text = models.TextField(
        _("newsletter description in English"),
        max_length=600,
        blank=True,
        help_text=_("What the newsletter is about and how often it comes, in a sentence or two."),
    )
    newsletter_text_cy = models.TextField(
        _("newsletter description in Welsh"),
        max_length=600,
        blank=True,
        help_text=_("The same in Welsh. Empty: Welsh readers see the standard Welsh wording."),
    )

    panels = [
        FieldPanel("footer_links"),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("phone"),
                FieldPanel("registered_address"),
                FieldPanel("charity_number"),
                FieldPanel("company_number"),
            ],
            heading=_("Contact and registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
                FieldPanel("x_url"),
            ],
            heading=_("Social media"),
            help_text=_("Each page filled in here is linked from the footer."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("donate_url"),
                FieldPanel("newsletter_enabled"),
                FieldPanel("newsletter_text"),
                FieldPanel("newsletter_text_cy"),
            ],
            heading=_("Donate and newsletter"),
        ),
    ]

    class Meta:
        verbose_name = _("footer")

    def social_links(self):
        """(network name, address) for each social media page filled in, in footer order."""
        networks = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("LinkedIn", self.linkedin_url),
            ("YouTube", self.youtube_url),
            ("X", self.x_url),
        ]
        return [(name, url) for name, url in networks if url]

    def newsletter_description(self, language_code):
        """The newsletter's description in `language_code`, empty if none was written."""
        return self.newsletter_text_cy if language_code == "cy" else self.newsletter_text
