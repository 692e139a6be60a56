import pytest

from tests.website.factories import StandardPageFactory, TopicFactory
from website.models import PageTopic, StandardPage
from website.related import pages_sharing_topics

pytestmark = pytest.mark.django_db


def tagged(parent, *topics, **fields):
    page = StandardPageFactory(parent=parent, **fields)
    for topic in topics:
        PageTopic.objects.create(page=page, topic=topic)
    return page


def test_related_pages_share_a_topic_are_public_and_never_the_page_itself(site_tree):
    home = site_tree.english_home
    nhs, housing = TopicFactory(name="NHS"), TopicFactory(name="Housing")
    page = tagged(home, nhs, housing, title="Subject")
    both = tagged(home, nhs, housing, title="Both topics")
    one = tagged(home, housing, title="One topic")
    tagged(home, TopicFactory(name="Other"), title="Unrelated")
    tagged(home, nhs, title="Draft", live=False)

    related = pages_sharing_topics(page, page_model=StandardPage).order_by("title")
    assert [related_page.title for related_page in related] == [both.title, one.title]


def test_a_page_without_topics_has_no_related_pages(site_tree):
    page = tagged(site_tree.english_home)
    tagged(site_tree.english_home, TopicFactory())
    assert not pages_sharing_topics(page).exists()
