import datetime

import pytest

from consent.models import Use
from syndication.feeds_sources import campaign_source
from tests.blog.conftest import blog  # noqa: F401
from tests.blog.factories import BlogPostPageFactory, ImageFactory
from tests.consent.conftest import consenting_person, make_story, story_index  # noqa: F401
from tests.consent.factories import ConsentRecordFactory
from tests.reports.conftest import publish_report, reports_index  # noqa: F401
from tests.website.factories import TopicFactory
from website.models import PageTopic

STORY_USES = [Use.NAME, Use.PHOTO, Use.STORY]
FIRST_DAY = datetime.date(2024, 1, 1)


@pytest.fixture
def topic(db):
    return TopicFactory(name="Later life", slug="later-life")


@pytest.fixture
def publish_campaign(site_tree):
    """Makes and publishes a campaign, or skips the test while the campaigns app (built
    alongside these feeds) is not there."""
    if campaign_source() is None:
        pytest.skip("The campaigns app is not installed.")
    from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory

    index = CampaignIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()

    def publish(*, topics=(), **fields):
        campaign = CampaignPageFactory(parent=index, **fields)
        for topic in topics:
            PageTopic.objects.create(page=campaign, topic=topic)
        campaign.save_revision().publish()
        campaign.refresh_from_db()
        return campaign

    return publish


@pytest.fixture
def add_items(blog, make_story, publish_report, topic):  # noqa: F811
    """Publishes `rounds` of one blog post, one story and one report, each with an image,
    an author or a PDF and a topic, one day apart, newest last; returns the pages."""

    def add(rounds, start=0):
        pages = []
        for number in range(start, start + rounds):
            day = FIRST_DAY + datetime.timedelta(days=number)
            post = BlogPostPageFactory(
                parent=blog, date=day, hero_image=ImageFactory(), topics=[topic]
            )
            post.save_revision().publish()
            story = make_story(
                ConsentRecordFactory().person,
                published_on=day,
                hero_image=ImageFactory(),
                hero_alt_text="Two people at a kitchen table",
            )
            PageTopic.objects.create(page=story, topic=topic)
            report = publish_report(publication_date=day, cover=ImageFactory(), topics=[topic])
            pages += [post, story, report]
        return pages

    return add
