"""The Welsh translation status report: which English pages have no Welsh version and which
Welsh versions lag behind their English page, for the people who translate and publish."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail_localize.models import TranslationSource

from consent.models import Use
from consent.services import withdraw_consent
from tests.consent.factories import ConsentRecordFactory
from tests.website.factories import StandardPageFactory
from tests.website.localize import sync, translate
from website.translation_status import (
    WelshStatus,
    source_pages,
    welsh_locale,
    with_translation_status,
)

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translation-status/"


def status_of(page):
    return with_translation_status(source_pages(), welsh_locale()).get(pk=page.pk)


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def make_page(site_tree, title):
    page = StandardPageFactory(parent=site_tree.english_home, title=title)
    publish(page)
    return page


def test_a_page_without_a_welsh_version_is_missing(site_tree, about_page):
    assert status_of(about_page).translation_status == WelshStatus.MISSING


def test_an_english_draft_is_listed_too(site_tree):
    draft = StandardPageFactory(parent=site_tree.english_home, title="Draft", live=False)
    draft.save_revision()
    assert status_of(draft).translation_status == WelshStatus.MISSING


def test_a_welsh_alias_of_the_english_page_is_no_translation(site_tree, about_page):
    # wagtail-localize makes these for untranslated parents: they show the English text.
    about_page.copy_for_translation(welsh_locale(), alias=True)
    assert status_of(about_page).translation_status == WelshStatus.MISSING


def test_a_fresh_translation_is_up_to_date(site_tree, about_page):
    translate(about_page, welsh_locale())
    assert status_of(about_page).translation_status == WelshStatus.UP_TO_DATE


def test_publishing_english_changes_puts_the_welsh_version_out_of_date_since_then(
    site_tree, about_page
):
    translate(about_page, welsh_locale())

    publish(about_page, title="About the charity")
    publish(about_page, title="About our charity")

    status = status_of(about_page)
    assert status.translation_status == WelshStatus.OUT_OF_DATE
    first_change = (
        PageLogEntry.objects.filter(page=about_page, action="wagtail.publish")
        .order_by("timestamp")
        .values_list("timestamp", flat=True)
    )[1]
    assert status.out_of_date_since == first_change


def test_a_published_sync_brings_it_up_to_date(site_tree, about_page):
    translate(about_page, welsh_locale())
    publish(about_page, title="About the charity")

    sync(about_page)

    assert status_of(about_page).translation_status == WelshStatus.UP_TO_DATE


def test_a_sync_not_yet_translated_and_published_leaves_it_out_of_date(site_tree, about_page):
    translate(about_page, welsh_locale())
    publish(about_page, title="About the charity")

    sync(about_page, publish=False)

    assert status_of(about_page).translation_status == WelshStatus.OUT_OF_DATE


def test_a_sync_of_unchanged_text_changes_nothing(site_tree, about_page):
    translate(about_page, welsh_locale())
    sync(about_page, publish=False)
    assert status_of(about_page).translation_status == WelshStatus.UP_TO_DATE


def test_a_welsh_page_made_by_hand_is_out_of_date_until_edited_again(site_tree, about_page):
    welsh_about = site_tree.translate(about_page, title="Amdanom ni", slug="amdanom")
    assert status_of(about_page).translation_status == WelshStatus.UP_TO_DATE

    publish(about_page, title="About the charity")
    assert status_of(about_page).translation_status == WelshStatus.OUT_OF_DATE

    publish(welsh_about, title="Amdanom yr elusen")
    assert status_of(about_page).translation_status == WelshStatus.UP_TO_DATE


def test_the_welsh_pages_themselves_are_not_rows(site_tree, about_page):
    translate(about_page, welsh_locale())
    titles = set(source_pages().values_list("title", flat=True))
    assert titles == {"Welcome", "About us"}


@pytest.fixture
def signed_in(client, member_of):
    def sign_in(group_name):
        client.force_login(member_of(group_name))
        return client

    return sign_in


@pytest.mark.parametrize(
    ("group_name", "allowed"),
    [("Editors", True), ("Translators", True), ("Writers", False), ("Consent officers", False)],
)
def test_who_sees_the_report(signed_in, site_tree, group_name, allowed):
    client = signed_in(group_name)
    # Wagtail answers a refusal by sending the user back to the dashboard.
    assert client.get(REPORT).status_code == (200 if allowed else 302)
    reports_menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert ("Welsh translation status" in reports_menu) is allowed


def test_superusers_see_the_report(client, site_tree, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    assert client.get(REPORT).status_code == 200


def test_each_row_links_to_the_action_that_moves_it_on(signed_in, site_tree, about_page):
    missing = make_page(site_tree, "Volunteering")
    translate(about_page, welsh_locale())
    publish(about_page, title="About the charity")
    welsh_about = about_page.get_translation(welsh_locale())

    html = signed_in("Translators").get(REPORT).content.decode()

    assert "Out of date since" in html
    assert reverse("wagtail_localize:submit_page_translation", args=[missing.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[welsh_about.pk]) in html
    source = TranslationSource.objects.get_for_instance(about_page)
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[about_page.pk]) in html


def test_filtering_by_welsh_status(signed_in, site_tree, about_page):
    make_page(site_tree, "Volunteering")
    translate(about_page, welsh_locale())

    html = signed_in("Editors").get(REPORT, {"translation_status": "missing"}).content.decode()

    assert "Volunteering" in html
    assert "About us" not in html


def test_the_csv_export_lists_every_page_with_its_welsh_status(signed_in, site_tree, about_page):
    make_page(site_tree, "Volunteering")
    translate(about_page, welsh_locale())
    publish(about_page, title="About the charity")

    response = signed_in("Editors").get(REPORT, {"export": "csv"})

    text = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    by_title = {row["Page"]: row for row in rows}
    assert by_title["Volunteering"]["Welsh version"] == "Missing"
    assert by_title["About the charity"]["Welsh version"] == "Out of date"
    assert by_title["About the charity"]["Out of date since"]
    assert by_title["About the charity"]["Type"] == "Standard page"
    assert by_title["Welcome"]["Welsh version"] == "Up to date"


def test_the_xlsx_export_downloads(signed_in, site_tree):
    response = signed_in("Editors").get(REPORT, {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')


def test_the_report_takes_the_same_number_of_queries_however_many_pages(signed_in, site_tree):
    client = signed_in("Editors")

    def queries_with(count):
        for number in range(count):
            page = make_page(site_tree, f"Page {count}-{number}")
            if number % 3 == 0:
                translate(page, welsh_locale())
            elif number % 3 == 1:
                site_tree.translate(page, slug=f"tudalen-{count}-{number}")
                publish(page)
        client.get(REPORT)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(REPORT)
        assert response.status_code == 200
        return len(queries)

    assert queries_with(3) == queries_with(9)


@pytest.fixture
def story_about(make_story):
    def make(uses, title):
        record = ConsentRecordFactory(person__public_name=title.split()[0], uses=uses)
        return make_story(record.person, uses=[Use.NAME, Use.STORY], title=title), record.person

    return make


def row_of(html, title):
    """The table row of the page called `title`."""
    return next(row for row in html.split("<tr") if title in row)


def test_a_page_the_gate_refuses_in_welsh_is_blocked_by_consent(signed_in, story_about):
    english_only, _person = story_about(["name", "story"], "Brian at home")
    welsh_too, _other = story_about(["name", "story", "welsh"], "Clare in Surrey")

    client = signed_in("Translators")
    html = client.get(REPORT).content.decode()

    assert "Blocked by consent" in row_of(html, "Brian at home")
    assert "Blocked by consent" not in row_of(html, "Clare in Surrey")
    # Without the Welsh use the page can still be sent for translation, ready for when
    # the person agrees.
    submit = reverse("wagtail_localize:submit_page_translation", args=[english_only.pk])
    assert submit in row_of(html, "Brian at home")
    export = client.get(REPORT, {"export": "csv"})
    rows = csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode()))
    consent = {row["Page"]: row["Consent in Welsh"] for row in rows}
    assert consent[english_only.title] == "Blocked by consent"
    assert consent[welsh_too.title] == ""


def test_a_page_whose_people_withdrew_is_never_offered_for_translation(signed_in, story_about):
    withdrawn, person = story_about(["name", "story", "welsh"], "Angela and Tina")
    kept, _other = story_about(["name", "story", "welsh"], "James and Phil")
    withdraw_consent(person, by=None, reason="Asked us to")

    html = signed_in("Translators").get(REPORT).content.decode()

    row = row_of(html, "Angela and Tina")
    assert "Blocked by consent" in row
    assert reverse("wagtail_localize:submit_page_translation", args=[withdrawn.pk]) not in row
    assert "it is not sent for translation" in row
    # Positive control: the page whose people still consent is offered.
    assert reverse("wagtail_localize:submit_page_translation", args=[kept.pk]) in html
