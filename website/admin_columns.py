"""Columns for our admin listings, shared by every app's viewsets."""

from wagtail.admin.ui.tables import Column

from website.admin_reports import yes_or_no


class YesNoColumn(Column):
    """A true/false field as Yes or No, as the exports say it. Without this Wagtail prints
    "True" or "False" for a field named in `list_display`; its BooleanColumn draws a tick or
    a cross whose only words are an English "True" tooltip."""

    def __init__(self, name, **kwargs):
        kwargs.setdefault("sort_key", name)
        super().__init__(name, **kwargs)

    def get_value(self, instance):
        value = super().get_value(instance)
        return None if value is None else yes_or_no(value)
