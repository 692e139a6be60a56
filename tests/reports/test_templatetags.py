import datetime
import re

import pytest

from tests.reports.factories import PdfDocumentFactory, ReportPageFactory

pytestmark = pytest.mark.django_db


def test_home_page_shows_the_three_newest_public_reports(client, reports_index, publish_report):
    for year in (2013, 2015, 2016, 2017):
        publish_report(title=f"Report {year}", publication_date=datetime.date(year, 1, 1))
    ReportPageFactory(
        parent=reports_index, title="Draft", live=False, publication_date=datetime.date.today()
    )
    text = client.get("/").text
    assert "Latest reports" in text
    shown = re.findall(r'class="report-card__title"><a href="[^"]+">([^<]+)</a>', text)
    assert shown == ["Report 2017", "Report 2016", "Report 2015"]
    assert 'href="/reports/">All our reports</a>' in text


def test_welsh_home_shows_only_welsh_reports(client, publish_report, site_tree):
    publish_report(title="English only")
    assert "English only" not in client.get("/cy/").text


def test_home_page_without_reports_shows_no_empty_section(client, site_tree):
    assert "Latest reports" not in client.get("/").text


def test_download_facts_without_a_page_count_still_give_format_and_size(client, publish_report):
    broken = PdfDocumentFactory()
    broken.pdf_details.delete()
    report = publish_report(document=broken)
    assert re.search(r"\(PDF, [\d.]+\xa0(bytes|KB)\)</span>", client.get(report.url).text)
