"""Every way an editor can upload a document refuses files readers could not open, and
files of unpublished reports or private collections stay private."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from consent.models import EVIDENCE_COLLECTION_NAME
from documents.models import PdfDetails
from reports.models import DownloadCount
from tests.documents.test_pdf import JAVASCRIPT_ON_OPEN
from tests.reports.factories import PdfDocumentFactory, ReportPageFactory, pdf_bytes

pytestmark = pytest.mark.django_db

Document = get_document_model()

HTML = b"<!doctype html><html><head><title>Report</title></head><body></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'


def upload(name, content):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def single_upload(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": "Annual report", "file": upload(name, content), "collection": root().pk},
    )


def multiple_upload(client, name, content):
    return client.post(reverse("wagtaildocs:add_multiple"), {"files[]": upload(name, content)})


def chooser_upload(client, name, content):
    return client.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "document-chooser-upload-title": "Annual report",
            "document-chooser-upload-file": upload(name, content),
            "document-chooser-upload-collection": root().pk,
        },
    )


def root():
    return Collection.get_first_root_node()


UPLOADS = [single_upload, multiple_upload, chooser_upload]


@pytest.mark.parametrize("send", UPLOADS)
@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("report.pdf", HTML, "web page (HTML)"),
        ("report.pdf", SVG, "SVG image"),
        ("drawing.svg", SVG, "SVG image"),
        ("report.pdf", pdf_bytes(6)[:-200], "damaged or incomplete"),
    ],
    ids=["html-renamed", "svg-renamed", "svg", "truncated"],
)
def test_uploads_that_are_not_readable_pdfs_are_refused_with_a_reason(
    editor_client, send, name, content, reason
):
    response = send(editor_client, name, content)
    assert reason in response.content.decode().replace("\\u0027", "'")
    assert not Document.objects.exists()


@pytest.mark.parametrize("send", UPLOADS)
@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=2000)
def test_files_over_the_size_limit_are_refused(editor_client, send):
    response = send(editor_client, "big.pdf", pdf_bytes(40))
    assert "This file is too big" in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.parametrize("send", UPLOADS)
def test_a_real_pdf_is_accepted_and_its_page_count_stored(editor_client, send):
    send(editor_client, "annual-report.pdf", pdf_bytes(5))
    document = Document.objects.get()
    assert document.file_size == len(pdf_bytes(5))
    assert PdfDetails.objects.get(document=document).page_count == 5


def test_replacing_a_documents_file_reads_the_new_page_count(admin_client):
    document = PdfDocumentFactory(pages=2)
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": document.title, "file": upload("v2.pdf", pdf_bytes(8)), "collection": root().pk},
    )
    assert response.status_code == 302
    assert PdfDetails.objects.get(document=document).page_count == 8


def document_url(document):
    return reverse("wagtaildocs_serve", args=[document.pk, document.filename])


def test_the_file_of_an_unpublished_report_is_not_public(client, reports_index):
    draft = ReportPageFactory(parent=reports_index, live=False)
    assert client.get(document_url(draft.document)).status_code == 404


def test_the_comms_team_can_open_the_file_of_an_unpublished_report(writer_client, reports_index):
    draft = ReportPageFactory(parent=reports_index, live=False)
    assert writer_client.get(document_url(draft.document)).status_code == 200


def test_the_file_of_a_published_report_is_public(client, publish_report):
    report = publish_report()
    response = client.get(document_url(report.document))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_a_file_shared_by_a_draft_and_a_published_report_stays_public(
    client, reports_index, publish_report
):
    report = publish_report()
    ReportPageFactory(parent=reports_index, live=False, document=report.document)
    assert client.get(document_url(report.document)).status_code == 200


def test_a_file_no_report_uses_is_served_as_wagtail_serves_it(client, site_tree):
    assert client.get(document_url(PdfDocumentFactory())).status_code == 200


def test_files_in_a_private_collection_stay_private_even_on_a_published_report(
    client, publish_report
):
    # Named to sort after the existing collections: treebeard renumbers siblings otherwise.
    private = root().add_child(name="Working papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    report = publish_report(document=PdfDocumentFactory(collection=private))

    direct = client.get(document_url(report.document))
    through_report = client.get(f"/reports/{report.slug}/download/")
    for response in (direct, through_report):
        assert response.status_code == 302
        assert "/login/" in response["Location"]
    assert not DownloadCount.objects.exists()


@pytest.mark.parametrize("send", UPLOADS)
def test_a_pdf_that_runs_javascript_is_refused_with_a_reason(editor_client, send):
    response = send(editor_client, "report.pdf", JAVASCRIPT_ON_OPEN)
    assert "contains JavaScript" in response.content.decode()
    assert not Document.objects.exists()


def test_consent_evidence_that_runs_javascript_is_refused(client, member_of):
    client.force_login(member_of("Consent officers"))
    evidence = Collection.objects.get(name=EVIDENCE_COLLECTION_NAME)
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Signed form",
            "file": upload("form.pdf", JAVASCRIPT_ON_OPEN),
            "collection": evidence.pk,
        },
    )
    assert "contains JavaScript" in response.text
    assert not Document.objects.exists()
    # The same officer can file a plain PDF there.
    client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Signed form",
            "file": upload("form.pdf", pdf_bytes(1)),
            "collection": evidence.pk,
        },
    )
    assert Document.objects.get().collection == evidence
