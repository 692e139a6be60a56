from django import template
from django.utils.translation import get_language

from campaigns.forms import SignupForm
from campaigns.models import CampaignPage
from consent.gate import public_pages

register = template.Library()

ACTIVE_CAMPAIGNS = 3


@register.inclusion_tag("campaigns/includes/active_campaigns.html", takes_context=True)
def active_campaigns(context):
    """The public campaigns taking sign-ups in the reader's language, for the home page."""
    campaigns = public_pages(
        CampaignPage.objects.filter(locale__language_code=get_language()).taking_signups()
    )
    return {
        "request": context["request"],
        "campaigns": campaigns.with_supporter_counts().order_by("-starts_on", "-pk")[
            :ACTIVE_CAMPAIGNS
        ],
    }


@register.inclusion_tag("campaigns/includes/signup_form.html", takes_context=True)
def signup_form(context):
    """The sign-up form of the campaign page: empty, or as it was sent when the form's
    target shows the page again with a problem."""
    return {
        "request": context["request"],
        "page": context["page"],
        "privacy_notice": context.get("privacy_notice"),
        "form": context.get("form") or SignupForm(),
        "signup_problem": context.get("signup_problem"),
    }
