"""What each admin report registers with Wagtail, written once for every app's reports."""

from django.urls import path
from wagtail.admin.menu import MenuItem


def report_urls(route, view_class, name):
    """A report's page, and the results-only address its filters refresh."""
    return [
        path(route, view_class.as_view(), name=name),
        path(f"{route}results/", view_class.as_view(results_only=True), name=f"{name}_results"),
    ]


class PermissionMenuItem(MenuItem):
    """A menu item shown only to users with `permission` ("app.codename")."""

    def __init__(self, label, url, *, permission, **kwargs):
        super().__init__(label, url, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)
