"""The API's images and documents endpoints: what they hide (a withdrawn story's photo,
restricted collections, consent evidence, a draft report's file)."""

from wagtail.models import Collection, CollectionViewRestriction

from consent.services import withdraw_consent
from tests.blog.factories import ImageFactory
from tests.consent.factories import EvidenceFactory
from tests.reports.factories import PdfDocumentFactory, ReportPageFactory


def test_a_withdrawn_storys_image_leaves_the_images_endpoint(client, syndicated_story):
    def image_titles():
        return [image["title"] for image in client.get("/api/v2/images/").json()["items"]]

    title = syndicated_story.hero_image.title
    unused = ImageFactory(title="Not on any page")
    assert title in image_titles()
    assert unused.title not in image_titles()

    withdraw_consent(syndicated_story.featured_people.get().person, by=None, reason="Asked")

    assert title not in image_titles()


def test_an_image_in_a_restricted_collection_stays_out_of_the_images_endpoint(
    client, syndicated_story
):
    def image_titles():
        return [image["title"] for image in client.get("/api/v2/images/").json()["items"]]

    image = syndicated_story.hero_image
    assert image.title in image_titles()

    # Named to sort after the existing collections: treebeard renumbers siblings otherwise.
    private = Collection.get_first_root_node().add_child(name="Zz private photos")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    image.collection = private
    image.save()

    assert image.title not in image_titles()
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404


def test_the_documents_endpoint_lists_public_collections_only(client, publish_report):
    evidence = EvidenceFactory(title="Signed consent form")
    leaflet = PdfDocumentFactory(title="Leaflet", collection=Collection.get_first_root_node())
    published_report = publish_report()
    draft_report_file = PdfDocumentFactory(title="Report still in draft")
    ReportPageFactory(parent=published_report.get_parent(), document=draft_report_file, live=False)

    response = client.get("/api/v2/documents/")

    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert leaflet.title in titles
    assert published_report.document.title in titles
    assert evidence.title not in titles
    assert draft_report_file.title not in titles
    assert client.get(f"/api/v2/documents/{evidence.pk}/").status_code == 404
