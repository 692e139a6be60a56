"""The comms team's listing of newsletter sign-ups: who may see it, and its CSV export in
the formats people read (Yes/No, British dates)."""

import csv
import datetime
import io
import re

import pytest
from django.utils import timezone

from newsletter.models import NewsletterSignup

pytestmark = pytest.mark.django_db

LISTING = "/admin/snippets/newsletter/newslettersignup/"


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


@pytest.mark.parametrize(
    ("group", "allowed"),
    [("Editors", True), ("Writers", False), ("Translators", False), ("Consent officers", False)],
)
def test_only_editors_and_above_see_sign_ups(client, member_of, group, allowed):
    NewsletterSignup.objects.create(email="private@example.org")
    client.force_login(member_of(group))
    for address in (LISTING, LISTING + "?export=csv"):
        assert (client.get(address).status_code == 200) is allowed, (group, address)
    assert ("Newsletter sign-ups" in client.get("/admin/").text) is allowed


def test_the_export_has_confirmed_sign_ups_in_words_people_read(admin_client):
    asked = timezone.make_aware(datetime.datetime(2026, 11, 28, 14, 5))
    NewsletterSignup.objects.create(
        email="ffion@example.org",
        name="=Ffion",
        language="cy",
        asked_at=asked,
        confirmed_at=asked + datetime.timedelta(hours=1),
    )
    NewsletterSignup.objects.create(email="stranger@example.org")
    rows = csv_rows(admin_client.get(LISTING + "?export=csv"))
    assert rows[0] == ["Email address", "Name", "Language", "Confirmed", "Asked", "Confirmed"]
    assert rows[1:] == [
        [
            "ffion@example.org",
            "'=Ffion",
            "Cymraeg",
            "Yes",
            "28 November 2026, 14:05",
            "28 November 2026, 15:05",
        ]
    ]


def test_the_listing_shows_unconfirmed_sign_ups_too(admin_client):
    NewsletterSignup.objects.create(email="stranger@example.org")
    NewsletterSignup.objects.create(email="ffion@example.org", confirmed_at=timezone.now())
    html = admin_client.get(LISTING).text
    assert "stranger@example.org" in html and "ffion@example.org" in html
    filtered = admin_client.get(LISTING + "?confirmed=true").text
    assert "ffion@example.org" in filtered and "stranger@example.org" not in filtered


def test_the_listing_says_yes_or_no(admin_client):
    NewsletterSignup.objects.create(email="stranger@example.org")
    NewsletterSignup.objects.create(email="ffion@example.org", confirmed_at=timezone.now())
    html = admin_client.get(LISTING).text
    cells = [cell.strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", html, re.S)]
    assert "Yes" in cells and "No" in cells
    assert "True" not in cells and "False" not in cells
