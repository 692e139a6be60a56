"""The consent rules, as one pure function over what the register holds. Grounded in UK
GDPR Art. 7 and 9, the ICO's consent guidance and the Mental Capacity Act 2005."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from consent.models import ConsentRecord, Person, Use


def latest_consent_of(records, withdrawals):
    """(latest record or None, latest withdrawal time or None). A change to consent is a
    new record, so only the latest record counts."""
    record = max(records, key=lambda record: (record.recorded_at, record.pk), default=None)
    withdrawn_at = max((withdrawal.withdrawn_at for withdrawal in withdrawals), default=None)
    return record, withdrawn_at


def is_withdrawn(record, withdrawn_at):
    """Whether the latest withdrawal came after the latest record: consent given again
    after a withdrawal is a new record, recorded later."""
    return withdrawn_at is not None and (record is None or withdrawn_at >= record.recorded_at)


def required_uses(page_uses, *, language, for_partners):
    """What a person must have allowed for a page in `language` making `page_uses` of them;
    Welsh pages and partner outputs need those uses on top."""
    required = set(page_uses)
    if language == "cy":
        required.add(Use.WELSH)
    if for_partners:
        required.add(Use.PARTNER_SYNDICATION)
    return required


def problems_with_consent(person, record, withdrawn_at, uses, *, today):
    """Plain-English sentences, one per reason `person` may not be featured making `uses`
    of them; empty when they may.

    `record` is the person's latest consent record (a change is a new record, so only the
    latest counts) and `withdrawn_at` the time of their latest withdrawal, if any."""
    standing = standing_problems(person, record, withdrawn_at, uses)
    if is_withdrawn(record, withdrawn_at) or record is None:
        return standing
    return date_problems(person, record, today=today) + standing


def consent_window(record):
    """The days a record covers: from the day it was given until (not including) the day it
    expires. The gate stores this window so that time passing needs no recomputation."""
    return record.given_on, record.expires_on


def date_problems(person, record, *, today):
    name = person.public_name
    starts, ends = consent_window(record)
    problems = []
    if starts > today:
        problems.append(
            _("%(name)s's consent only starts on %(date)s.")
            % {"name": name, "date": date_format(starts, "j F Y")}
        )
    if ends <= today:
        problems.append(
            _("%(name)s's consent expired on %(date)s.")
            % {"name": name, "date": date_format(ends, "j F Y")}
        )
    return problems


def standing_problems(person, record, withdrawn_at, uses):
    """The reasons that hold whatever the date: withdrawal, no record, who gave consent,
    and uses not agreed to."""
    name = person.public_name
    if is_withdrawn(record, withdrawn_at):
        return [
            _("%(name)s withdrew consent on %(date)s.")
            % {"name": name, "date": date_format(withdrawn_at, "j F Y")}
        ]
    if record is None:
        return [_("%(name)s has no consent recorded.") % {"name": name}]

    problems = []
    authority = record.authority
    if person.age_band == Person.AgeBand.CHILD:
        if authority != ConsentRecord.Authority.PARENT:
            problems.append(
                _("%(name)s is a child: a parent must give consent for them.") % {"name": name}
            )
    elif authority == ConsentRecord.Authority.PARENT:
        problems.append(
            _("%(name)s is an adult: a relative cannot give consent for them.") % {"name": name}
        )
    if (
        authority == ConsentRecord.Authority.BEST_INTERESTS
        and not record.best_interests_override_reason.strip()
    ):
        problems.append(
            _(
                "%(name)s's consent rests on a best-interests decision, which blocks "
                "publication until a consent officer records an override with a reason."
            )
            % {"name": name}
        )

    allowed = set(record.uses)
    for use in Use:
        if use in uses and use not in allowed:
            problems.append(
                _("%(name)s has not agreed to this use: %(use)s.")
                % {"name": name, "use": use.label}
            )
    return problems


def consent_status(person, record, withdrawn_at, *, today):
    """A short status for the register's listing: the first problem, or how long the
    consent runs."""
    problems = problems_with_consent(person, record, withdrawn_at, set(), today=today)
    if problems:
        return problems[0]
    return _("Current until %(expiry)s, review by %(review)s.") % {
        "expiry": date_format(record.expires_on, "j F Y"),
        "review": date_format(record.review_on, "j F Y"),
    }
