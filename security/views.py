"""The second step of signing in, setting up an authenticator app, recovery codes, and an
administrator's reset for someone who has lost both. Registered under the admin, so each
needs admin access; security.middleware decides who must pass through them."""

from base64 import b32encode

import django_otp
import segno
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME, get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_static.models import StaticDevice

from security import services
from security.forms import AppCodeForm, CodeForm
from security.policy import may_turn_off_two_factor

# django-otp makes each wrong code double the wait before the next is checked.
THROTTLED = gettext_lazy("Too many wrong codes. Wait a minute, then try again.")


def next_url(request):
    url = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    user = request.user
    if user.is_verified():
        return redirect(next_url(request))
    if not django_otp.user_has_device(user):
        return redirect(f"{reverse('security_set_up')}?{request.GET.urlencode()}")
    form = CodeForm(request.POST or None)
    if form.is_valid():
        try:
            device = services.check_code(user, form.cleaned_data["code"])
        except services.Throttled:
            form.add_error("code", THROTTLED)
        else:
            if device:
                django_otp.login(request, device)
                if isinstance(device, StaticDevice):
                    left = services.recovery_codes_left(user)
                    messages.warning(request, recovery_code_used_message(left))
                return redirect(next_url(request))
            form.add_error(
                "code",
                _(
                    "That code did not work. Type the newest code your app shows for this "
                    "site, or one of your recovery codes."
                ),
            )
    return TemplateResponse(
        request,
        "security/verify.html",
        {"form": form, "next": next_url(request), "title": _("Enter your sign-in code")},
    )


def recovery_code_used_message(left):
    return ngettext(
        "You used a recovery code. You have %(left)d left: make new ones from "
        "Account, Two-factor sign-in.",
        "You used a recovery code. You have %(left)d left: make new ones from "
        "Account, Two-factor sign-in.",
        left,
    ) % {"left": left}


def qr_code_svg(url):
    # segno, as for consent links: one QR library for the site.
    return segno.make(url, error="m").svg_inline(scale=6, title=_("QR code for your app"))


@never_cache
@sensitive_post_parameters("code")
def set_up(request):
    user = request.user
    verified = user.is_verified()
    if django_otp.user_has_device(user) and not verified:
        # Someone holding only the password must not be able to add their own app.
        return redirect(f"{reverse('security_verify')}?{request.GET.urlencode()}")
    device = services.pending_app(user)
    form = AppCodeForm(request.POST or None)
    if form.is_valid():
        if not device.verify_is_allowed()[0]:
            form.add_error("code", THROTTLED)
        elif services.confirm_app(user, device, form.cleaned_data["code"]):
            if not verified:
                django_otp.login(request, device)
            codes = services.new_recovery_codes(user)
            return TemplateResponse(
                request,
                "security/codes_after_set_up.html",
                {"codes": codes, "next": next_url(request), "title": _("Your recovery codes")},
            )
        form.add_error(
            "code",
            _(
                "That code did not match. Check the time on your phone is right and type "
                "the code your app shows now."
            ),
        )
    secret = b32encode(device.bin_key).decode()
    return TemplateResponse(
        request,
        "security/set_up.html",
        {
            "form": form,
            "next": next_url(request),
            "qr_code": qr_code_svg(device.config_url),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "title": _("Set up two-factor sign-in"),
        },
    )


@never_cache
def manage(request):
    user = request.user
    return TemplateResponse(
        request,
        "security/manage.html",
        {
            "page_title": _("Two-factor sign-in"),
            "header_icon": "key",
            "has_app": services.has_app(user),
            "codes_left": services.recovery_codes_left(user),
            "may_turn_off": may_turn_off_two_factor(user),
        },
    )


@never_cache
@require_POST
def recovery_codes(request):
    user = request.user
    if not services.has_app(user):
        messages.error(request, _("Set up an authenticator app first."))
        return redirect("security_manage")
    return TemplateResponse(
        request,
        "security/codes.html",
        {
            "page_title": _("Your new recovery codes"),
            "header_icon": "key",
            "codes": services.new_recovery_codes(user),
        },
    )


@require_POST
def turn_off(request):
    if not may_turn_off_two_factor(request.user):
        raise PermissionDenied
    services.remove_all(request.user, by=request.user)
    messages.success(request, _("Two-factor sign-in is off for your account."))
    return redirect("security_manage")


def reset(request, user_id):
    target = get_object_or_404(get_user_model(), pk=user_id)
    allowed = request.user.has_perm("auth.change_user") and target != request.user
    if not allowed or (target.is_superuser and not request.user.is_superuser):
        raise PermissionDenied
    if request.method == "POST":
        services.remove_all(target, by=request.user)
        messages.success(
            request,
            _(
                "%(name)s's two-factor sign-in was removed. If they need it, they will set "
                "it up again the next time they sign in."
            )
            % {"name": target.get_username()},
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(
        request,
        "security/reset.html",
        {
            "page_title": _("Reset two-factor sign-in"),
            "header_icon": "key",
            "target": target,
        },
    )
