import datetime

import pytest

from consent.models import Use
from tests.blog.conftest import blog  # noqa: F401
from tests.blog.factories import BlogPostPageFactory, ImageFactory
from tests.campaigns.conftest import campaigns_index, publish_campaign  # noqa: F401
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
