"""A Welsh page made by wagtail-localize links the Welsh topics and authors, not the English
ones its synchronised rows were copied with."""

import pytest

from blog.models import BlogPostAuthor
from tests.blog.conftest import blog, welsh_blog  # noqa: F401
from tests.blog.factories import AuthorFactory, BlogPostPageFactory
from tests.website.factories import TopicFactory
from tests.website.localize import sync, translate, translate_snippet
from website.models import PageTopic

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_post(blog):  # noqa: F811
    topic = TopicFactory(name="Later life", slug="later-life")
    author = AuthorFactory(name="Ffion Evans", role="Policy lead")
    post = BlogPostPageFactory(parent=blog, topics=[topic], authors=[author])
    post.save_revision().publish()
    return post


def links_of(page):
    topics = [link.topic for link in PageTopic.objects.filter(page=page).select_related("topic")]
    authors = [
        credit.author
        for credit in BlogPostAuthor.objects.filter(page=page).select_related("author")
    ]
    return topics, authors


def test_a_translated_post_links_the_welsh_topic_and_author(
    client,
    site_tree,
    welsh_blog,  # noqa: F811
    english_post,
):
    locale = site_tree.welsh_home.locale
    [topic], [author] = links_of(english_post)
    welsh_topic = translate_snippet(topic, locale, name="Bywyd hwyrach")
    welsh_author = translate_snippet(author, locale, role="Arweinydd polisi")

    welsh_post = translate(english_post, locale)

    assert links_of(welsh_post) == ([welsh_topic], [welsh_author])
    assert links_of(english_post) == ([topic], [author])
    page = client.get(welsh_post.url).content.decode()
    assert "Bywyd hwyrach" in page and "Arweinydd polisi" in page
    assert "Later life" not in page and "Policy lead" not in page
    # A sync copies the English rows again; publishing it puts the Welsh ones back.
    sync(english_post)
    assert links_of(welsh_post) == ([welsh_topic], [welsh_author])


def test_a_topic_translated_after_the_page_is_linked_once_it_exists(
    site_tree,
    welsh_blog,  # noqa: F811
    english_post,
):
    locale = site_tree.welsh_home.locale
    [topic], [author] = links_of(english_post)
    welsh_post = translate(english_post, locale)
    # Until there is a Welsh topic the link to the English one is kept, not lost.
    assert links_of(welsh_post) == ([topic], [author])

    welsh_topic = translate_snippet(topic, locale, name="Bywyd hwyrach")

    assert links_of(welsh_post) == ([welsh_topic], [author])
    assert links_of(english_post) == ([topic], [author])


def test_a_page_already_linking_both_versions_keeps_one_link(
    site_tree,
    welsh_blog,  # noqa: F811
    english_post,
):
    locale = site_tree.welsh_home.locale
    [topic], _authors = links_of(english_post)
    welsh_topic = translate_snippet(topic, locale, name="Bywyd hwyrach")
    welsh_post = english_post.copy_for_translation(locale)
    PageTopic.objects.create(page=welsh_post, topic=welsh_topic, sort_order=1)
    welsh_post = type(welsh_post).objects.get(pk=welsh_post.pk)
    assert len(links_of(welsh_post)[0]) == 2

    welsh_post.save_revision().publish()

    assert links_of(welsh_post)[0] == [welsh_topic]
