"""Made-up supporters for the demo campaigns (and the benchmarks): names, kinds and areas
drawn by a seeded chooser, at example.org, signed while each campaign was open."""

import datetime

from django.utils import timezone

from campaigns.models import Signup, SupporterType

FIRST_NAMES = [
    "Aled", "Amira", "Bethan", "Chloe", "Dafydd", "Deepa", "Eleri", "Femi", "Gareth", "Grace",
    "Hannah", "Imran", "Jack", "Joy", "Kwame", "Lowri", "Mairead", "Nia", "Olu", "Priya",
    "Rhys", "Ruth", "Sian", "Tom", "Usha", "Wyn", "Yasmin", "Zac",
]  # fmt: skip
SURNAMES = [
    "Ahmed", "Bevan", "Clarke", "Davies", "Evans", "Fraser", "Griffiths", "Hughes", "Khan",
    "Lewis", "Morgan", "Nwosu", "Owen", "Patel", "Roberts", "Singh", "Thomas", "Walsh",
]  # fmt: skip
AREAS = ["Cardiff", "Leeds", "Okehampton", "Surrey", "Wigan", "Bristol", "Swansea", "", ""]


def signing_time(page, chooser, now):
    """A moment while `page` took sign-ups: from 9 in the morning of its start date to the
    end of its closing date (or now, for a campaign still open)."""
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(page.starts_on, datetime.time(9), tzinfo=zone)
    end = (
        datetime.datetime.combine(page.ends_on, datetime.time(23, 59), tzinfo=zone)
        if page.ends_on
        else now
    )
    span = max(int((min(end, now) - start).total_seconds()), 60)
    return start + datetime.timedelta(seconds=chooser.randrange(span))


def demo_signups(page, count, chooser):
    """`count` made-up supporters of `page`, confirmed, spread over the time it took
    sign-ups; each confirmed a few minutes to a day after signing."""
    now = timezone.now()
    kinds = SupporterType.values
    signups = []
    for number in range(count):
        signed = signing_time(page, chooser, now)
        sent = signed + datetime.timedelta(seconds=chooser.randrange(5, 60))
        confirmed = min(sent + datetime.timedelta(minutes=chooser.randrange(3, 1440)), now)
        signups.append(
            Signup(
                campaign=page,
                campaign_key=page.translation_key,
                name=f"{chooser.choice(FIRST_NAMES)} {chooser.choice(SURNAMES)}",
                email=f"supporter{number}@example.org",
                supporter_type=chooser.choice(kinds),
                area=chooser.choice(AREAS),
                keep_updated=chooser.random() < 0.4,
                signed_at=signed,
                confirmation_sent_at=sent,
                confirmed_at=confirmed,
            )
        )
    return signups
