"""Purging, proved against a real Varnish: whatever a change takes off or puts on the site
leaves every cached address that showed, or should show, it."""

from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from consent.services import withdraw_consent
from tests.blog.factories import AuthorFactory, BlogIndexPageFactory, BlogPostPageFactory
from tests.stories.factories import StoryPageFactory, feature
from tests.website.factories import StandardPageFactory, TopicFactory
from website.models import PageTopic

pytestmark = [
    pytest.mark.varnish,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def cached(varnish, addresses):
    """Reads each address twice through Varnish, asserting the second came from its cache;
    returns {address: the cached text}."""
    texts = {}
    for address in addresses:
        varnish.get(address)
        reply = varnish.get(address)
        assert reply.headers["x-cache"] == "HIT", address
        texts[address] = reply.text
    return texts


def test_publish_a_post_and_home_index_topic_archive_and_feeds_show_it_at_once(varnish, site_tree):
    blog = BlogIndexPageFactory(parent=site_tree.english_home)
    blog.save_revision().publish()
    care = TopicFactory(name="Care at home", slug="care")
    author = AuthorFactory()
    older = BlogPostPageFactory(parent=blog, title="An older post", topics=[care], authors=[author])
    older.save_revision().publish()
    addresses = [
        "/",
        "/blog/",
        "/blog/topic/care/",
        "/feeds/blog.rss",
        "/feeds/blog.rss?topic=care",
        "/feeds/all.atom",
        "/feeds/all.json?topic=care",
    ]
    before = cached(varnish, addresses)
    for address, text in before.items():
        assert "An older post" in text, address
        assert "Slow policy" not in text, address

    post = BlogPostPageFactory(parent=blog, title="Slow policy", topics=[care], authors=[author])
    post.save_revision().publish()

    for address in addresses:
        assert "Slow policy" in varnish.get(address).text, address


def test_rename_a_topic_and_the_pages_filed_under_it_show_the_new_name(varnish, site_tree):
    blog = BlogIndexPageFactory(parent=site_tree.english_home)
    blog.save_revision().publish()
    care = TopicFactory(name="Care at home", slug="care")
    post = BlogPostPageFactory(parent=blog, slug="slow-policy", topics=[care])
    post.save_revision().publish()
    addresses = ["/blog/slow-policy/", "/blog/topic/care/"]
    for address, text in cached(varnish, addresses).items():
        assert "Care at home" in text, address

    care.name = "Care in ordinary homes"
    care.save()

    for address in addresses:
        assert "Care in ordinary homes" in varnish.get(address).text, address


@pytest.fixture
def brian(site_tree, story_index, consenting_person):
    """Brian's story, live in English and Welsh, filed under a topic."""
    topic = TopicFactory(name="Living together", slug="together")
    story = StoryPageFactory(parent=story_index, title="Brian moves in", slug="brian")
    feature(story, consenting_person, consenting_person.consent_records.get().uses)
    PageTopic.objects.create(page=story, topic=topic)
    story.save_revision().publish()
    site_tree.translate(story_index, title="Straeon")
    site_tree.translate(story, title="Brian yn symud i mewn", slug="brian")
    return story


def test_withdraw_a_person_and_every_cached_address_that_showed_them_stops(varnish, brian):
    story = brian
    addresses = {
        "/stories/brian/": "Brian moves in",
        "/cy/stories/brian/": "Brian yn symud i mewn",
        "/stories/": "Brian moves in",
        "/cy/stories/": "Brian yn symud i mewn",
        "/": "Brian moves in",
        "/cy/": "Brian yn symud i mewn",
        "/feeds/stories.rss": "Brian moves in",
        "/feeds/all.atom?topic=together": "Brian moves in",
        "/cy/feeds/stories.json": "Brian yn symud i mewn",
        "/api/v2/pages/?type=stories.StoryPage": "Brian moves in",
        f"/api/v2/pages/{story.pk}/": "Brian moves in",
        "/oembed/?url=" + quote("http://testserver/stories/brian/"): "Brian moves in",
        "/embed/stories/": "Brian moves in",
        "/sitemap-stories.xml": "/stories/brian/",
        "/search/?q=Brian": "Brian moves in",
    }
    before = cached(varnish, addresses)
    for address, shown in addresses.items():
        assert shown in before[address], address

    officer = get_user_model().objects.create_superuser("officer", "officer@example.org")
    withdraw_consent(story.featured_people.get().person, by=officer, reason="Asked us to")

    for address, shown in addresses.items():
        assert shown not in varnish.get(address).text, address


def test_in_production_publishing_queues_the_purge_and_the_worker_does_it(
    varnish, about_page, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    cached(varnish, ["/about/"])
    about_page.title = "About the network"
    about_page.save_revision().publish()
    # Publishing returned without waiting for Varnish: the reader still gets the old page.
    assert "About us" in varnish.get("/about/").text

    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)

    assert "About the network" in varnish.get("/about/").text


def from_the_app_not_the_cache(reply):
    """The answer for an address the page left: Django's redirect (Wagtail's redirects app
    makes one when a page moves) or 404, never the page still cached there."""
    return reply.headers["x-cache"] == "MISS" and reply.status in {301, 302, 404}


@pytest.fixture
def blog_in_both_languages(site_tree):
    blog = BlogIndexPageFactory(parent=site_tree.english_home, slug="blog")
    blog.save_revision().publish()
    care = TopicFactory(name="Care at home", slug="care")
    post = BlogPostPageFactory(parent=blog, title="Slow policy", slug="slow-policy", topics=[care])
    post.save_revision().publish()
    welsh_blog = site_tree.translate(blog, title="Blog (Cymraeg)")
    site_tree.translate(post, title="Polisi araf")
    # As an editor would find them, with the posts added since.
    return blog.specific_class.objects.get(pk=blog.pk), welsh_blog.specific_class.objects.get(
        pk=welsh_blog.pk
    )


def test_rename_a_blog_and_its_posts_and_archives_leave_their_old_addresses(
    varnish, about_page, blog_in_both_languages
):
    blog, _welsh_blog = blog_in_both_languages
    old = ["/blog/", "/blog/slow-policy/", "/blog/topic/care/", "/blog/topic/care/?page=1"]
    cached(varnish, [*old, "/about/", "/cy/blog/slow-policy/"])

    blog.slug = "news-and-views"
    blog.save_revision().publish()

    for address in old:
        assert from_the_app_not_the_cache(varnish.get(address)), address
    assert "Slow policy" in varnish.get("/news-and-views/slow-policy/").text
    # The Welsh post kept its address; its link to the English one follows the move.
    welsh = varnish.get("/cy/blog/slow-policy/").text
    assert 'href="/news-and-views/slow-policy/"' in welsh
    assert 'href="/blog/slow-policy/"' not in welsh
    # The control: a page elsewhere stays cached.
    assert varnish.get("/about/").headers["x-cache"] == "HIT"


def test_rename_the_welsh_blog_and_its_old_welsh_addresses_go(
    varnish, about_page, blog_in_both_languages
):
    _blog, welsh_blog = blog_in_both_languages
    old = ["/cy/blog/slow-policy/", "/cy/blog/topic/care/"]
    cached(varnish, [*old, "/blog/slow-policy/", "/about/"])

    welsh_blog.slug = "blog-cymraeg"
    welsh_blog.save_revision().publish()

    for address in old:
        assert from_the_app_not_the_cache(varnish.get(address)), address
    assert "Polisi araf" in varnish.get("/cy/blog-cymraeg/slow-policy/").text
    assert 'href="/cy/blog-cymraeg/slow-policy/"' in varnish.get("/blog/slow-policy/").text
    assert varnish.get("/about/").headers["x-cache"] == "HIT"


def test_move_a_section_and_the_pages_under_it_leave_their_old_addresses(
    varnish, site_tree, about_page
):
    services = StandardPageFactory(parent=site_tree.english_home, slug="services")
    services.save_revision().publish()
    advice = StandardPageFactory(parent=services, slug="advice", title="Advice on care")
    advice.save_revision().publish()
    help_page = StandardPageFactory(parent=site_tree.english_home, slug="help")
    help_page.save_revision().publish()
    old = ["/services/", "/services/advice/"]
    cached(varnish, [*old, "/about/"])

    services.move(help_page, pos="last-child")

    for address in old:
        assert from_the_app_not_the_cache(varnish.get(address)), address
    assert "Advice on care" in varnish.get("/help/services/advice/").text
    assert varnish.get("/about/").headers["x-cache"] == "HIT"


def test_in_production_a_rename_is_queued_and_the_worker_drops_the_old_addresses(
    varnish, about_page, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    child = StandardPageFactory(parent=about_page, slug="team", title="Our team")
    child.save_revision().publish()
    cached(varnish, ["/about/team/"])
    about = about_page.specific_class.objects.get(pk=about_page.pk)
    about.slug = "who-we-are"
    about.save_revision().publish()
    # Renaming returned without waiting for Varnish: the old address is still cached.
    assert varnish.get("/about/team/").headers["x-cache"] == "HIT"

    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)

    assert from_the_app_not_the_cache(varnish.get("/about/team/"))
