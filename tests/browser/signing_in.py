"""Signing in to the admin through the real forms: the password, then, for anyone with an
authenticator app, the code it shows."""

from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.security.helpers import app_code


def sign_in(page, live_server, username, password):
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    user = get_user_model().objects.get(username=username)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device:
        page.wait_for_url("**/admin/two-factor/verify/**")
        page.get_by_label("Code").fill(app_code(device))
        page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/admin/")
