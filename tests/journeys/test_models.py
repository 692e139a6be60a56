"""The journeys as a reader follows them: from the home page's main buttons, through the
steps, to the search that lands on the local scheme; in English and Welsh."""

import re

import pytest

from journeys.models import JourneyPage
from website.models import HomePage

pytestmark = pytest.mark.django_db


def hero_links(html):
    hero = html.split('class="hero__actions"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'<a class="button[^"]*" href="([^"]+)">([^<]+)</a>', hero)


@pytest.mark.parametrize(
    "home,expected",
    [
        ("/", [("Become a carer", "Become a Shared Lives carer"), ("Get support", None)]),
        ("/cy/", [("Dod yn ofalwr", "Dod yn ofalwr Shared Lives"), ("Cael cymorth", None)]),
    ],
)
def test_the_home_page_buttons_lead_to_the_journeys(client, journeys, home, expected):
    links = hero_links(client.get(home).text)
    assert [label for _href, label in links] == [label for label, _title in expected]
    for href, _label in links:
        assert href.startswith(home)
        response = client.get(href)
        assert response.status_code == 200
        assert 'class="journey-steps"' in response.text
    carer_title = expected[0][1]
    assert f"<h1>{carer_title}</h1>" in client.get(links[0][0]).text


def test_every_link_on_the_demo_home_page_goes_somewhere(client, journeys):
    html = client.get("/").text
    body = html.split("<main", 1)[1].split("</main>", 1)[0]
    hrefs = set(re.findall(r'href="(/[^"#]*)"', body))
    assert "/become-a-carer/" in hrefs  # the main button
    assert ">How to become a carer</a>" in body  # the callout's link, made by the demo
    for href in hrefs:
        assert client.get(href).status_code == 200, href


@pytest.mark.parametrize(
    "journey,typed,scheme",
    [
        ("/become-a-carer/", "EX20", "Shared Lives South West"),
        ("/get-support/", "CF10 1AA", "ategi Shared Lives"),
        ("/cy/dod-yn-ofalwr/", "CF10 1AA", "Shared Lives ategi"),
        ("/cy/cael-cymorth/", "Sir Gâr", "Shared Lives Gorllewin Cymru"),
    ],
)
def test_each_journey_ends_with_a_search_that_lands_on_the_local_scheme(
    client, journeys, journey, typed, scheme
):
    html = client.get(journey).text
    form = re.search(r'<form method="get" action="([^"]+)"[^>]*>(.*?)</form>', html, re.S)
    assert form, html
    action, fields = form.groups()
    assert action == ("/cy/schemes/" if journey.startswith("/cy/") else "/schemes/")
    assert 'name="q"' in fields
    results = client.get(action, {"q": typed})
    assert results.status_code == 200
    cards = re.findall(r'scheme-card">.*?<h3[^>]*>(.*?)</h3>', results.text, re.S)
    assert cards, results.text
    assert any(scheme in card for card in cards), cards


def test_the_steps_are_numbered_in_the_editors_order(client, journeys):
    html = client.get("/become-a-carer/").text
    headings = re.findall(r'<li class="journey-step">\s*<h2>([^<]+)</h2>', html)
    assert headings[:3] == [
        "What a Shared Lives carer does",
        "Who can do it",
        "Have a first talk with your local scheme",
    ]
    assert "The approval panel" in headings and "Support and pay" in headings


def test_a_button_whose_page_is_unpublished_is_left_out(client, journeys):
    assert len(hero_links(client.get("/").text)) == 2
    JourneyPage.objects.get(slug="get-support").unpublish()
    links = hero_links(client.get("/").text)
    assert [label for _href, label in links] == ["Become a carer"]


def test_a_button_without_its_own_text_shows_the_page_title(client, journeys):
    home = HomePage.objects.get(pk=journeys.english_home.pk)
    home.secondary_action_label = ""
    home.save_revision().publish()
    labels = [label for _href, label in hero_links(client.get("/").text)]
    assert labels == ["Become a carer", "Get support through Shared Lives"]
