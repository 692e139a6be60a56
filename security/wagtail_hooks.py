from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from security import urls


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("two-factor/", include(urls))]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("security_manage"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Your authenticator app and recovery codes."),
    }


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    if request_user.has_perm("auth.change_user") and user != request_user:
        yield Button(
            _("Reset two-factor sign-in"),
            reverse("security_reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )


@hooks.register("register_log_actions")
def register_two_factor_actions(actions):
    actions.register_action(
        "security.app_set_up", _("Set up an authenticator app"), _("Authenticator app set up")
    )
    actions.register_action(
        "security.recovery_codes_made",
        _("Made new recovery codes"),
        _("New recovery codes made"),
    )
    actions.register_action(
        "security.two_factor_removed",
        _("Removed two-factor sign-in"),
        _("Two-factor sign-in removed"),
    )
