"""An Easy Read version of a report is offered wherever the report is: in a box of its own
near the top of the report's page, on the report's card in lists, and in the partner feeds
(whose enclosure holds only the main PDF)."""

import json

import pytest

from tests.reports.factories import PdfDocumentFactory

pytestmark = pytest.mark.django_db


def test_the_easy_read_version_has_its_own_box_before_the_other_downloads(client, publish_report):
    report = publish_report(
        document=PdfDocumentFactory(pages=48), easy_read_document=PdfDocumentFactory(pages=6)
    )
    text = client.get(report.url).text
    box = text.split('<section class="report-easy-read"')[1].split("</section>")[0]
    assert f'href="{report.url}download/easy-read/">Read the Easy Read version' in box
    assert "6 pages" in box
    # It is not offered a second time in the list below, which still has the full report.
    downloads = text.split('<ul class="report-downloads">')[1].split("</ul>")[0]
    assert "easy-read" not in downloads
    assert f'href="{report.url}download/"' in downloads
    assert client.get(f"{report.url}download/easy-read/").status_code == 200


def test_a_report_without_an_easy_read_version_offers_none(client, publish_report):
    plain = publish_report(title="Plain report", document=PdfDocumentFactory(pages=2))
    offered = publish_report(
        title="Offered report",
        document=PdfDocumentFactory(pages=2),
        easy_read_document=PdfDocumentFactory(pages=2),
    )
    assert "report-easy-read" not in client.get(plain.url).text
    assert "report-easy-read" in client.get(offered.url).text  # positive control
    listing = client.get(plain.get_parent().url).text
    cards = {
        title: listing.split(f">{title}</a>")[1].split("</article>")[0]
        for title in ("Plain report", "Offered report")
    }
    assert "Easy Read version" not in cards["Plain report"]
    assert f'href="{offered.url}download/easy-read/">Easy Read version' in cards["Offered report"]


def test_partner_feeds_link_the_easy_read_version_in_the_item(client, publish_report):
    report = publish_report(
        document=PdfDocumentFactory(pages=3), easy_read_document=PdfDocumentFactory(pages=2)
    )
    feed = json.loads(client.get("/feeds/reports.json").content)
    (item,) = feed["items"]
    assert (
        f'<a href="{report.get_full_url()}download/easy-read/">Easy Read version</a>'
        in item["content_html"]
    )
    # The enclosure stays the full report.
    assert [a["url"] for a in item["attachments"]] == [report.get_full_url() + "download/"]
