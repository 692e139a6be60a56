import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import Signup, Status
from tests.blog.factories import BlogIndexPageFactory, BlogPostPageFactory
from tests.campaigns.factories import SignupFactory
from tests.website.factories import TopicFactory
from website.models import PageTopic

pytestmark = pytest.mark.django_db


def add_signups(campaign, count):
    Signup.objects.bulk_create(SignupFactory.build_batch(count, campaign=campaign))


def test_index_lists_active_campaigns_first_with_status_and_count(client, publish_campaign):
    closed = publish_campaign(title="Choice Review", status=Status.CLOSED)
    active = publish_campaign(title="Social Value Act")
    won = publish_campaign(title="End reverse auctions", status=Status.WON)
    add_signups(active, 3)
    add_signups(closed, 1)

    response = client.get("/campaigns/")
    assert [campaign.title for campaign in response.context["campaigns"]] == [
        active.title,
        won.title,
        closed.title,
    ]
    assert [campaign.supporter_count for campaign in response.context["campaigns"]] == [3, 0, 1]
    assert "3 people have signed" in response.text
    assert "1 person has signed" in response.text
    assert ">Won<" in response.text


def test_index_leaves_out_drafts(client, campaigns_index, publish_campaign):
    draft = publish_campaign(title="Not yet")
    draft.unpublish()
    assert "Not yet" not in client.get("/campaigns/").text


def test_campaign_page_shows_every_part(client, publish_campaign):
    campaign = publish_campaign(
        title="Slow Policy",
        ask="Give people time to shape their support.",
        ask_who="Ministers",
        key_messages=[{"type": "message", "value": "Relationships take time."}],
        supporter_quotes=[
            {"type": "quote", "value": {"quote": "It changed my life.", "attribution": "Sam"}}
        ],
        updates=[
            {"type": "update", "value": {"date": "2016-01-05", "text": "We launched."}},
            {"type": "update", "value": {"date": "2017-03-01", "text": "Ministers replied."}},
        ],
    )
    page = client.get(campaign.url).text
    for text in [
        "Give people time to shape their support.",
        "Ministers",
        "Relationships take time.",
        "It changed my life.",
        "Sam",
    ]:
        assert text in page
    assert page.index("Ministers replied.") < page.index("We launched.")
    assert '<time datetime="2017-03-01">1 March 2017</time>' in page


def test_related_posts_come_through_shared_topics_and_the_gate(client, site_tree, publish_campaign):
    topic = TopicFactory(name="Commissioning", slug="commissioning")
    blog = BlogIndexPageFactory(parent=site_tree.english_home)
    blog.save_revision().publish()
    shared = BlogPostPageFactory(parent=blog, title="Reverse auctions explained")
    unrelated = BlogPostPageFactory(parent=blog, title="Something else")
    draft = BlogPostPageFactory(parent=blog, title="A draft", live=False)
    for post in (shared, draft):
        PageTopic.objects.create(page=post, topic=topic)
    for post in (shared, unrelated):
        post.save_revision().publish()
    other_campaign = publish_campaign(title="Another campaign", topics=[topic])
    campaign = publish_campaign(title="End reverse auctions", topics=[topic])

    related = [page.title for page in client.get(campaign.url).context["related_pages"]]
    assert related == ["Reverse auctions explained"]
    assert other_campaign.title not in related


def count_queries(client, url):
    client.get(url)  # the first request also fills per-process caches (site, settings)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_sign_ups_or_campaigns(client, publish_campaign):
    campaign = publish_campaign(slug="one")
    add_signups(campaign, 2)
    index, single = count_queries(client, "/campaigns/"), count_queries(client, "/campaigns/one/")
    home = count_queries(client, "/")

    add_signups(campaign, 300)
    for _ in range(5):
        add_signups(publish_campaign(), 20)
    assert count_queries(client, "/campaigns/") == index
    assert count_queries(client, "/campaigns/one/") == single
    assert count_queries(client, "/") == home


def test_home_page_lists_active_campaigns_only(client, publish_campaign):
    publish_campaign(title="Closed one", status=Status.CLOSED)
    active = publish_campaign(title="Sign this one")
    add_signups(active, 4)
    home = client.get("/").text
    assert "Campaigns you can sign" in home
    assert "Sign this one" in home
    assert "4 people have signed" in home
    assert "Closed one" not in home


def test_home_page_says_nothing_without_active_campaigns(client, publish_campaign):
    publish_campaign(status=Status.WON)
    assert "Campaigns you can sign" not in client.get("/").text
