import datetime

import pytest

from consent.models import Use
from tests.blog.conftest import blog  # noqa: F401
from tests.blog.factories import BlogPostPageFactory, ImageFactory
from tests.campaigns.conftest import campaigns_index, publish_campaign  # noqa: F401
from tests.consent.factories import ConsentRecordFactory
from tests.reports.conftest import publish_report, reports_index  # noqa: F401
from tests.stories.factories import StoryPageFactory, feature
from tests.syndication.api_helpers import wide_image
from tests.website.factories import TopicFactory, english
from website.models import Organisation, PageTopic

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


@pytest.fixture
def make_topical_story(story_index, topic):
    """Publishes a story under the index featuring `people` with `uses`, filed under
    `topic`."""

    def make(*people, uses=STORY_USES, **fields):
        story = StoryPageFactory(parent=story_index, **fields)
        PageTopic.objects.create(page=story, topic=topic)
        for person in people:
            feature(story, person, uses)
        story.save_revision().publish()
        story.refresh_from_db()
        return story

    return make


@pytest.fixture
def syndicated_story(make_topical_story, consenting_person):
    return make_topical_story(
        consenting_person,
        title="Brian after his stroke",
        region="south-east",
        scheme=Organisation.objects.create(
            name="Shared Lives Surrey", kind="scheme", locale=english()
        ),
        hero_image=wide_image(),
        hero_alt_text="Brian in the garden",
    )
