"""What the public sign-ups (campaign signatures, the newsletter) share: saving one per
address, deciding when to email an address again, sending the email so that a failure
never loses the sign-up, and the removal link every such email carries."""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Value
from django.db.models.functions import Lower
from django.utils import timezone

logger = logging.getLogger(__name__)

# Signing up again with an address that has not confirmed sends the link again, but not
# more often than this, so a stranger cannot fill somebody's inbox from many connections.
RESEND_AFTER = timedelta(minutes=10)


def save_or_find(signup, same_address):
    """Saves `signup`, or, when the database refuses it as a second one for its address,
    returns the sign-up already there from `same_address` (a queryset of the sign-ups that
    count as the same; None if that one was removed in the meantime). Returns the sign-up
    and whether to email it: always for a new one, for an old one only if RESEND_AFTER has
    passed since the last email."""
    try:
        with transaction.atomic():
            signup.save()
    except IntegrityError:
        # Matched as the unique constraint matches, by the database's own lower case.
        signup = (
            same_address.alias(lowered=Lower("email"))
            .filter(lowered=Lower(Value(signup.email)))
            .first()
        )
        if signup is None:
            return None, False
        sent = signup.confirmation_sent_at
        return signup, sent is None or timezone.now() - sent >= RESEND_AFTER
    return signup, True


def send_or_log(email, what):
    """Sends `email`; True if the mail server took it. A server that is down or refuses the
    address is logged for the comms team (naming `what`, never the address) and the
    sign-up stays: signing up again sends it again."""
    try:
        email.send()
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send the email for %s", what)
        return False
    return True


def email_with_removal_link(subject, text, html, *, to, remove_url):
    """An email whose removal link the mail program also offers as its own one-click
    button (List-Unsubscribe, RFC 8058): it posts "List-Unsubscribe=One-Click" to the
    address, which the removal views accept. Replies go to a mailbox the comms team reads."""
    email = EmailMultiAlternatives(
        subject,
        text,
        to=[to],
        reply_to=[settings.CAMPAIGN_REPLY_TO_EMAIL],
        headers={
            "List-Unsubscribe": f"<{remove_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    email.attach_alternative(html, "text/html")
    return email
