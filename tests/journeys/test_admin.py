"""The comms team edits journeys and the home page's buttons in Wagtail, and translates
them with wagtail-localize's own buttons."""

import re

import pytest

from tests.journeys.factories import JourneyPageFactory
from tests.website.localize import translate
from website.models import HomePage

pytestmark = pytest.mark.django_db


def test_editors_can_make_a_journey_and_choose_the_home_buttons(client, member_of, site_tree):
    journey = JourneyPageFactory(parent=site_tree.english_home, title="Volunteer with us")
    client.force_login(member_of("Editors"))
    home_id = site_tree.english_home.pk
    add = client.get(f"/admin/pages/add/journeys/journeypage/{home_id}/")
    assert add.status_code == 200
    assert "Find your local scheme" in add.text  # the panel for the search at the end
    edit_home = client.get(f"/admin/pages/{home_id}/edit/")
    assert "Main buttons" in edit_home.text
    assert client.get(f"/admin/pages/{journey.pk}/edit/").status_code == 200


def test_a_journey_and_the_home_buttons_translate_with_wagtail_localize(client, site_tree):
    journey = JourneyPageFactory(parent=site_tree.english_home, slug="volunteer")
    journey.save_revision().publish()
    welsh_journey = translate(journey, site_tree.welsh_home.locale)
    assert welsh_journey.specific.steps[1].value["heading"] == "Second"

    home = HomePage.objects.get(pk=site_tree.english_home.pk)
    home.primary_action_page, home.primary_action_label = journey, "Volunteer"
    home.save_revision().publish()
    translate(home, site_tree.welsh_home.locale)

    welsh_html = client.get("/cy/").text
    hero = welsh_html.split('class="hero__actions"', 1)[1].split("</ul>", 1)[0]
    # The Welsh button leads to the Welsh journey, not the English one.
    assert re.findall(r'href="([^"]+)"', hero) == ["/cy/volunteer/"]
    assert "<h1>" + welsh_journey.title + "</h1>" in client.get("/cy/volunteer/").text
