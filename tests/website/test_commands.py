import html
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.http import HttpRequest
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from website.management.commands import ensure_admin
from website.models import HomePage, Organisation, StandardPage, Topic

pytestmark = pytest.mark.django_db


def demo_counts():
    """How many of each thing the demo makes, in both languages."""
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            HomePage,
            StandardPage,
            Topic,
            Organisation,
            get_image_model(),
            get_document_model(),
        )
    }


def test_demo_content_builds_a_browsable_site_in_both_languages_and_can_run_again(client):
    call_command("load_demo_content", stdout=io.StringIO())
    counts = demo_counts()
    call_command("load_demo_content", stdout=io.StringIO())
    assert demo_counts() == counts

    assert HomePage.objects.filter(locale__language_code="en").count() == 1
    assert HomePage.objects.filter(locale__language_code="cy").count() == 1
    assert set(StandardPage.objects.values_list("slug", flat=True)) == {
        "about",
        "privacy",
        "accessibility",
    }
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    for address in ["/", "/about/", "/privacy/", "/accessibility/"]:
        assert client.get(address).status_code == 200, address
    for address, title, welsh_text in [
        ("/cy/", "Cartrefi cyffredin, bywydau a rennir", "Beth yw Shared Lives"),
        ("/cy/about/", "Amdanom ni", "Faint o bobl sy'n defnyddio Shared Lives"),
        ("/cy/privacy/", "Hysbysiad preifatrwydd", "Eich hawliau"),
        ("/cy/accessibility/", "Datganiad hygyrchedd", "Rhowch wybod i ni am broblem"),
    ]:
        response = client.get(address)
        assert response.status_code == 200, address
        page = html.unescape(response.text)
        assert '<html lang="cy"' in page
        assert f"<h1>{title}</h1>" in page
        assert welsh_text in page
    # The Welsh home shows the Welsh versions of what the sections publish.
    home = html.unescape(client.get("/cy/").text)
    assert "Brian: o'r uned gofal dwys i'w fflat ei hun" in home
    assert "Brian: from intensive care" not in home
    # The footer carries the charity's registration and contact details, in Welsh too.
    assert "Rhif elusen gofrestredig 1100000" in home
    assert 'href="tel:01514960000"' in home
    assert "1 Example Street" in home


@pytest.fixture
def credentials_file(tmp_path, monkeypatch):
    path = tmp_path / ".admin-credentials"
    monkeypatch.setattr(ensure_admin, "CREDENTIALS_FILE", path)
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    return path


# As `make run` has it (website/settings/dev.py): the password alone signs in locally.
@override_settings(DEBUG=True, ADMIN_2FA_DEV_BYPASS=True)
def test_ensure_admin_prints_credentials_that_work_every_time(client, credentials_file):
    first, second = io.StringIO(), io.StringIO()
    call_command("ensure_admin", stdout=first)
    password = credentials_file.read_text().strip()
    assert f"password: {password}" in first.getvalue()
    assert "username: admin" in first.getvalue()

    call_command("ensure_admin", stdout=second)
    assert f"password: {password}" in second.getvalue()
    assert get_user_model().objects.filter(username="admin").count() == 1
    # django-axes needs the request that signs in; the test client's login has none.
    assert client.login(request=HttpRequest(), username="admin", password=password)
    assert client.get("/admin/").status_code == 200


# As `make run` has it (website/settings/dev.py): the password alone signs in locally.
@override_settings(DEBUG=True, ADMIN_2FA_DEV_BYPASS=True)
def test_ensure_admin_makes_one_working_account_per_role_and_prints_them(client, credentials_file):
    output = io.StringIO()
    call_command("ensure_admin", stdout=output)
    call_command("ensure_admin", stdout=io.StringIO())
    password = credentials_file.read_text().strip()
    for username, group in [
        ("writer", "Writers"),
        ("editor", "Editors"),
        ("consent-officer", "Consent officers"),
        ("translator", "Translators"),
    ]:
        assert f"{group}: username {username}" in output.getvalue()
        user = get_user_model().objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert not user.is_superuser
        assert client.login(request=HttpRequest(), username=username, password=password)
        assert client.get("/admin/").status_code == 200
        client.logout()
    # Only the consent officer reaches the consent register.
    client.login(request=HttpRequest(), username="writer", password=password)
    assert client.get("/admin/reports/consent-register/").status_code in (302, 403)
    client.logout()
    client.login(request=HttpRequest(), username="consent-officer", password=password)
    assert client.get("/admin/reports/consent-register/").status_code == 200


def test_ensure_admin_refuses_outside_development(credentials_file):
    with pytest.raises(CommandError):
        call_command("ensure_admin", stdout=io.StringIO())
    assert not get_user_model().objects.filter(username="admin").exists()


@override_settings(DEBUG=True, ADMIN_2FA_DEV_BYPASS=True)
def test_ensure_admin_says_how_two_factor_sign_in_is_passed_locally(credentials_file):
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    assert "ADMIN_2FA_DEV_BYPASS=false to try it" in out.getvalue()
    with override_settings(ADMIN_2FA_DEV_BYPASS=False):
        call_command("ensure_admin", stdout=out)
    assert "scan the QR code" in out.getvalue()
