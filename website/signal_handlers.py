"""A translated page goes live and expires with its source page.

wagtail-localize copies neither `go_live_at` nor `expire_at` when it syncs a translation
(its `get_translatable_fields` leaves both out), and it sends no signal of its own. A new
translation does get the dates, but from Wagtail's copy of the source as it was when it was
sent for translation, which may be older than the dates the English page has since been
published with. So both directions hang on Wagtail's `page_published`. The source is the
version in the site's default language, however the translation was made (wagtail-localize,
or a plain copy as the demo content does)."""

from wagtail.models import Locale, Page

SCHEDULE_FIELDS = ("go_live_at", "expire_at")


def schedule_of(page):
    return {name: getattr(page, name) for name in SCHEDULE_FIELDS}


def other_versions(page):
    return Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True).exclude(
        pk=page.pk
    )


def follow_source_schedule(sender, instance, **kwargs):
    """A source page hands its dates to its translations, which wagtail-localize then keeps
    in the revisions it publishes (a Welsh page synced while the English one waits for its
    go-live date is scheduled for the same moment). A translation being published takes its
    source's dates, so an old Welsh revision cannot bring back old ones. Queryset updates:
    no new revision, no signals, and `publish_scheduled` reads the row."""
    default_locale = Locale.get_default()
    if instance.locale_id == default_locale.pk:
        other_versions(instance).update(**schedule_of(instance))
        return
    source = other_versions(instance).filter(locale=default_locale).first()
    if source is None or schedule_of(source) == schedule_of(instance):
        return
    schedule = schedule_of(source)
    Page.objects.filter(pk=instance.pk).update(**schedule)
    for name, value in schedule.items():
        setattr(instance, name, value)
