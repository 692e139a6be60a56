import datetime
import json

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from documents.models import PdfDetails
from reports.models import DownloadCount, ReportPartner
from tests.reports.factories import PdfDocumentFactory, pdf_bytes
from tests.website.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_a_pdfs_page_count_is_read_when_it_is_saved():
    document = PdfDocumentFactory(pages=12)
    assert PdfDetails.objects.get(document=document).page_count == 12


def test_the_page_count_is_not_read_again_when_only_the_title_changes():
    document = PdfDocumentFactory(pages=12)
    # Damage the stored file: reading it again would lose the count.
    with open(document.file.path, "wb") as stored:
        stored.write(b"not a pdf any more")
    document.title = "Renamed"
    document.save()
    assert PdfDetails.objects.get(document=document).page_count == 12


def test_a_replaced_file_is_read_again():
    document = PdfDocumentFactory(pages=2)
    document.file.save("new.pdf", ContentFile(pdf_bytes(9)), save=False)
    document.file_hash = "a-new-file"
    document.save()
    assert PdfDetails.objects.get(document=document).page_count == 9


def test_downloads_are_counted_per_report_per_day(publish_report, monkeypatch):
    report, other = publish_report(), publish_report()
    for _download in range(3):
        DownloadCount.objects.record(report)
    DownloadCount.objects.record(other)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda: tomorrow)
    DownloadCount.objects.record(report)

    counts = DownloadCount.objects.filter(report=report).order_by("day")
    assert [(count.day, count.downloads) for count in counts] == [
        (tomorrow - datetime.timedelta(days=1), 3),
        (tomorrow, 1),
    ]
    assert DownloadCount.objects.get(report=other).downloads == 1


def test_a_download_count_holds_nothing_about_the_reader():
    fields = {field.name for field in DownloadCount._meta.get_fields()}
    assert fields == {"id", "report", "day", "downloads"}


def test_totals_cover_the_last_30_days_and_all_time(publish_report):
    report = publish_report()
    today = timezone.localdate()
    for days_ago, downloads in [(0, 4), (29, 2), (30, 7), (400, 1)]:
        DownloadCount.objects.create(
            report=report, day=today - datetime.timedelta(days=days_ago), downloads=downloads
        )
    assert report.download_totals() == {"downloads_last_30_days": 6, "downloads_all_time": 14}


def test_citation_is_made_from_the_report_unless_the_editor_wrote_one(publish_report):
    report = publish_report(
        title="Counting Shared Lives",
        authors="A. Writer",
        publication_date=datetime.date(2017, 5, 1),
    )
    assert report.citation() == (
        f"A. Writer (2017) Counting Shared Lives. http://testserver/reports/{report.slug}/"
    )
    report.how_to_cite = "Shared Lives Plus (2017), Counting Shared Lives."
    assert report.citation() == "Shared Lives Plus (2017), Counting Shared Lives."


def test_structured_data_describes_a_schema_org_report(publish_report):
    report = publish_report(
        title="Collaborative Healthcare",
        authors="Ann Example, Bob Example",
        publication_date=datetime.date(2015, 12, 8),
    )
    ReportPartner.objects.create(
        page=report, organisation=OrganisationFactory(name="Inclusion North", website="")
    )
    data = json.loads(json.dumps(report.structured_data()))
    assert data["@type"] == "Report"
    assert data["datePublished"] == "2015-12-08"
    assert [author["name"] for author in data["author"]] == ["Ann Example", "Bob Example"]
    assert data["contributor"] == [{"@type": "Organization", "name": "Inclusion North"}]
    assert data["encoding"]["contentUrl"].endswith(f"/reports/{report.slug}/download/")
