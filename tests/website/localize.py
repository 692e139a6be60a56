"""Translating pages as wagtail-localize's admin buttons do, for tests."""

from django.test import TestCase
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource


def publish_translation(translation, publish=True):
    # wagtail-localize publishes a translation when the transaction commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=publish)


def translate(page, locale, publish=True):
    """ "Translate this page": record the source text, then make the translation."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    publish_translation(translation, publish=publish)
    return Page.objects.get(translation_key=page.translation_key, locale=locale)


def sync(page, publish=True):
    """ "Sync translated pages", with or without "publish" ticked."""
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    if publish:
        for translation in source.translations.filter(enabled=True):
            publish_translation(translation)


def translate_snippet(snippet, locale, **fields):
    """Saves a translation of a topic, author or organisation with the given field values."""
    translation = snippet.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation
