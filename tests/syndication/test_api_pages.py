"""The read-only API at /api/v2/pages/: the shape partners rely on for each kind of page,
its cost, its answers to bad input and who may read it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.blog.factories import AuthorFactory, BlogPostPageFactory
from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    SignupFactory,
)
from tests.syndication.api_helpers import PAGES, wide_image
from website.models import PageTopic

STORY_FIELDS = "summary,easy_read_summary,hero_image,scheme,region,support_kind,page_topics"


def test_a_partner_lists_blog_posts_with_the_fields_they_ask_for(client, blog, topic):
    author = AuthorFactory(name="Alex Fox", slug="alex-fox")
    post = BlogPostPageFactory(
        parent=blog,
        title="Slow Policy",
        hero_image=wide_image(),
        hero_alt_text="Alex at his desk",
        authors=[author],
    )
    PageTopic.objects.create(page=post, topic=topic)
    post.save_revision().publish()

    response = client.get(
        PAGES,
        {
            "type": "blog.BlogPostPage",
            "fields": "date,summary,hero_image,hero_alt_text,authors,page_topics",
        },
    )

    assert response.status_code == 200
    body = response.json()
    assert body["meta"]["total_count"] == 1
    [item] = body["items"]
    assert item["title"] == "Slow Policy"
    assert item["meta"]["type"] == "blog.BlogPostPage"
    assert item["meta"]["html_url"] == "http://testserver/blog/slow-policy/"
    assert item["meta"]["locale"] == "en"
    assert item["date"] == post.date.isoformat()
    assert item["summary"] == post.summary
    assert item["authors"] == [{"name": "Alex Fox", "slug": "alex-fox", "role": "Policy lead"}]
    assert item["page_topics"] == [{"name": "Later life", "slug": "later-life"}]
    image = item["hero_image"]
    assert image["alt"] == post.hero_image.description
    assert item["hero_alt_text"] == "Alex at his desk"
    assert image["thumbnail"]["full_url"].startswith("http://testserver/media/images/")
    assert (image["thumbnail"]["width"], image["large"]["width"]) == (480, 1200)


def test_a_storys_detail_gives_what_a_partner_shows(client, syndicated_story):
    response = client.get(f"{PAGES}{syndicated_story.pk}/")

    assert response.status_code == 200
    story = response.json()
    assert story["title"] == "Brian after his stroke"
    assert story["summary"] == syndicated_story.summary
    assert story["easy_read_summary"] == "Sam lives with Jo.\nThey go swimming."
    assert story["region"] == "south-east"
    assert story["support_kind"] == "living-together"
    assert story["scheme"] == {"name": "Shared Lives Surrey", "website": ""}
    assert story["hero_alt_text"] == "Brian in the garden"
    assert story["hero_image"]["large"]["height"] == 630
    assert story["body"][0]["type"] == "paragraph"
    assert story["page_topics"] == [{"name": "Later life", "slug": "later-life"}]
    assert "featured_people" not in story


def test_a_report_gives_its_pdf_with_size_and_pages(client, publish_report):
    report = publish_report(title="The State of Shared Lives", authors="A. Fox, B. Ward")

    response = client.get(
        PAGES, {"type": "reports.ReportPage", "fields": "publication_date,authors,document"}
    )

    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["authors"] == "A. Fox, B. Ward"
    assert item["publication_date"] == report.publication_date.isoformat()
    assert item["document"] == {
        "title": report.document.title,
        "url": f"http://testserver{report.document.url}",
        "file_size": report.document.file_size,
        "page_count": 3,
    }


def test_a_campaign_gives_its_ask_and_never_its_sign_ups(client, site_tree, topic):
    index = CampaignIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()
    campaign = CampaignPageFactory(parent=index, ask="End reverse auctions for care")
    PageTopic.objects.create(page=campaign, topic=topic)
    campaign.save_revision().publish()
    SignupFactory(campaign=campaign, name="Private Supporter", email="private@example.org")

    response = client.get(f"{PAGES}{campaign.pk}/")

    assert response.status_code == 200
    data = response.json()
    assert data["ask"] == "End reverse auctions for care"
    assert data["status"] == campaign.status
    assert [link["slug"] for link in data["page_topics"]] == ["later-life"]
    assert "private@example.org" not in response.text
    assert "Private Supporter" not in response.text


def listing_queries(client, query):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(PAGES, query).status_code == 200
    return len(queries)


def test_the_cost_of_a_listing_does_not_grow_with_the_number_of_stories(
    client, make_topical_story, consenting_person
):
    query = {"type": "stories.StoryPage", "fields": STORY_FIELDS, "limit": 20}
    for _story in range(3):
        make_topical_story(consenting_person, hero_image=wide_image(), hero_alt_text="A walk")
    # The first request makes the image renditions, which later ones find in the database.
    listing_queries(client, query)
    few = listing_queries(client, query)
    for _story in range(17):
        make_topical_story(consenting_person, hero_image=wide_image(), hero_alt_text="A walk")
    listing_queries(client, query)

    assert listing_queries(client, query) == few


@pytest.mark.parametrize(
    "query",
    [
        {"limit": "abc"},
        {"limit": "-1"},
        {"limit": "100000"},
        {"offset": "-1"},
        {"type": "nothing.Here"},
        {"type": "consent.Person"},
        {"fields": "title,no_such_field"},
        {"fields": "featured_people"},
        {"fields": "title("},
        {"order": "featured_people"},
        {"child_of": "abc"},
        {"featured_people": "1"},
        {"type": "blog.BlogPostPage", "date": "not-a-date"},
        {"site": "testserver:eighty"},
        {"site": "elsewhere.example"},
    ],
)
def test_bad_input_is_a_400_with_a_message(client, site_tree, query):
    response = client.get(PAGES, query)

    assert response.status_code == 400
    assert response.json()["message"]


def test_partners_may_read_the_api_from_their_own_sites(client, site_tree):
    response = client.get(PAGES, headers={"Origin": "https://partner.example"})

    assert response["Access-Control-Allow-Origin"] == "*"
