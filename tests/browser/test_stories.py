"""The consent journey in a real browser: a Writer submits a story about someone who has
not consented; the consent check rejects it; a Consent officer records consent with an
uploaded form; the story passes the workflow and is published; the officer withdraws
consent and the story is gone."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect
from reportlab.pdfgen import canvas

from consent.models import ConsentRecord, FeaturedPerson
from stories.workflows import assign_story_workflow
from tests.browser.accessibility import assert_no_axe_violations
from tests.browser.signing_in import sign_in
from tests.consent.factories import ConsentNoticeFactory, ConsentRecordFactory, PersonFactory
from tests.security.helpers import with_app
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory

PASSWORD = "a-long-browser-test-password"


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    with_app(user)  # Consent officers must have a second factor; the others may.
    return user


def signed_in(browser, live_server, username):
    page = browser.new_context(viewport={"width": 1300, "height": 1000}).new_page()
    sign_in(page, live_server, username, PASSWORD)
    return page


def signed_form(path):
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "I agree to my story being shared. Signed, Dana.")
    pdf.save()
    return path


@pytest.fixture
def story_index(site_tree):
    index = StoryIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()
    assign_story_workflow(index)
    return index


def test_consent_journey_from_rejection_to_publication_to_withdrawal(
    browser, live_server, story_index, tmp_path
):
    writer = user_in("Writers", "writer")
    user_in("Consent officers", "officer")
    user_in("Editors", "editor")
    dana = PersonFactory(public_name="Dana")
    ConsentNoticeFactory(title="Sharing your story", version="3")
    story = StoryPageFactory(
        parent=story_index, live=False, title="Dana learns to swim", slug="dana", owner=writer
    )
    story.featured_people = [FeaturedPerson(person=dana, uses=["name", "story"])]
    story.save_revision(user=writer)
    edit_url = f"{live_server.url}/admin/pages/{story.pk}/edit/"

    # The Writer submits; the automatic consent check sends it back with the reason.
    writing = signed_in(browser, live_server, "writer")
    writing.goto(edit_url)
    writing.get_by_role("button", name="More actions").click()
    writing.get_by_role("button", name="Submit to Story publishing").click()
    writing.goto(edit_url)
    writing.get_by_role("button", name="Toggle status").click()
    expect(writing.get_by_text("Changes requested").first).to_be_visible()
    writing.get_by_role("button", name="View details").click()
    expect(writing.get_by_text("Dana has no consent recorded.").first).to_be_visible()

    # The Consent officer records Dana's consent, uploading the signed form as evidence.
    officer = signed_in(browser, live_server, "officer")
    officer.goto(f"{live_server.url}/admin/consent/people/{dana.pk}/record/")
    officer.get_by_role("button", name="Choose consent notice").click()
    officer.get_by_role("link", name="Sharing your story (v3)").click()
    officer.get_by_role("combobox", name="How it was given").select_option(label="Signed form")
    officer.get_by_role("checkbox", name="Name", exact=True).check()
    officer.get_by_role("checkbox", name="Story text").check()
    today = timezone.localdate()
    # The admin's date pickers read British dates (day/month/year).
    expires_on, review_on = today + datetime.timedelta(365), today + datetime.timedelta(300)
    officer.get_by_role("textbox", name="Expires on").fill(f"{expires_on:%d/%m/%Y}")
    officer.get_by_role("textbox", name="Review on").fill(f"{review_on:%d/%m/%Y}")
    # Clicking another field closes the date picker, which would cover the next button.
    officer.get_by_role("textbox", name="Who supported the decision").click()
    officer.get_by_role("button", name="Choose a document").click()
    officer.get_by_role("tab", name="Upload").click()
    upload = officer.get_by_role("tabpanel", name="Upload")
    upload.get_by_label("Title").fill("Dana's signed form")
    # Consent officers may upload only into the private evidence collection, so Wagtail
    # does not even ask which collection.
    upload.get_by_label("File").set_input_files(signed_form(tmp_path / "dana.pdf"))
    upload.get_by_role("button", name="Upload").click()
    expect(officer.get_by_text("Dana's signed form")).to_be_visible()
    officer.get_by_role("button", name="Save").click()
    expect(officer.get_by_text("created")).to_be_visible()
    record = ConsentRecord.objects.get(person=dana)
    assert record.evidence.collection.name == "Consent evidence"
    assert record.uses == ["name", "story"]

    # Resubmitted, the story passes the check, then the officer and the editor approve.
    writing.goto(edit_url)
    writing.get_by_role("button", name="More actions").click()
    writing.get_by_role("button", name="Resubmit to Consent check").click()
    for reviewer in (officer, signed_in(browser, live_server, "editor")):
        reviewer.goto(edit_url)
        reviewer.get_by_role("button", name="More actions").click()
        reviewer.get_by_role("button", name="Approve", exact=True).click()
        reviewer.wait_for_load_state()

    reader = browser.new_context().new_page()
    reader.goto(f"{live_server.url}/stories/dana/")
    expect(reader.get_by_role("heading", level=1)).to_have_text("Dana learns to swim")

    # The officer withdraws consent in one action; the story is gone everywhere.
    officer.goto(f"{live_server.url}/admin/consent/people/{dana.pk}/withdraw/")
    expect(officer.get_by_text("Dana learns to swim")).to_be_visible()
    officer.get_by_label("Reason").fill("Dana's sister phoned: Dana wants it taken down.")
    officer.get_by_role("button", name="Withdraw consent").click()
    expect(officer.get_by_role("heading", name="1 page taken down")).to_be_visible()

    # The first reader's browser may keep its copy for the minute public pages allow
    # (max-age=60); the site itself, asked by any browser, has taken the story down.
    reader = browser.new_context().new_page()
    gone = reader.goto(f"{live_server.url}/stories/dana/")
    assert gone.status == 410
    reader.goto(f"{live_server.url}/stories/")
    expect(reader.get_by_text("Dana learns to swim")).to_have_count(0)


def test_story_index_and_story_pages_have_no_wcag_violations(page, live_server, story_index):
    person = ConsentRecordFactory(person__public_name="Brian").person
    for number in range(3):
        story = StoryPageFactory(parent=story_index, title=f"Story {number}", slug=f"s{number}")
        story.featured_people = [FeaturedPerson(person=person, uses=["name", "story"])]
        story.save_revision().publish()
    for address in ["/stories/", "/stories/?region=mars", "/stories/s1/", "/"]:
        page.goto(live_server.url + address)
        assert_no_axe_violations(page)
