"""Writes for the sign-off link: making a link, taking a person's answers, and a consent
officer confirming or declining them. Consent itself is recorded and withdrawn only
through `consent.services`, so the register's rules and audit log apply unchanged."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Site

from consent import services
from consent.models import ConsentNotice, ConsentRecord
from consent.signoff.evidence import store_evidence
from consent.signoff.models import SignoffLink, SignoffResponse

Status = SignoffResponse.Status

TAKE_DOWN_REASON = "Asked to take their story down through their private link."
ALL_NO_REASON = "Said no to every use through their private link."


def hash_token(token):
    """Tokens carry 256 random bits, so a plain SHA-256 is enough: no slow hash is needed
    against guessing, and the database never holds a working link."""
    return hashlib.sha256(token.encode()).hexdigest()


def make_link(person, *, by, days=None):
    """A new private link for `person` (earlier links keep working). Returns the link and
    its token, which is shown once and never stored."""
    if person.is_child:
        raise ValidationError(
            _("A parent gives consent for a child: record it from their signed form.")
        )
    notice = ConsentNotice.objects.order_by("-created_at").first()
    if notice is None:
        raise ValidationError(_("Add a consent notice first: the link shows it to the person."))
    token = secrets.token_urlsafe(32)
    days = settings.CONSENT_LINK_DAYS if days is None else days
    link = SignoffLink.objects.create(
        person=person,
        token_hash=hash_token(token),
        notice=notice,
        created_by=by,
        expires_at=timezone.now() + timedelta(days=days),
    )
    log(
        instance=person,
        action="consent.signoff_link",
        user=by,
        data={"link": link.pk, "open_until": link.expires_at.isoformat()},
    )
    return link, token


def link_address(token, language):
    """The full address of a link, in `language`, on the public site."""
    with translation.override(language):
        path = reverse("consent_signoff:start", args=[token])
    site = Site.objects.filter(is_default_site=True).first()
    base = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/") + path


def find_link(token):
    return (
        SignoffLink.objects.select_related("person", "notice")
        .filter(token_hash=hash_token(token))
        .first()
    )


def supersede_pending(person):
    SignoffResponse.objects.filter(link__person=person, status=Status.PENDING).update(
        status=Status.SUPERSEDED
    )


@transaction.atomic
def take_answers(link, *, answers, supported_by, language):
    """Stores the person's answers ({use: True or False}). Yes to anything waits for a
    consent officer; no to everything withdraws consent at once."""
    supersede_pending(link.person)
    everything_refused = not any(answers.values())
    response = SignoffResponse.objects.create(
        link=link,
        answers=answers,
        supported_by=supported_by,
        language=language,
        status=Status.WITHDRAWN if everything_refused else Status.PENDING,
    )
    if everything_refused:
        services.withdraw_consent(link.person, by=None, reason=ALL_NO_REASON)
    else:
        log(instance=link.person, action="consent.signoff_answer", data={"answer": response.pk})
    return response


@transaction.atomic
def take_down_by_link(link, *, language):
    """ "Take my story down": the normal withdrawal, at once, whether or not the link is
    still open for consent."""
    supersede_pending(link.person)
    response = SignoffResponse.objects.create(
        link=link, answers={}, language=language, status=Status.WITHDRAWN
    )
    services.withdraw_consent(link.person, by=None, reason=TAKE_DOWN_REASON)
    return response


def check_still_pending(response):
    if response.status != Status.PENDING:
        raise ValidationError(_("These answers have already been dealt with."))
    if response.person.withdrawals.filter(withdrawn_at__gt=response.submitted_at).exists():
        raise ValidationError(
            _(
                "Consent was withdrawn after these answers were given, so they cannot be "
                "confirmed. Make a new link and ask again."
            )
        )


@transaction.atomic
def confirm_answers(response, *, by, expires_on, review_on):
    """Makes the person's answers count: a consent record given by private link, with
    the day they answered, the notice they saw and what they agreed to."""
    check_still_pending(response)
    record = services.record_consent(
        person=response.person,
        by=by,
        notice=response.link.notice,
        given_on=timezone.localdate(response.submitted_at),
        method=ConsentRecord.Method.PRIVATE_LINK,
        authority=ConsentRecord.Authority.SELF,
        supported_by=response.supported_by,
        uses=response.uses_agreed,
        expires_on=expires_on,
        review_on=review_on,
        evidence=store_evidence(response, confirmed_by=by),
    )
    response.status, response.record = Status.CONFIRMED, record
    response.decided_by, response.decided_at = by, timezone.now()
    response.save(update_fields=["status", "record", "decided_by", "decided_at"])
    return record


@transaction.atomic
def decline_answers(response, *, by, note):
    check_still_pending(response)
    response.status, response.decision_note = Status.DECLINED, note
    response.decided_by, response.decided_at = by, timezone.now()
    response.save(update_fields=["status", "decision_note", "decided_by", "decided_at"])
    log(
        instance=response.person,
        action="consent.signoff_declined",
        user=by,
        data={"answer": response.pk, "note": note},
    )
