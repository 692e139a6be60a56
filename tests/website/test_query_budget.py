"""Every public page type costs at most twelve queries once the frame (menus, settings,
addresses) is warm, and the same however much the site holds: nothing a page shows is
fetched item by item, and the consent gate is asked inside each listing's own query."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.blog.factories import BlogIndexPageFactory, BlogPostPageFactory, ImageFactory
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from tests.reports.factories import PdfDocumentFactory, ReportIndexPageFactory, ReportPageFactory
from tests.website.factories import OrganisationFactory, TopicFactory
from website.models import PageTopic

QUERY_BUDGET = 12


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def linking_to(pages):
    """A body of paragraphs, each linking to one of `pages` (rich text links to pages are
    resolved by Wagtail on every showing)."""
    return [
        {"type": "paragraph", "value": f'<p>See <a linktype="page" id="{page.pk}">this</a>.</p>'}
        for page in pages
    ]


def add_posts(blog, topics, count):
    return [
        published(
            BlogPostPageFactory(
                parent=blog, topics=topics, hero_image=ImageFactory(), body=linking_to([blog])
            )
        )
        for _ in range(count)
    ]


def add_stories(make_story, topics, count):
    scheme = OrganisationFactory()
    stories = [
        make_story(hero_image=ImageFactory(), hero_alt_text="Two people laughing", scheme=scheme)
        for _ in range(count)
    ]
    for story in stories:
        for sort_order, topic in enumerate(topics):
            PageTopic.objects.create(page=story, topic=topic, sort_order=sort_order)
    return stories


@pytest.fixture
def site(site_tree, about_page, make_story):
    home = site_tree.english_home
    topics = [TopicFactory(), TopicFactory()]
    blog = published(BlogIndexPageFactory(parent=home))
    campaigns = published(CampaignIndexPageFactory(parent=home))
    reports = published(ReportIndexPageFactory(parent=home))
    for _ in range(3):
        published(CampaignPageFactory(parent=campaigns))
        published(
            ReportPageFactory(
                parent=reports, cover=ImageFactory(), easy_read_document=PdfDocumentFactory()
            )
        )
    post = add_posts(blog, topics, 3)[0]
    story = add_stories(make_story, topics, 3)[0]
    # The home page's two main buttons and a link in its text, as the demo has them.
    home.primary_action_page, home.secondary_action_page = about_page, blog
    home.body = linking_to([about_page])
    home.save_revision().publish()
    about_page.body = linking_to([home, blog, post])
    published(about_page)
    return {
        "home": "/",
        "home, Welsh": "/cy/",
        "standard page": about_page.url,
        "blog index": blog.url,
        "blog topic": f"{blog.url}topic/{topics[0].slug}/",
        "blog post": post.url,
        "story index": "/stories/",
        "story": story.url,
        "campaign index": campaigns.url,
        "campaign": campaigns.get_children().first().url,
        "report index": reports.url,
        "report": reports.get_children().first().url,
        "search": "/search/?q=summary",
        "scheme finder": "/schemes/?q=EX20",
    }, (blog, topics)


def queries_of(client, address):
    client.get(address)  # the first request fills the frame and makes image renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200, address
    return len(queries)


def test_every_public_page_type_stays_within_twelve_queries_however_big_the_site(
    client, site, make_story, about_page
):
    addresses, (blog, topics) = site
    counts = {what: queries_of(client, address) for what, address in addresses.items()}
    assert not {what: n for what, n in counts.items() if n > QUERY_BUDGET}, counts
    # The control: the listings do show what was added.
    assert client.get(addresses["blog index"]).text.count("post-card") >= 3

    posts = add_posts(blog, topics, 30)
    add_stories(make_story, topics, 15)
    # More links in a page's text cost no more either.
    about_page.body = linking_to([blog, *posts[:10]])
    published(about_page)
    grown = {what: queries_of(client, address) for what, address in addresses.items()}
    # Search fetches each page type on its first page of results in a query of its own,
    # so its count follows which types rank first, within the budget.
    assert grown.pop("search") <= QUERY_BUDGET
    counts.pop("search")
    assert grown == counts
