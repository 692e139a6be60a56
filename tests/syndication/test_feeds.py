"""The partner feeds as a feed reader sees them: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for
every section in both languages, topics, paging, conditional requests, the old WordPress
address, CORS, discovery from pages and answers to bad input."""

import json

import feedparser
import pytest
from django.utils.http import http_date

from syndication.feeds_items import ITEMS_PER_FEED
from tests.blog.factories import BlogPostPageFactory
from tests.website.factories import TopicFactory

pytestmark = pytest.mark.django_db

SECTIONS = ["all", "blog", "stories", "campaigns", "reports"]
LANGUAGES = {"en": "", "cy": "/cy"}


@pytest.fixture
def every_section(site_tree, add_items, topic, publish_campaign):
    """One item in each section, in English and in Welsh (titled "(Cymraeg)"): a post, a
    story, a report and a campaign."""
    pages = [*add_items(1), publish_campaign(topics=[topic])]
    for page in pages:
        for ancestor in page.get_ancestors()[2:]:
            if ancestor.get_translation_or_none(site_tree.welsh_home.locale) is None:
                site_tree.translate(ancestor.specific)
        site_tree.translate(page.specific, title=f"{page.title} (Cymraeg)")
    return pages


def feed_url(section, fmt, language="en"):
    return f"{LANGUAGES[language]}/feeds/{section}.{fmt}"


def fetch(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_xml_feed_parses_cleanly_with_its_required_elements(client, every_section, language):
    for section in SECTIONS:
        for fmt in ("rss", "atom"):
            check_xml_feed(client, feed_url(section, fmt, language), fmt, language)


def check_xml_feed(client, url, fmt, language):
    parsed = feedparser.parse(fetch(client, url).content)

    assert parsed.bozo == 0, (url, parsed.get("bozo_exception"))
    assert parsed.version == {"rss": "rss20", "atom": "atom10"}[fmt]
    assert parsed.feed.title and parsed.feed.link
    assert parsed.feed.language == language
    assert parsed.entries, url
    for entry in parsed.entries:
        assert entry.title.endswith("(Cymraeg)") == (language == "cy")
        assert entry.link.startswith(f"http://testserver{LANGUAGES[language]}/")
        assert entry.id.startswith("tag:testserver,")
        assert entry.summary and entry.published_parsed
        # The full HTML, from content:encoded in RSS and <content> in Atom.
        assert entry.content[0].value.startswith("<")
        assert [tag.term for tag in entry.tags] == ["Later life"]


def test_a_report_pdf_is_an_enclosure_with_its_length(client, every_section):
    report = every_section[2]
    for fmt in ("rss", "atom"):
        parsed = feedparser.parse(fetch(client, feed_url("reports", fmt)).content)

        (enclosure,) = parsed.entries[0].enclosures
        assert enclosure.href == report.get_full_url() + "download/"
        assert enclosure.type == "application/pdf"
        assert enclosure.length == str(report.document.file_size)


def check_json_feed(data):
    """The fields JSON Feed 1.1 requires (https://www.jsonfeed.org/version/1.1/), with the
    types it gives them."""
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(data["title"], str) and data["title"]
    assert isinstance(data["items"], list)
    for item in data["items"]:
        assert isinstance(item["id"], str) and item["id"]
        assert isinstance(item.get("content_html") or item.get("content_text"), str)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_json_feed_meets_the_spec_and_gives_what_partners_show(
    client, every_section, language
):
    for section in SECTIONS:
        url = feed_url(section, "json", language)
        response = fetch(client, url)
        data = json.loads(response.content)

        assert response["Content-Type"] == "application/feed+json; charset=utf-8"
        check_json_feed(data)
        assert data["language"] == language
        assert data["feed_url"] == f"http://testserver{url}"
        assert data["items"], url
        check_json_items(data["items"], language)


def check_json_items(items, language):
    for item in items:
        assert item["url"].startswith(f"http://testserver{LANGUAGES[language]}/")
        assert item["title"].endswith("(Cymraeg)") == (language == "cy")
        assert item["summary"] and item["content_html"]
        assert item["date_published"]


def test_json_items_carry_authors_tags_images_and_report_pdfs(client, every_section):
    post, story, report = every_section[:3]
    items = {item["url"]: item for item in fetch(client, "/feeds/all.json").json()["items"]}

    post_item = items[post.get_full_url()]
    assert post_item["id"] == f"tag:testserver,2026:page-{post.pk}"
    assert post_item["authors"] == [{"name": post.authors.get().author.name}]
    assert post_item["tags"] == ["Later life"]
    assert post_item["image"].startswith("http://testserver/media/images/")
    assert post_item["summary"] == post.summary
    assert "Care works best close to home." in post_item["content_html"]
    assert "authors" not in items[story.get_full_url()]
    (attachment,) = items[report.get_full_url()]["attachments"]
    assert attachment == {
        "url": report.get_full_url() + "download/",
        "mime_type": "application/pdf",
        "title": f"{report.title} (PDF, 3 pages)",
        "size_in_bytes": report.document.file_size,
    }


def test_the_topic_filter_narrows_any_feed(client, blog, topic):
    BlogPostPageFactory(parent=blog, title="Tagged", topics=[topic]).save_revision().publish()
    BlogPostPageFactory(parent=blog, title="Untagged").save_revision().publish()

    for section in ("all", "blog"):
        data = fetch(client, f"/feeds/{section}.json?topic=later-life").json()
        assert [item["title"] for item in data["items"]] == ["Tagged"]
        assert "Later life" in data["title"]
    parsed = feedparser.parse(fetch(client, "/feeds/blog.rss?topic=later-life").content)
    assert [entry.title for entry in parsed.entries] == ["Tagged"]


def test_a_known_topic_without_items_is_an_empty_feed(client, blog, topic):
    TopicFactory(slug="housing")
    data = fetch(client, "/feeds/blog.json?topic=housing").json()

    assert data["items"] == []
    check_json_feed(data)


def test_a_feed_shows_twenty_items_and_json_pages_on_with_next_url(client, blog):
    for _ in range(ITEMS_PER_FEED + 5):
        BlogPostPageFactory(parent=blog).save_revision().publish()

    first = fetch(client, "/feeds/blog.json?topic=&x=1").json()
    assert len(first["items"]) == ITEMS_PER_FEED
    assert first["next_url"] == "http://testserver/feeds/blog.json?topic=&x=1&page=2"
    second = fetch(client, first["next_url"]).json()
    assert len(second["items"]) == 5
    assert "next_url" not in second
    assert not {item["id"] for item in first["items"]} & {item["id"] for item in second["items"]}
    assert len(feedparser.parse(fetch(client, "/feeds/blog.rss").content).entries) == 20


def test_the_newest_items_come_first(client, blog):
    for title, day in [("Older", "2023-05-01"), ("Newer", "2024-05-01")]:
        BlogPostPageFactory(parent=blog, title=title, date=day).save_revision().publish()

    titles = [item["title"] for item in fetch(client, "/feeds/all.json").json()["items"]]
    assert titles == ["Newer", "Older"]


@pytest.mark.parametrize("fmt", ["rss", "atom", "json"])
def test_conditional_get_answers_304_until_the_feed_changes(client, blog, fmt):
    BlogPostPageFactory(parent=blog).save_revision().publish()
    url = f"/feeds/blog.{fmt}"
    first = fetch(client, url)

    assert "public" in first["Cache-Control"] and "s-maxage" in first["Cache-Control"]
    assert first["ETag"] and first["Last-Modified"]
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    not_modified = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert not_modified.status_code == 304
    assert not_modified["ETag"] == first["ETag"]

    BlogPostPageFactory(parent=blog).save_revision().publish()
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200
    old_date = http_date(0)
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=old_date).status_code == 200


