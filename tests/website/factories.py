# Text fields are numbered, not random: random words can match what a search test looks for.
import factory
import wagtail_factories
from wagtail.models import Locale

from website.models import HomePage, Organisation, StandardPage, Topic


def english():
    return Locale.objects.get_or_create(language_code="en")[0]


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Home {n}")
    introduction = factory.Sequence(lambda n: f"Introduction {n}.")

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = factory.Sequence(lambda n: f"Introduction {n}.")

    class Meta:
        model = StandardPage


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(english)

    class Meta:
        model = Topic


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    website = factory.Sequence(lambda n: f"https://organisation-{n}.example.org/")
    locale = factory.LazyFunction(english)

    class Meta:
        model = Organisation
