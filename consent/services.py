"""Writes that matter to the consent register, the stored verdicts the gate reads, and
the files of photos withheld because someone in them has not consented. Each write is
logged with Wagtail's audit log so it shows in the admin history. Reads (who a page
features, whose consent is current, what is blocked) are in `consent.gate`."""

import logging

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.storage import FileSystemStorage
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log
from wagtail.models import Page

from consent.gate import (
    blocked_pages,
    images_of,
    images_with_people,
    pages_featuring,
    people_featured,
    photo_problems,
    records_due,
    reminders_sent,
    verdicts,
    versions_of,
)
from consent.models import (
    ConsentRecord,
    ConsentReminder,
    ConsentWithdrawal,
    NoIdentifiablePerson,
    PageConsentState,
    Person,
    PersonInImage,
    WithheldImage,
)
from consent.signals import consent_changed

logger = logging.getLogger(__name__)


def refresh_consent_states(pages):
    """Rewrites the gate's stored verdict on `pages` (a page queryset) and on every other
    version of them (translations, aliases), which share their people. A record that a page
    features no identifiable person is undone once any version of it features someone."""
    found = verdicts(versions_of(pages).values("pk"))
    PageConsentState.objects.bulk_create(
        [PageConsentState(page_id=pk, **verdict.stored()) for pk, (verdict, _) in found.items()],
        update_conflicts=True,
        unique_fields=["page"],
        update_fields=["blocked", "blocked_for_partners", "open_from", "open_until"],
    )
    featuring = [pk for pk, (_verdict, features_someone) in found.items() if features_someone]
    undo_no_identifiable_person(Page.objects.filter(pk__in=featuring), by=None)


def undo_no_identifiable_person(pages, *, by):
    """Removes, and logs on the page, any record that `pages` (a queryset) or another
    version of them feature no identifiable person: called once they feature someone."""
    for record in NoIdentifiablePerson.objects.filter(
        page__translation_key__in=pages.values("translation_key")
    ).select_related("page"):
        log(
            instance=record.page.specific,
            action="consent.nobody_featured_undone",
            user=by,
            data={"reason": record.reason},
        )
        record.delete()


@transaction.atomic
def record_no_identifiable_person(page, *, by, reason):
    """A consent officer's record that `page` features no identifiable person, which lets a
    story out without anyone featured. Refused (ValueError) while it features someone."""
    if people_featured(page):
        raise ValueError("The page features people.")
    record, _created = NoIdentifiablePerson.objects.update_or_create(
        page=page, defaults={"reason": reason, "recorded_by": by, "recorded_at": timezone.now()}
    )
    log(instance=page, action="consent.nobody_featured", user=by, data={"reason": reason})
    refresh_consent_states(Page.objects.filter(pk=page.pk))
    return record


def take_down(pages, *, user, action):
    """Unpublishes `pages`. Wagtail's `page_unpublished` signal, sent for each, has every
    cache that showed them purged (website/purge.py)."""
    pages = [page.specific for page in pages]
    for page in pages:
        # Consent officers may take a page down without the right to publish it: the
        # authority to remove comes from the consent register, not from page permissions.
        UnpublishPageAction(page, user=user, log_action=action).execute(skip_permission_checks=True)
    return pages


@transaction.atomic
def record_consent(*, person, by, **fields):
    """Adds a consent record (validated as the admin form would) and logs it."""
    record = ConsentRecord(person=person, recorded_by=by, **fields)
    record.full_clean()
    record.save()
    sync_image_files(images_of(person))
    log(
        instance=person,
        action="consent.record",
        user=by,
        data={"record": record.pk, "uses": record.uses, "expires_on": str(record.expires_on)},
    )
    consent_changed.send(sender=Person, person=person, pages=pages_featuring(person))
    return record


@transaction.atomic
def withdraw_consent(person, *, by, reason):
    """Records the withdrawal and takes down, at once, every page featuring the person in
    every language. Returns the pages taken down. They stay down: the gate refuses them
    until a new consent record is made."""
    withdrawal = ConsentWithdrawal.objects.create(person=person, reason=reason, recorded_by=by)
    sync_image_files(images_of(person))
    taken_down = take_down(pages_featuring(person).live(), user=by, action="consent.take_down")
    log(
        instance=person,
        action="consent.withdraw",
        user=by,
        data={"reason": reason, "pages": [page.pk for page in taken_down]},
    )
    logger.info("Consent withdrawn for person %s: %d pages taken down", person.pk, len(taken_down))
    consent_changed.send(sender=Person, person=person, pages=pages_featuring(person))
    return withdrawal, taken_down


