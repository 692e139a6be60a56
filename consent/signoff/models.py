"""Private sign-off links and what people answered through them. A link is stored only as
a hash of its token, so the register never holds a working address; an answer counts as
consent only once a consent officer confirms it, which records a `ConsentRecord`."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consent.models import ConsentNotice, ConsentRecord, Person, Use


class SignoffLink(models.Model):
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="signoff_links"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    notice = models.ForeignKey(
        ConsentNotice,
        verbose_name=_("notice shown"),
        on_delete=models.PROTECT,
        related_name="signoff_links",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("made by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("made at"), default=timezone.now)
    expires_at = models.DateTimeField(
        _("open for consent until"),
        help_text=_("After this the link still lets the person take their story down."),
    )

    class Meta:
        verbose_name = _("private sign-off link")
        verbose_name_plural = _("private sign-off links")
        ordering = ["-created_at"]

    def __str__(self):
        return _("Link for %(person)s made %(date)s") % {
            "person": self.person,
            "date": self.created_at.date(),
        }

    def open_for_consent(self):
        return timezone.now() < self.expires_at


class SignoffResponse(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a consent officer")
        CONFIRMED = "confirmed", _("Confirmed")
        DECLINED = "declined", _("Not confirmed")
        SUPERSEDED = "superseded", _("Replaced by a later answer")
        WITHDRAWN = "withdrawn", _("Story taken down")

    link = models.ForeignKey(
        SignoffLink, verbose_name=_("link"), on_delete=models.PROTECT, related_name="responses"
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    answers = models.JSONField(
        _("answers"), default=dict, help_text=_("Each use asked about, and yes (true) or no.")
    )
    supported_by = models.CharField(_("who helped them decide"), max_length=200, blank=True)
    submitted_at = models.DateTimeField(_("answered at"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("checked at"), null=True, blank=True)
    decision_note = models.TextField(_("note"), blank=True)
    record = models.OneToOneField(
        ConsentRecord,
        verbose_name=_("consent record"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="signoff_response",
    )

    class Meta:
        verbose_name = _("sign-off answer")
        verbose_name_plural = _("sign-off answers")
        ordering = ["-submitted_at"]

    def __str__(self):
        return _("%(person)s answered %(date)s") % {
            "person": self.link.person,
            "date": self.submitted_at.date(),
        }

    @property
    def person(self):
        return self.link.person

    @property
    def uses_agreed(self):
        return [use for use in Use.values if self.answers.get(use) is True]

    def answer_rows(self):
        """(use, its label, yes or no) in the register's order of uses."""
        return [(Use(use), Use(use).label, self.answers[use]) for use in Use if use in self.answers]
