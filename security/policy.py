"""Who must use a second factor and how long a staff session may last: one place, read by
the middleware, the views and the tests."""

from dataclasses import dataclass

import django_otp
from django.conf import settings


def dev_bypass_on():
    # Honoured only with DEBUG: a production settings module that copied the flag by
    # mistake still asks everyone for their code (and security.checks refuses to start).
    return settings.ADMIN_2FA_DEV_BYPASS and settings.DEBUG


def is_consent_officer(user):
    return user.groups.filter(name__in=settings.ADMIN_2FA_REQUIRED_GROUPS).exists()


def must_use_two_factor(user):
    """Whether this signed-in user's password alone is not enough: they hold the consent
    register, are a superuser, the site requires it of everyone, or they have set up a
    second factor of their own accord (which must then always be asked for)."""
    if not user.is_authenticated or dev_bypass_on():
        return False
    if user.is_superuser or is_consent_officer(user):
        return True
    if settings.ADMIN_2FA_REQUIRED_FOR_ALL and user.has_perm("wagtailadmin.access_admin"):
        return True
    return django_otp.user_has_device(user)


def may_turn_off_two_factor(user):
    return not (
        user.is_superuser or is_consent_officer(user) or settings.ADMIN_2FA_REQUIRED_FOR_ALL
    )


@dataclass(frozen=True)
class SessionLimits:
    idle_seconds: int
    max_seconds: int


def session_limits(user):
    if is_consent_officer(user):
        return SessionLimits(
            idle_seconds=settings.CONSENT_OFFICER_SESSION_IDLE_MINUTES * 60,
            max_seconds=settings.CONSENT_OFFICER_SESSION_MAX_HOURS * 60 * 60,
        )
    return SessionLimits(
        idle_seconds=settings.STAFF_SESSION_IDLE_MINUTES * 60,
        max_seconds=settings.STAFF_SESSION_MAX_HOURS * 60 * 60,
    )
