"""Two-factor sign-in through the real forms in Chromium: a Consent officer's right
password alone never opens the register."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from security import services
from tests.browser.accessibility import assert_no_axe_violations
from tests.consent.factories import ConsentRecordFactory
from tests.security.helpers import app_code, with_app

PASSWORD = "a-long-browser-test-password"
REGISTER = "/admin/snippets/consent/person/"


def officer(username="officer"):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    user.groups.add(Group.objects.get(name="Consent officers"))
    return user


def type_password(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_an_officer_without_a_second_factor_sets_one_up_before_seeing_the_register(
    live_server, page, site_tree
):
    ConsentRecordFactory(person__public_name="Brian")
    officer()
    type_password(page, live_server, "officer")
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-factor sign-in")
    assert_no_axe_violations(page)

    # Going straight to the register's address only comes back here.
    page.goto(live_server.url + REGISTER)
    assert "/admin/two-factor/set-up/" in page.url
    expect(page.get_by_text("Brian")).to_have_count(0)

    # The app would read the secret from the QR code; the test reads it from the device.
    page.get_by_label("The 6-digit code your app shows now").fill(
        app_code(TOTPDevice.objects.get(confirmed=False))
    )
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your recovery codes")
    expect(page.locator(".security-recovery-codes li")).to_have_count(10)
    page.get_by_role("link", name="I have kept my codes: continue").click()
    page.wait_for_url("**/admin/snippets/consent/person/")
    expect(page.get_by_role("link", name="Brian").first).to_be_visible()


def test_an_officer_with_an_app_gives_a_code_or_a_recovery_code_before_the_register(
    live_server, page, site_tree
):
    ConsentRecordFactory(person__public_name="Brian")
    user = officer()
    with_app(user)
    recovery_code = services.new_recovery_codes(user)[0]

    type_password(page, live_server, "officer")
    expect(page.get_by_role("heading", level=1)).to_have_text("Enter your sign-in code")
    assert_no_axe_violations(page)
    page.goto(live_server.url + REGISTER)
    assert "/admin/two-factor/verify/" in page.url
    expect(page.get_by_text("Brian")).to_have_count(0)

    page.get_by_label("Code").fill("000000")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("status").get_by_text("That code did not work")).to_be_visible()

    # A wrong code makes django-otp wait a second before checking the next one.
    page.wait_for_timeout(2000)
    page.get_by_label("Code").fill(recovery_code)
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/admin/snippets/consent/person/")
    expect(page.get_by_text("You used a recovery code. You have 9 left")).to_be_visible()
    expect(page.get_by_role("link", name="Brian").first).to_be_visible()
