"""What social media show when a page is shared: every page has Open Graph and X card
tags with absolute addresses; a page's own picture when it has one and the consent gate
lets it out, the site's share image in the reader's language otherwise."""

import re

import pytest
from django.core.files.storage import default_storage
from django.test import RequestFactory

from consent.services import set_people_in_image, withdraw_consent
from tests.blog.factories import BlogIndexPageFactory, BlogPostPageFactory, ImageFactory
from website.share import picture_of, share_meta

pytestmark = pytest.mark.django_db


def meta(html, name):
    """The content of the <meta property=...> or <meta name=...> called `name`."""
    found = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">', html)
    return found and found.group(1)


def test_a_page_without_a_picture_is_shared_with_the_site_image_in_its_language(client, site_tree):
    english = client.get("/").text
    welsh = client.get("/cy/").text

    assert meta(english, "og:image") == "http://testserver/static/share/default-en.png"
    assert meta(welsh, "og:image") == "http://testserver/static/share/default-cy.png"
    assert meta(english, "twitter:image") == meta(english, "og:image")
    assert meta(english, "og:locale") == "en_GB"
    assert meta(welsh, "og:locale") == "cy_GB"
    assert meta(english, "og:url") == "http://testserver/"
    assert meta(welsh, "og:url") == "http://testserver/cy/"
    assert meta(english, "og:title") == "Welcome"
    assert meta(welsh, "og:title") == "Croeso"
    assert meta(english, "og:type") == "website"
    assert meta(english, "twitter:card") == "summary_large_image"
    assert meta(english, "og:description")
    assert meta(english, "og:image:width") == "1200"
    assert meta(english, "og:image:height") == "630"
    assert "pobl yn rhannu cartrefi" in meta(welsh, "og:image:alt")


def test_pages_that_are_not_wagtail_pages_are_shared_too(client, site_tree):
    html = client.get("/search/?q=homes").text
    assert meta(html, "og:image") == "http://testserver/static/share/default-en.png"
    assert meta(html, "og:url") == "http://testserver/search/?q=homes"
    assert meta(html, "og:title") == "Test charity"


def test_a_post_is_shared_as_an_article_with_its_own_picture(client, site_tree):
    blog = BlogIndexPageFactory(parent=site_tree.english_home)
    blog.save_revision().publish()
    post = BlogPostPageFactory(
        parent=blog,
        hero_image=ImageFactory(file__width=1600, file__height=900),
        hero_alt_text="Two people at a kitchen table",
        summary="Why small is beautiful.",
    )
    html = client.get(post.url).text

    image = meta(html, "og:image")
    assert re.fullmatch(r"http://testserver/media/images/[^\"]+\.fill-1200x630[^\"]*", image)
    assert default_storage.exists(image.removeprefix("http://testserver/media/"))
    assert meta(html, "og:image:alt") == "Two people at a kitchen table"
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:description") == "Why small is beautiful."
    assert meta(html, "og:title") == post.title
    assert meta(html, "og:url") == f"http://testserver{post.url}"


def test_a_photo_whose_person_withdrew_consent_is_never_the_share_image(
    client, make_story, consenting_person
):
    photo = ImageFactory(title="Brian in his garden")
    set_people_in_image(photo, [consenting_person], by=None)
    story = make_story(
        consenting_person, hero_image=photo, hero_alt_text="Brian in his garden", slug="brian"
    )
    request = RequestFactory().get(story.url)
    # Positive control: with consent, the photo is the story's share image.
    before = client.get(story.url).text
    assert "/media/images/" in meta(before, "og:image")
    assert picture_of(story, request=None) is not None

    withdraw_consent(consenting_person, by=None, reason="Asked")
    story.refresh_from_db()

    assert picture_of(story, request=None) is None
    shared = share_meta(request, story, "Test charity")
    assert shared["image"] == "http://testserver/static/share/default-en.png"
    gone = client.get(story.url)
    assert gone.status_code == 410
    assert "/media/images/" not in gone.text
