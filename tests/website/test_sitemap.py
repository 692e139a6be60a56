"""The sitemap: an index at /sitemap.xml, one sitemap per section and one for the other
pages, each in both languages, dated by its last change so that crawlers re-read only what
changed."""

import datetime

import pytest
from django.utils import timezone
from django.utils.http import http_date
from wagtail.models import Page, PageLogEntry

from tests.website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_the_index_points_at_each_section_with_its_last_change(client, make_story, about_page):
    make_story(slug="brian")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "<sitemapindex" in response.text
    for section in ("pages", "stories", "blog", "campaigns", "reports"):
        assert f"<loc>http://testserver/sitemap-{section}.xml</loc>" in response.text
    assert response.text.count("<lastmod>") == 2  # only the sections that have pages
    assert response["Last-Modified"]


def test_each_section_lists_its_own_pages_in_both_languages(
    client, site_tree, story_index, make_story, about_page
):
    story = make_story(slug="brian")
    site_tree.translate(story_index, title="Straeon")
    site_tree.translate(story, title="Stori Brian")
    stories = client.get("/sitemap-stories.xml").text
    pages = client.get("/sitemap-pages.xml").text
    assert "<loc>http://testserver/stories/brian/</loc>" in stories
    assert "<loc>http://testserver/cy/stories/brian/</loc>" in stories
    assert "<loc>http://testserver/stories/</loc>" in stories
    assert "/stories/" not in pages
    assert "<loc>http://testserver/about/</loc>" in pages
    assert "/about/" not in stories


def test_the_other_pages_sitemap_lists_live_public_pages_in_both_languages_only(
    client, site_tree, about_page
):
    draft = StandardPageFactory(parent=site_tree.english_home, slug="draft", live=False)
    private = StandardPageFactory(parent=site_tree.english_home, slug="members-only")
    private.view_restrictions.create(restriction_type="login")
    response = client.get("/sitemap-pages.xml")
    assert response.status_code == 200
    assert "<loc>http://testserver/</loc>" in response.text
    assert "<loc>http://testserver/cy/</loc>" in response.text
    assert "<loc>http://testserver/about/</loc>" in response.text
    assert f"/{draft.slug}/" not in response.text
    assert f"/{private.slug}/" not in response.text


def test_a_page_taken_down_changes_its_section_for_a_crawler_asking_if_modified(client, make_story):
    make_story(slug="anna")
    story = make_story(slug="brian")
    # An hour ago, as HTTP dates count whole seconds.
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    Page.objects.update(last_published_at=an_hour_ago)
    PageLogEntry.objects.update(timestamp=an_hour_ago)
    since = client.get("/sitemap-stories.xml")["Last-Modified"]
    assert since == http_date(an_hour_ago.timestamp())
    unchanged = client.get("/sitemap-stories.xml", HTTP_IF_MODIFIED_SINCE=since)
    assert unchanged.status_code == 304
    assert unchanged.content == b""

    story.unpublish()
    changed = client.get("/sitemap-stories.xml", HTTP_IF_MODIFIED_SINCE=since)
    assert changed.status_code == 200
    assert "/stories/anna/" in changed.text
    assert "/stories/brian/" not in changed.text


def test_an_unknown_section_is_not_found(client, site_tree):
    assert client.get("/sitemap-nothing.xml").status_code == 404
