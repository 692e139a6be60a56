"""What the consent register knows about pages and images: the gate's stored verdict on
each page, a consent officer's record that a page features no identifiable person, the
people an image shows, and the images withheld because one of them has not consented."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consent.models.register import Person


class NoIdentifiablePerson(models.Model):
    """A consent officer's record that a page which must feature someone (a story) features
    no identifiable person: a composite, an anonymised account. It covers every language
    of the page, and goes as soon as any version of the page links a person."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    reason = models.TextField(_("reason"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("no identifiable person")
        verbose_name_plural = _("no identifiable person records")

    def __str__(self):
        return str(_("No identifiable person: %(reason)s") % {"reason": self.reason})


class PersonInImage(models.Model):
    """That an image shows a person. A page using the image features them for the photo
    use, in every language, wherever on the page the image appears."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="images"
    )

    class Meta:
        verbose_name = _("person in an image")
        verbose_name_plural = _("people in images")
        constraints = [
            models.UniqueConstraint(fields=["image", "person"], name="unique_person_per_image")
        ]

    def __str__(self):
        return str(self.person)


class WithheldImage(models.Model):
    """An image whose original has been moved to private storage, and its renditions
    deleted, because someone it shows has not consented to the photo use."""

    image = models.OneToOneField(
        "wagtailimages.Image", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    withheld_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Withheld image {self.image_id}"


class PageConsentState(models.Model):
    """The gate's stored verdict on a page, so that listings ask the database one question
    instead of reloading every page, its people and their records (see `consent.gate`).

    Derived data: `consent.services.refresh_consent_states` rewrites it whenever a page, the
    people it features or their consent change. A page with no row is not public (fail
    closed). Consent running out needs no rewrite: the row keeps the days the consent
    covers, compared with today when the gate is asked."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    blocked = models.BooleanField(default=False)
    blocked_for_partners = models.BooleanField(default=False)
    open_from = models.DateField(null=True, blank=True)
    open_until = models.DateField(null=True, blank=True)

    def __str__(self):
        return f"Consent state of page {self.page_id}"
