"""The one email a newsletter sign-up gets: a link to confirm it (or, when the address has
already confirmed, a note saying so), and in every case a link to remove it. It carries
nothing the visitor typed (not even the name), so a stranger cannot use the form to send
their own words to somebody else's inbox."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from newsletter import tokens
from website.signups import email_with_removal_link


def _site_root():
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL


def signup_email(signup):
    """The email for `signup`, in the language the person signed up in."""
    root = _site_root()
    with translation.override(signup.language):
        remove_url = root + reverse(
            "newsletter:remove", kwargs={"token": tokens.removal_token(signup)}
        )
        context = {
            "confirmed": signup.is_confirmed,
            "confirm_url": root
            + reverse("newsletter:confirm", kwargs={"token": tokens.confirmation_token(signup)}),
            "remove_url": remove_url,
            "expires_at": signup.confirmation_expires_at(),
            "reply_to": settings.CAMPAIGN_REPLY_TO_EMAIL,
        }
        subject = render_to_string("newsletter/email/signup_subject.txt", context).strip()
        text = render_to_string("newsletter/email/signup.txt", context)
        html = render_to_string("newsletter/email/signup.html", context)
    return email_with_removal_link(subject, text, html, to=signup.email, remove_url=remove_url)
