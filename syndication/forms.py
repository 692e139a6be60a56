from django import forms
from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from syndication.feeds_sources import ALL, section_label, sources
from syndication.widgets import DEFAULT_LIMIT, MAX_LIMIT
from website.models import Topic

# Lazy all the way: `%` on a lazy string would fix the message in whatever language was
# active at import.
OUT_OF_RANGE = format_lazy(_("Enter a whole number from 1 to {max}."), max=MAX_LIMIT)
CHOOSE_FROM_LIST = _("Choose one of the options in the list.")
NOT_LISTED = {"invalid_choice": CHOOSE_FROM_LIST, "required": CHOOSE_FROM_LIST}


class WidgetBuilderForm(forms.Form):
    """The choices a partner makes on /feeds/ to get a widget snippet; read from the query
    string so that the page works without JavaScript and a chosen widget can be linked to."""

    section = forms.ChoiceField(label=_("What to show"), error_messages=NOT_LISTED)
    topic = forms.ChoiceField(
        label=_("Only about this topic (optional)"), required=False, error_messages=NOT_LISTED
    )
    limit = forms.IntegerField(
        label=_("How many items"),
        min_value=1,
        max_value=MAX_LIMIT,
        initial=DEFAULT_LIMIT,
        error_messages={
            "invalid": OUT_OF_RANGE,
            "required": OUT_OF_RANGE,
            "min_value": OUT_OF_RANGE,
            "max_value": OUT_OF_RANGE,
        },
    )
    lang = forms.ChoiceField(
        label=_("Language"), choices=settings.LANGUAGES, error_messages=NOT_LISTED
    )

    def __init__(self, data=None):
        language = get_language()
        self.defaults = {"section": ALL, "topic": "", "limit": DEFAULT_LIMIT, "lang": language}
        if data is not None:
            # A hand-made address may name only some choices: the rest keep their defaults
            # rather than being reported missing.
            data = {**self.defaults, **data.dict()}
        super().__init__(data, label_suffix="", initial=self.defaults)
        self.fields["section"].choices = [
            (section, section_label(section)) for section in [ALL, *sources()]
        ]
        topics = Topic.objects.filter(locale__language_code=language).order_by("name")
        self.fields["topic"].choices = [("", _("Any topic"))] + [
            (topic.slug, topic.name) for topic in topics
        ]

    def choices(self):
        """The chosen options, or the defaults while nothing valid has been chosen."""
        if self.is_bound and self.is_valid():
            return self.cleaned_data
        return self.defaults
