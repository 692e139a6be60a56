"""The Easy Read questions: one use of a person's story a question, in plain words, each
with a picture (static/img/consent/<use>.svg). The register's `Use` labels are written for
staff; these are written for the person."""

from django.utils.translation import gettext_lazy as _

from consent.models import Use

QUESTIONS = {
    Use.NAME: (_("Can we use your name?"), _("We will write your name in your story.")),
    Use.PHOTO: (_("Can we show photos of you?"), _("People will see what you look like.")),
    Use.VIDEO: (_("Can we show videos of you?"), _("People will see you and hear you.")),
    Use.QUOTES: (
        _("Can we use your own words?"),
        _("We will write down things you told us."),
    ),
    Use.STORY: (_("Can we tell your story?"), _("We will write about your life.")),
    Use.HEALTH: (
        _("Can we talk about your health?"),
        _("For example an illness or a disability you have."),
    ),
    Use.LOCATION: (
        _("Can we say where you live?"),
        _("We will name your town or area. We will never show your address."),
    ),
    Use.SOCIAL_MEDIA: (
        _("Can we share your story on social media?"),
        _("For example on Facebook or Instagram."),
    ),
    Use.PARTNER_SYNDICATION: (
        _("Can other organisations show your story?"),
        _("Groups we work with can show it on their own websites."),
    ),
    Use.PRINT: (
        _("Can we print your story?"),
        _("For example in a leaflet or a report."),
    ),
    Use.WELSH: (
        _("Can we put your story in Welsh?"),
        _("We will translate it for our Welsh website."),
    ),
}

# Every story is offered in Welsh and to partners, so these are always asked.
ALWAYS_ASKED = {Use.WELSH, Use.PARTNER_SYNDICATION}


def uses_to_ask(page_uses):
    """The uses to ask about, in the register's order: those the person's pages make, and
    Welsh and partners; every use when no page features them yet."""
    wanted = set(page_uses) | ALWAYS_ASKED if page_uses else set(Use)
    return [use for use in Use if use in wanted]


def question(use):
    """(question, explanation, picture's static path) for `use`."""
    asked, explained = QUESTIONS[use]
    return asked, explained, f"img/consent/{use.value}.svg"
