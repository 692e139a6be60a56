"""Which cached addresses a change to a page purges (website/purge.py); the purges
themselves are proved against Varnish in test_purge_through_varnish.py."""

import re

import pytest
from wagtail.models import Site

from tests.blog.factories import AuthorFactory, BlogIndexPageFactory, BlogPostPageFactory
from tests.website.factories import StandardPageFactory, TopicFactory
from website.models import NavigationSettings
from website.purge import addresses_showing, prefixes_to_ban

SITE = "http://testserver"


@pytest.fixture
def blog(site_tree):
    index = BlogIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()
    site_tree.translate(index, title="Blog (Cymraeg)")
    return index


@pytest.fixture
def care():
    return TopicFactory(name="Care at home", slug="care")


@pytest.fixture
def post(site_tree, blog, care):
    page = BlogPostPageFactory(
        parent=blog,
        title="Slow policy",
        slug="slow-policy",
        date="2024-03-05",
        topics=[care],
        authors=[AuthorFactory(slug="alex")],
    )
    page.save_revision().publish()
    site_tree.translate(page, title="Polisi araf")
    return page


def test_a_post_is_purged_wherever_it_is_shown(post):
    urls, everywhere = addresses_showing([post.pk])
    expected = {
        "/blog/slow-policy/",
        "/cy/blog/slow-policy/",
        "/",
        "/cy/",
        "/blog/",
        "/cy/blog/",
        "/blog/topic/care/",
        "/blog/author/alex/",
        "/blog/2024/",
        "/blog/2024/03/",
        "/cy/blog/topic/care/",
        "/feeds/all.rss",
        "/feeds/blog.atom",
        "/cy/feeds/blog.json",
        "/embed/blog/",
        f"/embed/blog/{post.pk}/",
        "/api/v2/pages/",
        f"/api/v2/pages/{post.pk}/",
        "/oembed/",
        "/sitemap.xml",
        "/sitemap-blog.xml",
        "/search/",
        "/cy/search/",
    }
    assert {SITE + path for path in expected} <= urls
    assert not everywhere


def test_pages_listing_it_as_related_or_linking_to_it_are_purged_too(site_tree, blog, care, post):
    related = BlogPostPageFactory(parent=blog, slug="related", topics=[care])
    related.save_revision().publish()
    unrelated = BlogPostPageFactory(parent=blog, slug="unrelated")
    unrelated.save_revision().publish()
    linking = StandardPageFactory(
        parent=site_tree.english_home,
        slug="linking",
        body=[{"type": "paragraph", "value": f'<p><a linktype="page" id="{post.pk}">x</a></p>'}],
    )
    linking.save_revision().publish()

    urls, _everywhere = addresses_showing([post.pk])

    assert f"{SITE}/blog/related/" in urls
    assert f"{SITE}/linking/" in urls
    assert f"{SITE}/blog/unrelated/" not in urls


def test_a_page_in_the_menu_purges_every_page(site_tree, blog, post):
    _urls, everywhere = addresses_showing([post.pk])
    assert not everywhere
    navigation = NavigationSettings.for_site(site_tree.site)
    navigation.primary_links = [{"type": "link", "value": {"page": blog.pk}}]
    navigation.save()

    _urls, everywhere = addresses_showing([blog.pk])

    assert everywhere


def test_a_renamed_page_bans_beneath_its_old_and_new_addresses_in_each_language_and_site(
    site_tree, blog
):
    Site.objects.create(hostname="www.example.org", port=80, root_page=site_tree.english_home)
    old_url_path = blog.url_path
    blog.slug = "news-and-views"
    blog.save_revision().publish()

    prefixes = prefixes_to_ban(blog.pk, old_url_path)

    # The Welsh blog kept its slug; its pages link to the English ones, which moved.
    paths = [r"^/blog/", r"^/news\-and\-views/", r"^/cy/blog/"]
    hosts = ["testserver", "www.example.org"]
    assert prefixes == sorted([host, path] for host in hosts for path in paths)
    assert re.match(r"^/news\-and\-views/", "/news-and-views/topic/care/")
    assert not any(re.match(path, "/about/blog/") for path in paths)
    assert not any(re.match(path, "/blog-archive/") for path in paths)


def test_an_old_address_wagtail_could_not_serve_has_nothing_to_ban(site_tree, blog):
    # Only letters, digits, `_` and `-` route (wagtail_serve); an imported slug may hold more.
    blog.slug = "news.v1"
    blog.save(clean=False)
    old_url_path = blog.url_path
    blog.slug = "news"
    blog.save_revision().publish()

    prefixes = prefixes_to_ban(blog.pk, old_url_path)

    assert prefixes == [["testserver", "^/cy/blog/"], ["testserver", "^/news/"]]
