"""The one email a sign-up gets: a link to confirm it (or, when that address has already
confirmed, a note saying so), and in every case a link to remove it.

Anyone can type any address into the form, so the email carries nothing the visitor typed
except a first name that looks like one: a stranger cannot use our form to send their own
words (or a link) to somebody else's inbox."""

import re

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from campaigns import tokens
from website.signups import email_with_removal_link

# Letters, with the apostrophes and hyphens names have: no digits, dots, slashes or "@",
# so nothing a mail program would turn into a link.
FIRST_NAME = re.compile("^(?:[^\\W\\d_]|['\u2019-]){1,40}$")


def first_name(signup):
    """The first word of the name given, if it looks like a name; otherwise empty, and the
    email greets without a name."""
    words = signup.name.split()
    if words and FIRST_NAME.match(words[0]):
        return words[0]
    return ""


def _full_url(campaign, name, token):
    # Links go to the campaign's own site, in the language the person signed in.
    with translation.override(campaign.locale.language_code):
        path = reverse(name, kwargs={"token": token})
    return campaign.get_site().root_url + path


def signup_email(signup):
    """The email for `signup`, in the language of the page it was given on."""
    campaign = signup.campaign
    remove_url = _full_url(campaign, "campaign_signup_remove", tokens.removal_token(signup))
    context = {
        "first_name": first_name(signup),
        "campaign": campaign,
        "campaign_url": campaign.get_full_url(),
        "remove_url": remove_url,
        "confirmed": signup.is_confirmed,
        "confirm_url": _full_url(
            campaign, "campaign_signup_confirm", tokens.confirmation_token(signup)
        ),
        "expires_at": signup.confirmation_expires_at(),
        "reply_to": settings.CAMPAIGN_REPLY_TO_EMAIL,
    }
    with translation.override(campaign.locale.language_code):
        subject = render_to_string("campaigns/email/signup_subject.txt", context).strip()
        text = render_to_string("campaigns/email/signup.txt", context)
        html = render_to_string("campaigns/email/signup.html", context)
    return email_with_removal_link(subject, text, html, to=signup.email, remove_url=remove_url)
