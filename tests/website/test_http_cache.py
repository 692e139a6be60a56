"""What shared caches are told they may keep (website/http_cache.py), and compression."""

import functools
import gzip
import json
import re

import pytest
from django.urls import reverse
from django.utils.cache import has_vary_header

from tests.blog.factories import BlogIndexPageFactory, BlogPostPageFactory
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory

SHARED = "s-maxage=86400"


@pytest.fixture
def public_addresses(about_page, make_story, consenting_person):
    blog = BlogIndexPageFactory(parent=about_page.get_parent())
    blog.save_revision().publish()
    post = BlogPostPageFactory(parent=blog, slug="a-post")
    post.save_revision().publish()
    story = make_story(consenting_person, slug="a-story")
    campaigns = CampaignIndexPageFactory(parent=about_page.get_parent())
    campaigns.save_revision().publish()
    CampaignPageFactory(parent=campaigns, slug="a-campaign").save_revision().publish()
    return [
        "/campaigns/a-campaign/",
        "/",
        "/cy/",
        "/about/",
        "/blog/",
        "/blog/a-post/",
        story.url,
        "/stories/",
        "/search/?q=care",
        "/feeds/",
        "/embed/stories/",
        "/feeds/all.rss",
        "/feeds/all.json?topic=care",
        "/api/v2/pages/",
        "/sitemap.xml",
        "/oembed/?url=http://testserver/about/",
    ]


def test_anonymous_readers_get_pages_any_shared_cache_may_keep(client, public_addresses):
    for address in public_addresses:
        response = client.get(address)
        assert response.status_code in (200, 404), address
        if address.startswith("/campaigns/"):
            # The control: the sign-up form is there, and it is cached all the same.
            assert b"<form" in response.content
        cache_control = response["Cache-Control"]
        assert "public" in cache_control, address
        assert SHARED in cache_control, address
        assert not has_vary_header(response, "Cookie"), address
        assert not has_vary_header(response, "Accept-Language"), address
        assert not response.cookies, address


def test_pages_stay_fresh_in_browsers_for_a_minute_and_feeds_for_five(client, about_page):
    assert "max-age=60," in client.get("/about/")["Cache-Control"] + ","
    assert "max-age=300" in client.get("/feeds/all.rss")["Cache-Control"]


def test_the_english_home_page_is_the_same_whatever_language_the_browser_asks_for(
    client, site_tree
):
    english = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    welsh_browser = client.get("/", HTTP_ACCEPT_LANGUAGE="cy")
    assert english.content == welsh_browser.content
    assert welsh_browser["Content-Language"] == "en"
    assert not has_vary_header(welsh_browser, "Accept-Language")


def test_a_missing_page_is_kept_too_but_a_form_post_never_is(client, site_tree):
    assert SHARED in client.get("/no-such-page/")["Cache-Control"]
    assert SHARED not in client.post("/", {}).get("Cache-Control", "")


def test_signed_in_staff_get_the_user_bar_and_pages_nobody_stores(admin_client, about_page):
    response = admin_client.get("/about/")
    assert "wagtail-userbar" in response.text
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    # The control: this is the same page anonymous readers share.
    assert "public" in admin_client.__class__().get("/about/")["Cache-Control"]


def test_anonymous_readers_never_get_the_user_bar(client, about_page):
    response = client.get("/about/")
    assert response.status_code == 200
    assert "About us" in response.text
    assert "wagtail-userbar" not in response.text


def test_previews_are_never_stored(admin_client, about_page):
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[about_page.pk]))
    assert response.status_code == 200
    assert "About us" in response.text
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


@pytest.mark.parametrize("address", ["/about/", "/feeds/all.rss", "/api/v2/pages/", "/sitemap.xml"])
def test_public_text_is_compressed(client, about_page, address):
    response = client.get(address, HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert has_vary_header(response, "Accept-Encoding")
    plain = client.get(address).content
    # An empty feed is dated by the clock, which may tick between the two requests.
    undated = functools.partial(re.sub, rb"<lastBuildDate>[^<]*</lastBuildDate>", b"")
    assert undated(gzip.decompress(response.content)) == undated(plain)
    assert len(response.content) < len(plain)


def test_pages_for_one_reader_are_not_compressed(admin_client, about_page):
    """Their CSRF tokens beside reflected input would be exposed to BREACH."""
    edit = reverse("wagtailadmin_pages:edit", args=[about_page.pk])
    response = admin_client.get(edit, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert "Content-Encoding" not in response
    assert "csrfmiddlewaretoken" in response.text


def test_the_api_answers_the_same_without_sessions(client, about_page):
    response = client.get("/api/v2/pages/", HTTP_ACCEPT_ENCODING="gzip")
    titles = [item["title"] for item in json.loads(gzip.decompress(response.content))["items"]]
    assert "About us" in titles
