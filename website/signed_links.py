"""Signed tokens for the links in our sign-up emails (confirm, remove). Signed with the
secret key (Django's signing), so they cannot be guessed or altered and need no table of
their own; each kind of link has its own salt, so a token made for one kind is refused by
another. Campaign and newsletter sign-ups both use them."""

from datetime import timedelta

from django.core import signing


class ExpiredToken(Exception):
    pass


class InvalidToken(Exception):
    pass


def _read(token, salt, max_age=None):
    try:
        record_id = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except signing.BadSignature as error:
        raise InvalidToken from error
    if not isinstance(record_id, int):
        raise InvalidToken
    return record_id


class SignupLinks:
    """The tokens of one kind of sign-up, named by `prefix`. The confirmation token stops
    working after `confirmation_days`, when the unconfirmed sign-up is deleted anyway; the
    removal token works for as long as the sign-up exists: erasure must stay possible from
    any email we ever sent."""

    def __init__(self, prefix, confirmation_days):
        self.confirm_salt = f"{prefix}.confirm"
        self.remove_salt = f"{prefix}.remove"
        self.confirmation_days = confirmation_days

    def confirmation_token(self, signup):
        return signing.dumps(signup.pk, salt=self.confirm_salt)

    def removal_token(self, signup):
        return signing.dumps(signup.pk, salt=self.remove_salt)

    def signup_id_to_confirm(self, token):
        """The sign-up a confirmation token names; ExpiredToken or InvalidToken otherwise."""
        return _read(token, self.confirm_salt, max_age=timedelta(days=self.confirmation_days))

    def signup_id_to_remove(self, token):
        """The sign-up a removal token names; InvalidToken otherwise."""
        return _read(token, self.remove_salt)
