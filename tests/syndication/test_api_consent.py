"""The API asks the consent gate: a story reaches partners only with consent to partner
syndication (and to Welsh for its translation), leaves at once on withdrawal, and nothing of
the consent register appears in any answer."""

from consent.models import Use
from consent.services import withdraw_consent
from tests.blog.factories import BlogPostPageFactory
from tests.consent.factories import (
    ConsentRecordFactory,
    ConsentWithdrawalFactory,
    PersonFactory,
)
from tests.syndication.api_helpers import PAGES, listed_titles, wide_image


def test_a_story_without_partner_syndication_consent_is_not_in_the_api(
    client, make_topical_story, syndicated_story
):
    own_site_only = ConsentRecordFactory(
        uses=[use for use in Use if use != Use.PARTNER_SYNDICATION]
    ).person
    story = make_topical_story(own_site_only, title="Only on our site")

    assert story.live
    assert listed_titles(client, type="stories.StoryPage") == [syndicated_story.title]
    assert client.get(f"{PAGES}{story.pk}/").status_code == 404
    assert client.get(f"{PAGES}find/", {"html_path": story.url}).status_code == 404


def test_withdrawal_removes_a_story_from_the_api_at_once(client, syndicated_story):
    assert listed_titles(client, type="stories.StoryPage") == [syndicated_story.title]

    withdraw_consent(syndicated_story.featured_people.get().person, by=None, reason="Asked")

    assert listed_titles(client, type="stories.StoryPage") == []
    assert syndicated_story.title not in listed_titles(client)
    assert client.get(f"{PAGES}{syndicated_story.pk}/").status_code == 404


def test_the_api_asks_the_gate_even_before_a_withdrawn_story_is_taken_down(
    client, syndicated_story
):
    # A withdrawal recorded outside the service leaves the story live until the scheduler
    # runs; the API must not wait for it.
    ConsentWithdrawalFactory(person=syndicated_story.featured_people.get().person)

    syndicated_story.refresh_from_db()
    assert syndicated_story.live
    assert listed_titles(client, type="stories.StoryPage") == []
    assert client.get(f"{PAGES}{syndicated_story.pk}/").status_code == 404


def test_a_welsh_story_needs_the_welsh_translation_use(
    client, site_tree, story_index, syndicated_story
):
    site_tree.translate(story_index, title="Straeon")
    welsh = site_tree.translate(syndicated_story, title="Brian ar ôl ei strôc")
    assert listed_titles(client, type="stories.StoryPage", locale="cy") == [welsh.title]

    # Consent changed to exclude Welsh; the Welsh story is still live until the scheduler
    # takes it down, but partners no longer get it.
    ConsentRecordFactory(
        person=syndicated_story.featured_people.get().person,
        uses=[use for use in Use if use != Use.WELSH],
    )

    welsh.refresh_from_db()
    assert welsh.live
    assert listed_titles(client, type="stories.StoryPage", locale="cy") == []
    assert listed_titles(client, type="stories.StoryPage") == [syndicated_story.title]


def walk(value):
    """Every key and every string in a JSON document."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)
    elif isinstance(value, str):
        yield value


def test_no_value_of_the_consent_register_appears_in_any_api_response(
    client, make_topical_story, publish_report, blog
):
    person = PersonFactory(
        public_name="Clare", full_name="Clare Hiddensurname", private_notes="Secret note"
    )
    record = ConsentRecordFactory(person=person, evidence__title="Clare's signed form")
    story = make_topical_story(person, hero_image=wide_image(), hero_alt_text="Clare at home")
    BlogPostPageFactory(parent=blog).save_revision().publish()
    publish_report()
    secrets = {person.full_name, person.private_notes, record.evidence.title, "featured_people"}

    responses = [
        client.get(PAGES, {"fields": "*"}),
        client.get(f"{PAGES}{story.pk}/"),
        client.get(f"{PAGES}{story.pk}/", {"fields": "*"}),
        *[
            client.get(PAGES, {"type": page_type, "fields": "*"})
            for page_type in ["stories.StoryPage", "blog.BlogPostPage", "reports.ReportPage"]
        ],
        client.get("/api/v2/images/", {"fields": "*"}),
        client.get("/api/v2/documents/", {"fields": "*"}),
    ]

    assert [response.status_code for response in responses] == [200] * len(responses)
    assert story.title in str(responses[1].json())
    for response in responses:
        texts = list(walk(response.json()))
        assert not [text for text in texts if any(secret in text for secret in secrets)]


def test_the_consent_register_cannot_be_asked_for(client, syndicated_story):
    response = client.get(f"{PAGES}{syndicated_story.pk}/", {"fields": "featured_people"})

    assert response.status_code == 400
    assert "featured_people" in response.json()["message"]
