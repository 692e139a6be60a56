import pytest
from django.template import Context, Template
from django.utils import translation

from tests.blog.factories import BlogIndexPageFactory, BlogPostPageFactory
from tests.website.factories import StandardPageFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_hreflang_alternates_name_every_published_language(client, site_tree, about_page):
    untranslated = client.get("/about/").text
    assert '<link rel="alternate" hreflang="en" href="http://testserver/about/">' in untranslated
    assert '<link rel="alternate" hreflang="cy"' not in untranslated

    site_tree.translate(about_page, title="Amdanom ni", slug="amdanom")
    translated = client.get("/about/").text
    assert '<link rel="alternate" hreflang="cy" href="http://testserver/cy/amdanom/">' in translated
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/about/">' in (
        translated
    )


def test_navigation_shows_each_page_in_the_readers_language(client, site_tree, about_page):
    from website.models import NavigationSettings

    navigation = NavigationSettings.for_site(site_tree.site)
    navigation.primary_links = [{"type": "link", "value": {"page": about_page.pk}}]
    navigation.save()
    site_tree.translate(about_page, title="Amdanom ni", slug="amdanom")

    english = client.get("/about/").text
    assert '<a href="/about/" aria-current="page">About us</a>' in english
    welsh = client.get("/cy/").text
    assert '<a href="/cy/amdanom/">Amdanom ni</a>' in welsh


def test_navigation_leaves_out_unpublished_pages(client, site_tree):
    from website.models import NavigationSettings

    hidden = StandardPageFactory(parent=site_tree.english_home, title="Hidden", live=False)
    navigation = NavigationSettings.for_site(site_tree.site)
    navigation.primary_links = [{"type": "link", "value": {"page": hidden.pk}}]
    navigation.save()
    assert ">Hidden<" not in client.get("/").text


def test_a_welsh_draft_leaves_the_english_page_in_the_welsh_menu(client, site_tree, about_page):
    from website.models import NavigationSettings

    navigation = NavigationSettings.for_site(site_tree.site)
    navigation.primary_links = [{"type": "link", "value": {"page": about_page.pk}}]
    navigation.save()
    draft = about_page.copy_for_translation(site_tree.welsh_home.locale)
    draft.title = "Amdanom ni"
    draft.save_revision()

    assert '<a href="/about/" lang="en">About us</a>' in client.get("/cy/").text


def test_the_menu_costs_the_same_queries_however_many_links(client, site_tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from website.models import NavigationSettings

    def queries_with_links(count):
        pages = [
            StandardPageFactory(
                parent=site_tree.english_home,
                title=f"Menu page {number}",
                slug=f"m{count}-{number}",
            )
            for number in range(count)
        ]
        for page in pages:
            site_tree.translate(page, title=f"Tudalen {page.title}")
        navigation = NavigationSettings.for_site(site_tree.site)
        navigation.primary_links = [{"type": "link", "value": {"page": p.pk}} for p in pages]
        navigation.save()
        client.get("/cy/")
        with CaptureQueriesContext(connection) as queries:
            assert "Tudalen Menu page 0" in client.get("/cy/").text
        return len(queries)

    assert queries_with_links(2) == queries_with_links(6)


@pytest.mark.parametrize(("language", "expected"), [("cy", ' lang="en"'), ("en", "")])
def test_lang_attribute_marks_only_items_in_another_language(rf, about_page, language, expected):
    template = Template("{% load website_tags %}<a{% lang_attribute item %}>")
    with translation.override(language):
        html = template.render(Context({"request": rf.get("/"), "item": about_page}))
    assert html == f"<a{expected}>"


def test_an_english_page_in_the_welsh_menu_is_marked_as_english(client, site_tree, about_page):
    from website.models import NavigationSettings

    contact = StandardPageFactory(parent=site_tree.english_home, title="Contact us", slug="contact")
    site_tree.translate(contact, title="Cysylltu", slug="cysylltu")
    navigation = NavigationSettings.for_site(site_tree.site)
    navigation.primary_links = [
        {"type": "link", "value": {"page": about_page.pk}},
        {"type": "link", "value": {"page": contact.pk}},
    ]
    navigation.save()

    welsh = client.get("/cy/").text
    assert '<a href="/about/" lang="en">About us</a>' in welsh
    assert '<a href="/cy/cysylltu/">Cysylltu</a>' in welsh
    assert 'lang="en"' not in client.get("/").text.split("<body", 1)[1]


def test_a_welsh_listing_marks_an_english_topic_as_english(client, site_tree):
    english_blog = BlogIndexPageFactory(parent=site_tree.english_home)
    english_blog.save_revision().publish()
    site_tree.translate(english_blog, title="Blog (Cymraeg)")
    untranslated = TopicFactory(name="Commissioning", slug="commissioning")
    post = BlogPostPageFactory(parent=english_blog, title="Reverse auctions", topics=[untranslated])
    post.save_revision().publish()
    site_tree.translate(post, title="Arwerthiannau o chwith")

    welsh = client.get("/cy/blog/").text
    assert '<a href="/cy/blog/topic/commissioning/" lang="en">Commissioning</a>' in welsh
    title = 'class="post-card__title"><a href="/cy/blog/reverse-auctions/">Arwerthiannau o chwith'
    assert title in welsh
