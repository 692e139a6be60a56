"""What the page editor shows about consent: why the gate would refuse the page, and any
consent officer's record that it features no identifiable person. Content apps put
`ConsentPanel()` beside their "People featured" panel."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import InlinePanel, Panel
from wagtail.images import get_image_model

from consent.gate import (
    consent_problems,
    images_in,
    must_feature_someone,
    no_identifiable_person,
    people_featured,
    photo_problems,
)

MANAGE_CONSENT = "consent.manage_consent"


class ConsentPanel(Panel):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Consent"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "consent/admin/consent_panel.html"

        def is_shown(self):
            # A page being created has nothing stored to check yet.
            return bool(self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["problems"] = consent_problems(page)
            context["excused"] = no_identifiable_person(page)
            context["may_excuse"] = (
                must_feature_someone(type(page))
                and self.request.user.has_perm(MANAGE_CONSENT)
                and not people_featured(page)
            )
            context["excuse_url"] = reverse("consent_no_identifiable_person", args=[page.pk])
            failing = photo_problems(images_in(page))
            context["photos"] = [
                (image, failing[image.pk])
                for image in get_image_model().objects.filter(pk__in=failing)
            ]
            return context


def featured_people_panels(help_text=None):
    """The "People featured" links and the consent panel, for any page that names, shows or
    quotes a person."""
    return [
        InlinePanel(
            "featured_people",
            heading=_("People featured"),
            label=_("Person"),
            help_text=help_text
            or _(
                "Everyone this page names, shows or quotes, and what it says about them. "
                "While anyone here has not consented, the page cannot be published."
            ),
        ),
        ConsentPanel(),
    ]
