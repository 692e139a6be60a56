"""The cached page frame (website/frame.py): a page's address, the menus and the footer
are read from the database once, and any change to them shows at the next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.website.factories import StandardPageFactory
from website.models import FooterSettings, NavigationSettings

pytestmark = pytest.mark.django_db

# A page of the frame and nothing else (a standard page): the generation, the page and the
# consent check. Everything else is kept, Wagtail's view restriction check included.
STANDARD_PAGE_QUERIES = 3


def queries(client, address):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(address).status_code == 200
    return len(captured)


def test_a_page_costs_the_same_few_queries_however_big_the_menus(client, site_tree, about_page):
    client.get("/about/")
    assert queries(client, "/about/") == STANDARD_PAGE_QUERIES
    pages = [StandardPageFactory(parent=site_tree.english_home) for _ in range(5)]
    for page in pages:
        page.save_revision().publish()
    navigation = NavigationSettings.for_site(site_tree.site)
    navigation.primary_links = [{"type": "link", "value": {"page": page.pk}} for page in pages]
    navigation.save()
    first = client.get("/about/").text  # the change starts a new frame, built once
    assert pages[4].title in first
    assert queries(client, "/about/") == STANDARD_PAGE_QUERIES


def test_an_unpublished_page_is_gone_at_once_though_its_address_was_kept(client, about_page):
    assert client.get("/about/").status_code == 200
    about_page.unpublish()
    assert client.get("/about/").status_code == 404


def test_a_moved_page_answers_at_its_new_address_and_the_old_one_sends_readers_there(
    client, site_tree, about_page
):
    team = StandardPageFactory(parent=site_tree.english_home, slug="team")
    team.save_revision().publish()
    assert client.get("/team/").status_code == 200
    team.move(about_page, pos="last-child")
    assert client.get("/about/team/").status_code == 200
    old = client.get("/team/")
    assert (old.status_code, old["Location"]) == (301, "/about/team/")


def test_a_renamed_menu_page_and_new_footer_details_show_at_the_next_request(
    client, site_tree, about_page
):
    navigation = NavigationSettings.for_site(site_tree.site)
    navigation.primary_links = [{"type": "link", "value": {"page": about_page.pk}}]
    navigation.save()
    assert ">About us</a>" in client.get("/").text
    about_page.title = "Who we are"
    about_page.save_revision().publish()
    footer = FooterSettings.for_site(site_tree.site)
    footer.charity_number = "1234567"
    footer.save()
    text = client.get("/").text
    assert ">Who we are</a>" in text
    assert ">About us</a>" not in text
    assert "Registered charity number 1234567" in text


def test_a_restriction_added_above_a_page_is_enforced_at_the_next_request(
    client, site_tree, about_page
):
    team = StandardPageFactory(parent=about_page, slug="team")
    team.save_revision().publish()
    elsewhere = StandardPageFactory(parent=site_tree.english_home, slug="staff")
    elsewhere.view_restrictions.create(restriction_type="login")
    assert client.get("/about/team/").status_code == 200
    assert client.get("/staff/").status_code == 302
    about_page.view_restrictions.create(restriction_type="password", password="kettle")
    assert "password" in client.get("/about/team/").text.lower()
    about_page.view_restrictions.all().delete()
    assert client.get("/about/team/").status_code == 200


def test_an_alias_follows_the_restrictions_of_the_page_it_shows(client, site_tree, about_page):
    alias = about_page.create_alias(parent=site_tree.english_home, update_slug="about-alias")
    assert client.get(alias.url).status_code == 200
    about_page.view_restrictions.create(restriction_type="login")
    assert client.get("/about/").status_code == 302
    assert client.get(alias.url).status_code == 302


def test_a_page_restricted_after_it_was_found_leaves_the_search_at_the_next_request(
    client, site_tree
):
    budget = StandardPageFactory(parent=site_tree.english_home, title="Budget explained")
    assert "1 result for “budget”" in client.get("/search/", {"q": "budget"}).text
    budget.view_restrictions.create(restriction_type="login")
    assert "0 results for “budget”" in client.get("/search/", {"q": "budget"}).text
