"""A member of the Translators group does the whole job in the admin through
wagtail-localize: sends a topic, an organisation, a blog author or a page for translation,
translates its text in wagtail-localize's editor, and publishes the Welsh snippet. Pages are
published by Editors: Translators publish no page, English or Welsh."""

import pytest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail_localize.models import StringSegment, Translation

from tests.blog.factories import AuthorFactory
from tests.website.factories import OrganisationFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def translator(client, member_of):
    client.force_login(member_of("Translators"))
    return client


def snippet_edit_url(snippet):
    meta = snippet._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[snippet.pk])


def send_for_translation(client, url, welsh, django_capture_on_commit_callbacks):
    # wagtail-localize publishes what it makes when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [welsh.pk]})
    assert response.status_code == 302


def translate_text(client, welsh_version, field, text):
    """What typing into wagtail-localize's editor does: one API call per string."""
    translation = Translation.objects.get(
        source__object_id=welsh_version.translation_key, target_locale=welsh_version.locale
    )
    segment = StringSegment.objects.get(source=translation.source, context__path=field)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(url, encode_multipart(BOUNDARY, {"value": text}), MULTIPART_CONTENT)


@pytest.mark.parametrize(
    ("factory", "field"),
    [(TopicFactory, "name"), (OrganisationFactory, "name"), (AuthorFactory, "role")],
    ids=["topic", "organisation", "author"],
)
def test_translators_translate_and_publish_snippets(
    translator, site_tree, django_capture_on_commit_callbacks, factory, field
):
    english = factory()
    welsh = site_tree.welsh_home.locale
    meta = english._meta
    submit_url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, english.pk],
    )

    send_for_translation(translator, submit_url, welsh, django_capture_on_commit_callbacks)
    welsh_version = english.get_translation(welsh)
    editor = translator.get(snippet_edit_url(welsh_version))
    assert editor.status_code == 200
    assert "Translation of" in editor.text

    assert translate_text(translator, welsh_version, field, "Testun Cymraeg").status_code == 201
    published = translator.post(snippet_edit_url(welsh_version), {"action": "publish"})

    assert published.status_code == 302
    welsh_version.refresh_from_db()
    assert getattr(welsh_version, field) == "Testun Cymraeg"


def test_translators_translate_welsh_pages_and_editors_publish_them(
    translator, client, site_tree, about_page, member_of, django_capture_on_commit_callbacks
):
    welsh = site_tree.welsh_home.locale
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[about_page.pk])
    send_for_translation(translator, submit_url, welsh, django_capture_on_commit_callbacks)
    welsh_about = about_page.get_translation(welsh)
    edit_url = reverse("wagtailadmin_pages:edit", args=[welsh_about.pk])
    assert "Translation of" in translator.get(edit_url).text

    assert translate_text(translator, welsh_about, "title", "Amdanom ni").status_code == 201
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(edit_url, {"action": "publish"})
    welsh_about.refresh_from_db()
    assert welsh_about.title == "About us"

    client.force_login(member_of("Editors"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, {"action": "publish"})
    welsh_about.refresh_from_db()
    assert welsh_about.title == "Amdanom ni"


@pytest.mark.parametrize(("group_name", "can_publish"), [("Translators", False), ("Editors", True)])
def test_translators_get_no_publish_button_on_english_pages(
    client, site_tree, about_page, member_of, group_name, can_publish
):
    client.force_login(member_of(group_name))
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[about_page.pk]))
    assert editor.status_code == 200
    assert ('name="action-publish"' in editor.text) is can_publish
