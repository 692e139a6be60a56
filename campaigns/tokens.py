"""The tokens in a campaign sign-up's email links (website/signed_links.py)."""

from campaigns.models import CONFIRMATION_DAYS
from website.signed_links import ExpiredToken, InvalidToken, SignupLinks

__all__ = ["ExpiredToken", "InvalidToken"]

LINKS = SignupLinks("campaigns.signup", CONFIRMATION_DAYS)
CONFIRM_SALT = LINKS.confirm_salt
confirmation_token = LINKS.confirmation_token
removal_token = LINKS.removal_token
signup_id_to_confirm = LINKS.signup_id_to_confirm
signup_id_to_remove = LINKS.signup_id_to_remove
