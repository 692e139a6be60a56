import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.users.models import UserProfile

from blog.models import BlogPostPage
from wordpress_import.models import ImportRun

pytestmark = pytest.mark.django_db

UPLOAD = "/admin/wordpress-import/"


def upload(client, data, name="export.xml", **fields):
    return client.post(UPLOAD, {"export": SimpleUploadedFile(name, data), **fields})


@pytest.mark.parametrize(
    ("group", "allowed"),
    [("Editors", True), ("Writers", False), ("Translators", False), ("Consent officers", False)],
)
def test_only_editors_and_superusers_may_import(
    client, member_of, blog, export_bytes, group, allowed
):
    run = ImportRun.objects.create(file_name="old.xml", export=export_bytes)
    client.force_login(member_of(group))
    for address in (UPLOAD, f"{UPLOAD}{run.pk}/", f"{UPLOAD}{run.pk}/report.json"):
        assert (client.get(address).status_code == 200) is allowed, (group, address)
    # Wagtail answers a refusal by sending the user back to the dashboard.
    assert (upload(client, export_bytes)["Location"] != "/admin/") is allowed
    assert (ImportRun.objects.count() == 2) is allowed
    client.post(f"{UPLOAD}{run.pk}/confirm/")
    assert ImportRun.objects.get(pk=run.pk).status == ImportRun.Status.CHECKING
    assert ("WordPress import" in client.get("/admin/").text) is allowed


def test_superusers_may_import_and_signed_out_visitors_are_sent_to_sign_in(admin_client, client):
    assert admin_client.get(UPLOAD).status_code == 200
    response = client.get(UPLOAD)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_an_editor_uploads_reads_the_check_and_confirms(client, member_of, blog, export_bytes):
    client.force_login(member_of("Editors"))
    response = upload(client, export_bytes)
    run = ImportRun.objects.get()
    assert response["Location"] == f"{UPLOAD}{run.pk}/"
    page = client.get(response["Location"])
    assert "What the import would do" in page.text
    assert "Import now" in page.text
    assert "2 comments were not imported" in page.text
    assert "No media folder was given and fetching was not asked for." in page.text
    assert not BlogPostPage.objects.exists()

    response = client.post(f"{UPLOAD}{run.pk}/confirm/")
    assert BlogPostPage.objects.count() == 7
    page = client.get(response["Location"])
    assert "What the import did" in page.text
    assert "Import now" not in page.text
    # Sending the button again imports nothing more.
    client.post(f"{UPLOAD}{run.pk}/confirm/")
    assert ImportRun.objects.get().report["counts"]["posts"]["created"] == 7
    assert BlogPostPage.objects.count() == 7
    report = client.get(f"{UPLOAD}{run.pk}/report.json")
    assert report.json()["counts"]["posts"]["created"] == 7
    assert report["Content-Disposition"] == f'attachment; filename="wordpress-import-{run.pk}.json"'


def test_a_file_that_is_not_an_export_is_refused_in_plain_words(admin_client, blog):
    response = upload(admin_client, b"<rss><channel></channel></rss>", fetch_media="on")
    assert response.status_code == 200
    assert "The file is XML but not a WordPress export." in response.text
    # What was chosen is kept.
    assert 'id="id_fetch_media" checked' in response.text
    assert not ImportRun.objects.exists()


def test_while_an_import_runs_the_page_shows_progress_and_refreshes(admin_client, blog):
    run = ImportRun.objects.create(
        file_name="old.xml",
        export=b"",
        status=ImportRun.Status.IMPORTING,
        progress_done=30,
        progress_total=120,
    )
    page = admin_client.get(f"{UPLOAD}{run.pk}/").text
    assert '<progress id="import-progress" max="100" value="25">' in page
    assert "30 of 120 steps" in page
    assert 'http-equiv="refresh"' in page
    run.status = ImportRun.Status.DONE
    run.save()
    assert 'http-equiv="refresh"' not in admin_client.get(f"{UPLOAD}{run.pk}/").text


def test_the_import_screens_speak_welsh(client, member_of, blog, export_bytes):
    editor = member_of("Editors")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "cy"
    profile.save()
    client.force_login(editor)
    assert "Mewnforio o WordPress" in client.get(UPLOAD).text
    response = upload(client, export_bytes)
    page = client.get(response["Location"]).text
    assert "Heb newid" in page  # the "Unchanged" column of the counts
    assert "Mewnforio nawr" in page
