"""A story featuring nobody never goes public, through any door, unless a consent officer
records, with a reason, that it features no identifiable person."""

import datetime

import pytest
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail_localize.models import Translation, TranslationSource

from consent.gate import nobody_featured_problem, page_is_public
from consent.models import FeaturedPerson, NoIdentifiablePerson
from stories.models import StoryPage
from tests.stories.factories import StoryPageFactory, feature

pytestmark = pytest.mark.django_db

TITLE = "A composite of three carers"


@pytest.fixture
def nobody_story(story_index):
    story = StoryPageFactory(parent=story_index, live=False, title=TITLE, slug="composite")
    story.save_revision()
    return story


def is_live(page):
    page.refresh_from_db()
    return page.live


def public_outputs(client):
    return {
        "listing": client.get("/stories/").text,
        "home": client.get("/").text,
        "feed": client.get("/feeds/stories.rss").text,
        "api": client.get("/api/v2/pages/", {"type": "stories.StoryPage"}).text,
        "sitemap": client.get("/sitemap.xml").text,
        "search": client.get("/search/", {"q": "composite"}).text,
    }


def test_wagtail_localize_cannot_publish_a_welsh_version(site_tree, story_index, nobody_story):
    site_tree.translate(story_index, title="Straeon", slug="straeon")
    source, _created = TranslationSource.get_or_create_from_instance(nobody_story)
    translation = Translation.objects.create(
        source=source, target_locale=site_tree.welsh_home.locale
    )
    # wagtail-localize publishes once the transaction commits, which a test's never does.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    welsh = nobody_story.get_translation(site_tree.welsh_home.locale)
    assert not is_live(welsh)


def test_forced_live_it_is_gone_and_in_no_listing_or_partner_output(
    client, nobody_story, make_story
):
    make_story(title="A story with its person")  # positive control
    StoryPage.objects.filter(pk=nobody_story.pk).update(live=True)

    assert client.get("/stories/composite/").status_code == 410
    outputs = public_outputs(client)
    assert "A story with its person" in outputs["listing"]
    for name, text in outputs.items():
        assert TITLE not in text, name
        assert "/stories/composite/" not in text, name
    assert client.get("/oembed/", {"url": "http://testserver/stories/composite/"}).status_code in (
        403,
        404,
    )


def test_the_consent_officers_record_lets_it_out_logged_and_shown_to_editors(
    client, nobody_story, member_of
):
    client.force_login(member_of("Consent officers"))
    url = reverse("consent_no_identifiable_person", args=[nobody_story.pk])

    blank = client.post(url, {"reason": ""})
    assert blank.status_code == 200
    assert "This field is required." in blank.text

    reason = "A composite of three carers' experiences; no detail is anyone's own."
    response = client.post(url, {"reason": reason})

    assert response.status_code == 302
    assert NoIdentifiablePerson.objects.get(page=nobody_story).reason == reason
    entry = PageLogEntry.objects.get(page=nobody_story, action="consent.nobody_featured")
    assert entry.data["reason"] == reason
    nobody_story.get_latest_revision().publish()
    assert is_live(nobody_story)
    assert page_is_public(nobody_story)
    assert TITLE in client.get("/stories/").text

    client.force_login(member_of("Editors"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[nobody_story.pk]))
    assert "recorded on" in edit.text
    assert "A composite of three carers&#x27; experiences" in edit.text


def test_adding_a_person_undoes_the_record(nobody_story, unconsented_person, member_of):
    NoIdentifiablePerson.objects.create(page=nobody_story, reason="Anonymised")
    nobody_story.get_latest_revision().publish()
    assert is_live(nobody_story)
    assert page_is_public(nobody_story)

    feature(nobody_story, unconsented_person, ["name"])

    assert not NoIdentifiablePerson.objects.exists()
    assert PageLogEntry.objects.filter(
        page=nobody_story, action="consent.nobody_featured_undone"
    ).exists()
    assert not page_is_public(nobody_story)
    # Removing the person again does not bring the record back.
    FeaturedPerson.objects.filter(page=nobody_story).delete()
    assert not page_is_public(nobody_story)
    nobody_story.get_latest_revision().publish()
    assert not is_live(nobody_story)


def test_a_page_featuring_someone_cannot_be_recorded_as_featuring_nobody(
    client, make_story, consenting_person, member_of
):
    story = make_story(consenting_person)
    client.force_login(member_of("Consent officers"))
    response = client.post(
        reverse("consent_no_identifiable_person", args=[story.pk]), {"reason": "Anonymised"}
    )
    assert response.status_code == 200
    assert "This page features people" in response.text
    assert not NoIdentifiablePerson.objects.exists()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("anonymous", False),
        ("Writers", False),
        ("Editors", False),
        ("Consent officers", True),
        ("Translators", False),
    ],
)
def test_only_consent_officers_may_record_that_a_story_features_nobody(
    client, nobody_story, member_of, role, allowed
):
    if role != "anonymous":
        client.force_login(member_of(role))
    url = reverse("consent_no_identifiable_person", args=[nobody_story.pk])
    assert (client.get(url).status_code == 200) is allowed
    client.post(url, {"reason": "Anonymised"})
    assert NoIdentifiablePerson.objects.exists() is allowed


def test_the_dashboard_links_every_live_or_scheduled_story_the_gate_refuses(
    client, nobody_story, story_index, member_of
):
    StoryPage.objects.filter(pk=nobody_story.pk).update(live=True)
    scheduled = StoryPageFactory(parent=story_index, live=False, title="Coming next week")
    scheduled.save_revision(approved_go_live_at=timezone.now() + datetime.timedelta(days=7))
    StoryPageFactory(parent=story_index, live=False, title="Only a draft")
    client.force_login(member_of("Consent officers"))
    response = client.get(reverse("wagtailadmin_home"))
    assert "Live or scheduled pages the consent gate refuses" in response.text
    for page in (nobody_story, scheduled):
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert f'<a href="{edit_url}">{page.title}</a>' in response.text
    assert "scheduled for" in response.text
    assert "Only a draft" not in response.text
    assert str(nobody_featured_problem()).split(":")[0] in response.text
