"""Photos tied to the people in them: recorded on upload, on edit and in bulk; a page using
a photo features its people for the photo use, in every language; withdrawal takes the page
down and stops every file of the photo being served until consent returns."""

import datetime
import re

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.views.static import serve
from wagtail.models import ModelLogEntry

from consent.gate import consent_problems, page_is_public, pages_featuring
from consent.models import PersonInImage, Use, WithheldImage
from consent.services import record_consent, set_people_in_image, withdraw_consent
from tests.blog.factories import ImageFactory
from tests.consent.factories import ConsentNoticeFactory, EvidenceFactory, PersonFactory

pytestmark = pytest.mark.django_db


def media_status(name):
    """What `make run`'s media serving answers for a file in the public media storage."""
    try:
        return serve(RequestFactory().get("/media/" + name), name, settings.MEDIA_ROOT).status_code
    except Exception as error:  # Http404 is how the view says "not here"
        return type(error).__name__


def pictures_shown(client, address):
    """The media files the page at `address` shows (every size and format of its pictures),
    with what the media server answers for each."""
    text = client.get(address).text
    names = set(re.findall(r"/media/([^\s\"',]+)", text))
    assert names, address
    return {name: media_status(name) for name in names}


def give_consent(person):
    today = timezone.localdate()
    record_consent(
        person=person,
        by=None,
        notice=ConsentNoticeFactory(),
        method="signed_form",
        uses=[str(use) for use in Use],
        expires_on=today + datetime.timedelta(days=365),
        review_on=today + datetime.timedelta(days=300),
        evidence=EvidenceFactory(),
    )


@pytest.fixture
def clare(db):
    person = PersonFactory(public_name="Clare")
    give_consent(person)
    return person


@pytest.fixture
def photo_of_clare(clare):
    image = ImageFactory(title="Clare in her garden")
    set_people_in_image(image, [clare], by=None)
    return image


def test_a_story_using_the_photo_anywhere_features_its_people(
    make_story, photo_of_clare, clare, unconsented_person
):
    hero = make_story(hero_image=photo_of_clare, hero_alt_text="Clare in her garden")
    in_body = make_story(
        body=[{"type": "image", "value": {"image": photo_of_clare.pk, "alt_text": "Clare"}}]
    )
    assert page_is_public(hero)
    assert page_is_public(in_body)
    assert {hero.pk, in_body.pk} <= set(pages_featuring(clare).values_list("pk", flat=True))

    set_people_in_image(photo_of_clare, [clare, unconsented_person], by=None)

    for story in (hero, in_body):
        assert not page_is_public(story)
        assert "Dana has no consent recorded." in consent_problems(story)


def test_withdrawal_takes_down_every_page_and_every_file_until_consent_returns(
    client, site_tree, story_index, make_story, photo_of_clare, clare
):
    site_tree.translate(story_index, title="Straeon", slug="straeon")
    story = make_story(hero_image=photo_of_clare, hero_alt_text="Clare", slug="garden")
    welsh = site_tree.translate(story, title="Gardd Clare")
    rendition = photo_of_clare.get_rendition("fill-300x200")
    original = photo_of_clare.file.name
    # Positive controls: everything is out before the withdrawal.
    assert media_status(original) == 200
    assert media_status(rendition.file.name) == 200
    assert client.get("/stories/garden/").status_code == 200
    assert set(pictures_shown(client, "/stories/garden/").values()) == {200}
    assert "Clare in her garden" in client.get("/api/v2/images/").text

    _withdrawal, taken_down = withdraw_consent(clare, by=None, reason="Asked")

    assert {page.pk for page in taken_down} == {story.pk, welsh.pk}
    assert client.get("/stories/garden/").status_code == 410
    assert client.get(welsh.url).status_code == 410
    assert media_status(original) == "Http404"
    assert media_status(rendition.file.name) == "Http404"
    assert not default_storage.exists(rendition.file.name)
    assert not photo_of_clare.renditions.exists()
    assert WithheldImage.objects.filter(image=photo_of_clare).exists()
    assert "Clare in her garden" not in client.get("/api/v2/images/").text
    assert ModelLogEntry.objects.filter(action="consent.image_withheld").exists()

    give_consent(clare)
    photo_of_clare.refresh_from_db()
    assert media_status(photo_of_clare.file.name) == 200
    assert not WithheldImage.objects.exists()
    story.get_latest_revision().publish()
    assert client.get("/stories/garden/").status_code == 200
    # The page's picture is made again from the photo put back, not from before.
    assert set(pictures_shown(client, "/stories/garden/").values()) == {200}


def test_an_editor_sees_why_and_replacing_the_photo_brings_the_page_back(
    client, make_story, photo_of_clare, clare, member_of
):
    story = make_story(hero_image=photo_of_clare, hero_alt_text="Clare", slug="garden")
    withdraw_consent(clare, by=None, reason="Asked")

    client.force_login(member_of("Editors"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    assert "These photos show someone whose consent does not cover the photo" in edit.text
    assert "Clare in her garden" in edit.text

    story.refresh_from_db()
    story.hero_image = ImageFactory(title="An empty garden bench")
    story.save_revision().publish()
    story.refresh_from_db()
    assert story.live
    assert client.get("/stories/garden/").status_code == 200


def image_form(image, **answers):
    return {
        "title": image.title,
        "collection": image.collection_id,
        "tags": "",
        "description": image.description,
        "focal_point_x": "",
        "focal_point_y": "",
        "focal_point_width": "",
        "focal_point_height": "",
        "people_asked": "1",
        **answers,
    }


def test_the_image_form_asks_whether_the_photo_shows_people(client, member_of, clare):
    client.force_login(member_of("Editors"))
    image = ImageFactory(title="A day out")
    url = reverse("wagtailimages:edit", args=[image.pk])
    assert "Does this photo show people?" in client.get(url).text

    unanswered = client.post(url, image_form(image))
    assert "Say whether this photo shows people." in unanswered.text
    nobody_chosen = client.post(url, image_form(image, shows_people="yes"))
    assert "Choose everyone the photo shows." in nobody_chosen.text
    assert not PersonInImage.objects.exists()

    client.post(url, image_form(image, shows_people="yes", people=[clare.pk]))
    assert list(PersonInImage.objects.values_list("person", flat=True)) == [clare.pk]
    assert ModelLogEntry.objects.filter(action="consent.image_people").exists()

    client.post(url, image_form(image, shows_people="no"))
    assert not PersonInImage.objects.exists()


def test_people_are_recorded_in_bulk_from_the_image_listing(client, member_of, clare):
    client.force_login(member_of("Editors"))
    first, second = ImageFactory(), ImageFactory()
    url = reverse("wagtail_bulk_action", args=["wagtailimages", "image", "add_people"])
    client.post(f"{url}?id={first.pk}&id={second.pk}", {"people": [clare.pk]})
    assert set(PersonInImage.objects.values_list("image", flat=True)) == {first.pk, second.pk}


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
def test_only_consent_officers_see_the_photos_of_a_person(
    client, member_of, photo_of_clare, clare, role, allowed
):
    if role != "anonymous":
        client.force_login(member_of(role))
    response = client.get(reverse("consent_person_images", args=[clare.pk]))
    assert (response.status_code == 200 and "Clare in her garden" in response.text) is allowed


def test_the_uploader_takes_the_file_then_asks_whether_it_shows_people(client, member_of):
    client.force_login(member_of("Editors"))
    response = client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": ImageFactory.build().file}
    )
    answer = response.json()
    assert answer["success"], answer
    assert "Does this photo show people?" in answer["form"]
