"""Who sees what of the consent register: anonymous, Writer, Editor, Consent officer and
Translator against the register, its private fields, evidence files, previews and
publishing."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.consent.factories import ConsentRecordFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "Writers", "Editors", "Consent officers", "Translators"]


@pytest.fixture
def as_role(client, member_of):
    def login(role):
        if role != "anonymous":
            client.force_login(member_of(role))
        return client

    return login


@pytest.fixture
def record():
    return ConsentRecordFactory(
        person__public_name="Brian",
        person__full_name="Brian Secretsurname",
        person__private_notes="Private note about Brian",
    )


def status_of(response):
    return response.status_code


@pytest.mark.parametrize(
    ("role", "can_list"),
    [
        ("anonymous", False),
        ("Writers", True),
        ("Editors", True),
        ("Consent officers", True),
        ("Translators", True),
    ],
)
def test_who_can_see_the_people_in_the_register_and_their_consent_status(
    as_role, record, role, can_list
):
    response = as_role(role).get(reverse("wagtailsnippets_consent_person:list"))
    assert (response.status_code == 200 and "Brian" in response.text) is can_list
    if can_list:
        assert "Current until" in response.text
        assert "Secretsurname" not in response.text


@pytest.mark.parametrize(
    ("role", "sees_private"),
    [("Writers", False), ("Editors", False), ("Translators", False), ("Consent officers", True)],
)
def test_only_consent_officers_see_private_names_and_notes(as_role, record, role, sees_private):
    client = as_role(role)
    person = record.person
    edit = client.get(reverse("wagtailsnippets_consent_person:edit", args=[person.pk]))
    inspect_like = edit.text if edit.status_code == 200 else ""
    assert ("Secretsurname" in inspect_like) is sees_private
    assert ("Private note about Brian" in inspect_like) is sees_private


@pytest.mark.parametrize(
    ("role", "can_open"),
    [
        ("anonymous", False),
        ("Writers", False),
        ("Editors", False),
        ("Translators", False),
        ("Consent officers", True),
    ],
)
def test_only_consent_officers_can_open_evidence_files(as_role, record, role, can_open):
    url = reverse("wagtaildocs_serve", args=[record.evidence.pk, record.evidence.filename])
    response = as_role(role).get(url)
    opened = response.status_code == 200 and b"%PDF" in b"".join(response.streaming_content)
    assert opened is can_open


@pytest.mark.parametrize(
    ("role", "can_record"),
    [("Writers", False), ("Editors", False), ("Translators", False), ("Consent officers", True)],
)
def test_only_consent_officers_record_and_withdraw_consent(as_role, record, role, can_record):
    client = as_role(role)
    add = client.get(reverse("wagtailsnippets_consent_consentrecord:add"))
    withdraw = client.get(reverse("consent_withdraw", args=[record.person.pk]))
    assert (add.status_code == 200) is can_record
    assert (withdraw.status_code == 200) is can_record


@pytest.mark.parametrize("role", [*ROLES, "superuser"])
def test_nobody_can_edit_or_delete_a_consent_record(client, as_role, record, role):
    if role == "superuser":
        client.force_login(get_user_model().objects.create_superuser("root", "r@example.org", "x"))
    else:
        as_role(role)
    edit = client.post(
        reverse("wagtailsnippets_consent_consentrecord:edit", args=[record.pk]),
        {"uses": ["name"]},
    )
    delete = client.post(reverse("wagtailsnippets_consent_consentrecord:delete", args=[record.pk]))
    assert edit.status_code in (302, 403)
    assert delete.status_code in (302, 403)
    record.refresh_from_db()
    assert len(record.uses) > 1


@pytest.mark.parametrize(
    ("role", "can_publish", "can_preview"),
    [
        ("Writers", False, True),
        ("Editors", True, True),
        ("Translators", False, True),
        ("Consent officers", False, False),
    ],
)
def test_publishing_and_previewing_stories(
    as_role, member_of, make_story, record, role, can_publish, can_preview
):
    story = make_story(record.person)
    client = as_role(role)
    user = client.get(reverse("wagtailadmin_home")).wsgi_request.user
    assert story.permissions_for_user(user).can_publish() is can_publish
    preview = client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[story.pk]))
    assert (preview.status_code == 200) is can_preview


def test_evidence_never_appears_in_the_public_site_search(client, record):
    response = client.get("/search/", {"q": "consent form"})
    assert record.evidence.title not in response.text