def test_an_empty_feed_answers_304_too(client, site_tree):
    first = fetch(client, "/feeds/stories.json")

    assert client.get("/feeds/stories.json", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_the_old_wordpress_feed_address_redirects_for_good(client, site_tree):
    response = client.get("/feed/")

    assert response.status_code == 301
    assert response["Location"] == "/feeds/blog.rss"


def test_partners_may_read_feeds_from_their_own_sites_and_nothing_else(client, site_tree):
    origin = {"HTTP_ORIGIN": "https://partner.example.org"}

    for url in ("/feeds/all.rss", "/cy/feeds/blog.json"):
        assert fetch(client, url, **origin)["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Origin" not in client.get("/", **origin)


def test_feeds_answer_only_reads(client, site_tree):
    assert client.post("/feeds/all.rss").status_code == 405


@pytest.mark.parametrize(
    "address",
    [
        "/feeds/blog.rss?topic=no-such-topic",
        "/feeds/blog.json?page=abc",
        "/feeds/blog.json?page=-1",
        "/feeds/blog.json?page=0",
        "/feeds/blog.atom?page=99999",
        "/feeds/nothing.rss",
        "/cy/feeds/nothing.json",
        "/feeds/blog.xml",
    ],
)
def test_bad_input_is_a_404_never_a_500(client, blog, address):
    assert client.get(address).status_code == 404


@pytest.mark.parametrize(
    ("path", "section"),
    [("/", "all"), ("/blog/", "blog"), ("/stories/", "stories"), ("/search/", "all")],
)
def test_every_page_advertises_its_sections_feeds(client, blog, story_index, path, section):
    html = fetch(client, path).content.decode()

    for fmt, media_type in [
        ("rss", "application/rss+xml"),
        ("atom", "application/atom+xml"),
        ("json", "application/feed+json"),
    ]:
        assert f'type="{media_type}"' in html
        assert f'href="/feeds/{section}.{fmt}"' in html


def test_a_post_advertises_the_blog_feeds_in_its_language(client, site_tree, blog):
    post = BlogPostPageFactory(parent=blog, slug="a-post")
    post.save_revision().publish()
    site_tree.translate(blog)
    site_tree.translate(post)

    assert 'href="/feeds/blog.rss"' in fetch(client, "/blog/a-post/").content.decode()
    assert 'href="/cy/feeds/blog.rss"' in fetch(client, "/cy/blog/a-post/").content.decode()


@pytest.mark.parametrize("section", ["all", "blog"])
def test_a_vertical_tab_in_a_title_or_topic_name_leaves_every_feed_working(client, blog, section):
    # What a Word soft line break pastes; XML 1.0 cannot carry it.
    topic = TopicFactory(name="Later\x0blife", slug="later-life")
    BlogPostPageFactory(
        parent=blog, title="Slow\x0bPolicy", topics=[topic]
    ).save_revision().publish()

    for fmt in ("rss", "atom"):
        for query in ("", "?topic=later-life"):
            parsed = feedparser.parse(fetch(client, f"/feeds/{section}.{fmt}{query}").content)
            assert not parsed.bozo
            assert [entry.title for entry in parsed.entries] == ["SlowPolicy"]
    data = fetch(client, f"/feeds/{section}.json?topic=later-life").json()
    assert [item["title"] for item in data["items"]] == ["SlowPolicy"]
    assert "Later life" not in data["title"] and "Laterlife" in data["title"]
