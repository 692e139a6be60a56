import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.website.factories import OrganisationFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = get_user_model().objects.create_user(username="editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def test_editors_can_open_the_forms_for_every_page_type(editor_client, about_page, site_tree):
    for page in (site_tree.english_home, about_page):
        response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page
    add_url = reverse(
        "wagtailadmin_pages:add", args=["website", "standardpage", site_tree.english_home.pk]
    )
    assert editor_client.get(add_url).status_code == 200


def test_editors_can_manage_topics_and_organisations(editor_client):
    TopicFactory(name="Commissioning")
    OrganisationFactory(name="Shared Lives South West")
    topics = editor_client.get(reverse("wagtailsnippets_website_topic:list"))
    organisations = editor_client.get(reverse("wagtailsnippets_website_organisation:list"))
    assert "Commissioning" in topics.text
    assert "Shared Lives South West" in organisations.text


def test_a_topic_form_with_a_mistake_keeps_what_was_typed(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippets_website_topic:add"),
        {"name": "Co-production", "slug": "not a slug!", "description": "Working together"},
    )
    assert response.status_code == 200
    assert 'value="Co-production"' in response.text
    assert "Working together" in response.text


def test_the_admin_carries_the_charitys_name_and_mark(admin_client, site_tree):
    page = admin_client.get("/admin/").text
    assert "- Test charity</title>" in page
    assert "- Wagtail</title>" not in page
    assert "img/favicon.svg" in page
