import csv
import datetime
import io

import openpyxl
import pytest
from django.utils import timezone

from campaigns.models import Signup
from tests.campaigns.factories import SignupFactory
from website.admin_reports import spreadsheet_safe

pytestmark = pytest.mark.django_db

LISTING = "/admin/snippets/campaigns/signup/"
PER_DAY = "/admin/campaigns/signups-per-day/"


@pytest.fixture
def campaign(publish_campaign):
    return publish_campaign(title="Slow Policy")


def british(day):
    return f"{day.day} {day:%B %Y}"


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


@pytest.mark.parametrize(
    ("group", "allowed"),
    [("Editors", True), ("Writers", False), ("Translators", False), ("Consent officers", False)],
)
def test_only_editors_and_above_see_sign_ups(client, member_of, campaign, group, allowed):
    SignupFactory(campaign=campaign, name="Private Person")
    client.force_login(member_of(group))
    for address in (LISTING, LISTING + "?export=csv", LISTING + "?confirmed=false", PER_DAY):
        response = client.get(address)
        assert (response.status_code == 200) is allowed, (group, address)
    assert ("Campaign sign-ups" in client.get("/admin/").text) is allowed


def test_superusers_see_sign_ups(admin_client, campaign):
    SignupFactory(campaign=campaign, name="Private Person")
    assert "Private Person" in admin_client.get(LISTING).text


def test_editors_can_delete_a_sign_up_but_not_change_one(client, member_of, campaign):
    signup = SignupFactory(campaign=campaign)
    client.force_login(member_of("Editors"))
    assert client.get(f"{LISTING}edit/{signup.pk}/").status_code == 302
    response = client.post(f"{LISTING}delete/{signup.pk}/")
    assert response.status_code == 302
    assert not Signup.objects.exists()


def test_the_listing_filters_by_campaign(admin_client, campaign, publish_campaign):
    other = publish_campaign(title="Choice Review")
    SignupFactory(campaign=campaign, name="Alys Pugh")
    SignupFactory(campaign=other, name="Bryn Owen")
    response = admin_client.get(LISTING, {"campaign": campaign.pk})
    assert "Alys Pugh" in response.text
    assert "Bryn Owen" not in response.text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+44 20", "'+44 20"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Ann = Bob", "Ann = Bob"),
        ("", ""),
        (True, True),
    ],
)
def test_spreadsheet_safe(value, expected):
    assert spreadsheet_safe(value) == expected


def test_csv_export_escapes_formulas_typed_by_the_public(admin_client, campaign):
    SignupFactory(
        campaign=campaign,
        name="=cmd|' /C calc'!A0",
        organisation="@SUM(1+1)",
        area="-Cardiff",
        email="plain@example.org",
    )
    response = admin_client.get(LISTING, {"export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    header, row = csv_rows(response)
    values = dict(zip(header, row, strict=True))
    assert values["Name"] == "'=cmd|' /C calc'!A0"
    assert values["Organisation"] == "'@SUM(1+1)"
    assert values["Area"] == "'-Cardiff"
    assert values["Email address"] == "plain@example.org"
    assert values["Who they are"] == "I am a family carer"


def test_sign_ups_per_day_per_campaign(admin_client, campaign, publish_campaign):
    other = publish_campaign(title="=Choice Review")
    today = timezone.now()
    yesterday = today - datetime.timedelta(days=1)
    SignupFactory.create_batch(3, campaign=campaign, signed_at=today)
    SignupFactory.create_batch(2, campaign=campaign, signed_at=yesterday)
    SignupFactory(campaign=other, signed_at=today)

    rows = csv_rows(admin_client.get(PER_DAY, {"export": "csv"}))
    assert rows[0] == ["Day", "Campaign", "Language", "Sign-ups"]
    day = timezone.localdate()
    assert sorted(rows[1:]) == sorted(
        [
            [british(day), "'=Choice Review", "en", "1"],
            [british(day), "Slow Policy", "en", "3"],
            [british(day - datetime.timedelta(days=1)), "Slow Policy", "en", "2"],
        ]
    )
    assert admin_client.get(PER_DAY).status_code == 200


def test_csv_export_escapes_full_width_formulas(admin_client, campaign):
    # Spreadsheet programs read the full-width equals sign (U+FF1D) as "=".
    SignupFactory(campaign=campaign, name="\uff1d1+1", area="Ann = Bob")
    header, row = csv_rows(admin_client.get(LISTING, {"export": "csv"}))
    values = dict(zip(header, row, strict=True))
    assert values["Name"] == "'\uff1d1+1"
    assert values["Area"] == "Ann = Bob"


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_exports_leave_out_control_characters_typed_into_a_sign_up(
    admin_client, campaign, export_format
):
    SignupFactory(campaign=campaign, name="Bryn\x1b Owen\x0b", area="Cardiff")
    response = admin_client.get(LISTING, {"export": export_format})
    assert response.status_code == 200
    if export_format == "csv":
        header, row = csv_rows(response)
        names = [dict(zip(header, row, strict=True))["Name"]]
    else:
        workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        names = [row[2] for row in workbook.active.iter_rows(min_row=2, values_only=True)]
    assert names == ["Bryn Owen"]


def test_csv_export_reads_yes_or_no_and_british_dates(admin_client, campaign):
    signed = timezone.make_aware(datetime.datetime(2026, 11, 28, 14, 5))
    SignupFactory(campaign=campaign, name="Keeps updated", keep_updated=True, signed_at=signed)
    SignupFactory(campaign=campaign, name="Does not", keep_updated=False, signed_at=signed)
    header, *rows = csv_rows(admin_client.get(LISTING, {"export": "csv"}))
    exported = {row["Name"]: row for row in (dict(zip(header, row, strict=True)) for row in rows)}
    assert exported["Keeps updated"]["Keep me updated"] == "Yes"
    assert exported["Does not"]["Keep me updated"] == "No"
    assert exported["Keeps updated"]["Signed"] == "28 November 2026, 14:05"
