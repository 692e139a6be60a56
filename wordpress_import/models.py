from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedItem(models.Model):
    """What a WordPress post, page, attachment or author became here, found again by its
    WordPress identity (post ID or login) so that a second import updates instead of
    duplicating. Kept apart from the pages so that nothing of WordPress lives in page
    fields (and so in revisions and translations)."""

    class Kind(models.TextChoices):
        POST = "post", _("Post")
        PAGE = "page", _("Page")
        ATTACHMENT = "attachment", _("Attachment")
        AUTHOR = "author", _("Author")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    wp_key = models.CharField(_("WordPress ID or login"), max_length=200)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    author = models.ForeignKey(
        "blog.Author", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # A digest of what the export said last time: unchanged items are skipped.
    source_hash = models.CharField(max_length=64, blank=True)
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("imported WordPress item")
        verbose_name_plural = _("imported WordPress items")
        constraints = [
            models.UniqueConstraint(fields=["kind", "wp_key"], name="unique_imported_item")
        ]

    def __str__(self):
        return f"{self.kind} {self.wp_key}"


class ImportRun(models.Model):
    """An export uploaded in the admin: checked first (a dry run), imported once an Editor
    confirms. The export is kept in the database rather than the media folder because it
    holds the old blog's authors' email addresses, which must never be served."""

    class Status(models.TextChoices):
        CHECKING = "checking", _("Checking")
        CHECKED = "checked", _("Checked, waiting for confirmation")
        IMPORTING = "importing", _("Importing")
        DONE = "done", _("Imported")
        FAILED = "failed", _("Failed")

    file_name = models.CharField(_("file name"), max_length=255)
    export = models.BinaryField(_("export"))
    fetch_media = models.BooleanField(_("fetch media from the old site"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CHECKING
    )
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    report = models.JSONField(_("report"), default=dict, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("WordPress import")
        verbose_name_plural = _("WordPress imports")
        ordering = ["-created_at"]

    def __str__(self):
        return self.file_name

    @property
    def percent_done(self):
        return round(100 * self.progress_done / self.progress_total) if self.progress_total else 0
