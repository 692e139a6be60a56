import html

import pytest
from wagtail.models import Locale

from documents.models import PdfDetails
from reports import demo
from reports.models import ReportIndexPage, ReportPage
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
    assert reports.filter(locale__language_code="en").count() == 5
    for report in reports:
        assert PdfDetails.objects.get(document=report.document).page_count > 1
        with report.document.open_file() as file:
            assert file.read(5) == b"%PDF-"
    assert client.get("/reports/").status_code == 200
    assert client.get("/cy/reports/").status_code == 200


def test_the_demo_yearly_count_is_written_in_welsh_with_welsh_pdfs(client):
    messages = []
    website_demo.load(messages.append)
    demo.load(messages.append)
    demo.load(messages.append)

    welsh = ReportPage.objects.get(locale__language_code="cy")
    english = welsh.get_translation(Locale.objects.get(language_code="en"))
    response = client.get("/cy/reports/state-of-shared-lives-in-england/")
    assert response.status_code == 200
    page = html.unescape(response.text)
    assert '<html lang="cy"' in page
    assert "<h1>Cyflwr Shared Lives yn Lloegr</h1>" in page
    assert "Comisiynu" in page and "Commissioning" not in page  # its topics, in Welsh
    # Its own PDFs, written in Welsh, not the English report's.
    assert {welsh.document, welsh.easy_read_document}.isdisjoint(
        {english.document, english.easy_read_document}
    )
    for download in ("download/", "download/easy-read/"):
        address = f"{welsh.url}{download}"
        assert f'href="{address}"' in page
        pdf = b"".join(client.get(address).streaming_content)
        assert pdf.startswith(b"%PDF-") and b"/Lang (cy)" in pdf
    assert PdfDetails.objects.get(document=welsh.document).page_count > 1
