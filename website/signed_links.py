"""Signed tokens for the links in our emails (confirm a sign-up, remove it). Signed with the
secret key (Django's signing), so they cannot be guessed or altered and need no table of
their own; each kind of link has its own salt, so a token made for one kind is refused by
another. Campaign and newsletter sign-ups both use them."""

from django.core import signing


class ExpiredToken(Exception):
    pass


class InvalidToken(Exception):
    pass


def make_token(record_id, salt):
    return signing.dumps(record_id, salt=salt)


def read_token(token, salt, max_age=None):
    """The record id `token` names; ExpiredToken when older than `max_age` (a timedelta),
    InvalidToken when it was not made by us with this salt."""
    try:
        record_id = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except signing.BadSignature as error:
        raise InvalidToken from error
    if not isinstance(record_id, int):
        raise InvalidToken
    return record_id
