"""Writes to a person's second factors, each logged in the admin history of their account.

django-otp keeps the devices: one authenticator app (a TOTP device) and one set of
recovery codes (a static device whose tokens are deleted as they are used)."""

from django.db import transaction
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"


def normalise(code):
    """People copy codes with spaces or hyphens, and type recovery codes in capitals."""
    return "".join(code.split()).replace("-", "").lower()


def pending_app(user):
    """The authenticator app being set up: the same secret until it is confirmed, so a
    reload does not invalidate what the person has already scanned."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


@transaction.atomic
def confirm_app(user, device, code):
    """Makes the pending app the person's one authenticator if `code` comes from it; any
    earlier app stops working. Returns whether it did."""
    if not device.verify_token(normalise(code)):
        return False
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    log(instance=user, action="security.app_set_up", user=user)
    return True


@transaction.atomic
def new_recovery_codes(user):
    """Replaces the person's recovery codes with a fresh set and returns it: the only
    moment the codes can be read."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, defaults={"name": RECOVERY_DEVICE_NAME, "confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    log(instance=user, action="security.recovery_codes_made", user=user)
    return codes


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def has_app(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


class Throttled(Exception):
    """Too many wrong codes lately: django-otp doubles the wait after each one."""


def looks_like_app_code(code):
    return len(code) == 6 and code.isdigit()


@transaction.atomic
def check_code(user, code):
    """The device that accepts `code` (an app code, or an unused recovery code, which is
    then spent), or None. The code's shape says which device to ask, so that a mistyped
    recovery code does not count against the app and the other way round."""
    code = normalise(code)
    model = TOTPDevice if looks_like_app_code(code) else StaticDevice
    for device in model.objects.devices_for_user(user).select_for_update():
        if not device.verify_is_allowed()[0]:
            raise Throttled
        if device.verify_token(code):
            return device
    return None


@transaction.atomic
def remove_all(user, by):
    """Removes every second factor of `user`: their own choice where allowed, or an
    administrator's when they have lost both their phone and their codes."""
    for device in devices_for_user(user, confirmed=None):
        device.delete()
    log(instance=user, action="security.two_factor_removed", user=by)
