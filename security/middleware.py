"""Staff sessions that end on time, and a second factor before anything a password alone
would unlock."""

import django_otp
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from security import sessions
from security.policy import must_use_two_factor
from website.http_cache import is_signed_in

# Wagtail's editor pings these every few seconds while a page is open: they say a tab is
# open, not that anyone is at the keyboard, so they do not count as activity.
PASSIVE_NAMESPACES = {"wagtailadmin_editing_sessions"}

# What someone signed in with a password but not yet their second factor may open.
OPEN_BEFORE_SECOND_FACTOR = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "security_verify",
    "security_set_up",
}


def resolved(request):
    try:
        return resolve(request.path_info)
    except Resolver404:
        return None


class StaffSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_signed_in(request):
            ended = sessions.why_ended(request.session)
            if ended:
                idle_seconds, max_seconds = sessions.limits_of(request.session)
                logout(request)
                messages.info(request, ended_message(ended, idle_seconds, max_seconds))
            else:
                match = resolved(request)
                if not (match and match.namespace in PASSIVE_NAMESPACES):
                    sessions.touch(request.session)
        return self.get_response(request)


def ended_message(why, idle_seconds, max_seconds):
    if why == "idle" and idle_seconds:
        minutes = idle_seconds // 60
        return ngettext(
            "You were signed out after %(minutes)d minute without activity. "
            "Sign in again to carry on.",
            "You were signed out after %(minutes)d minutes without activity. "
            "Sign in again to carry on.",
            minutes,
        ) % {"minutes": minutes}
    if max_seconds:
        hours = max_seconds // 3600
        return ngettext(
            "You were signed out because you had been signed in for %(hours)d hour. "
            "Sign in again to carry on.",
            "You were signed out because you had been signed in for %(hours)d hours. "
            "Sign in again to carry on.",
            hours,
        ) % {"hours": hours}
    return _("Your session had ended. Sign in again to carry on.")


class TwoFactorMiddleware:
    """After django-otp's OTPMiddleware, which says whether this session has passed a
    second factor. In the admin, someone who still owes one is sent to give it (or to set
    one up); everywhere else (evidence files under /documents/, previews) they count as
    signed out, so the password alone opens nothing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user if is_signed_in(request) else None
        if user and not user.is_verified() and must_use_two_factor(user):
            if not request.path_info.startswith(reverse("wagtailadmin_home")):
                request.user = AnonymousUser()
            else:
                match = resolved(request)
                if not (match and match.url_name in OPEN_BEFORE_SECOND_FACTOR):
                    has_one = django_otp.user_has_device(user)
                    step = reverse("security_verify" if has_one else "security_set_up")
                    return redirect_to_login(request.get_full_path(), login_url=step)
        return self.get_response(request)
