import io
import json

import pytest
from django.core.management import CommandError, call_command

from blog.models import BlogPostPage
from tests.wordpress_import.conftest import DATA

pytestmark = pytest.mark.django_db


def run_command(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_wordpress", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_command_imports_shows_progress_and_writes_the_report(blog, media_dir, tmp_path):
    report_path = tmp_path / "report.json"
    out, err = run_command(
        str(DATA / "export.xml"), "--media", str(media_dir), "--report", str(report_path)
    )
    assert "posts: 7 created, 0 updated, 0 skipped, 0 failed" in out
    assert "attachments: 2 created, 0 updated, 0 skipped, 1 failed" in out
    assert "comments not imported: 2" in out
    assert "failed: attachments 102 'A lost photo': The file is not in the media folder." in out
    # The bar redraws itself on one line and ends full.
    assert err.rstrip().endswith(f"[{'#' * 30}] 21/21")
    assert err.count("\r") > 1
    report = json.loads(report_path.read_text())
    assert report["counts"]["posts"]["created"] == 7
    assert BlogPostPage.objects.count() == 7


def test_a_dry_run_says_so_and_writes_nothing(blog, media_dir, tmp_path):
    out, _ = run_command(
        str(DATA / "export.xml"), "--dry-run", "--report", str(tmp_path / "report.json")
    )
    assert out.startswith("Dry run: nothing was written.")
    assert "posts: 7 created" in out
    assert not BlogPostPage.objects.exists()


def test_a_file_that_is_not_an_export_stops_with_a_plain_message(blog, tmp_path):
    not_wxr = tmp_path / "feed.xml"
    not_wxr.write_text("<rss><channel><title>Just a feed</title></channel></rss>")
    with pytest.raises(CommandError, match="The file is XML but not a WordPress export"):
        run_command(str(not_wxr))
    with pytest.raises(CommandError, match="There is no file at"):
        run_command(str(tmp_path / "missing.xml"))
    with pytest.raises(CommandError, match="There is no folder at"):
        run_command(str(not_wxr), "--media", str(tmp_path / "nowhere"))
    assert not BlogPostPage.objects.exists()
