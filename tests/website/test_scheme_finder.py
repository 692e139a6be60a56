import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from tests.website.factories import OrganisationFactory
from website.models import Organisation, Region
from website.places import gazetteer


def scheme(name, region, areas, **fields):
    return OrganisationFactory(
        name=name, kind=Organisation.Kind.SCHEME, region=region, local_authorities=areas, **fields
    )


@pytest.fixture
def schemes(site_tree):
    return {
        "devon": scheme(
            "Shared Lives South West",
            "south-west",
            ["devon", "cornwall"],
            offers_long_term=True,
            phone="01632 960101",
        ),
        "bristol": scheme("Bristol Shared Lives", "south-west", ["bristol"]),
        "cardiff": scheme("ategi Shared Lives", "wales", ["cardiff"], offers_short_breaks=True),
        "west-wales": scheme("West Wales Shared Lives", "wales", ["carmarthenshire"]),
        "edinburgh": scheme("Edinburgh Shared Lives", "scotland", ["city-of-edinburgh"]),
    }


def names(response):
    finding = response.context["finding"]
    return sorted(s.name for s in finding.schemes), sorted(s.name for s in finding.alternatives)


@pytest.mark.parametrize(
    "query,expected",
    [
        ("EX20", "Shared Lives South West"),
        ("ex20", "Shared Lives South West"),
        ("CF10 1AA", "ategi Shared Lives"),
        ("cf101aa", "ategi Shared Lives"),
        ("Okehampton", "Shared Lives South West"),
        ("Truro", "Shared Lives South West"),
        ("Cardiff", "ategi Shared Lives"),
        ("Caerdydd", "ategi Shared Lives"),
        ("Sir Gâr", "West Wales Shared Lives"),
        ("sir gar", "West Wales Shared Lives"),
        ("Llanelli", "West Wales Shared Lives"),
        ("Carmarthenshire", "West Wales Shared Lives"),
        ("Devon County Council", "Shared Lives South West"),
    ],
)
def test_a_postcode_town_or_council_finds_the_scheme_covering_it(client, schemes, query, expected):
    response = client.get("/schemes/", {"q": query})
    assert response.status_code == 200
    assert names(response) == ([expected], [])
    assert f'<h3 class="card__title">{expected}</h3>' in response.content.decode()


def test_the_result_count_is_announced_and_names_the_place(client, schemes):
    html = client.get("/schemes/", {"q": "EX20 1AB"}).content.decode()
    assert 'role="status"' in html
    assert "1 scheme covers EX20" in html
    assert 'href="tel:01632960101"' in html
    assert "Long-term living" in html


def test_without_a_search_every_scheme_is_listed(client, schemes):
    response = client.get("/schemes/")
    assert response.status_code == 200
    assert len(names(response)[0]) == 5
    assert "5 schemes across the UK" in response.content.decode()


def test_the_region_filter_works_as_a_plain_get_form(client, schemes):
    html = client.get("/schemes/").content.decode()
    assert 'method="get"' in html and 'name="region"' in html
    response = client.get("/schemes/", {"region": "wales"})
    assert names(response) == (["West Wales Shared Lives", "ategi Shared Lives"], [])


def test_a_region_with_a_place_outside_it_finds_nothing_there_and_offers_the_region(
    client, schemes
):
    response = client.get("/schemes/", {"q": "Okehampton", "region": "wales"})
    assert names(response) == ([], ["West Wales Shared Lives", "ategi Shared Lives"])


def test_a_place_no_scheme_covers_offers_the_schemes_of_its_region(client, schemes):
    response = client.get("/schemes/", {"q": "Plymouth"})
    assert response.status_code == 200
    assert names(response) == ([], ["Bristol Shared Lives", "Shared Lives South West"])
    assert "We do not know of a scheme that covers Plymouth yet" in response.content.decode()


def test_an_unknown_district_in_a_known_area_shows_the_region(client, schemes):
    response = client.get("/schemes/", {"q": "EX99"})
    assert names(response) == (["Bristol Shared Lives", "Shared Lives South West"], [])
    assert "We do not yet know which council covers EX99" in response.content.decode()


def test_a_place_we_do_not_know_says_so_and_lists_every_scheme(client, schemes):
    response = client.get("/schemes/", {"q": "Atlantis"})
    assert response.status_code == 200
    assert len(names(response)[1]) == 5
    assert "We could not find that place" in response.content.decode()


def test_a_scheme_can_be_found_by_its_name(client, schemes):
    response = client.get("/schemes/", {"q": "ategi"})
    assert names(response) == (["ategi Shared Lives"], [])


@pytest.mark.parametrize(
    "params",
    [
        {"q": 'Exeter"><script>'},
        {"q": "x" * 200},
        {"q": "Cardiff'; DROP TABLE"},
        {"region": "atlantis"},
        {"q": "a_b"},
    ],
)
def test_bad_input_gets_a_friendly_message_not_an_error(client, schemes, params):
    response = client.get("/schemes/", params)
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert "<script>" not in html


@pytest.mark.parametrize("query,typed_cleanly", [("EX\x0020", "EX20"), ("Cardiff\x1b", "Cardiff")])
def test_control_characters_get_a_plain_bad_request(client, schemes, query, typed_cleanly):
    response = client.get("/schemes/", {"q": query})
    assert response.status_code == 400
    assert "characters in it that no address on this site uses" in response.content.decode()
    # The same search typed cleanly works: the refusal is for the character alone.
    assert client.get("/schemes/", {"q": typed_cleanly}).status_code == 200


def test_the_welsh_page_finds_by_welsh_names_and_speaks_welsh(client, schemes):
    welsh = schemes["cardiff"].copy_for_translation(Locale.objects.get(language_code="cy"))
    welsh.name = "Shared Lives ategi"
    welsh.save()
    response = client.get("/cy/schemes/", {"q": "Caerdydd"})
    assert response.status_code == 200
    html = response.content.decode()
    assert names(response) == (["Shared Lives ategi"], [])
    assert 'lang="cy"' in html
    assert "Dod o hyd i'ch cynllun lleol" in html
    assert "Caerdydd" in html  # the area covered, by its Welsh name


def test_the_number_of_queries_does_not_grow_with_the_schemes_or_the_search(client, schemes):
    client.get("/schemes/")  # the site's routes and settings cached as on a live site
    counts = []
    for params in [{}, {"q": "EX20"}, {"q": "Caerdydd"}, {"region": "wales"}, {"q": "Atlantis"}]:
        with CaptureQueriesContext(connection) as queries:
            client.get("/schemes/", params)
        counts.append(len(queries))
    scheme("Another scheme", "wales", ["cardiff"])
    with CaptureQueriesContext(connection) as queries:
        client.get("/schemes/")
    counts.append(len(queries))
    assert len(set(counts)) == 1, counts
    assert counts[0] <= 6, counts


def test_every_authority_in_the_places_file_has_a_known_region():
    places = gazetteer()
    assert len(places.authorities) > 30
    assert {a.region for a in places.authorities.values()} <= set(Region.values)
    assert places.districts["EX20"] == ["devon"]
