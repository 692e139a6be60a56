import datetime

import pytest
from wagtail.models import Collection

from tests.browser.accessibility import assert_no_axe_violations
from tests.reports.factories import PdfDocumentFactory, ReportIndexPageFactory, ReportPageFactory
from tests.website.factories import TopicFactory
from website.demo_media import demo_image
from website.models import PageTopic


@pytest.fixture
def reports(site_tree):
    # The live server's database is emptied between tests, migrations' root collection too.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    index = ReportIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()
    topic = TopicFactory(name="Shared Lives", slug="shared-lives")
    for year, title in [(2016, "Social Impact Report"), (2017, "The State of Shared Lives")]:
        report = ReportPageFactory(
            parent=index,
            title=title,
            publication_date=datetime.date(year, 3, 1),
            key_findings=[{"type": "finding", "value": "Just under 12,000 people."}],
            document=PdfDocumentFactory(pages=6),
            easy_read_document=PdfDocumentFactory(pages=2),
            cover=demo_image(f"Cover {title}", width=300, height=420),
        )
        PageTopic.objects.create(page=report, topic=topic)
        report.save_revision().publish()
    return index


def test_from_the_home_page_to_a_reports_pdf(live_server, page, reports):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="All our reports").click()
    page.get_by_role("link", name="The State of Shared Lives", exact=True).click()
    download = page.get_by_role("link", name="Download the report")
    assert "6 pages" in download.inner_text()

    response = page.request.get(live_server.url + download.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF-")


@pytest.mark.parametrize(
    "address", ["/reports/", "/reports/?topic=shared-lives&year=2017", "/reports/?year=1900"]
)
def test_report_index_has_no_wcag_violations(live_server, page, reports, address):
    page.goto(live_server.url + address)
    assert_no_axe_violations(page)


def test_report_page_has_no_wcag_violations(live_server, page, reports):
    page.goto(live_server.url + "/reports/")
    page.get_by_role("link", name="Social Impact Report", exact=True).click()
    assert_no_axe_violations(page)
