"""A translated page links the translated topics, authors and organisations.

Pages link snippets through inline rows (a page's topics, a post's authors, a report's
partners). Those rows are synchronised fields, so wagtail-localize copies them to a
translation as they are: a Welsh post keeps pointing at the English topic and author,
and shows their English names, drops out of Welsh topic filters and finds no related
Welsh content. Neither Wagtail nor wagtail-localize re-points them, so this does, from
two signals: when a translated page is published (however: wagtail-localize, the
editor, the scheduler) and when a snippet's translation is saved after the pages that use
it were translated. A row whose snippet has no translation yet keeps the original, which
is better than losing the link."""

from functools import cache

from django.apps import apps
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.models import Locale, Page, TranslatableMixin


@cache
def snippet_links():
    """(row model, page field, snippet field) for every inline row linking a page to a
    translatable snippet."""
    links = []
    for model in apps.get_models():
        page_field = next(
            (
                field
                for field in model._meta.get_fields()
                if isinstance(field, ParentalKey) and issubclass(field.related_model, Page)
            ),
            None,
        )
        if page_field is None:
            continue
        links += [
            (model, page_field.name, field.name)
            for field in model._meta.get_fields()
            if isinstance(field, models.ForeignKey)
            and not isinstance(field, ParentalKey)
            and issubclass(field.related_model, TranslatableMixin)
            and not issubclass(field.related_model, Page)
        ]
    return links


def point_at(row, page_field, snippet_field, translation):
    """Re-points `row` at `translation`, or drops it where the page already links that
    translation too (each snippet appears once on a page)."""
    row_model = type(row)
    page_id = getattr(row, f"{page_field}_id")
    if row_model.objects.filter(**{page_field: page_id, snippet_field: translation}).exists():
        row.delete()
    else:
        row_model.objects.filter(pk=row.pk).update(**{snippet_field: translation})


def localize_page_links(sender, instance, **kwargs):
    """On publishing a page not in the default language: its rows link the snippets'
    versions in its language, where there are any."""
    if instance.locale_id == Locale.get_default().pk:
        return
    for row_model, page_field, snippet_field in snippet_links():
        rows = (
            row_model.objects.filter(**{page_field: instance.pk})
            .exclude(**{f"{snippet_field}__locale": instance.locale_id})
            .select_related(snippet_field)
        )
        for row in rows:
            snippet = getattr(row, snippet_field)
            translation = (
                type(snippet)
                .objects.filter(translation_key=snippet.translation_key, locale=instance.locale_id)
                .first()
            )
            if translation is not None:
                point_at(row, page_field, snippet_field, translation)


def localize_links_to_snippet(sender, instance, created, raw=False, **kwargs):
    """On creating a snippet's translation: pages in its language that link another version
    of it link this one instead."""
    if raw or not created or not isinstance(instance, TranslatableMixin):
        return
    if isinstance(instance, Page) or instance.locale_id == Locale.get_default().pk:
        return
    for row_model, page_field, snippet_field in snippet_links():
        if not isinstance(instance, row_model._meta.get_field(snippet_field).related_model):
            continue
        rows = row_model.objects.filter(
            **{
                f"{snippet_field}__translation_key": instance.translation_key,
                f"{page_field}__locale": instance.locale_id,
            }
        ).exclude(**{snippet_field: instance})
        for row in rows:
            point_at(row, page_field, snippet_field, instance)
