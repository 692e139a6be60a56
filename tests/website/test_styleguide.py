import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

COMPONENTS = [
    'class="hero hero--media"',
    'class="card card--story"',
    'class="card card--campaign"',
    'class="card card--report"',
    'class="quote"',
    'class="statistic"',
    'class="cta-band"',
    'class="easy-read"',
    'class="breadcrumbs"',
    'class="pagination"',
    'class="topic-list"',
    'class="tag-list"',
    'class="error-summary"',
    "<table>",
    'class="callout callout--important"',
    'class="styleguide__swatch styleguide__swatch--brand"',
]


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user(username="eira", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_anonymous_readers_are_sent_to_sign_in(client, site_tree):
    response = client.get("/styleguide/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/styleguide/"


def test_a_signed_in_reader_without_the_admin_is_sent_to_sign_in_too(client, site_tree):
    reader = get_user_model().objects.create_user(username="rhys", password="x")
    client.force_login(reader)
    assert client.get("/styleguide/").status_code == 302


def test_an_editor_sees_every_component_and_it_is_never_cached(client, site_tree, editor):
    client.force_login(editor)
    response = client.get("/styleguide/")
    assert response.status_code == 200
    text = response.text
    for marker in COMPONENTS:
        assert marker in text, marker
    assert "private" in response["Cache-Control"]


def test_the_sample_form_shows_its_errors_linked_to_their_fields(client, site_tree, editor):
    client.force_login(editor)
    text = client.get("/styleguide/").text
    assert '<a href="#id_name">Your name: This field is required.</a>' in text
    assert 'value="ffion@"' in text


def test_the_styleguide_speaks_welsh_under_cy(client, site_tree, editor):
    client.force_login(editor)
    response = client.get("/cy/styleguide/")
    assert response.status_code == 200
    assert '<html lang="cy"' in response.text
    assert "System ddylunio" in response.text
