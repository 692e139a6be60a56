"""How document files are served: consent evidence and files in any restricted collection
never stay in a cache or open in a browser tab; public PDFs open in the browser as before;
nothing is sniffed."""

import pytest
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction

from consent.models import EVIDENCE_COLLECTION_NAME
from tests.reports.factories import PdfDocumentFactory

pytestmark = pytest.mark.django_db


def fetch(client, document):
    response = client.get(reverse("wagtaildocs_serve", args=[document.pk, document.filename]))
    assert response.status_code == 200
    return response


def test_a_public_pdf_opens_in_the_browser_and_may_be_cached(client):
    response = fetch(client, PdfDocumentFactory())
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" not in response.get("Cache-Control", "")
    assert not response.get("Content-Disposition", "").startswith("attachment")


def test_consent_evidence_is_private_and_an_attachment(client, member_of):
    client.force_login(member_of("Consent officers"))
    evidence = PdfDocumentFactory(collection=Collection.objects.get(name=EVIDENCE_COLLECTION_NAME))
    response = fetch(client, evidence)
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Disposition"] == f'attachment; filename="{evidence.filename}"'
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_file_in_any_restricted_collection_is_private(client, admin_user):
    # Named to sort after the existing collections: treebeard renumbers siblings otherwise.
    private = Collection.get_first_root_node().add_child(name="Zz working papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    client.force_login(admin_user)
    response = fetch(client, PdfDocumentFactory(collection=private))
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Disposition"].startswith("attachment;")
