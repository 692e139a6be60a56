import datetime

import factory
import wagtail_factories

from consent.models import FeaturedPerson
from stories.blocks import easy_read_points
from stories.models import StoryIndexPage, StoryPage, SupportKind


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Stories"
    slug = "stories"

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Story {n}")
    published_on = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(n))
    summary = factory.Sequence(lambda n: f"Summary of story {n}.")
    easy_read = factory.LazyFunction(
        lambda: easy_read_points("Sam lives with Jo.", "They go swimming.")
    )
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>An ordinary, good life.</p>"}]
    )
    support_kind = SupportKind.LIVING_TOGETHER

    class Meta:
        model = StoryPage


def feature(page, person, uses):
    """Links `person` to the live `page` with `uses`, as publishing the page would."""
    return FeaturedPerson.objects.create(page=page, person=person, uses=[str(use) for use in uses])
