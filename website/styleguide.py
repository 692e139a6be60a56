"""/styleguide/: every component of the design system with sample content, and the tokens,
for the comms team and developers. Only people who can use the admin see it; the sample
form is bound to wrong answers so that the error pattern shows."""

from django import forms
from django.contrib.auth.decorators import user_passes_test
from django.core.paginator import Paginator
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

COLOURS = [
    ("ink", _("Body text")),
    ("ink-soft", _("Secondary text: dates, hints")),
    ("paper", _("The page")),
    ("paper-deep", _("Bands and quiet panels")),
    ("white", _("Cards and form fields")),
    ("brand", _("Links and the brand's teal")),
    ("brand-dark", _("Headings, the navigation bar, call-to-action bands")),
    ("brand-tint", _("The hero")),
    ("accent", _("Buttons")),
    ("sun", _("The main call to action on teal")),
    ("footer", _("The footer")),
    ("error", _("Errors")),
    ("focus", _("The focus state")),
]
SPACES = range(1, 9)
REGIONS = [
    ("", _("Choose a region")),
    ("wales", _("Wales")),
    ("north-west", _("North West")),
]


def can_use_admin(user):
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


class SampleForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=100)
    email = forms.EmailField(
        label=_("Email address"), help_text=_("We will only use it to reply to you.")
    )
    region = forms.ChoiceField(label=_("Where you live"), choices=REGIONS, required=False)


@require_GET
@never_cache
@user_passes_test(can_use_admin, login_url="wagtailadmin_login")
def styleguide(request):
    form = SampleForm(data={"name": "", "email": "ffion@", "region": "wales"})
    form.is_valid()
    return render(
        request,
        "website/styleguide.html",
        {
            "colours": COLOURS,
            "spaces": SPACES,
            "form": form,
            "page_obj": Paginator(range(30), 10).page(2),
            "hero_actions": [
                (reverse("schemes"), _("Share your home")),
                (reverse("search"), _("Get support")),
            ],
            "hero_image": format_html(
                '<img class="hero__image" src="{}" alt="" width="480" height="480">',
                static("img/hero-roof.svg"),
            ),
        },
    )
