import pytest

from tests.website.factories import StandardPageFactory

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
