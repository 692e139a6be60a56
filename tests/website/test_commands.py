import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page, Site

from website.management.commands import ensure_admin
from website.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_demo_content_builds_a_browsable_site_and_can_run_again(client):
    call_command("load_demo_content", stdout=io.StringIO())
    counts = (Page.objects.count(), HomePage.objects.count(), StandardPage.objects.count())
    call_command("load_demo_content", stdout=io.StringIO())
    assert (Page.objects.count(), HomePage.objects.count(), StandardPage.objects.count()) == (
        counts
    )

    assert HomePage.objects.filter(locale__language_code="en").count() == 1
    assert HomePage.objects.filter(locale__language_code="cy").count() == 1
    assert set(StandardPage.objects.values_list("slug", flat=True)) == {
        "about",
        "privacy",
        "accessibility",
    }
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    for address in ["/", "/cy/", "/about/", "/privacy/", "/accessibility/"]:
        assert client.get(address).status_code == 200, address


@pytest.fixture
def credentials_file(tmp_path, monkeypatch):
    path = tmp_path / ".admin-credentials"
    monkeypatch.setattr(ensure_admin, "CREDENTIALS_FILE", path)
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    return path


@override_settings(DEBUG=True)
def test_ensure_admin_prints_credentials_that_work_every_time(client, credentials_file):
    first, second = io.StringIO(), io.StringIO()
    call_command("ensure_admin", stdout=first)
    password = credentials_file.read_text().strip()
    assert f"password: {password}" in first.getvalue()
    assert "username: admin" in first.getvalue()

    call_command("ensure_admin", stdout=second)
    assert f"password: {password}" in second.getvalue()
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert client.login(username="admin", password=password)
    assert client.get("/admin/").status_code == 200


def test_ensure_admin_refuses_outside_development(credentials_file):
    with pytest.raises(CommandError):
        call_command("ensure_admin", stdout=io.StringIO())
    assert not get_user_model().objects.filter(username="admin").exists()
