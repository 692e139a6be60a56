from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from website.admin_reports import PermissionMenuItem
from wordpress_import import views


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("wordpress-import/", views.upload, name="wordpress_import"),
        path("wordpress-import/<int:run_id>/", views.run_detail, name="wordpress_import_run"),
        path(
            "wordpress-import/<int:run_id>/confirm/",
            views.confirm,
            name="wordpress_import_confirm",
        ),
        path(
            "wordpress-import/<int:run_id>/report.json",
            views.report_json,
            name="wordpress_import_report",
        ),
    ]


@hooks.register("register_settings_menu_item")
def register_import_menu_item():
    return PermissionMenuItem(
        _("WordPress import"),
        reverse("wordpress_import"),
        permission=views.PERMISSION,
        name="wordpress-import",
        icon_name="upload",
        order=900,
    )
