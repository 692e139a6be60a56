import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consent.services import withdraw_consent
from stories.blocks import easy_read_points
from stories.models import Region, SupportKind
from tests.consent.factories import ConsentRecordFactory
from tests.website.factories import TopicFactory
from website.models import PageTopic

pytestmark = pytest.mark.django_db


def tag(story, topic):
    PageTopic.objects.create(page=story, topic=topic)


@pytest.fixture
def stories(make_story):
    housing = TopicFactory(name="Housing", slug="housing")
    wales_short_breaks = make_story(
        title="Short breaks in Wales", region=Region.WALES, support_kind=SupportKind.SHORT_BREAKS
    )
    wales_living = make_story(
        title="Living together in Wales",
        region=Region.WALES,
        support_kind=SupportKind.LIVING_TOGETHER,
    )
    london_living = make_story(
        title="Living together in London",
        region=Region.LONDON,
        support_kind=SupportKind.LIVING_TOGETHER,
    )
    tag(wales_living, housing)
    tag(london_living, housing)
    return wales_short_breaks, wales_living, london_living


def titles(response):
    return [story.title for story in response.context["stories"]]


def test_index_lists_newest_first(client, stories):
    response = client.get("/stories/")
    assert titles(response) == [story.title for story in reversed(stories)]
    assert "3 stories" in response.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"region": "wales"}, ["Living together in Wales", "Short breaks in Wales"]),
        ({"support": "living-together"}, ["Living together in London", "Living together in Wales"]),
        ({"region": "wales", "support": "living-together"}, ["Living together in Wales"]),
        ({"topic": "housing"}, ["Living together in London", "Living together in Wales"]),
        ({"topic": "housing", "region": "london"}, ["Living together in London"]),
        ({"region": "", "support": "", "topic": ""}, None),
    ],
)
def test_filters_combine(client, stories, query, expected):
    expected = expected or [story.title for story in reversed(stories)]
    assert titles(client.get("/stories/", query)) == expected


@pytest.mark.parametrize("query", [{"region": "mars"}, {"topic": "no-such-topic"}])
def test_an_unknown_filter_value_shows_an_explained_empty_list(client, stories, query):
    response = client.get("/stories/", query)
    assert response.status_code == 200
    assert titles(response) == []
    assert "We do not recognise one of those choices" in response.text


def test_filters_survive_pagination(client, make_story):
    for number in range(12):
        make_story(title=f"Welsh story {number}", region=Region.WALES)
    make_story(title="London story", region=Region.LONDON)
    first = client.get("/stories/", {"region": "wales"})
    assert 'href="?region=wales&amp;page=2"' in first.text
    second = client.get("/stories/", {"region": "wales", "page": 2})
    assert len(titles(second)) == 2
    assert "London story" not in second.text


@pytest.mark.parametrize("page", ["abc", "-1", "99999"])
def test_a_bad_page_number_shows_a_real_page(client, stories, page):
    response = client.get("/stories/", {"page": page})
    assert response.status_code == 200
    assert titles(response)


def test_a_withdrawn_story_leaves_the_index(client, make_story, consenting_person):
    make_story(consenting_person, title="Brian's year")
    assert "Brian&#x27;s year" in client.get("/stories/").text
    withdraw_consent(consenting_person, by=None, reason="Asked")
    assert "Brian&#x27;s year" not in client.get("/stories/").text


def test_story_page_shows_the_easy_read_summary_in_its_own_section(client, make_story):
    make_story(slug="sam", easy_read=easy_read_points("Sam lives with Jo.", "They go swimming."))
    response = client.get("/stories/sam/")
    assert 'aria-labelledby="easy-read-heading"' in response.text
    assert '<span class="easy-read__text">Sam lives with Jo.</span>' in response.text
    assert '<span class="easy-read__text">They go swimming.</span>' in response.text


def test_home_page_features_the_newest_public_story(client, make_story, consenting_person):
    make_story(title="An older story")
    newest = make_story(consenting_person, title="The newest story")
    assert "The newest story" in client.get("/").text
    withdraw_consent(consenting_person, by=None, reason="Asked")
    home = client.get("/").text
    assert newest.title not in home
    assert "An older story" in home


def count_queries(client, url):
    client.get(url)  # the first request also fills per-process caches (site, settings)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_the_number_of_stories(client, make_story):
    def add_stories(count):
        for _ in range(count):
            make_story(ConsentRecordFactory().person, region=Region.WALES)

    add_stories(3)
    index, filtered = (
        count_queries(client, "/stories/"),
        count_queries(client, "/stories/?region=wales"),
    )
    story = make_story(ConsentRecordFactory().person, slug="one")
    single = count_queries(client, "/stories/one/")
    add_stories(15)
    assert count_queries(client, "/stories/") == index
    assert count_queries(client, "/stories/?region=wales") == filtered
    assert count_queries(client, f"/stories/{story.slug}/") == single
