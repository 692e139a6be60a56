"""Supporters' sign-ups to campaigns: personal data, kept apart from the pages."""

from datetime import timedelta

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A sign-up not confirmed within this time is deleted, and its confirmation link stops
# working.
CONFIRMATION_DAYS = 7


class SupporterType(models.TextChoices):
    USES_SERVICES = "uses-services", _("I use care or support services")
    FAMILY_CARER = "family-carer", _("I am a family carer")
    SHARED_LIVES_CARER = "shared-lives-carer", _("I am a Shared Lives carer")
    PROFESSIONAL = "professional", _("I work in health or social care")
    ORGANISATION = "organisation", _("I am signing for an organisation")


class SignupQuerySet(models.QuerySet):
    def confirmed(self):
        """The supporters who count: only they show on the page, in totals and exports."""
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed_expired(self, now=None):
        cutoff = (now or timezone.now()) - timedelta(days=CONFIRMATION_DAYS)
        return self.filter(confirmed_at__isnull=True, signed_at__lt=cutoff)


class Signup(models.Model):
    """One person's support for a campaign, counted once they confirm it from the email we
    send. Personal data: only Editors and above can see it, the person can remove it from
    any of our emails, and `delete_old_signups` removes it when unconfirmed after
    CONFIRMATION_DAYS or, confirmed, after the retention period."""

    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="signups",
        help_text=_("The page (in its language) the person signed on."),
    )
    # The campaign in every language: the English and Welsh pages share it, so one email
    # counts once whichever page it was given on.
    campaign_key = models.UUIDField(editable=False, db_index=True)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email address"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    supporter_type = models.CharField(
        _("who they are"), max_length=30, choices=SupporterType.choices
    )
    area = models.CharField(_("area"), max_length=100, blank=True)
    keep_updated = models.BooleanField(_("keep me updated"), default=False)
    signed_at = models.DateTimeField(_("signed"), default=timezone.now, db_index=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, db_index=True)

    objects = SignupQuerySet.as_manager()

    class Meta:
        verbose_name = _("campaign sign-up")
        verbose_name_plural = _("campaign sign-ups")
        ordering = ["-signed_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"), "campaign_key", name="one_signup_per_email_per_campaign"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.campaign})"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def confirmation_expires_at(self):
        return self.signed_at + timedelta(days=CONFIRMATION_DAYS)
