"""The People register: filtering by consent state, the state in words and colour, links to
each person's pages, and CSV and Excel exports that cannot carry a formula."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from consent.models import Person
from consent.register import ConsentState, with_consent_state
from consent.services import set_people_in_image, withdraw_consent
from tests.blog.factories import ImageFactory
from tests.consent.factories import (
    ConsentRecordFactory,
    ConsentWithdrawalFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_consent_person:list"


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def register():
    """One person in each state."""
    ConsentRecordFactory(person__public_name="Current Carys")
    ConsentRecordFactory(person__public_name="Due Dafydd", review_on=days(10))
    ConsentRecordFactory(
        person__public_name="Expired Elin",
        given_on=days(-400),
        expires_on=days(-1),
        review_on=days(-30),
    )
    withdrawn = ConsentRecordFactory(person__public_name="Withdrawn Wyn").person
    ConsentWithdrawalFactory(person=withdrawn)
    PersonFactory(public_name="Never Nia")
    # Consent given again after a withdrawal is current.
    again = ConsentWithdrawalFactory(person__public_name="Again Aled").person
    ConsentRecordFactory(person=again)


@pytest.fixture
def officer(client, member_of):
    client.force_login(member_of("Consent officers"))
    return client


def test_each_person_has_one_state(register):
    people = with_consent_state(Person.objects.all())
    states = dict(people.values_list("public_name", "consent_state"))
    assert states == {
        "Current Carys": ConsentState.CURRENT,
        "Due Dafydd": ConsentState.DUE,
        "Expired Elin": ConsentState.EXPIRED,
        "Withdrawn Wyn": ConsentState.WITHDRAWN,
        "Never Nia": ConsentState.NEVER_ASKED,
        "Again Aled": ConsentState.CURRENT,
    }


@pytest.mark.parametrize(
    ("state", "shown"),
    [
        ("current", {"Current Carys", "Again Aled"}),
        ("due", {"Due Dafydd"}),
        ("expired", {"Expired Elin"}),
        ("withdrawn", {"Withdrawn Wyn"}),
        ("never_asked", {"Never Nia"}),
    ],
)
def test_the_listing_filters_by_consent_state(officer, register, state, shown):
    response = officer.get(reverse(LIST), {"consent_state": state})
    everyone = {"Current Carys", "Due Dafydd", "Expired Elin", "Withdrawn Wyn", "Never Nia"}
    everyone.add("Again Aled")
    listed = {name for name in everyone if name in response.text}
    assert listed == shown


def test_the_state_is_said_in_words_and_a_withdrawal_never_looks_current(officer, register):
    response = officer.get(reverse(LIST), {"consent_state": "withdrawn"})
    assert 'class="consent-state consent-state--withdrawn">Withdrawn<' in response.text
    assert "consent-state--current" not in response.text
    assert "withdrew consent on" in response.text
    current = officer.get(reverse(LIST), {"consent_state": "current"})
    assert 'class="consent-state consent-state--current">Current<' in current.text


def test_the_listing_links_each_persons_pages(officer, make_story, consenting_person):
    story = make_story(consenting_person, title="Brian's garden")
    response = officer.get(reverse(LIST))
    assert reverse("wagtailadmin_pages:edit", args=[story.pk]) in response.text
    assert "Brian&#x27;s garden" in response.text


def test_the_listing_costs_the_same_however_many_people(
    officer, register, django_assert_max_num_queries
):
    officer.get(reverse(LIST))
    with django_assert_max_num_queries(40) as few:
        officer.get(reverse(LIST))
    for n in range(20):
        ConsentRecordFactory(person__public_name=f"Extra {n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        officer.get(reverse(LIST))


def test_csv_export_with_filter(officer, register):
    response = officer.get(reverse(LIST), {"consent_state": "withdrawn", "export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["Person"] for row in rows] == ["Withdrawn Wyn"]
    assert rows[0]["Consent"] == "Withdrawn"
    assert "withdrew consent" in rows[0]["Consent status"]


def test_excel_export(officer, register):
    response = officer.get(reverse(LIST), {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0][:4] == ("Person", "Role", "Age band", "Consent")
    assert ("Never Nia", "Person supported", "18 to 64", "Never asked") in [row[:4] for row in rows]


def test_exports_never_carry_a_formula(officer):
    PersonFactory(public_name='=HYPERLINK("http://evil.example","Click")')
    PersonFactory(public_name="+44 1234")
    csv_text = b"".join(officer.get(reverse(LIST), {"export": "csv"}).streaming_content).decode()
    names = [row["Person"] for row in csv.DictReader(io.StringIO(csv_text))]
    assert '\'=HYPERLINK("http://evil.example","Click")' in names
    assert "'+44 1234" in names
    xlsx = b"".join(officer.get(reverse(LIST), {"export": "xlsx"}).streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx)).active
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    formula = next(cell for cell in cells if str(cell.value).startswith("=HYPERLINK"))
    assert formula.data_type == "s"


def test_dashboard_warnings_link_to_the_person(officer, make_story, consenting_person):
    soon = ConsentRecordFactory(person__public_name="Linda", expires_on=days(12))
    make_story(soon.person)
    make_story(consenting_person, title="Brian's year")
    withdraw_consent(consenting_person, by=None, reason="Asked")
    response = officer.get(reverse("wagtailadmin_home"))
    for person in (soon.person, consenting_person):
        edit = reverse("wagtailsnippets_consent_person:edit", args=[person.pk])
        assert f'<a href="{edit}">{person.public_name}</a>' in response.text


def test_searching_the_register_keeps_the_states_and_filters(officer, register):
    response = officer.get(reverse(LIST), {"q": "Wyn", "consent_state": "withdrawn"})
    assert response.status_code == 200
    assert "Withdrawn Wyn" in response.text
    assert "Current Carys" not in response.text
    assert "consent-state--withdrawn" in response.text
    by_role = officer.get(reverse(LIST), {"q": "Nia", "role": "supported", "age_band": "adult"})
    assert "Never Nia" in by_role.text
    anyone = officer.get(reverse(LIST), {"q": "Carys"})
    assert 'class="consent-state consent-state--current">Current<' in anyone.text


@pytest.mark.parametrize(("role", "sees_photos"), [("Consent officers", True), ("Writers", False)])
def test_the_listing_links_each_persons_photos_for_consent_officers(
    client, member_of, consenting_person, role, sees_photos
):
    for _ in range(2):
        set_people_in_image(ImageFactory(), [consenting_person], by=None)
    client.force_login(member_of(role))
    response = client.get(reverse(LIST))
    photos = reverse("consent_person_images", args=[consenting_person.pk])
    assert (f'<a href="{photos}">2 photos</a>' in response.text) is sees_photos
    assert "Brian" in response.text


def test_the_export_counts_each_persons_photos(officer, consenting_person):
    set_people_in_image(ImageFactory(), [consenting_person], by=None)
    response = officer.get(reverse(LIST), {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0]["Photos of them"] == "1"
