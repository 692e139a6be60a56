"""`{% kept_picture %}` writes what Wagtail's `{% picture %}` writes, and writes it again
when the image's file or focal point changes or its renditions are deleted."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from tests.blog.factories import ImageFactory

pytestmark = pytest.mark.django_db

ARGUMENTS = 'fill-{80x60,160x120} format-{webp,jpeg} sizes="80px" alt=alt class="photo"'


def render(tag, image, alt="Two people laughing"):
    template = Template(
        "{% load wagtailimages_tags picture_tags %}{% " + tag + " image " + ARGUMENTS + " %}"
    )
    return template.render(
        Context({"image": image, "alt": alt, "request": RequestFactory().get("/")})
    )


def test_the_markup_is_wagtails_own():
    image = ImageFactory()
    kept = render("kept_picture", image)
    assert kept == render("picture", image)
    assert kept.count("<source") == 1 and 'alt="Two people laughing"' in kept
    # Shown again, from what was kept: the same.
    assert render("kept_picture", image) == kept


def test_other_words_make_other_markup():
    image = ImageFactory()
    assert 'alt="A garden"' in render("kept_picture", image, alt="A garden")
    assert 'alt="A kitchen"' in render("kept_picture", image, alt="A kitchen")


def test_a_new_focal_point_makes_new_renditions():
    image = ImageFactory()
    before = render("kept_picture", image)
    image.focal_point_x, image.focal_point_y = 10, 10
    image.focal_point_width = image.focal_point_height = 20
    image.save()

    after = render("kept_picture", image)

    assert after != before
    assert after == render("picture", image)


def test_deleted_renditions_are_made_again():
    image = ImageFactory()
    render("kept_picture", image)
    image.renditions.all().delete()
    assert not image.renditions.exists()

    after = render("kept_picture", image)

    # Two sizes in two formats, made again (under new names while the old files wait
    # for their deletion), and named by the markup.
    renditions = list(image.renditions.all())
    assert len(renditions) == 4
    assert all(rendition.url in after for rendition in renditions)
