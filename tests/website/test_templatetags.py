import re

import pytest

from tests.website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def switcher_links(html):
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)" lang="(\w+)"', switcher)


def test_switcher_goes_to_the_translation_of_this_page(client, site_tree, about_page):
    site_tree.translate(about_page, title="Amdanom ni", slug="amdanom")
    assert switcher_links(client.get("/about/").text) == [("/cy/amdanom/", "cy")]
    assert switcher_links(client.get("/cy/amdanom/").text) == [("/about/", "en")]


def test_switcher_goes_to_the_welsh_home_when_there_is_no_translation(client, about_page):
    assert switcher_links(client.get("/about/").text) == [("/cy/", "cy")]


def test_switcher_ignores_a_translation_that_is_not_published(client, site_tree, about_page):
    translation = about_page.copy_for_translation(site_tree.welsh_home.locale)
    assert not translation.live
    assert switcher_links(client.get("/about/").text) == [("/cy/", "cy")]


def test_switcher_on_search_keeps_the_query(client, site_tree):
    assert switcher_links(client.get("/search/?q=care").text) == [("/cy/search/?q=care", "cy")]


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
