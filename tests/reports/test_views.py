import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from reports.models import DownloadCount, ReportPartner
from tests.reports.factories import PdfDocumentFactory, ReportPageFactory
from tests.website.factories import OrganisationFactory, StandardPageFactory, TopicFactory
from website.demo_media import demo_image
from website.models import PageTopic

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'class="report-card__title"><a href="[^"]+">([^<]+)</a>', response.text)


def test_index_lists_public_reports_newest_first_with_their_download_facts(
    client, reports_index, publish_report
):
    publish_report(title="Older", publication_date=datetime.date(2015, 1, 1))
    publish_report(
        title="Newer",
        publication_date=datetime.date(2017, 1, 1),
        document=PdfDocumentFactory(pages=48),
    )
    ReportPageFactory(parent=reports_index, title="Draft", live=False)

    response = client.get("/reports/")
    assert response.status_code == 200
    assert titles(response) == ["Newer", "Older"]
    assert re.search(r"\(PDF, [\d.]+\xa0(bytes|KB), 48 pages\)", response.text)
    assert "2 reports" in response.text


def test_index_filters_by_topic_and_year(client, publish_report):
    nhs, housing = TopicFactory(name="NHS", slug="nhs"), TopicFactory(name="Housing")
    publish_report(title="NHS 2015", topics=[nhs], publication_date=datetime.date(2015, 6, 1))
    publish_report(title="NHS 2017", topics=[nhs], publication_date=datetime.date(2017, 6, 1))
    publish_report(title="Homes 2017", topics=[housing], publication_date=datetime.date(2017, 2, 1))

    assert titles(client.get("/reports/?topic=nhs")) == ["NHS 2017", "NHS 2015"]
    assert titles(client.get("/reports/?year=2017")) == ["NHS 2017", "Homes 2017"]
    assert titles(client.get("/reports/?topic=nhs&year=2015")) == ["NHS 2015"]
    form = client.get("/reports/?year=2017").text
    assert '<option value="2017" selected>2017</option>' in form
    assert '<option value="nhs">NHS</option>' in form


@pytest.mark.parametrize(
    "query",
    [
        "topic=no-such-topic",
        "year=1850",
        "year=abc",
        "page=zzz&year=x",
        # Past the last year a date can have, and past what a machine integer holds.
        "year=10000",
        "year=99999999999999999999",
        "year=%C2%B2",
    ],
)
def test_unknown_filter_values_give_a_friendly_empty_list(client, publish_report, query):
    publish_report(publication_date=datetime.date(2017, 6, 1))
    response = client.get(f"/reports/?{query}")
    assert response.status_code == 200
    assert titles(response) == []
    assert "No reports match what you chose" in response.text
    assert 'href="/reports/">Show all reports' in response.text


def query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_index_needs_the_same_number_of_queries_for_two_reports_or_ten(client, publish_report):
    cover = demo_image("Cover", width=300, height=420)
    topic = TopicFactory()
    for _report in range(2):
        publish_report(cover=cover, topics=[topic])
    client.get("/reports/")  # makes the cover's thumbnail once
    few = query_count(client, "/reports/")
    for _report in range(8):
        publish_report(cover=cover, topics=[topic])
    client.get("/reports/")  # publishing starts a new cached frame (website.frame)
    assert query_count(client, "/reports/") == few
    # Covers the page itself, the filters, the list, the header and footer and the gate.
    assert few <= 30


def test_report_page_queries_do_not_grow_with_partners_and_topics(client, publish_report):
    report = publish_report(cover=demo_image("Cover", width=300, height=420))

    def add_partner_and_topic():
        ReportPartner.objects.create(page=report, organisation=OrganisationFactory())
        PageTopic.objects.create(page=report, topic=TopicFactory())

    add_partner_and_topic()
    client.get(report.url)  # makes the cover's rendition once
    few = query_count(client, report.url)
    for _more in range(4):
        add_partner_and_topic()
    assert query_count(client, report.url) == few
    assert few <= 35


