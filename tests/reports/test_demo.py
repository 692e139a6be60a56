import pytest

from reports import demo
from reports.models import PdfDetails, ReportIndexPage, ReportPage
from website import demo as website_demo

pytestmark = pytest.mark.django_db


def test_demo_reports_load_once_with_real_multi_page_pdfs(client):
    messages = []
    website_demo.load(messages.append)
    demo.load(messages.append)
    demo.load(messages.append)
    assert messages[-1] == "Reports already exist: leaving them as they are."
    assert ReportIndexPage.objects.filter(locale__language_code="en").count() == 1
    reports = ReportPage.objects.live()
    assert reports.count() == 5
    for report in reports:
        assert PdfDetails.objects.get(document=report.document).page_count > 1
        with report.document.open_file() as file:
            assert file.read(5) == b"%PDF-"
    assert client.get("/reports/").status_code == 200
    assert client.get("/cy/reports/").status_code == 200
