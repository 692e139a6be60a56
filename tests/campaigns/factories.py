import factory
import wagtail_factories

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
    summary = factory.Faker("sentence", nb_words=20)
    ask = factory.Faker("sentence", nb_words=16)
    ask_who = "Health commissioners"
    call_to_action = factory.Faker("sentence", nb_words=12)

    class Meta:
        model = CampaignPage


class SignupFactory(factory.django.DjangoModelFactory):
    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"supporter{n}@example.org")
    supporter_type = SupporterType.FAMILY_CARER
    campaign_key = factory.LazyAttribute(lambda o: o.campaign.translation_key)

    class Meta:
        model = Signup
