import io

import pytest
from django.core.management import call_command

from blog.models import Author, BlogIndexPage, BlogPostPage
from website.models import Topic

pytestmark = pytest.mark.django_db


def test_demo_blog_has_enough_variety_to_browse_and_loads_only_once(client):
    call_command("load_demo_content", stdout=io.StringIO())
    call_command("load_demo_content", stdout=io.StringIO())

    assert BlogIndexPage.objects.count() == 2  # English and Welsh
    posts = BlogPostPage.objects.live()
    assert posts.count() >= 12
    assert len({post.date.year for post in posts}) >= 3
    assert len({(post.date.year, post.date.month) for post in posts}) >= 6
    assert Author.objects.count() >= 4
    assert Author.objects.filter(is_guest=True).count() >= 2
    assert Topic.objects.filter(page_links__page__in=posts).distinct().count() >= 6
    assert posts.exclude(original_publication="").exists()

    post = posts.get(slug="sceptical-trust")
    for address in [
        "/",
        "/blog/",
        "/cy/blog/",
        "/blog/topic/commissioning/",
        "/blog/author/catherine-needham/",
        "/blog/2017/",
        "/blog/2017/01/",
        post.url,
    ]:
        assert client.get(address).status_code == 200, address
