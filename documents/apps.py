from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    """What every document of the site shares, whichever page or register uses it: the
    checks on upload (a readable PDF that runs nothing), the details read from the file,
    and how a private file is served."""

    name = "documents"
    verbose_name = _("Documents")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.documents import get_document_model

        from documents.signals import describe_saved_document

        # Every way a document arrives (the upload form, the multiple uploader, the
        # chooser's upload tab, code) ends in a save, and the multiple uploader saves
        # outside the form: the save is the one place that sees them all.
        post_save.connect(
            describe_saved_document,
            sender=get_document_model(),
            dispatch_uid="documents.describe_saved_document",
        )
