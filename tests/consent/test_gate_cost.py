"""The gate's cost does not grow with the content: a listing asks the stored verdicts one
subquery, instead of reloading every story, its people and their records."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consent.gate import public_pages
from stories.models import StoryPage
from tests.stories.factories import StoryPageFactory, feature

pytestmark = pytest.mark.django_db


def queries_for(function):
    with CaptureQueriesContext(connection) as queries:
        function()
    return len(queries)


def add_stories(story_index, person, count):
    for _ in range(count):
        feature(StoryPageFactory(parent=story_index), person, ["name", "story"])


def test_each_listing_asks_as_many_queries_at_500_stories_as_at_10(
    client, story_index, consenting_person
):
    listings = {
        "the gate": lambda: list(public_pages(StoryPage.objects.all())),
        "the story index": lambda: client.get("/stories/"),
        "the home page": lambda: client.get("/"),
        "the stories feed": lambda: client.get("/feeds/stories.rss"),
    }

    def steady_counts():
        # Publishing clears the site's caches (site root paths, settings, the page frame),
        # so each listing is asked once to warm them before it is counted.
        for listing in listings.values():
            listing()
        return {name: queries_for(listing) for name, listing in listings.items()}

    add_stories(story_index, consenting_person, 10)
    at_ten = steady_counts()
    assert len(public_pages(StoryPage.objects.all())) == 10

    add_stories(story_index, consenting_person, 490)

    assert len(public_pages(StoryPage.objects.all())) == 500
    assert steady_counts() == at_ten
