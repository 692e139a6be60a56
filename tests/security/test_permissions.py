"""The permission matrix of the two-factor screens: who may open each, with the second
factor passed (tests/conftest.py's client), and anonymous visitors sent to sign in."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from security import services
from tests.security.helpers import password_only, with_app

pytestmark = pytest.mark.django_db

ROLES = ["Writers", "Editors", "Consent officers", "Translators", "superuser"]


@pytest.fixture
def as_role(client, member_of):
    def sign_in(role):
        if role == "superuser":
            user = get_user_model().objects.create_superuser("root", "r@example.org", "x")
        else:
            user = member_of(role)
        with_app(user)
        client.force_login(user)
        return client, user

    return sign_in


@pytest.fixture
def someone_else(db):
    return get_user_model().objects.create_user("gwen", "gwen@example.org", "a-long-password")


@pytest.mark.parametrize(
    "url",
    [
        reverse("security_manage"),
        reverse("security_set_up"),
        reverse("security_verify"),
        reverse("security_reset", args=[1]),
    ],
)
def test_anonymous_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


@pytest.mark.parametrize("role", ROLES)
def test_everyone_manages_their_own_second_factor(as_role, role):
    client, user = as_role(role)
    manage = client.get(reverse("security_manage"))
    assert manage.status_code == 200
    assert "Two-factor sign-in is on" in manage.text
    codes = client.post(reverse("security_recovery_codes"))
    assert codes.status_code == 200
    assert services.recovery_codes_left(user) == 10
    assert client.get(reverse("security_set_up")).status_code == 200


@pytest.mark.parametrize(
    ("role", "may_turn_off"),
    [
        ("Writers", True),
        ("Editors", True),
        ("Translators", True),
        ("Consent officers", False),
        ("superuser", False),
    ],
)
def test_only_roles_that_do_not_need_it_may_turn_it_off(as_role, role, may_turn_off):
    client, user = as_role(role)
    manage = client.get(reverse("security_manage"))
    assert ("Turn off two-factor sign-in" in manage.text) is may_turn_off
    client.post(reverse("security_turn_off"))
    assert (not TOTPDevice.objects.filter(user=user).exists()) is may_turn_off


@pytest.mark.parametrize(
    ("role", "may_reset"),
    [
        ("Writers", False),
        ("Editors", False),
        ("Translators", False),
        ("Consent officers", False),
        ("superuser", True),
    ],
)
def test_only_administrators_reset_someone_elses(as_role, someone_else, role, may_reset):
    device = with_app(someone_else)
    client, _user = as_role(role)
    url = reverse("security_reset", args=[someone_else.pk])
    assert (client.get(url).status_code == 200) is may_reset
    client.post(url)
    assert (not TOTPDevice.objects.filter(pk=device.pk).exists()) is may_reset


def test_nobody_resets_their_own_through_the_administrators_screen(as_role):
    client, user = as_role("superuser")
    client.post(reverse("security_reset", args=[user.pk]))
    assert TOTPDevice.objects.filter(user=user).exists()


def test_an_unknown_account_to_reset_is_a_404_not_an_error(as_role):
    client, _user = as_role("superuser")
    assert client.get(reverse("security_reset", args=[987654])).status_code == 404


def test_the_steps_are_in_welsh_for_an_editor_who_chose_welsh(member_of):
    officer = member_of("Consent officers")
    with_app(officer)
    UserProfile.objects.update_or_create(user=officer, defaults={"preferred_language": "cy"})
    page = password_only(officer).get(reverse("security_verify"))
    assert "Rhowch eich cod mewngofnodi" in page.text
