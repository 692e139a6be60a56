from django import template
from django.utils.translation import get_language

from campaigns.models import CampaignPage, Status
from consent.gate import public_pages

register = template.Library()

ACTIVE_CAMPAIGNS = 3


@register.inclusion_tag("campaigns/includes/active_campaigns.html", takes_context=True)
def active_campaigns(context):
    """The public campaigns taking sign-ups in the reader's language, for the home page."""
    campaigns = public_pages(
        CampaignPage.objects.filter(locale__language_code=get_language(), status=Status.ACTIVE)
    )
    return {
        "request": context["request"],
        "campaigns": campaigns.with_supporter_counts().order_by("-first_published_at", "-pk")[
            :ACTIVE_CAMPAIGNS
        ],
    }
