"""The tokens in a sign-up's email links (website/signed_links.py).

The confirmation token stops working after CONFIRMATION_DAYS, when the unconfirmed
sign-up is deleted anyway. The removal token works for as long as the sign-up exists:
erasure must stay possible from any email we ever sent."""

from datetime import timedelta

from campaigns.models import CONFIRMATION_DAYS
from website.signed_links import ExpiredToken, InvalidToken, make_token, read_token

__all__ = ["ExpiredToken", "InvalidToken"]

CONFIRM_SALT = "campaigns.signup.confirm"
REMOVE_SALT = "campaigns.signup.remove"


def confirmation_token(signup):
    return make_token(signup.pk, CONFIRM_SALT)


def removal_token(signup):
    return make_token(signup.pk, REMOVE_SALT)


def signup_id_to_confirm(token):
    """The sign-up a confirmation token names; ExpiredToken or InvalidToken otherwise."""
    return read_token(token, CONFIRM_SALT, max_age=timedelta(days=CONFIRMATION_DAYS))


def signup_id_to_remove(token):
    """The sign-up a removal token names; InvalidToken otherwise."""
    return read_token(token, REMOVE_SALT)