def test_report_page_shows_what_is_in_the_report(client, publish_report):
    report = publish_report(
        title="The State of Shared Lives",
        key_findings=[
            {"type": "finding", "value": "Just under 12,000 people use Shared Lives."},
            {"type": "finding", "value": "About 580 more than the year before."},
        ],
        document=PdfDocumentFactory(pages=48),
        easy_read_document=PdfDocumentFactory(pages=6),
    )
    ReportPartner.objects.create(
        page=report,
        organisation=OrganisationFactory(name="Inclusion North", website="https://example.org/"),
    )
    response = client.get(report.url)
    text = response.text
    assert "<li>Just under 12,000 people use Shared Lives.</li>" in text
    assert '<a href="https://example.org/">Inclusion North</a>' in text
    assert re.search(
        rf'href="{report.url}download/">Download the report '
        r'<span class="report-downloads__facts">\(PDF, [\d.]+\xa0(bytes|KB), 48 pages\)',
        text,
    )
    assert f'href="{report.url}download/easy-read/">Read the Easy Read version' in text
    assert "How to cite this report" in text
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', text, re.S).group(1))
    assert data["@type"] == "Report"
    assert data["name"] == "The State of Shared Lives"


def test_json_ld_cannot_close_its_script_element(client, publish_report):
    report = publish_report(summary="</script><script>alert(1)</script>")
    text = client.get(report.url).text
    assert "<script>alert(1)" not in text
    assert "\\u003C/script\\u003E" in text


def test_related_campaigns_are_only_campaign_pages(client, publish_report, site_tree):
    topic = TopicFactory()
    report = publish_report(topics=[topic])
    standard = StandardPageFactory(
        parent=site_tree.english_home, title="Same topic, not a campaign"
    )
    PageTopic.objects.create(page=standard, topic=topic)
    text = client.get(report.url).text
    assert "Related campaigns" not in text
    assert "Same topic, not a campaign" not in text


def test_topics_link_to_the_filtered_report_list(client, publish_report):
    report = publish_report(topics=[TopicFactory(name="Carers", slug="carers")])
    assert 'href="/reports/?topic=carers">Reports about Carers</a>' in client.get(report.url).text


def test_downloading_serves_the_pdf_and_counts_it_without_keeping_who(client, publish_report):
    report = publish_report(document=PdfDocumentFactory(pages=4))
    response = client.get(f"{report.url}download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert not response.cookies
    client.get(f"{report.url}download/")

    count = DownloadCount.objects.get()
    assert (count.report_id, count.day, count.downloads) == (report.pk, timezone.localdate(), 2)


def test_each_version_is_served_and_counted_with_its_report(client, publish_report):
    report = publish_report(accessible_document=PdfDocumentFactory())
    assert client.get(f"{report.url}download/accessible/").status_code == 200
    assert client.get(f"{report.url}download/easy-read/").status_code == 404
    assert client.get(f"{report.url}download/anything/").status_code == 404
    assert DownloadCount.objects.get(report=report).downloads == 1


def test_a_head_request_is_not_a_download(client, publish_report):
    report = publish_report()
    client.head(f"{report.url}download/")
    assert not DownloadCount.objects.exists()


def test_an_unpublished_reports_download_address_is_not_found(client, reports_index):
    draft = ReportPageFactory(parent=reports_index, live=False)
    assert client.get(f"/reports/{draft.slug}/download/").status_code == 404
    assert not DownloadCount.objects.exists()


def test_covers_come_as_avif_and_webp_at_the_size_they_are_shown_lazily_in_lists(
    client, publish_report
):
    report = publish_report(cover=demo_image("Cover", width=600, height=850))
    card = re.search(r"<picture>.*?</picture>", client.get("/reports/").text, re.S).group(0)
    # Shown 120 pixels wide: that width and twice it for sharp screens, nothing larger.
    assert re.search(r'<source[^>]*srcset="[^"]*fill-120x170[^"]*\.avif 120w, ', card)
    assert 'type="image/webp"' in card
    assert 'width="120" height="170"' in re.sub(r'(height="\d+").*?(width="\d+")', r"\2 \1", card)
    assert 'loading="lazy"' in card
    assert ".png" not in card
    # Above the fold on the report's own page: not lazy there, but still no PNG.
    cover = re.search(r"<picture>.*?</picture>", client.get(report.url).text, re.S).group(0)
    assert 'type="image/avif"' in cover
    assert "loading=" not in cover
    assert ".png" not in cover
