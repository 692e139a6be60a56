"""What each admin report registers with Wagtail, written once for every app's reports."""

import datetime
import unicodedata

from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import pgettext
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.mixins import SpreadsheetExportMixin

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


def yes_or_no(value):
    # In context: Welsh answers a question with its verb ("Ydy"), which a yes/no column of
    # a spreadsheet wants, while a form's choice is the bare "Ie".
    return pgettext("spreadsheet cell", "Yes") if value else pgettext("spreadsheet cell", "No")


def readable_moment(value):
    """ "28 November 2026, 14:05" in UK time, as the comms team reads it, rather than an
    ISO timestamp with microseconds and a UTC offset."""
    return date_format(timezone.localtime(value), "DATETIME_FORMAT")


def readable_day(value):
    return date_format(value, "DATE_FORMAT")


BASE = SpreadsheetExportMixin
CSV, XLSX = BASE.FORMAT_CSV, BASE.FORMAT_XLSX


class SpreadsheetSafeMixin:
    """For any admin view with Wagtail's CSV and Excel export: formula-like CSV cells are
    escaped (Wagtail already keeps Excel cells text), and control characters, which an
    Excel file cannot hold at all, are left out of both."""

    # Yes/No rather than True/False, and readable dates in CSV; Excel keeps real dates,
    # which it shows in the reader's own format. Wagtail tries these in order, so Yes/No
    # comes before anything else and a datetime is caught before the date it also is.
    custom_value_preprocess = {
        bool: {CSV: yes_or_no, XLSX: yes_or_no},
        **BASE.custom_value_preprocess,
        datetime.datetime: {
            XLSX: BASE.custom_value_preprocess[datetime.datetime][XLSX],
            CSV: readable_moment,
        },
        datetime.date: {CSV: readable_day},
    }

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
