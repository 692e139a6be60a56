import html

import pytest

from consent import demo as consent_demo
from consent.models import ConsentRecord, Use
from stories import demo
from stories.models import StoryPage
from website import demo as website_demo

pytestmark = pytest.mark.django_db

WELSH_TITLES = {
    "brian-after-his-stroke": "Brian: o'r uned gofal dwys i'w fflat ei hun",
    "angela-tina-debbie-and-linda": "Angela, Tina, Debbie a Linda: teulu a ddewisodd ei gilydd",
}


@pytest.fixture
def demo_stories():
    messages = []
    for module in (website_demo, consent_demo, demo, demo):
        module.load(messages.append)
    assert messages[-1] == "Stories already exist: leaving them as they are."
    return messages


def test_the_welsh_story_index_lists_only_stories_whose_people_allowed_welsh(client, demo_stories):
    listing = client.get("/cy/stories/")

    assert listing.status_code == 200
    assert '<html lang="cy"' in listing.text
    assert {story.slug for story in listing.context["stories"]} == set(WELSH_TITLES)
    # Clare's Welsh story was written and published, but she agreed to English only.
    clare = StoryPage.objects.get(locale__language_code="cy", slug="clare-in-surrey")
    assert not clare.live
    assert Use.WELSH not in ConsentRecord.objects.get(person__public_name="Clare").uses
    assert client.get("/cy/stories/clare-in-surrey/").status_code == 410
    assert client.get("/stories/clare-in-surrey/").status_code == 200


def test_welsh_stories_are_written_in_welsh_with_welsh_topics(client, demo_stories):
    for slug, title in WELSH_TITLES.items():
        response = client.get(f"/cy/stories/{slug}/")
        assert response.status_code == 200, slug
        assert '<html lang="cy"' in response.text
        assert f"<h1>{title}</h1>" in html.unescape(response.text)
    brian = client.get("/cy/stories/brian-after-his-stroke/").text
    assert "Iechyd a gofal" in brian and "Health and care" not in brian
    assert "Cafodd Brian strôc." in brian  # the Easy Read summary
    family = client.get("/cy/stories/angela-tina-debbie-and-linda/").text
    assert "Anabledd dysgu" in family and "Learning disability" not in family

    # Loading twice made each Welsh story once, each a translation of an English one.
    welsh = StoryPage.objects.filter(locale__language_code="cy")
    assert sorted(welsh.values_list("slug", flat=True)) == sorted(
        [*WELSH_TITLES, "clare-in-surrey"]
    )
    for story in welsh:
        assert StoryPage.objects.filter(
            locale__language_code="en", translation_key=story.translation_key
        ).exists()
