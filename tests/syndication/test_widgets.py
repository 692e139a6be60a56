"""The widget partners frame: what it lists, how it reads their options, and that it is
safe to frame (framable by anyone, no cookies, nothing loaded from elsewhere)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consent.models import Use
from tests.blog.factories import BlogPostPageFactory
from tests.consent.factories import ConsentRecordFactory
from tests.syndication.conftest import STORY_USES

pytestmark = pytest.mark.django_db

SHARED = [*STORY_USES, Use.PARTNER_SYNDICATION]


def widget_html(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, url
    return response.content.decode()


def card_titles(html):
    return re.findall(r'class="widget-card__title"><a [^>]*>([^<]+)<', html)


def test_the_widget_lists_the_newest_items_partners_may_have(client, add_items):
    pages = add_items(3)  # a post, a story and a report a day, for three days

    html = widget_html(client, "/embed/all/")

    newest_five = [page.title for page in reversed(pages)][:5]
    assert card_titles(html) == newest_five
    assert '<html lang="en">' in html


def test_only_stories_with_partner_consent_are_shown(client, make_story):
    person = ConsentRecordFactory(uses=[str(use) for use in SHARED]).person
    make_story(person, title="Shared with partners")
    only_ours = ConsentRecordFactory(uses=[str(use) for use in STORY_USES]).person
    make_story(only_ours, title="Only on our site")

    assert card_titles(widget_html(client, "/embed/stories/")) == ["Shared with partners"]


@pytest.mark.parametrize(
    ("limit", "shown"),
    [("2", 2), ("-1", 1), ("0", 1), ("100000", 20), ("abc", 5), ("", 5), ("3.5", 5)],
)
def test_limit_is_brought_within_range(client, add_items, limit, shown):
    add_items(8)  # 24 items

    assert len(card_titles(widget_html(client, "/embed/all/", limit=limit))) == shown


def test_topic_filters_and_an_unknown_topic_or_section_is_a_framable_404(
    client, add_items, topic, blog
):
    add_items(1)
    BlogPostPageFactory(parent=blog, title="Off topic").save_revision().publish()

    on_topic = card_titles(widget_html(client, "/embed/blog/", topic="later-life"))
    assert on_topic and "Off topic" not in on_topic
    for url, params in [("/embed/blog/", {"topic": "no-such-topic"}), ("/embed/letters/", {})]:
        response = client.get(url, params)
        assert response.status_code == 404
        assert "This content is not available." in response.content.decode()
        assert "frame-ancestors *" in response["Content-Security-Policy"]


def test_welsh_widget_shows_welsh_items_in_welsh(client, site_tree, story_index, make_story):
    site_tree.translate(story_index)
    person = ConsentRecordFactory(uses=[str(use) for use in [*SHARED, Use.WELSH]]).person
    story = make_story(person, title="English title")
    site_tree.translate(story, title="Teitl Cymraeg")

    html = widget_html(client, "/embed/stories/", lang="cy")

    assert '<html lang="cy">' in html
    assert card_titles(html) == ["Teitl Cymraeg"]
    # An unknown language falls back to English rather than failing.
    assert card_titles(widget_html(client, "/embed/stories/", lang="fr")) == ["English title"]


def test_the_widget_may_be_framed_anywhere_and_sets_no_cookie(client, add_items):
    add_items(1)

    response = client.get("/embed/all/")

    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response
    assert not response.cookies
    # The rest of the site still refuses to be framed by others.
    home = client.get("/")
    assert "frame-ancestors 'self'" in home["Content-Security-Policy"]
    assert home["X-Frame-Options"] == "DENY"


def test_the_widget_loads_nothing_from_elsewhere_and_its_links_open_our_site(client, add_items):
    add_items(2)

    html = widget_html(client, "/embed/all/")

    for address in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert address.startswith(("/", "http://testserver/")), address
    links = re.findall(r"<a [^>]+>", html)
    assert links and all('target="_blank" rel="noopener"' in link for link in links)


def test_the_widget_costs_the_same_queries_however_many_items(client, add_items):
    def queries_for_widget():
        widget_html(client, "/embed/all/", limit="20")  # makes any missing thumbnails
        with CaptureQueriesContext(connection) as queries:
            widget_html(client, "/embed/all/", limit="20")
        return len(queries)

    add_items(1)
    few = queries_for_widget()
    add_items(6, start=1)

    assert queries_for_widget() == few


def test_the_loader_is_served_as_cacheable_javascript(client, site_tree):
    # What it does is tested in a real browser (tests/browser/test_embed.py).
    response = client.get("/embed.js")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "max-age=3600" in response["Cache-Control"]
