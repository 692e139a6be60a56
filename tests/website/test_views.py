import re

import pytest
from django.test import override_settings
from django.urls import path
from django.utils import translation

from tests.consent.factories import lapse_consent
from website.urls import urlpatterns as site_urlpatterns

pytestmark = pytest.mark.django_db


def test_english_and_welsh_homes_declare_their_language(client, site_tree):
    english = client.get("/")
    welsh = client.get("/cy/")
    assert english.status_code == welsh.status_code == 200
    assert '<html lang="en"' in english.text
    assert '<html lang="cy"' in welsh.text
    assert "Croeso" in welsh.text


def test_public_pages_send_a_content_security_policy(client, site_tree):
    policy = client.get("/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "object-src 'none'" in policy


def test_standard_page_shows_its_content_and_breadcrumb(client, about_page):
    response = client.get("/about/")
    assert response.status_code == 200
    assert "<h1>About us</h1>" in response.text
    assert 'aria-label="Breadcrumb"' in response.text
    assert '<link rel="canonical" href="http://testserver/about/">' in response.text


def test_unknown_address_gets_the_styled_not_found_page_in_english(client, site_tree):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert '<html lang="en"' in response.text
    assert "Page not found" in response.text
    assert 'href="#main-content"' in response.text


def test_unknown_welsh_address_gets_the_not_found_page_in_welsh(client, site_tree):
    response = client.get("/cy/dim-tudalen/")
    assert response.status_code == 404
    assert '<html lang="cy"' in response.text
    assert "Heb ddod o hyd i'r dudalen" in response.text
    assert '<li><a href="/cy/">' in response.text


def broken_view(request):
    raise RuntimeError("something broke")


urlpatterns = [path("broken/", broken_view), *site_urlpatterns]
handler500 = "website.views.server_error"


@override_settings(ROOT_URLCONF=__name__)
def test_a_server_error_apologises_in_english_and_in_welsh(client, site_tree):
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    assert "something broke" not in response.text
    apologies = {}
    for language, home in [("en", "/"), ("cy", "/cy/")]:
        with translation.override(language):
            apologies[language] = translation.gettext("Sorry, something went wrong")
            home_link = f'<a href="{home}">{translation.gettext("Go to the home page")}</a>'
        section = re.search(rf'<div [^>]*lang="{language}">(.*?)</div>', response.text, re.S)
        assert f"<h1>{apologies[language]}</h1>" in section.group(1)
        assert home_link in section.group(1)
    assert apologies["en"] != apologies["cy"]


def test_a_welsh_story_taken_down_answers_gone_in_welsh(
    client, site_tree, story_index, make_story, consenting_person
):
    site_tree.translate(story_index, title="Straeon", slug="straeon")
    welsh = site_tree.translate(make_story(consenting_person), title="Stori Brian")
    lapse_consent(consenting_person)
    response = client.get(welsh.url)
    assert response.status_code == 410
    assert '<html lang="cy"' in response.text
    with translation.override("cy"):
        heading = translation.gettext("This page has been taken down")
    assert f"<h1>{heading}</h1>" in response.text
    assert "Stori Brian" not in response.text


def test_robots_txt_keeps_crawlers_out_of_admin_and_points_at_the_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.text
    assert "Sitemap: http://testserver/sitemap.xml" in response.text


def test_search_results_may_be_crawled(client, site_tree):
    robots = client.get("/robots.txt").text
    assert "Disallow: /admin/" in robots
    assert "/search/" not in robots
    results = client.get("/search/?q=homes")
    assert results.status_code == 200
    assert 'name="robots"' not in results.text
    assert "noindex" not in results.get("X-Robots-Tag", "")
