"""The language switcher: to this page in the other language, or to that language's home
page with a notice saying this page is not translated yet."""

import re

import pytest
from django.utils import translation

from tests.blog.factories import BlogIndexPageFactory, BlogPostPageFactory
from tests.website.factories import StandardPageFactory, TopicFactory

pytestmark = pytest.mark.django_db

NOT_TRANSLATED = (
    "The page you were reading has not been translated into this language yet, so we have "
    "brought you to our home page."
)


def switcher_links(html):
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)" lang="(\w+)"', switcher)


def follow_switcher(client, address):
    [(url, _language)] = switcher_links(client.get(address).text)
    return url, client.get(url)


def notice_in(language):
    with translation.override(language):
        return f'<p class="notice" role="status">{translation.gettext(NOT_TRANSLATED)}</p>'


def main_of(html):
    return re.search(r'<main id="main-content".*?</main>', html, re.S).group(0)


def test_switcher_goes_to_the_translation_of_this_page(client, site_tree, about_page):
    site_tree.translate(about_page, title="Amdanom ni", slug="amdanom")
    assert switcher_links(client.get("/about/").text) == [("/cy/amdanom/", "cy")]
    assert switcher_links(client.get("/cy/amdanom/").text) == [("/about/", "en")]
    assert NOT_TRANSLATED not in client.get("/cy/amdanom/").text


def test_an_untranslated_page_leads_to_the_welsh_home_with_a_welsh_notice(client, about_page):
    url, landing = follow_switcher(client, "/about/")
    assert url == "/cy/?untranslated=1"
    assert landing.status_code == 200
    assert '<html lang="cy"' in landing.text
    assert notice_in("cy") in main_of(landing.text)


def test_a_welsh_only_page_leads_to_the_english_home_with_an_english_notice(client, site_tree):
    StandardPageFactory(parent=site_tree.welsh_home, title="Newyddion lleol", slug="newyddion")
    url, landing = follow_switcher(client, "/cy/newyddion/")
    assert url == "/?untranslated=1"
    assert '<html lang="en"' in landing.text
    assert notice_in("en") in main_of(landing.text)


def test_an_unpublished_translation_counts_as_untranslated(client, site_tree, about_page):
    draft = about_page.copy_for_translation(site_tree.welsh_home.locale)
    assert not draft.live
    assert switcher_links(client.get("/about/").text) == [("/cy/?untranslated=1", "cy")]


@pytest.mark.parametrize("value", ["", "0", "yes", "<script>alert(1)</script>"])
def test_the_notice_shows_only_for_the_switchers_own_link(client, site_tree, value):
    response = client.get("/cy/", {"untranslated": value})
    assert 'role="status"' not in response.text
    assert "<script>alert" not in response.text


def test_search_switches_to_the_same_search_in_welsh(client, site_tree):
    assert switcher_links(client.get("/search/?q=care").text) == [("/cy/search/?q=care", "cy")]


@pytest.fixture
def translated_blog(site_tree):
    """The English blog index at /blog/, translated at /cy/blog/."""
    blog = BlogIndexPageFactory(parent=site_tree.english_home)
    blog.save_revision().publish()
    site_tree.translate(blog, title="Blog (Cymraeg)")
    return blog


@pytest.mark.parametrize("route", ["topic/care-at-home/", "author/{author}/", "2021/", "2021/03/"])
def test_a_blog_archive_switches_to_the_same_archive_in_welsh(
    client, site_tree, translated_blog, route
):
    topic = TopicFactory(name="Care at home", slug="care-at-home")
    post = BlogPostPageFactory(parent=translated_blog, date="2021-03-04", topics=[topic])
    post.save_revision().publish()
    site_tree.translate(post, title="Gofal yn y cartref")
    route = route.format(author=post.authors.get().author.slug)

    url, landing = follow_switcher(client, f"/blog/{route}")
    assert url == f"/cy/blog/{route}"
    assert landing.status_code == 200
    assert "Gofal yn y cartref" in landing.text
    assert switcher_links(landing.text) == [(f"/blog/{route}", "en")]
    hreflang = f'<link rel="alternate" hreflang="cy" href="http://testserver/cy/blog/{route}">'
    assert hreflang in client.get(f"/blog/{route}").text


def test_an_untranslated_blog_archive_leads_to_the_welsh_home(client, site_tree):
    blog = BlogIndexPageFactory(parent=site_tree.english_home)
    blog.save_revision().publish()
    BlogPostPageFactory(parent=blog, date="2021-03-04").save_revision().publish()
    assert switcher_links(client.get("/blog/2021/").text) == [("/cy/?untranslated=1", "cy")]
