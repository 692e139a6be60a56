"""The demo's illustrations: drawn in the brand's flat colours, the same on every run,
each with words for people who cannot see it in English and Welsh."""

import pytest
from PIL import Image as PillowImage
from wagtail.images.models import Image

from website.demo_media import demo_cover, demo_image, scene_alt
from website.illustrations import SCENES, draw
from website.illustrations import palette as p
from website.illustrations.covers import SHARE_SIZE, share_image

BRAND = {p.TEAL, p.TEAL_DEEP, p.ACCENT, p.YELLOW, p.PAPER, p.PAPER_DEEP}


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_each_scene_is_flat_brand_colour_and_the_same_every_run(scene):
    picture = draw(scene, "A title", 600, 338)
    assert picture.size == (600, 338)
    assert picture.tobytes() == draw(scene, "A title", 600, 338).tobytes()
    colours = picture.getcolors(maxcolors=600 * 338)
    flat = sum(count for count, colour in colours if colour in vars(p).values())
    # Flat shapes keep their exact colour inside their edges; a gradient or a photograph
    # would have almost no pixel exactly on the palette.
    assert flat > 0.4 * 600 * 338
    assert {colour for _count, colour in colours} & BRAND


def test_the_seed_changes_the_people_not_the_scene():
    assert draw("kitchen", "One post").tobytes() != draw("kitchen", "Another post").tobytes()


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_every_scene_is_described_in_english_and_welsh(scene):
    english, welsh = scene_alt(scene, "en"), scene_alt(scene, "cy")
    assert len(english.split()) >= 5
    assert len(welsh.split()) >= 5
    assert english != welsh


def test_a_scene_can_be_cropped_to_a_taller_shape_without_stretching():
    picture = draw("garden", "seed", 300, 420)
    assert picture.size == (300, 420)


@pytest.mark.django_db
def test_demo_images_are_saved_once_with_their_description():
    image = demo_image("A kitchen", scene="kitchen", width=400, height=225)
    assert image.description == SCENES["kitchen"].english
    assert (image.width, image.height) == (400, 225)
    assert demo_image("A kitchen", scene="kitchen") == image
    assert Image.objects.filter(title="A kitchen").count() == 1


@pytest.mark.django_db
def test_a_report_cover_is_portrait_with_the_brand_teal_around_the_scene():
    cover = demo_cover("The State of Shared Lives", "garden")
    assert (cover.width, cover.height) == (840, 1188)
    with cover.open_file() as stored:
        picture = PillowImage.open(stored).convert("RGB")
        assert picture.getpixel((10, 10)) == p.TEAL


def test_the_default_share_image_is_the_size_social_sites_show_large():
    card = share_image("People sharing homes")
    assert card.size == SHARE_SIZE == (1200, 630)
    assert card.getpixel((20, 20)) == p.TEAL
