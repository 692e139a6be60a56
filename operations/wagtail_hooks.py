from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from operations import views


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_urls")
def register_status_url():
    return [path("reports/system-status/", views.system_status, name="system_status")]


@hooks.register("register_reports_menu_item")
def register_status_menu_item():
    return SuperuserMenuItem(
        _("System status"), reverse("system_status"), icon_name="cogs", order=900
    )
