"""Where things are: the UK regions and the local authorities a scheme serves."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from website.places import authority_choices


class Region(models.TextChoices):
    NORTH_EAST = "north-east", _("North East")
    NORTH_WEST = "north-west", _("North West")
    YORKSHIRE = "yorkshire", _("Yorkshire and the Humber")
    EAST_MIDLANDS = "east-midlands", _("East Midlands")
    WEST_MIDLANDS = "west-midlands", _("West Midlands")
    EAST = "east", _("East of England")
    LONDON = "london", _("London")
    SOUTH_EAST = "south-east", _("South East")
    SOUTH_WEST = "south-west", _("South West")
    WALES = "wales", _("Wales")
    SCOTLAND = "scotland", _("Scotland")
    NORTHERN_IRELAND = "northern-ireland", _("Northern Ireland")


class LocalAuthoritiesField(models.JSONField):
    """A list of local authority slugs from the site's places file. Stored as JSON so that
    it works the same on SQLite and PostgreSQL; edited as ticks against the authorities
    the site knows, so an editor cannot type one the scheme finder would not recognise."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=self.verbose_name,
            help_text=self.help_text,
            required=not self.blank,
            choices=authority_choices,
            widget=forms.CheckboxSelectMultiple,
        )
