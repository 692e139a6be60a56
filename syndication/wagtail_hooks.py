from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from syndication.feeds_sources import ALL, item_section, sources
from syndication.templatetags.syndication_tags import FEED_FORMATS
from website.purge import ADDRESSES_HOOK, in_every_language


@hooks.register(ADDRESSES_HOOK)
def partner_outputs(pages):
    """Every feed and section widget (a page may be in its section's and in "all", and the
    Varnish purge of a path takes its `?topic=` and `?limit=` variants with it), the API's
    listings, oEmbed (every `?url=`), each page's own API entry and item widget, and the
    API entries of the images and documents it uses (the API lists those of public pages
    only)."""
    sections = [ALL, *sources()]
    paths = {reverse("oembed")}
    for section in sections:
        paths.add(reverse("embed_section", args=[section]))
        for fmt, _media_type, _name in FEED_FORMATS:
            paths.update(in_every_language("syndication:feed", section=section, fmt=fmt))
    for endpoint in ("pages", "images", "documents"):
        paths.add(reverse(f"wagtailapi:{endpoint}:listing"))
    for page in pages:
        paths.add(reverse("wagtailapi:pages:detail", args=[page.pk]))
        section = item_section(page.specific_deferred)
        if section is not None:
            paths.add(reverse("embed_item", args=[section, page.pk]))
    paths.update(api_entries_of_files(pages))
    return paths


def api_entries_of_files(pages):
    files = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(page.pk) for page in pages],
    )
    for endpoint, model in (("images", get_image_model()), ("documents", get_document_model())):
        used = files.filter(to_content_type=ContentType.objects.get_for_model(model))
        for pk in used.values_list("to_object_id", flat=True).distinct():
            yield reverse(f"wagtailapi:{endpoint}:detail", args=[pk])