def enforce_consent(today=None):
    """Unpublishes every live page that now fails the consent rules (consent expired, or
    changed outside the usual doors) and warns consent officers once, by email, about
    consent due for review or expiring within 30 days. Returns the pages taken down."""
    today = today or timezone.localdate()
    with transaction.atomic():
        taken_down = take_down(
            blocked_pages(Page.objects.live(), today=today), user=None, action="consent.expired"
        )
    sync_image_files(images_with_people())
    warn_consent_officers(today)
    return taken_down


def warn_consent_officers(today):
    recipients = list(
        Group.objects.get(name="Consent officers")
        .user_set.filter(is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    sent = reminders_sent()
    for record, kind in list(records_due(today)):
        if (record.pk, kind) in sent:
            continue
        values = {"name": record.person.public_name}
        if kind == ConsentReminder.Kind.REVIEW:
            due = values["date"] = date_format(record.review_on, "j F Y")
            subject = _("Consent review due for %(name)s") % values
            first = _("%(name)s's consent is due for review on %(date)s.") % values
        else:
            due = values["date"] = date_format(record.expires_on, "j F Y")
            subject = _("Consent expiring for %(name)s") % values
            first = _("%(name)s's consent expires on %(date)s.") % values
        body = " ".join(
            [
                str(first),
                _(
                    "Pages featuring them will be taken down when it expires unless new "
                    "consent is recorded."
                ),
            ]
        )
        # The reminder is stored first: a mail server failing must not cause a flood of
        # repeats every minute, and the dashboard panel shows the same records anyway.
        ConsentReminder.objects.create(record=record, kind=kind)
        log(instance=record.person, action="consent.reminder", data={"kind": kind, "due": due})
        if recipients:
            try:
                send_mail(subject, body, None, recipients)
            except OSError:
                logger.exception("Could not email consent officers about record %s", record.pk)


def withheld_storage():
    return FileSystemStorage(location=settings.WITHHELD_IMAGES_ROOT)


def move_file(name, source, target):
    """Moves the file `name` between storages, keeping its name; returns the name it got."""
    if not source.exists(name):
        return name
    with source.open(name, "rb") as content:
        saved = target.save(name, content)
    source.delete(name)
    return saved


def withhold(image):
    """No URL of the photo answers any more: renditions deleted, the original moved out of
    the public media storage."""
    for rendition in image.renditions.all():
        rendition.file.delete(save=False)
    image.renditions.all().delete()
    image.file.name = move_file(image.file.name, image.file.storage, withheld_storage())
    type(image).objects.filter(pk=image.pk).update(file=image.file.name)
    WithheldImage.objects.create(image=image)
    log(instance=image, action="consent.image_withheld")


def release(image):
    image.file.name = move_file(image.file.name, withheld_storage(), image.file.storage)
    type(image).objects.filter(pk=image.pk).update(file=image.file.name)
    WithheldImage.objects.filter(image=image).delete()
    log(instance=image, action="consent.image_released")


@transaction.atomic
def sync_image_files(images):
    """Withholds the files of `images` (a queryset) showing someone whose consent does not
    cover the photo use today, and releases those whose people all consent again."""
    failing = photo_problems(list(images.values_list("pk", flat=True)))
    withheld = set(
        WithheldImage.objects.filter(image__in=images).values_list("image_id", flat=True)
    )
    for image in images:
        if image.pk in failing and image.pk not in withheld:
            withhold(image)
        elif image.pk not in failing and image.pk in withheld:
            release(image)


@transaction.atomic
def set_people_in_image(image, people, *, by):
    """Records that `image` shows exactly `people`; pages using it feature them for the
    photo use from now on."""
    people = list(people)
    PersonInImage.objects.filter(image=image).exclude(person__in=people).delete()
    for person in people:
        PersonInImage.objects.get_or_create(image=image, person=person)
    log(
        instance=image,
        action="consent.image_people",
        user=by,
        data={"people": [person.pk for person in people]},
    )
    sync_image_files(type(image).objects.filter(pk=image.pk))
