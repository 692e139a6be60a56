"""People, what they were told, the consent they gave or withdrew, and the pages featuring
them."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Use(models.TextChoices):
    NAME = "name", _("Name")
    PHOTO = "photo", _("Photo")
    VIDEO = "video", _("Video")
    QUOTES = "quotes", _("Quotes")
    STORY = "story", _("Story text")
    HEALTH = "health", _("Health information")
    LOCATION = "location", _("Location")
    SOCIAL_MEDIA = "social_media", _("Social media")
    PARTNER_SYNDICATION = "partner_syndication", _("Partner syndication")
    PRINT = "print", _("Print")
    WELSH = "welsh", _("Welsh translation")


class UsesField(models.JSONField):
    """A list of `Use` values, edited as checkboxes. JSON keeps it portable to SQLite, which
    `make run` uses by default."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=Use.choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        unknown = set(value or []) - set(Use.values)
        if unknown:
            raise ValidationError(_("Unknown uses: %(uses)s") % {"uses": ", ".join(unknown)})


class Person(index.Indexed, models.Model):
    class Role(models.TextChoices):
        SUPPORTED = "supported", _("Person supported")
        CARER = "carer", _("Shared Lives carer")
        HOUSEHOLDER = "householder", _("Homeshare householder")
        HOMESHARER = "homesharer", _("Homesharer")
        FAMILY = "family", _("Family member")
        STAFF = "staff", _("Staff or volunteer")

    class AgeBand(models.TextChoices):
        CHILD = "child", _("Under 18")
        ADULT = "adult", _("18 to 64")
        OLDER = "older", _("65 or over")

    public_name = models.CharField(
        _("public name or pseudonym"),
        max_length=100,
        help_text=_("The only name shown on the site and to writers."),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    age_band = models.CharField(_("age band"), max_length=10, choices=AgeBand.choices)
    full_name = models.CharField(_("full name"), max_length=200, blank=True)
    private_notes = models.TextField(_("private notes"), blank=True)
    safeguarding_concern = models.BooleanField(_("safeguarding concern"), default=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    # Only what writers may see is searchable in the admin.
    search_fields = [index.SearchField("public_name"), index.AutocompleteField("public_name")]

    panels = [
        FieldPanel("public_name"),
        FieldPanel("role"),
        FieldPanel("age_band"),
        FieldPanel("full_name", permission="consent.view_private_details"),
        FieldPanel("private_notes", permission="consent.view_private_details"),
        FieldPanel("safeguarding_concern", permission="consent.view_private_details"),
    ]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["public_name"]
        permissions = [
            ("view_private_details", _("Can see private details and consent evidence")),
            ("manage_consent", _("Can record and withdraw consent")),
        ]

    def __str__(self):
        return self.public_name

    @property
    def is_child(self):
        return self.age_band == self.AgeBand.CHILD


class ConsentNotice(models.Model):
    """The exact words a person was shown when asked. Once a consent record cites a notice
    its words are evidence and can no longer change: publish a new version instead."""

    title = models.CharField(_("title"), max_length=200)
    version = models.CharField(_("version"), max_length=20)
    text = models.TextField(_("text"))
    easy_read_text = models.TextField(_("Easy Read text"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("version"),
        FieldPanel("text"),
        FieldPanel("easy_read_text"),
    ]

    class Meta:
        verbose_name = _("consent notice")
        verbose_name_plural = _("consent notices")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["title", "version"], name="unique_notice_version")
        ]

    def __str__(self):
        return f"{self.title} (v{self.version})"

    def clean(self):
        if self.pk and self.records.exists():
            stored = ConsentNotice.objects.get(pk=self.pk)
            changed = [
                field
                for field in ("title", "version", "text", "easy_read_text")
                if getattr(stored, field) != getattr(self, field)
            ]
            if changed:
                raise ValidationError(
                    _(
                        "People have consented to this notice, so its words cannot change. "
                        "Add a new version instead."
                    )
                )


class ConsentRecord(models.Model):
    """One consent decision. Append-only: a change is a new record, withdrawal is a
    `ConsentWithdrawal`; the register is evidence, so nothing here is edited or deleted."""

    class Method(models.TextChoices):
        SIGNED_FORM = "signed_form", _("Signed form")
        EASY_READ_FORM = "easy_read_form", _("Easy Read form")
        RECORDED_VERBAL = "recorded_verbal", _("Recorded verbal consent")
        PRIVATE_LINK = "private_link", _("Online by private link")

    class Authority(models.TextChoices):
        SELF = "self", _("The person themselves")
        PARENT = "parent", _("A parent (for a child)")
        ATTORNEY = "attorney", _("Lasting Power of Attorney for health and welfare")
        DEPUTY = "deputy", _("Court-appointed deputy")
        BEST_INTERESTS = "best_interests", _("Best-interests decision")

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="consent_records"
    )
    notice = models.ForeignKey(
        ConsentNotice,
        verbose_name=_("notice shown"),
        on_delete=models.PROTECT,
        related_name="records",
    )
    given_on = models.DateField(_("given on"), default=timezone.localdate)
    method = models.CharField(_("how it was given"), max_length=20, choices=Method.choices)
    authority = models.CharField(
        _("who gave it"), max_length=20, choices=Authority.choices, default=Authority.SELF
    )
    given_by = models.CharField(
        _("name of the person who gave it"),
        max_length=200,
        blank=True,
        help_text=_("Leave blank when the person consented themselves."),
    )
    supported_by = models.CharField(
        _("who supported the decision"),
        max_length=200,
        blank=True,
        help_text=_("For example an advocate or a key worker, and how they helped."),
    )
    uses = UsesField(_("uses allowed"))
    expires_on = models.DateField(_("expires on"))
    review_on = models.DateField(_("review on"))
    evidence = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("evidence"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The signed form or the recording note, in the Consent evidence collection."),
    )
    best_interests_override_reason = models.TextField(
        _("best-interests override reason"),
        blank=True,
        help_text=_(
            "Only for a best-interests decision: why publication is right for this person. "
            "Without a reason, a best-interests decision alone blocks publication."
        ),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["-recorded_at"]
        get_latest_by = "recorded_at"

    def __str__(self):
        return _("%(person)s, given %(date)s") % {"person": self.person, "date": self.given_on}

    # Append-only is an invariant of the register, so it is kept here rather than in a
    # service: whatever code path tries, a stored record cannot change or disappear.
    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise ValidationError(_("Consent records cannot be changed. Record new consent."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError(_("Consent records cannot be deleted. Record a withdrawal."))

    def clean(self):
        errors = {}
        if self.expires_on and self.given_on and self.expires_on <= self.given_on:
            errors["expires_on"] = _("Consent must expire after the day it was given.")
        if self.review_on and self.expires_on and self.review_on > self.expires_on:
            errors["review_on"] = _("Review the consent on or before the day it expires.")
        if self.best_interests_override_reason and self.authority != self.Authority.BEST_INTERESTS:
            errors["best_interests_override_reason"] = _(
                "An override reason is only for a best-interests decision."
            )
        if self.authority != self.Authority.SELF and not self.given_by:
            errors["given_by"] = _("Say who gave consent on the person's behalf.")
        if self.evidence_id and self.evidence.collection.name != EVIDENCE_COLLECTION_NAME:
            errors["evidence"] = _(
                "Upload the evidence into the “%(collection)s” collection, which only "
                "consent officers can open."
            ) % {"collection": EVIDENCE_COLLECTION_NAME}
        if errors:
            raise ValidationError(errors)


class ConsentWithdrawal(models.Model):
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="withdrawals"
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), default=timezone.now)
    reason = models.TextField(_("reason"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("consent withdrawal")
        verbose_name_plural = _("consent withdrawals")
        ordering = ["-withdrawn_at"]
        get_latest_by = "withdrawn_at"

    def __str__(self):
        return _("%(person)s withdrew consent") % {"person": self.person}


class ConsentReminder(models.Model):
    """That consent officers were warned about a record, so each warning is sent once."""

    class Kind(models.TextChoices):
        REVIEW = "review", _("Review due")
        EXPIRY = "expiry", _("Expiry due")

    record = models.ForeignKey(ConsentRecord, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["record", "kind"], name="one_reminder_per_kind")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.record}"


class FeaturedPerson(models.Model):
    """The page-to-person link: who a page features and which uses it makes of them."""

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="featured_people")
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="page_links"
    )
    uses = UsesField(
        _("uses this page makes"),
        help_text=_(
            "Tick everything the page shows about this person, in any language it is published in."
        ),
    )

    panels = [FieldPanel("person"), FieldPanel("uses")]

    class Meta:
        verbose_name = _("person featured")
        verbose_name_plural = _("people featured")
        constraints = [
            models.UniqueConstraint(fields=["page", "person"], name="unique_person_per_page")
        ]

    def __str__(self):
        return str(self.person)


EVIDENCE_COLLECTION_NAME = "Consent evidence"
