"""Campaign pages (pages.py) and their supporters' sign-ups (signups.py)."""

from campaigns.models.pages import (
    ACTIVE_FIRST,
    CampaignIndexPage,
    CampaignPage,
    CampaignPageQuerySet,
    CampaignUpdateBlock,
    Status,
)
from campaigns.models.signups import CONFIRMATION_DAYS, Signup, SignupQuerySet, SupporterType

__all__ = [
    "ACTIVE_FIRST",
    "CONFIRMATION_DAYS",
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignPageQuerySet",
    "CampaignUpdateBlock",
    "Signup",
    "SignupQuerySet",
    "Status",
    "SupporterType",
]
