"""A Welsh story reaches the Welsh site only while everyone it features allowed Welsh
translation, however the translation came to be published, and withdrawing consent takes
the English and the Welsh versions down together. Each test checks what a reader, a search
engine or a partner would get: the page itself, the lists, search, the sitemap, the feeds,
the API and the home page. A story whose person allowed everything stands beside the one
under test, so a listing that broke would fail the test instead of passing it by being
empty."""

import pytest
from django.test import TestCase
from wagtail_localize.models import Translation, TranslationSource

from consent.models import FeaturedPerson, Use
from consent.services import withdraw_consent
from tests.consent.factories import EVERY_USE, ConsentRecordFactory

pytestmark = pytest.mark.django_db

# A place name reads the same in both languages, so one query finds every version.
PLACE = "Abergele"
EVERY_USE_BUT_WELSH = [use for use in EVERY_USE if use != Use.WELSH]


def addresses_for(language):
    prefix = "/cy" if language == "cy" else ""
    feeds = [
        f"{prefix}/feeds/{section}.{fmt}"
        for section in ("all", "stories")
        for fmt in ("rss", "atom", "json")
    ]
    return {
        "home page": f"{prefix}/",
        "story list": f"{prefix}/stories/",
        "search": f"{prefix}/search/?q={PLACE}",
        "sitemap": "/sitemap-stories.xml",
        **{feed: feed for feed in feeds},
        "API": f"/api/v2/pages/?type=stories.StoryPage&locale={language}",
    }


def what_the_public_gets(client, language):
    """{where: text} for every place a story in `language` can be seen or found."""
    texts = {}
    for where, address in addresses_for(language).items():
        response = client.get(address)
        assert response.status_code == 200, address
        texts[where] = response.content.decode()
    return texts


def places_showing(texts, path):
    return sorted(where for where, text in texts.items() if path in text)


def person_allowing(uses, name):
    return ConsentRecordFactory(person__public_name=name, uses=list(uses)).person


@pytest.fixture
def welsh_stories(site_tree, story_index):
    site_tree.translate(story_index, title="Straeon")
    return site_tree


@pytest.fixture
def control(welsh_stories, make_story):
    """Nia allowed every use: her story is everywhere in both languages, published a day
    before the story under test so that the home page would feature that one if it could."""
    story = make_story(
        person_allowing(EVERY_USE, "Nia"),
        uses=[Use.NAME, Use.STORY],
        title=f"Nia in {PLACE}",
        slug="nia",
        published_on="2024-05-01",
    )
    welsh = welsh_stories.translate(story, title=f"Nia yn {PLACE}", slug="nia-cy")
    welsh.refresh_from_db()
    assert welsh.live
    return story, welsh


def make_brians_story(make_story, person):
    return make_story(
        person,
        uses=[Use.NAME, Use.STORY],
        title=f"Brian in {PLACE}",
        slug="brian",
        published_on="2024-05-02",
    )


def translate_by_copy(tree, story):
    """As a developer or a script would: copy, then publish the copy."""
    welsh = tree.translate(story, title=f"Brian yn {PLACE}", slug="brian-cy")
    welsh.refresh_from_db()
    return welsh


def translate_with_wagtail_localize(tree, story):
    """As a translator would in the admin: wagtail-localize syncs the source and publishes
    the translation itself, outside the editor's publish button and its hooks."""
    source, _created = TranslationSource.get_or_create_from_instance(story)
    translation = Translation.objects.create(source=source, target_locale=tree.welsh_home.locale)
    # wagtail-localize publishes once the transaction commits, which a test's never does.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    return story.get_translation(tree.welsh_home.locale)


def translate_without_the_person(tree, story):
    """A translation whose link to the person was removed before publishing."""
    welsh = story.copy_for_translation(tree.welsh_home.locale)
    welsh.title, welsh.slug = f"Brian yn {PLACE}", "brian-cy"
    welsh.save()
    FeaturedPerson.objects.filter(page=welsh).delete()
    welsh = type(welsh).objects.get(pk=welsh.pk)
    welsh.save_revision().publish()
    assert not welsh.featured_people.exists()
    return welsh


