"""Only consent officers make private links and see or decide people's answers; Writers,
Editors and Translators see neither the link maker nor the answers."""

import pytest
from django.urls import reverse

from consent.signoff.models import SignoffResponse
from consent.signoff.services import make_link, take_answers

pytestmark = pytest.mark.django_db

ROLES = [
    ("anonymous", False),
    ("Writers", False),
    ("Editors", False),
    ("Translators", False),
    ("Consent officers", True),
]


@pytest.fixture
def answered(dana):
    link, _token = make_link(dana, by=None)
    return take_answers(link, answers={"name": True}, supported_by="", language="en")


def signed_in(client, member_of, role):
    if role != "anonymous":
        client.force_login(member_of(role))
    return client


@pytest.mark.parametrize(("role", "allowed"), ROLES)
def test_who_can_open_the_link_maker_and_the_answers(client, member_of, answered, role, allowed):
    client = signed_in(client, member_of, role)
    screens = [
        reverse("consent_signoff_link", args=[answered.person.pk]),
        reverse("consent_signoff_answers"),
        reverse("consent_signoff_review", args=[answered.pk]),
    ]
    for url in screens:
        response = client.get(url)
        assert (response.status_code == 200) is allowed, url
        if allowed:
            assert "Dana" in response.text


@pytest.mark.parametrize(("role", "allowed"), ROLES)
def test_who_can_make_a_link_or_confirm_answers(client, member_of, answered, role, allowed):
    client = signed_in(client, member_of, role)
    client.post(
        reverse("consent_signoff_link", args=[answered.person.pk]), {"language": "en", "email": ""}
    )
    client.post(
        reverse("consent_signoff_review", args=[answered.pk]),
        {"action": "confirm", "expires_on": "2099-01-01", "review_on": "2098-01-01"},
    )
    answered.refresh_from_db()
    assert (answered.person.signoff_links.count() == 2) is allowed
    assert (answered.status == SignoffResponse.Status.CONFIRMED) is allowed


@pytest.mark.parametrize(("role", "allowed"), ROLES[1:])
def test_who_sees_the_link_maker_on_the_person_and_the_answers_in_the_menu(
    client, member_of, answered, role, allowed
):
    client = signed_in(client, member_of, role)
    link_maker = reverse("consent_signoff_link", args=[answered.person.pk])
    listing = client.get(reverse("wagtailsnippets_consent_person:list"))
    edit = client.get(reverse("wagtailsnippets_consent_person:edit", args=[answered.person.pk]))
    home = client.get(reverse("wagtailadmin_home"))
    assert listing.status_code == 200
    assert (link_maker in listing.text) is allowed
    assert (link_maker in edit.text) is allowed
    assert (reverse("consent_signoff_answers") in home.text) is allowed


@pytest.mark.parametrize(("role", "allowed"), ROLES[1:])
def test_the_dashboard_tells_consent_officers_of_waiting_answers(
    client, member_of, answered, role, allowed
):
    home = signed_in(client, member_of, role).get(reverse("wagtailadmin_home"))
    assert ("1 person's answers are waiting for you to check." in home.text) is allowed
