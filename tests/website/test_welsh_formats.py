"""Welsh pages give dates with Welsh month names (Django's Welsh catalogue) in the order
Django's Welsh formats use, "22 Tachwedd 2026", and group numbers as Welsh readers expect."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.blog.factories import BlogIndexPageFactory, BlogPostPageFactory

pytestmark = pytest.mark.django_db


def test_a_welsh_story_and_the_story_list_give_its_date_in_welsh(
    client, site_tree, story_index, make_story, consenting_person
):
    site_tree.translate(story_index, title="Straeon", slug="straeon")
    story = make_story(consenting_person, published_on=datetime.date(2026, 11, 22))
    welsh = site_tree.translate(story, title="Stori Brian")
    date = '<time datetime="2026-11-22">22 Tachwedd 2026</time>'
    assert date in client.get(welsh.url).text
    assert date in client.get("/cy/straeon/").text
    assert '<time datetime="2026-11-22">22 November 2026</time>' in client.get(story.url).text


def test_a_welsh_post_its_listing_and_its_month_archive_give_dates_in_welsh(client, site_tree):
    blog = BlogIndexPageFactory(parent=site_tree.english_home)
    blog.save_revision().publish()
    site_tree.translate(blog, title="Blog (Cymraeg)")
    post = BlogPostPageFactory(parent=blog, date=datetime.date(2026, 3, 4))
    post.save_revision().publish()
    welsh = site_tree.translate(post, title="Post yn Gymraeg")
    date = '<time datetime="2026-03-04">4 Mawrth 2026</time>'
    assert date in client.get(welsh.url).text
    assert date in client.get("/cy/blog/").text
    assert "Mawrth 2026" in client.get("/cy/blog/2026/03/").text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_large_numbers_are_grouped_in_thousands(language):
    with translation.override(language):
        shown = render_to_string("campaigns/includes/supporter_count.html", {"count": 12345})
    assert "12,345" in shown
