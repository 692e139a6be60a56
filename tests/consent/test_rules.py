"""The consent rules, table-driven, on unsaved records: no database needed."""

import datetime

import pytest
from django.utils import timezone

from consent.models import ConsentRecord, Person, Use
from consent.rules import consent_status, is_withdrawn, problems_with_consent, required_uses

TODAY = datetime.date(2026, 6, 15)
RECORDED = timezone.make_aware(datetime.datetime(2026, 1, 10, 12, 0))
Authority = ConsentRecord.Authority


def person(age_band=Person.AgeBand.ADULT):
    return Person(public_name="Sam", age_band=age_band, role=Person.Role.SUPPORTED)


def record(**fields):
    values = {
        "given_on": datetime.date(2026, 1, 10),
        "expires_on": datetime.date(2027, 1, 10),
        "review_on": datetime.date(2026, 12, 1),
        "authority": Authority.SELF,
        "uses": [str(use) for use in Use],
        "recorded_at": RECORDED,
        "best_interests_override_reason": "",
    }
    values.update(fields)
    return ConsentRecord(**values)


def problems(subject=None, consent=None, withdrawn_at=None, uses=(Use.NAME,)):
    return problems_with_consent(subject or person(), consent, withdrawn_at, set(uses), today=TODAY)


@pytest.mark.parametrize(
    ("age_band", "authority", "override", "allowed"),
    [
        (Person.AgeBand.ADULT, Authority.SELF, "", True),
        (Person.AgeBand.OLDER, Authority.SELF, "", True),
        (Person.AgeBand.ADULT, Authority.ATTORNEY, "", True),
        (Person.AgeBand.ADULT, Authority.DEPUTY, "", True),
        (Person.AgeBand.ADULT, Authority.PARENT, "", False),
        (Person.AgeBand.OLDER, Authority.PARENT, "", False),
        (Person.AgeBand.ADULT, Authority.BEST_INTERESTS, "", False),
        (Person.AgeBand.ADULT, Authority.BEST_INTERESTS, "   ", False),
        (Person.AgeBand.ADULT, Authority.BEST_INTERESTS, "Agreed at a meeting with family", True),
        (Person.AgeBand.CHILD, Authority.PARENT, "", True),
        (Person.AgeBand.CHILD, Authority.SELF, "", False),
        (Person.AgeBand.CHILD, Authority.ATTORNEY, "", False),
        (Person.AgeBand.CHILD, Authority.DEPUTY, "", False),
        (Person.AgeBand.CHILD, Authority.BEST_INTERESTS, "A reason", False),
    ],
)
def test_who_may_give_consent(age_band, authority, override, allowed):
    consent = record(authority=authority, best_interests_override_reason=override)
    assert (problems(person(age_band), consent) == []) is allowed


def test_a_relative_consenting_for_an_adult_is_explained():
    [problem] = problems(consent=record(authority=Authority.PARENT))
    assert problem == "Sam is an adult: a relative cannot give consent for them."


def test_a_best_interests_decision_without_override_is_explained():
    [problem] = problems(consent=record(authority=Authority.BEST_INTERESTS))
    assert "best-interests decision" in problem
    assert "override with a reason" in problem


@pytest.mark.parametrize("use", list(Use))
def test_every_use_must_be_allowed_explicitly(use):
    everything_else = [str(other) for other in Use if other != use]
    assert problems(consent=record(uses=everything_else), uses={use}) == [
        f"Sam has not agreed to this use: {use.label}."
    ]
    assert problems(consent=record(uses=[str(use)]), uses={use}) == []


def test_one_sentence_per_missing_use():
    found = problems(consent=record(uses=["name"]), uses={Use.NAME, Use.HEALTH, Use.PHOTO})
    assert found == [
        "Sam has not agreed to this use: Photo.",
        "Sam has not agreed to this use: Health information.",
    ]


@pytest.mark.parametrize(
    ("expires_on", "allowed"),
    [
        (TODAY + datetime.timedelta(days=1), True),
        (TODAY, False),
        (TODAY - datetime.timedelta(days=1), False),
    ],
)
def test_consent_is_void_from_its_expiry_date(expires_on, allowed):
    assert (problems(consent=record(expires_on=expires_on)) == []) is allowed


def test_expiry_is_explained_with_its_date():
    [problem] = problems(consent=record(expires_on=datetime.date(2026, 6, 1)))
    assert problem == "Sam's consent expired on 1 June 2026."


@pytest.mark.parametrize(
    ("review_on", "allowed"),
    [(TODAY - datetime.timedelta(days=30), True), (TODAY, True)],
)
def test_a_missed_review_warns_but_does_not_block(review_on, allowed):
    assert (problems(consent=record(review_on=review_on)) == []) is allowed


def test_consent_dated_in_the_future_is_not_yet_in_force():
    [problem] = problems(consent=record(given_on=TODAY + datetime.timedelta(days=2)))
    assert "only starts on" in problem


def test_no_record_means_no_consent():
    assert problems(consent=None) == ["Sam has no consent recorded."]


@pytest.mark.parametrize(
    ("withdrawn_at", "withdrawn"),
    [
        (None, False),
        (RECORDED - datetime.timedelta(days=1), False),
        (RECORDED, True),
        (RECORDED + datetime.timedelta(minutes=1), True),
    ],
)
def test_withdrawal_after_the_latest_record_voids_it(withdrawn_at, withdrawn):
    assert is_withdrawn(record(), withdrawn_at) is withdrawn
    assert (problems(consent=record(), withdrawn_at=withdrawn_at) != []) is withdrawn


def test_withdrawal_is_explained_alone():
    found = problems(
        consent=record(expires_on=TODAY, authority=Authority.PARENT),
        withdrawn_at=RECORDED + datetime.timedelta(days=3),
    )
    assert found == ["Sam withdrew consent on 13 January 2026."]


@pytest.mark.parametrize(
    ("language", "for_partners", "extra"),
    [
        ("en", False, set()),
        ("cy", False, {Use.WELSH}),
        ("en", True, {Use.PARTNER_SYNDICATION}),
        ("cy", True, {Use.WELSH, Use.PARTNER_SYNDICATION}),
    ],
)
def test_welsh_pages_and_partner_outputs_need_those_uses_too(language, for_partners, extra):
    assert required_uses({Use.NAME}, language=language, for_partners=for_partners) == {
        Use.NAME,
        *extra,
    }


def test_welsh_translation_use_is_checked_like_any_other():
    english_only = record(uses=["name", "story"])
    required = required_uses({Use.NAME}, language="cy", for_partners=False)
    assert problems_with_consent(person(), english_only, None, required, today=TODAY) == [
        "Sam has not agreed to this use: Welsh translation."
    ]


def test_status_for_the_register():
    assert consent_status(person(), record(), None, today=TODAY) == (
        "Current until 10 January 2027, review by 1 December 2026."
    )
    assert consent_status(person(), None, None, today=TODAY) == "Sam has no consent recorded."
