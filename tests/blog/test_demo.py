import html
import io

import pytest
from django.core.management import call_command

from blog.models import Author, BlogIndexPage, BlogPostPage
from website.models import Topic

pytestmark = pytest.mark.django_db


def test_demo_blog_has_enough_variety_to_browse_in_both_languages_and_loads_only_once(client):
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

    welsh_posts = {
        "what-our-shared-lives-schemes-are-worth": (
            "Beth yw gwerth ein cynlluniau Shared Lives",
            "Comisiynu",
            "Prif weithredwr",
        ),
        "state-of-shared-lives-2017": (
            "Shared Lives yn dal i dyfu, ond y bwlch rhwng y rhanbarthau'n lledu",
            "Polisi gofal cymdeithasol",
            "Arweinydd datblygu ar gyfer pobl hŷn ac iechyd",
        ),
    }
    welsh = BlogPostPage.objects.live().filter(locale__language_code="cy")
    assert set(welsh.values_list("slug", flat=True)) == set(welsh_posts)
    for slug, (title, topic, role) in welsh_posts.items():
        response = client.get(f"/cy/blog/{slug}/")
        assert response.status_code == 200, slug
        page = html.unescape(response.text)
        assert '<html lang="cy"' in page
        assert f"<h1>{title}</h1>" in page
        assert topic in page  # the topic, in Welsh
        assert role in page  # the author, in Welsh
    # Loading twice made each Welsh author once, linked to a Welsh organisation.
    welsh_authors = Author.objects.filter(locale__language_code="cy")
    assert sorted(welsh_authors.values_list("slug", flat=True)) == ["lesley-dixon", "sue-eley"]
    assert {author.organisation.locale.language_code for author in welsh_authors} == {"cy"}
    welsh_index = html.unescape(client.get("/cy/blog/").text)
    assert "Comisiynu" in welsh_index and "Commissioning" not in welsh_index
