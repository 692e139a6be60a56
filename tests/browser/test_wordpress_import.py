import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from tests.blog.factories import BlogIndexPageFactory
from tests.wordpress_import.conftest import DATA

PASSWORD = "a-long-browser-test-password"


@pytest.fixture
def blog(site_tree):
    index = BlogIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()
    return index


def test_an_editor_imports_the_old_blog_from_the_admin(browser, live_server, blog):
    editor = get_user_model().objects.create_user(username="editor", password=PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    page = browser.new_context(viewport={"width": 1300, "height": 1000}).new_page()
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")

    page.goto(live_server.url + "/admin/wordpress-import/")
    page.get_by_label("WordPress export file").set_input_files(DATA / "export.xml")
    page.get_by_role("button", name="Check the export").click()

    expect(page.get_by_role("heading", name="What the import would do")).to_be_visible()
    posts_row = page.get_by_role("row", name="Blog posts")
    expect(posts_row.get_by_role("cell").first).to_have_text("7")
    expect(page.get_by_text("2 comments were not imported")).to_be_visible()
    expect(page.get_by_text("A <script> element was removed.", exact=False)).to_be_visible()

    page.get_by_role("button", name="Import now").click()
    expect(page.get_by_role("heading", name="What the import did")).to_be_visible()
    expect(page.get_by_text("Imported", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Import now")).to_have_count(0)

    page.goto(live_server.url + "/2016/09/14/why-small-is-kind/")
    assert page.url == live_server.url + "/blog/why-small-is-kind/"
    title = "Why small is kind \N{EN DASH} and cheaper"
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
