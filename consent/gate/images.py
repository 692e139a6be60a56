"""Reads about images: the people each shows, the images a page uses (found through
Wagtail's reference index, so every field, block, rich text and child relation counts) and
the images whose people have not consented to the photo use."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from consent.gate.people import latest_consent
from consent.models import Person, PersonInImage, Use, WithheldImage
from consent.rules import problems_with_consent

PHOTO_USES = [Use.PHOTO.value]


def image_type_id():
    return ContentType.objects.get_for_model(get_image_model()).pk


def references_to_images(page_ids):
    """(page id, image id) for every image the stored pages with `page_ids` use."""
    rows = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(pk) for pk in page_ids],
        to_content_type_id=image_type_id(),
    ).values_list("object_id", "to_object_id")
    return [(int(page_id), int(image_id)) for page_id, image_id in rows]


def images_in(page):
    """The ids of the images `page` uses, read from the page itself so that an unsaved
    edit (a draft about to be published) counts. Wagtail's reference index has no public
    method that scans an object without storing what it finds, hence the private one."""
    wanted = image_type_id()
    return {
        int(object_id)
        for type_id, object_id, _model_path, _content_path in (
            ReferenceIndex._extract_references_from_object(page)
        )
        if type_id == wanted
    }


def people_in_images(image_ids):
    """{image id: [person id, ...]} for the images with `image_ids`."""
    people = {}
    for image_id, person_id in PersonInImage.objects.filter(image_id__in=image_ids).values_list(
        "image_id", "person_id"
    ):
        people.setdefault(image_id, []).append(person_id)
    return people


def photo_links(image_ids):
    """(person id, photo use) for everyone the images show, in the form of page links."""
    return [
        (person_id, PHOTO_USES)
        for person_ids in people_in_images(image_ids).values()
        for person_id in person_ids
    ]


def photo_links_by_key(keys):
    """{translation key: [(person id, photo use), ...]} for the stored pages with those
    keys: each version's photos count for every language."""
    pages = dict(Page.objects.filter(translation_key__in=keys).values_list("pk", "translation_key"))
    used = references_to_images(pages)
    people = people_in_images({image_id for _page_id, image_id in used})
    links = {}
    for page_id, image_id in used:
        for person_id in people.get(image_id, []):
            links.setdefault(pages[page_id], []).append((person_id, PHOTO_USES))
    return links


def images_of(person):
    """Every image recorded as showing `person`."""
    return get_image_model().objects.filter(
        pk__in=PersonInImage.objects.filter(person=person).values("image_id")
    )


def pages_using(images):
    """The stored pages using any of `images` (a queryset)."""
    references = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type_id=image_type_id(),
        to_object_id__in=[str(pk) for pk in images.values_list("pk", flat=True)],
    )
    return Page.objects.filter(
        pk__in=references.annotate(page_id=Cast("object_id", IntegerField())).values("page_id")
    )


def photo_problems(image_ids, *, today=None):
    """{image id: [problem, ...]} for the images with `image_ids` that show someone whose
    consent does not cover the photo use today."""
    people_by_image = people_in_images(image_ids)
    person_ids = {pk for people in people_by_image.values() for pk in people}
    consent = latest_consent(person_ids)
    people = Person.objects.in_bulk(person_ids)
    today = today or timezone.localdate()
    found = {}
    for image_id, image_people in people_by_image.items():
        problems = [
            problem
            for person_id in image_people
            for problem in problems_with_consent(
                people[person_id], *consent[person_id], set(PHOTO_USES), today=today
            )
        ]
        if problems:
            found[image_id] = problems
    return found


def withheld_image_ids():
    return WithheldImage.objects.values("image_id")


def public_images(queryset):
    """Narrows an image queryset to the images whose files may be served: not withheld."""
    return queryset.exclude(pk__in=withheld_image_ids())


def images_with_people():
    return get_image_model().objects.filter(pk__in=PersonInImage.objects.values("image_id"))
