from django.utils.cache import patch_cache_control
from wagtail.documents import get_document_model
from wagtail.documents.views import serve as wagtail_serve


def is_private(document):
    """Whether `document` is in a collection with a view restriction, or inside one (the
    consent evidence collection, or any the comms team restricts)."""
    return document.collection.get_view_restrictions().exists()


def serve(request, document_id, document_filename):
    """Wagtail's document view, with private files sent so that no cache keeps them and
    no browser shows them in a tab that stays in its history: `private, no-store`, as an
    attachment. Public PDFs open in the browser as before. Wagtail itself sends
    `X-Content-Type-Options: nosniff` with every file."""
    response = wagtail_serve.serve(request, document_id, document_filename)
    if response.status_code in (200, 304):
        document = get_document_model().objects.select_related("collection").get(pk=document_id)
        if is_private(document):
            patch_cache_control(response, private=True, no_store=True)
            response["Content-Disposition"] = f'attachment; filename="{document.filename}"'
    return response
