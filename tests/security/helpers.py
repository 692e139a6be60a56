"""Signing in as a person does: the password form, then the code from their app."""

from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "a-long-test-password"


def app_code(device):
    """The code an authenticator app holding this device's secret would show now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def with_app(user):
    return TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)


def password_only(user, password=PASSWORD):
    client = Client()
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.get_username(), "password": password}
    )
    assert response.status_code == 302, "the password was refused"
    return client


def fully_signed_in(user, device):
    client = password_only(user)
    response = client.post(reverse("security_verify"), {"code": app_code(device)})
    assert response.status_code == 302
    # An app's code is good once: let the next sign-in of this test use the same one.
    device.refresh_from_db()
    device.last_t = -1
    device.save()
    return client