@pytest.mark.parametrize(
    "translate",
    [translate_by_copy, translate_with_wagtail_localize, translate_without_the_person],
    ids=["copied-and-published", "wagtail-localize", "person-link-dropped"],
)
def test_a_story_allowed_in_english_only_stays_off_the_welsh_site(
    client, welsh_stories, control, make_story, translate
):
    brian = make_brians_story(make_story, person_allowing(EVERY_USE_BUT_WELSH, "Brian"))
    welsh = translate(welsh_stories, brian)
    welsh.refresh_from_db()
    welsh_path, control_path = welsh.get_url(), control[1].get_url()
    assert welsh_path.startswith("/cy/stories/")

    # Publishing happened and was undone at once; the address says the page is gone, in
    # Welsh, without naming the story (wagtail-localize keeps the English title until it
    # is translated).
    assert welsh.first_published_at is not None
    assert not welsh.live
    response = client.get(welsh_path)
    assert response.status_code == 410
    assert '<html lang="cy"' in response.text
    assert "Brian" not in response.text

    welsh_site = what_the_public_gets(client, "cy")
    assert places_showing(welsh_site, welsh_path) == []
    assert places_showing(welsh_site, control_path) == sorted(welsh_site)

    # The English story is untouched.
    brian.refresh_from_db()
    assert brian.live
    assert client.get("/stories/brian/").status_code == 200
    english_site = what_the_public_gets(client, "en")
    assert places_showing(english_site, "/stories/brian/") == sorted(english_site)


def test_a_live_welsh_story_leaves_the_welsh_site_as_soon_as_welsh_is_no_longer_allowed(
    client, welsh_stories, control, make_story
):
    brian = person_allowing(EVERY_USE, "Brian")
    story = make_brians_story(make_story, brian)
    welsh = translate_by_copy(welsh_stories, story)
    assert welsh.live
    assert places_showing(what_the_public_gets(client, "cy"), "/cy/stories/brian-cy/")

    # A new record drops Welsh translation. Enforcement has not run yet, so the Welsh
    # page is still live in the database; the gate must not wait for it.
    ConsentRecordFactory(person=brian, uses=EVERY_USE_BUT_WELSH)

    welsh.refresh_from_db()
    assert welsh.live
    assert client.get("/cy/stories/brian-cy/").status_code == 410
    welsh_site = what_the_public_gets(client, "cy")
    assert places_showing(welsh_site, "/cy/stories/brian-cy/") == []
    assert places_showing(welsh_site, control[1].get_url()) == sorted(welsh_site)
    assert client.get("/stories/brian/").status_code == 200


@pytest.mark.parametrize("welsh_links", ["kept", "dropped"])
def test_withdrawing_consent_takes_both_languages_down_at_once(
    client, welsh_stories, control, make_story, welsh_links
):
    brian = person_allowing(EVERY_USE, "Brian")
    story = make_brians_story(make_story, brian)
    welsh = translate_by_copy(welsh_stories, story)
    if welsh_links == "dropped":
        # Links removed after publication: the Welsh page still features Brian through
        # its English source.
        FeaturedPerson.objects.filter(page=welsh).delete()
    versions = {"en": "/stories/brian/", "cy": "/cy/stories/brian-cy/"}
    for language, path in versions.items():
        assert client.get(path).status_code == 200
        assert places_showing(what_the_public_gets(client, language), path)

    _withdrawal, taken_down = withdraw_consent(brian, by=None, reason="Asked us to")

    assert {page.pk for page in taken_down} == {story.pk, welsh.pk}
    controls = dict(zip(("en", "cy"), (page.get_url() for page in control), strict=True))
    for language, path in versions.items():
        response = client.get(path)
        assert response.status_code == 410, path
        assert f'<html lang="{language}"' in response.text
        public = what_the_public_gets(client, language)
        assert places_showing(public, path) == [], language
        assert places_showing(public, controls[language]) == sorted(public), language
