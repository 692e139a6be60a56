import pytest

from journeys import demo as journeys_demo
from website import demo_schemes


@pytest.fixture
def journeys(site_tree):
    """The demo's two journeys in both languages, the home pages' buttons pointing at them,
    and the demo's schemes for the search at their end."""
    home = site_tree.english_home.specific
    home.body = [
        {"type": "paragraph", "value": "<p>Ordinary homes.</p>"},
        {"type": "callout", "value": {"title": "Be a carer?", "text": "<p>Soon.</p>"}},
    ]
    home.save_revision().publish()
    demo_schemes.load(log=lambda message: None)
    journeys_demo.load(log=lambda message: None)
    return site_tree
