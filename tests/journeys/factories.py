import factory
import wagtail_factories

from journeys.models import JourneyPage


class JourneyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Journey {n}")
    introduction = factory.Sequence(lambda n: f"Introduction {n}.")
    steps = factory.LazyFunction(
        lambda: [
            {"type": "step", "value": {"heading": "First", "text": "<p>Talk to us.</p>"}},
            {"type": "step", "value": {"heading": "Second", "text": "<p>Meet people.</p>"}},
        ]
    )
    search_heading = "Find your local scheme"

    class Meta:
        model = JourneyPage
