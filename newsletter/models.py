from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A sign-up not confirmed within this time is deleted, and its confirmation link stops
# working.
CONFIRMATION_DAYS = 7


class NewsletterSignupQuerySet(models.QuerySet):
    def confirmed(self):
        """The people who asked for the newsletter and proved the address is theirs: the
        only ones it may be sent to."""
        return self.filter(confirmed_at__isnull=False)

    def past_retention(self, days, now=None):
        """Sign-ups to delete: unconfirmed after CONFIRMATION_DAYS, confirmed `days` after
        the person confirmed (they can sign up again to keep receiving it)."""
        now = now or timezone.now()
        return self.filter(
            Q(confirmed_at__isnull=True, asked_at__lt=now - timedelta(days=CONFIRMATION_DAYS))
            | Q(confirmed_at__lt=now - timedelta(days=days))
        )


class NewsletterSignup(models.Model):
    """One person's consent to receive the newsletter: what they gave, when they asked and
    when they confirmed from the email we sent. Personal data: only Editors and above see
    it, the person can remove it from any of our emails, and `delete_old_newsletter_signups`
    deletes it when it is no longer needed."""

    email = models.EmailField(_("email address"), max_length=254)
    name = models.CharField(_("name"), max_length=100, blank=True)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    asked_at = models.DateTimeField(_("asked"), default=timezone.now, db_index=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, db_index=True)

    objects = NewsletterSignupQuerySet.as_manager()

    class Meta:
        verbose_name = _("newsletter sign-up")
        verbose_name_plural = _("newsletter sign-ups")
        ordering = ["-asked_at", "-pk"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="one_newsletter_signup_per_email")
        ]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def confirmation_expires_at(self):
        return self.asked_at + timedelta(days=CONFIRMATION_DAYS)
