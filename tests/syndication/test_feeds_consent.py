"""Feeds are partner outputs: a story is in them only while everyone in it allowed partner
syndication, nothing of the consent register ever appears in them, and their cost does not
grow with the number of items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consent.models import Use
from consent.services import withdraw_consent
from tests.consent.factories import EVERY_USE, ConsentRecordFactory
from tests.syndication.conftest import STORY_USES

pytestmark = pytest.mark.django_db

FEEDS = [
    f"{prefix}/feeds/{section}.{fmt}"
    for prefix in ("", "/cy")
    for section in ("all", "stories")
    for fmt in ("rss", "atom", "json")
]


def feed_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def person_allowing(uses, **person_fields):
    return ConsentRecordFactory(
        uses=[str(use) for use in uses],
        **{f"person__{name}": value for name, value in person_fields.items()},
    ).person


def test_a_story_is_syndicated_only_with_partner_syndication_consent(client, make_story):
    make_story(person_allowing(STORY_USES), title="Only on our site")
    make_story(person_allowing([*STORY_USES, Use.PARTNER_SYNDICATION]), title="Shared")

    for url in ("/feeds/all.rss", "/feeds/stories.atom", "/feeds/stories.json"):
        text = feed_text(client, url)
        assert "Shared" in text
        assert "Only on our site" not in text
    # It is still public on our own site.
    assert client.get("/stories/").content.decode().count("Only on our site") == 1


def test_a_welsh_story_is_syndicated_only_with_welsh_translation_consent(
    client, site_tree, story_index, make_story
):
    site_tree.translate(story_index)
    for title, uses in [
        ("Heb ganiatâd", [*STORY_USES, Use.PARTNER_SYNDICATION]),
        ("Gyda chaniatâd", [*STORY_USES, Use.PARTNER_SYNDICATION, Use.WELSH]),
    ]:
        story = make_story(person_allowing(uses))
        site_tree.translate(story, title=title)

    text = feed_text(client, "/cy/feeds/stories.json")
    assert "Gyda chaniatâd" in text
    assert "Heb ganiatâd" not in text


def test_withdrawal_takes_a_story_out_of_every_feed_at_once(client, make_story):
    person = person_allowing(EVERY_USE)
    make_story(person, title="Brian after his stroke")
    urls = ["/feeds/all.rss", "/feeds/stories.atom", "/feeds/stories.json"]
    etags = {url: client.get(url)["ETag"] for url in urls}
    assert all("Brian after his stroke" in feed_text(client, url) for url in urls)

    withdraw_consent(person, by=None, reason="Asked us to take it down")

    for url in urls:
        response = client.get(url, HTTP_IF_NONE_MATCH=etags[url])
        assert response.status_code == 200
        assert "Brian after his stroke" not in response.content.decode()


def test_no_value_of_the_consent_register_appears_in_any_feed(client, site_tree, make_story):
    record = ConsentRecordFactory(
        person__public_name="Angela",
        person__full_name="Angela Private-Surname",
        person__private_notes="Private note: moved in March",
        evidence__title="Evidence: signed form for Angela",
        given_by="Given-By Name",
        supported_by="Supported-By Advocate",
    )
    story = make_story(record.person, title="Sharing a home")
    site_tree.translate(story.get_parent().specific)
    site_tree.translate(story, title="Rhannu cartref")
    secrets = [
        record.person.full_name,
        record.person.private_notes,
        record.evidence.title,
        record.given_by,
        record.supported_by,
        record.notice.text,
    ]

    for url in FEEDS:
        text = feed_text(client, url)
        assert "Sharing a home" in text or "Rhannu cartref" in text
        for secret in secrets:
            assert secret not in text, (url, secret)


def count_queries(client, url):
    client.get(url)  # the first request also fills per-process caches (site, renditions)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("section", ["all", "blog", "stories", "reports"])
def test_the_cost_of_a_feed_does_not_grow_with_its_items(client, add_items, section):
    urls = [f"/feeds/{section}.{fmt}" for fmt in ("rss", "atom", "json")]
    add_items(1)  # three items, one a section
    few = [count_queries(client, url) for url in urls]
    add_items(8, start=1)  # 27 items, more than a feed shows
    many = [count_queries(client, url) for url in urls]

    assert many == few
