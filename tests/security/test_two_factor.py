"""Two-factor sign-in: who needs it, that a password alone opens nothing they need it for,
setting up an app, and recovery codes that work once each."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from security import services
from tests.consent.factories import ConsentRecordFactory
from tests.security.helpers import PASSWORD, app_code, fully_signed_in, password_only, with_app

pytestmark = pytest.mark.django_db

REGISTER = "wagtailsnippets_consent_person:list"


def test_a_consent_officer_with_only_a_password_is_sent_to_set_up_a_second_factor(member_of):
    client = password_only(member_of("Consent officers"))
    response = client.get(reverse(REGISTER))
    assert response.status_code == 302
    assert response.url.startswith(reverse("security_set_up"))
    assert "Brian" not in client.get(reverse(REGISTER), follow=True).text


def test_the_password_alone_does_not_open_evidence_files_outside_the_admin(member_of):
    record = ConsentRecordFactory()
    officer = member_of("Consent officers")
    url = reverse("wagtaildocs_serve", args=[record.evidence.pk, record.evidence.filename])
    assert password_only(officer).get(url).status_code != 200
    # Positive control: the same officer past their second factor opens it.
    assert fully_signed_in(officer, with_app(officer)).get(url).status_code == 200


def test_setting_up_an_app_signs_the_officer_in_and_shows_recovery_codes_once(member_of):
    ConsentRecordFactory(person__public_name="Brian")
    client = password_only(member_of("Consent officers"))
    page = client.get(reverse("security_set_up"))
    assert "<svg" in page.text
    device = TOTPDevice.objects.get(confirmed=False)

    wrong = client.post(reverse("security_set_up"), {"code": "000000"})
    assert "That code did not match" in wrong.text
    assert "Too many wrong codes" in client.post(reverse("security_set_up"), {"code": "1"}).text
    device.refresh_from_db()
    device.throttle_reset()  # as waiting out the pause would

    done = client.post(reverse("security_set_up"), {"code": app_code(device)})
    assert done.status_code == 200
    codes = done.context["codes"]
    assert len(codes) == 10 and all(code in done.text for code in codes)
    assert "Brian" in client.get(reverse(REGISTER)).text


def test_someone_with_an_app_and_only_the_password_cannot_add_another_app(member_of):
    officer = member_of("Consent officers")
    with_app(officer)
    response = password_only(officer).get(reverse("security_set_up"))
    assert response.url.startswith(reverse("security_verify"))
    assert TOTPDevice.objects.filter(user=officer).count() == 1


def test_a_wrong_code_is_refused_in_plain_words_and_the_right_one_lets_them_in(member_of):
    officer = member_of("Consent officers")
    device = with_app(officer)
    client = password_only(officer)
    wrong = client.post(reverse("security_verify"), {"code": "12345"})
    assert "That code did not work" in wrong.text
    assert wrong.context["form"]["code"].value() == "12345"
    device.throttle_reset()
    right = client.post(
        reverse("security_verify") + "?next=/admin/snippets/", {"code": app_code(device)}
    )
    assert right.url == "/admin/snippets/"
    assert client.get(reverse(REGISTER)).status_code == 200


def test_the_next_address_never_leads_off_the_site(member_of):
    officer = member_of("Consent officers")
    device = with_app(officer)
    response = password_only(officer).post(
        reverse("security_verify") + "?next=https://evil.example/", {"code": app_code(device)}
    )
    assert response.url == reverse("wagtailadmin_home")


def test_each_recovery_code_works_once(member_of):
    officer = member_of("Consent officers")
    with_app(officer)
    first, second = services.new_recovery_codes(officer)[:2]

    client = password_only(officer)
    used = client.post(reverse("security_verify"), {"code": first.upper()}, follow=True)
    assert "You used a recovery code. You have 9 left" in used.text
    assert client.get(reverse(REGISTER)).status_code == 200

    again = password_only(officer)
    refused = again.post(reverse("security_verify"), {"code": first})
    assert "That code did not work" in refused.text
    StaticDevice.objects.get(user=officer).throttle_reset()
    assert again.get(reverse(REGISTER)).status_code == 302
    assert again.post(reverse("security_verify"), {"code": second}).status_code == 302
    assert again.get(reverse(REGISTER)).status_code == 200


def test_a_superuser_needs_a_second_factor_too(db):
    root = get_user_model().objects.create_superuser("root", "r@example.org", PASSWORD)
    client = password_only(root)
    assert client.get(reverse("wagtailadmin_home")).url.startswith(reverse("security_set_up"))


def test_writers_need_one_only_when_the_site_asks_everyone(member_of, settings):
    writer = member_of("Writers")
    assert password_only(writer).get(reverse("wagtailadmin_home")).status_code == 200
    settings.ADMIN_2FA_REQUIRED_FOR_ALL = True
    response = password_only(writer).get(reverse("wagtailadmin_home"))
    assert response.url.startswith(reverse("security_set_up"))


def test_a_writer_who_set_one_up_is_always_asked_for_it(member_of):
    writer = member_of("Writers")
    with_app(writer)
    response = password_only(writer).get(reverse("wagtailadmin_home"))
    assert response.url.startswith(reverse("security_verify"))


def test_the_development_bypass_works_only_with_debug(member_of, settings):
    officer = member_of("Consent officers")
    settings.ADMIN_2FA_DEV_BYPASS = True
    settings.DEBUG = True
    assert password_only(officer).get(reverse(REGISTER)).status_code == 200
    settings.DEBUG = False
    assert password_only(officer).get(reverse(REGISTER)).status_code == 302


def test_a_writer_may_turn_it_off_but_a_consent_officer_may_not(member_of):
    writer = member_of("Writers")
    client = fully_signed_in(writer, with_app(writer))
    assert client.post(reverse("security_turn_off")).status_code == 302
    assert not TOTPDevice.objects.filter(user=writer).exists()

    officer = member_of("Consent officers")
    client = fully_signed_in(officer, with_app(officer))
    refused = client.post(reverse("security_turn_off"), follow=True)
    assert "you do not have permission" in refused.text
    assert TOTPDevice.objects.filter(user=officer).exists()


def test_an_administrator_resets_someone_who_lost_phone_and_codes(member_of):
    officer = member_of("Consent officers")
    with_app(officer)
    services.new_recovery_codes(officer)
    root = get_user_model().objects.create_superuser("root", "r@example.org", PASSWORD)
    admin = fully_signed_in(root, with_app(root))

    listing = admin.get(reverse("wagtailusers_users:index"))
    assert reverse("security_reset", args=[officer.pk]) in listing.text
    confirm = admin.get(reverse("security_reset", args=[officer.pk]))
    assert "removes consent-officers's authenticator app" in confirm.text
    admin.post(reverse("security_reset", args=[officer.pk]))
    assert not TOTPDevice.objects.filter(user=officer).exists()
    assert services.recovery_codes_left(officer) == 0
    # Their role still needs it: the next sign-in sets it up again.
    response = password_only(officer).get(reverse(REGISTER))
    assert response.url.startswith(reverse("security_set_up"))
