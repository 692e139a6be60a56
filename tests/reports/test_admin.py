import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from reports.models import DownloadCount

pytestmark = pytest.mark.django_db


@pytest.fixture
def downloaded_reports(publish_report):
    today = timezone.localdate()
    popular = publish_report(title="Popular now")
    classic = publish_report(title="Old favourite")
    DownloadCount.objects.create(report=popular, day=today, downloads=9)
    DownloadCount.objects.create(
        report=classic, day=today - datetime.timedelta(days=300), downloads=50
    )
    DownloadCount.objects.create(report=classic, day=today, downloads=1)
    return popular, classic


def test_editors_see_downloads_of_every_report(editor_client, downloaded_reports):
    response = editor_client.get(reverse("report_downloads"))
    assert response.status_code == 200
    text = response.text
    assert text.index("Popular now") < text.index("Old favourite")
    assert "Last 30 days" in text and "All time" in text


def test_the_downloads_report_exports_as_csv(editor_client, downloaded_reports):
    response = editor_client.get(reverse("report_downloads") + "?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == [
        "Report",
        "Language",
        "Published",
        "Downloads, last 30 days",
        "Downloads, all time",
    ]
    by_title = {row[0]: row[3:] for row in rows[1:]}
    assert by_title["Popular now"] == ["9", "9"]
    assert by_title["Old favourite"] == ["1", "51"]


def test_writers_do_not_see_the_downloads_report(writer_client, downloaded_reports):
    assert writer_client.get(reverse("report_downloads")).status_code in (302, 403)
    menu = writer_client.get(reverse("wagtailadmin_home")).text
    assert reverse("report_downloads") not in menu


def test_the_report_edit_page_shows_its_downloads_to_editors(editor_client, downloaded_reports):
    _popular, classic = downloaded_reports
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[classic.pk]))
    assert response.status_code == 200
    assert "Downloads in the last 30 days" in response.text
    assert "<dd>1</dd>" in response.text
    assert "<dd>51</dd>" in response.text


def test_writers_edit_reports_without_the_download_figures(writer_client, downloaded_reports):
    _popular, classic = downloaded_reports
    response = writer_client.get(reverse("wagtailadmin_pages:edit", args=[classic.pk]))
    assert response.status_code == 200
    assert "Downloads in the last 30 days" not in response.text


def test_editors_can_add_reports_but_not_a_second_reports_section(
    editor_client, reports_index, site_tree
):
    add_report = reverse("wagtailadmin_pages:add", args=["reports", "reportpage", reports_index.pk])
    add_index = reverse(
        "wagtailadmin_pages:add", args=["reports", "reportindexpage", site_tree.english_home.pk]
    )
    assert editor_client.get(add_report).status_code == 200
    assert editor_client.get(add_index).status_code == 302
