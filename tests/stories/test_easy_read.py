"""Easy Read points: a sentence each, in large type, with a picture from the image library
beside it when the editor chose one; a photo of a person in a point counts for the consent
gate like any other photo on the page; the old one-sentence-a-line text still reaches
partners."""

import importlib

import pytest
from django.apps import apps as installed_apps
from django.core.exceptions import ValidationError

from consent.gate import consent_problems, page_is_public
from consent.services import set_people_in_image
from stories.blocks import easy_read_points
from stories.models import StoryPage
from tests.blog.factories import ImageFactory

pytestmark = pytest.mark.django_db


def point(text, image=None, alt_text=""):
    picture = {"image": image and image.pk, "decorative": False, "alt_text": alt_text}
    return {"type": "point", "value": {"text": text, "picture": picture}}


def test_a_point_shows_its_picture_beside_it_with_the_alternative_text(client, make_story):
    hospital = ImageFactory(title="Hospital", description="A hospital building")
    make_story(
        slug="brian",
        easy_read=[
            point("Brian was in hospital.", hospital, "A hospital building"),
            point("Now he lives with Jo."),
        ],
    )
    html = client.get("/stories/brian/").text
    pictured = html.split('<li class="easy-read__point easy-read__point--picture">')[1]
    pictured = pictured.split("</li>")[0]
    assert 'class="easy-read__picture"' in pictured
    assert 'alt="A hospital building"' in pictured
    assert "Brian was in hospital." in pictured
    # The point without a picture has its sentence and no image.
    plain = html.split('<li class="easy-read__point">')[1].split("</li>")[0]
    assert "Now he lives with Jo." in plain
    assert "<img" not in plain


def test_a_picture_must_be_described_or_marked_decorative():
    block = StoryPage._meta.get_field("easy_read").stream_block
    image = ImageFactory(title="IMG_0042", description="")
    value = block.to_python([point("Sam swims.", image, "")])
    with pytest.raises(ValidationError) as refused:
        block.clean(value)
    assert "Please add some alt text" in str(refused.value.as_json_data())
    described = block.to_python([point("Sam swims.", image, "Sam at the pool")])
    assert block.clean(described)[0].value["picture"].contextual_alt_text == "Sam at the pool"


def test_a_photo_of_a_person_in_an_easy_read_point_needs_their_consent(
    make_story, consenting_person, unconsented_person
):
    photo = ImageFactory(title="Brian at the pool")
    set_people_in_image(photo, [consenting_person], by=None)
    story = make_story(
        consenting_person, easy_read=[point("Brian goes swimming.", photo, "Brian swimming")]
    )
    assert page_is_public(story)

    set_people_in_image(photo, [consenting_person, unconsented_person], by=None)

    assert not page_is_public(story)
    assert "Dana has no consent recorded." in consent_problems(story)


def test_partners_still_read_the_sentences_as_lines_and_now_the_pictures(client, make_story):
    image = ImageFactory(title="Pool", description="A swimming pool")
    story = make_story(
        easy_read=[point("Sam lives with Jo.", image, "A swimming pool"), point("They swim.")]
    )
    response = client.get(
        f"/api/v2/pages/{story.pk}/", {"fields": "easy_read_summary,easy_read"}
    ).json()
    assert response["easy_read_summary"] == "Sam lives with Jo.\nThey swim."
    first, second = response["easy_read"]
    assert first["value"]["text"] == "Sam lives with Jo."
    assert first["value"]["picture"]["image"] == image.pk
    assert first["value"]["picture"]["alt_text"] == "A swimming pool"
    assert second["value"]["picture"]["image"] is None


def test_the_migration_turns_each_line_into_a_point():
    migration = importlib.import_module("stories.migrations.0004_easy_read_points")
    stream = migration.points("Brian had a stroke.\n\n  He lives with Jo.  \n")
    assert [block["value"]["text"] for block in stream] == [
        "Brian had a stroke.",
        "He lives with Jo.",
    ]
    assert all(block["value"]["picture"]["image"] is None for block in stream)
    assert migration.lines(stream) == "Brian had a stroke.\nHe lives with Jo."
    # What it writes is what the Easy Read field reads.
    field = installed_apps.get_model("stories", "StoryPage")._meta.get_field("easy_read")
    assert [point.value["text"] for point in field.to_python(stream)] == [
        "Brian had a stroke.",
        "He lives with Jo.",
    ]


def test_easy_read_points_helper_makes_points_without_pictures():
    assert [block["value"]["text"] for block in easy_read_points("One.", "Two.")] == [
        "One.",
        "Two.",
    ]
