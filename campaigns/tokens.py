"""The tokens in a sign-up's email links. Signed with the secret key (Django's signing), so
they cannot be guessed or altered and need no table of their own; each kind has its own
salt, so a confirmation token cannot be used to remove a sign-up or the other way round.

The confirmation token stops working after CONFIRMATION_DAYS, when the unconfirmed
sign-up is deleted anyway. The removal token works for as long as the sign-up exists:
erasure must stay possible from any email we ever sent."""

from datetime import timedelta

from django.core import signing

from campaigns.models import CONFIRMATION_DAYS

CONFIRM_SALT = "campaigns.signup.confirm"
REMOVE_SALT = "campaigns.signup.remove"


class ExpiredToken(Exception):
    pass


class InvalidToken(Exception):
    pass


def confirmation_token(signup):
    return signing.dumps(signup.pk, salt=CONFIRM_SALT)


def removal_token(signup):
    return signing.dumps(signup.pk, salt=REMOVE_SALT)


def _read(token, salt, max_age=None):
    try:
        signup_id = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except signing.BadSignature as error:
        raise InvalidToken from error
    if not isinstance(signup_id, int):
        raise InvalidToken
    return signup_id


def signup_id_to_confirm(token):
    """The sign-up a confirmation token names; ExpiredToken or InvalidToken otherwise."""
    return _read(token, CONFIRM_SALT, max_age=timedelta(days=CONFIRMATION_DAYS))


def signup_id_to_remove(token):
    """The sign-up a removal token names; InvalidToken otherwise."""
    return _read(token, REMOVE_SALT)
