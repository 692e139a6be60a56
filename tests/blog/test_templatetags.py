import datetime

import pytest
from django.template import Context, Template

from tests.blog.factories import BlogPostPageFactory

pytestmark = pytest.mark.django_db


def test_home_page_shows_the_three_newest_public_posts(client, blog):
    for day in range(1, 5):
        BlogPostPageFactory(parent=blog, title=f"Post {day}", date=datetime.date(2019, 1, day))
    BlogPostPageFactory(
        parent=blog, title="Unpublished", date=datetime.date(2019, 2, 1), live=False
    )
    response = client.get("/")
    assert "Latest from our blog" in response.text
    shown = [title for title in ["Post 4", "Post 3", "Post 2", "Post 1"] if title in response.text]
    assert shown == ["Post 4", "Post 3", "Post 2"]
    assert response.text.index("Post 4") < response.text.index("Post 3")
    assert "Unpublished" not in response.text
    assert '<a class="more-link" href="/blog/">All blog posts</a>' in response.text


def test_welsh_home_shows_only_welsh_posts(client, site_tree, blog, welsh_blog):
    post = BlogPostPageFactory(parent=blog, title="In English")
    site_tree.translate(post, title="Yn Gymraeg")
    welsh_home = client.get("/cy/")
    assert "Yn Gymraeg" in welsh_home.text
    assert "In English" not in welsh_home.text
    assert 'href="/cy/blog/"' in welsh_home.text


def test_home_page_has_no_blog_section_without_posts(client, blog):
    assert "Latest from our blog" not in client.get("/").text


def test_json_ld_cannot_close_its_script_element():
    rendered = Template("{% load blog_tags %}{{ data|json_ld }}").render(
        Context({"data": {"headline": "</script><script>alert(1)</script> & more"}})
    )
    assert rendered == (
        '<script type="application/ld+json">{"headline": '
        '"\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E \\u0026 more"}'
        "</script>"
    )
