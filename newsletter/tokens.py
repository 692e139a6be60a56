"""The tokens in a newsletter email's links (website/signed_links.py). The confirmation
token stops working after CONFIRMATION_DAYS, when the unconfirmed sign-up is deleted anyway;
the removal token works for as long as the sign-up exists."""

from datetime import timedelta

from newsletter.models import CONFIRMATION_DAYS
from website.signed_links import make_token, read_token

CONFIRM_SALT = "newsletter.signup.confirm"
REMOVE_SALT = "newsletter.signup.remove"


def confirmation_token(signup):
    return make_token(signup.pk, CONFIRM_SALT)


def removal_token(signup):
    return make_token(signup.pk, REMOVE_SALT)


def signup_id_to_confirm(token):
    return read_token(token, CONFIRM_SALT, max_age=timedelta(days=CONFIRMATION_DAYS))


def signup_id_to_remove(token):
    return read_token(token, REMOVE_SALT)
