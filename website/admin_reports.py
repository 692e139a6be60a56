"""What each admin report registers with Wagtail, written once for every app's reports."""

import unicodedata

from django.urls import path
from wagtail.admin.menu import MenuItem

from website.text import without_control_characters

# A spreadsheet program runs a cell starting with one of these as a formula: a name typed
# into a public form must stay text when the comms team opens the export.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A CSV cell's text that no spreadsheet program runs as a formula. Spreadsheet programs
    read a full-width equals sign (U+FF1D) as "=", so the start is judged in NFKC, the
    normal form that folds such look-alikes."""
    if not isinstance(value, str):
        return value
    value = without_control_characters(value)
    if unicodedata.normalize("NFKC", value).startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SpreadsheetSafeMixin:
    """For any admin view with Wagtail's CSV and Excel export: formula-like CSV cells are
    escaped (Wagtail already keeps Excel cells text), and control characters, which an
    Excel file cannot hold at all, are left out of both."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return spreadsheet_safe(value)
        if isinstance(value, str):
            return without_control_characters(value)
        return value


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
