import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from consent.gate import page_is_public, public_pages
from consent.models import Use
from consent.services import withdraw_consent
from stories.models import StoryPage
from tests.consent.factories import ConsentRecordFactory, PersonFactory, lapse_consent
from tests.stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def test_public_pages_keeps_consented_pages_and_drops_the_rest(
    make_story, story_index, consenting_person, unconsented_person, about_page
):
    consented = make_story(consenting_person)
    personless = StoryPageFactory(parent=story_index)  # a story featuring nobody...
    withheld = make_story(unconsented_person)  # publishing it is refused...
    StoryPage.objects.filter(pk=withheld.pk).update(live=True)  # ...so force it live

    visible = set(public_pages(StoryPage.objects.all()).values_list("pk", flat=True))

    assert visible == {consented.pk}
    assert not page_is_public(withheld)
    assert not page_is_public(personless)
    assert page_is_public(consented)
    # Other pages may feature nobody.
    assert page_is_public(about_page)


def test_the_gate_works_on_any_page_queryset(make_story, consenting_person):
    story = make_story(consenting_person)
    withdraw_consent(consenting_person, by=None, reason="Asked")
    StoryPage.objects.filter(pk=story.pk).update(live=True)
    assert not public_pages(Page.objects.filter(pk=story.pk)).exists()


def test_partner_outputs_need_partner_syndication(make_story, consenting_person):
    story = make_story(consenting_person)
    ConsentRecordFactory(person=consenting_person, uses=["name", "photo", "story"])
    assert public_pages(StoryPage.objects.all()).filter(pk=story.pk).exists()
    assert not public_pages(StoryPage.objects.all(), for_partners=True).exists()
    assert not page_is_public(story, for_partners=True)


def count_queries(function):
    with CaptureQueriesContext(connection) as queries:
        function()
    return len(queries)


def test_the_gate_asks_a_fixed_number_of_queries(make_story):
    for _ in range(3):
        make_story(ConsentRecordFactory().person)

    def list_stories():
        return list(public_pages(StoryPage.objects.all()))

    few = count_queries(list_stories)
    for _ in range(12):
        person = PersonFactory()
        ConsentRecordFactory(person=person)
        make_story(person, ConsentRecordFactory().person)
    assert count_queries(list_stories) == few


def test_search_and_the_sitemap_leave_out_a_story_once_consent_is_withdrawn(
    client, make_story, consenting_person
):
    make_story(consenting_person, title="Brian walks into town", slug="brian")
    assert "Brian walks into town" in client.get("/search/", {"q": "brian"}).text
    assert "/stories/brian/" in client.get("/sitemap-stories.xml").text

    withdraw_consent(consenting_person, by=None, reason="Asked")

    assert "Brian walks into town" not in client.get("/search/", {"q": "brian"}).text
    assert "/stories/brian/" not in client.get("/sitemap-stories.xml").text


def test_lapsed_consent_leaves_listings_at_once(client, make_story, consenting_person):
    make_story(consenting_person, title="Brian walks into town")
    assert "Brian walks into town" in client.get("/stories/").text
    lapse_consent(consenting_person)
    assert "Brian walks into town" not in client.get("/stories/").text


def test_health_information_needs_that_use(make_story, consenting_person):
    ConsentRecordFactory(person=consenting_person, uses=["name", "photo", "story"])
    story = make_story(consenting_person, uses=[Use.NAME, Use.HEALTH])
    assert not story.live
