"""The tokens in a newsletter email's links (website/signed_links.py)."""

from newsletter.models import CONFIRMATION_DAYS
from website.signed_links import SignupLinks

LINKS = SignupLinks("newsletter.signup", CONFIRMATION_DAYS)
confirmation_token = LINKS.confirmation_token
removal_token = LINKS.removal_token
signup_id_to_confirm = LINKS.signup_id_to_confirm
signup_id_to_remove = LINKS.signup_id_to_remove
