import datetime

import factory
import wagtail_factories
from django.utils import timezone

from campaigns.models import CampaignIndexPage, CampaignPage, Signup, Status, SupporterType


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Campaigns"
    slug = "campaigns"

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Campaign {n}")
    slug = factory.Sequence(lambda n: f"campaign-{n}")
    status = Status.ACTIVE
    # Each campaign started a day after the one made before it, as lists order by it.
    starts_on = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(n))
    summary = factory.Sequence(lambda n: f"Summary of campaign {n}.")
    ask = factory.Sequence(lambda n: f"Ask {n}.")
    ask_who = "Health commissioners"
    call_to_action = factory.Sequence(lambda n: f"Call to action {n}.")

    class Meta:
        model = CampaignPage


class SignupFactory(factory.django.DjangoModelFactory):
    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"supporter{n}@example.org")
    supporter_type = SupporterType.FAMILY_CARER
    campaign_key = factory.LazyAttribute(lambda o: o.campaign.translation_key)
    # A supporter who counts; pass confirmed_at=None for one who has not confirmed yet.
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Signup
