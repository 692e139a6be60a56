"""The admin works under its Content Security Policy: the common screens, the page editor
with its StreamField, the image chooser and the preview raise no violation in Chromium."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.blog.factories import ImageFactory
from tests.browser.signing_in import sign_in
from tests.consent.factories import ConsentRecordFactory
from tests.security.helpers import with_app
from tests.website.factories import StandardPageFactory

PASSWORD = "a-long-browser-test-password"

# Every violation the browser reports, kept where the test can read it.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def admin_page(browser, live_server, site_tree):
    root = get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)
    with_app(root)
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    console_errors = []
    page.on(
        "console",
        lambda message: (
            console_errors.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    sign_in(page, live_server, "root", PASSWORD)
    page.console_csp_errors = console_errors
    return page


def violations(page):
    return page.evaluate("window.cspViolations") + page.console_csp_errors


def test_the_common_admin_screens_raise_no_csp_violation(admin_page, live_server, site_tree):
    page = admin_page
    about = StandardPageFactory(parent=site_tree.english_home, title="About us", slug="about")
    about.save_revision().publish()
    ImageFactory(title="Kitchen table")
    person = ConsentRecordFactory(person__public_name="Brian").person

    for path in [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{site_tree.english_home.pk}/",
        "/admin/images/",
        "/admin/images/add/",
        "/admin/documents/",
        "/admin/snippets/consent/person/",
        f"/admin/snippets/consent/person/edit/{person.pk}/",
        "/admin/snippets/consent/consentrecord/add/",
        "/admin/users/",
        "/admin/account/",
        "/admin/two-factor/",
        "/admin/reports/site-history/",
    ]:
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        assert page.locator("main, #main").count(), path
        assert violations(page) == [], path

    # The page editor: add an image block to the StreamField and choose an image.
    page.goto(f"{live_server.url}/admin/pages/{about.pk}/edit/")
    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Image").click()
    page.get_by_role("button", name="Choose an image").click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("link", name="Kitchen table").click()
    expect(page.get_by_text("Kitchen table").first).to_be_visible()
    page.get_by_label("Alternative text").fill("A kitchen table in the sun")

    # The preview shows the public page inside the admin.
    page.get_by_role("button", name="Toggle preview").click()
    # Wagtail loads the preview in a second frame, then swaps it in for the first.
    expect(page.locator("iframe.w-preview__iframe")).to_have_count(1, timeout=60_000)
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text("About us", timeout=30_000)
    expect(preview.get_by_role("img", name="A kitchen table in the sun")).to_be_visible()
    assert violations(page) == []

    # Positive control: the policy is on and the listener hears a script from elsewhere.
    page.evaluate(
        "document.head.appendChild(Object.assign(document.createElement('script'),"
        " {src: 'https://scripts.example/x.js'}))"
    )
    page.wait_for_timeout(500)
    assert any("script-src" in violation for violation in violations(page))
