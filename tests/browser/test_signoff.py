"""The featured person's private link in a real browser on a phone: they read their
unpublished story, answer the Easy Read questions with the keyboard (a missed question is
explained), get a receipt, and later take their story down, in English and in Welsh; every
page has no WCAG 2.2 AA violations.

With SIGNOFF_SCREENSHOTS set to a folder, each page is also saved there as a 390 px wide
screenshot (docs/screenshots/consent/ holds the ones checked by eye)."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from consent.models import ConsentWithdrawal, Use
from consent.signoff.models import SignoffResponse
from consent.signoff.services import confirm_answers, make_link
from tests.browser.accessibility import assert_no_axe_violations
from tests.consent.factories import ConsentNoticeFactory, PersonFactory
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, feature

SCREENSHOTS = os.environ.get("SIGNOFF_SCREENSHOTS")

QUESTIONS = {
    "en": ["Can we use your name?", "Can we show photos of you?", "Can we talk about your health?"],
    "cy": ["Gawn ni ddefnyddio eich enw?", "Gawn ni ddangos lluniau ohonoch chi?"],
}
TEXT = {
    "en": {
        "next": "Next: answer the questions",
        "send": "Send my answers",
        "problem": "Please answer every question",
        "yes": "Yes",
        "no": "No",
        "helper": "Who helped you decide?",
        "thanks": "Thank you for your answers",
        "take_down": "Take my story down",
        "confirm_take_down": "Yes, take my story down",
        "taken_down": "We are taking your story down",
        "back": "Go back to your questions",
    },
    "cy": {
        "next": "Nesaf: atebwch y cwestiynau",
        "send": "Anfon fy atebion",
        "problem": "Atebwch bob cwestiwn",
        "yes": "Ie",
        "no": "Na",
        "helper": "Pwy wnaeth eich helpu i benderfynu?",
        "thanks": "Diolch am eich atebion",
        "take_down": "Tynnwch fy stori i lawr",
        "confirm_take_down": "Ie, tynnwch fy stori i lawr",
        "taken_down": "Rydyn ni\u2019n tynnu eich stori i lawr",
        "back": "Mynd yn ôl i\u2019ch cwestiynau",
    },
}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def dana(site_tree):
    ConsentNoticeFactory(title="Sharing your story", version="4")
    person = PersonFactory(public_name="Dana")
    index = StoryIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()
    story = StoryPageFactory(parent=index, live=False, title="Dana learns to swim")
    feature(story, person, [Use.NAME, Use.PHOTO, Use.STORY, Use.HEALTH])
    story.summary = "Dana swims every Tuesday, three years after her stroke."
    story.save_revision()
    return person


def checked(page, name):
    assert_no_axe_violations(page)
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_person_reads_their_story_answers_and_later_takes_it_down(
    live_server, phone, dana, language
):
    text = TEXT[language]
    prefix = "/cy" if language == "cy" else ""
    _link, token = make_link(dana, by=None)
    start = f"{live_server.url}{prefix}/consent/{token}/"

    phone.goto(start)
    expect(phone.locator("html")).to_have_attribute("lang", language)
    expect(phone.get_by_role("heading", level=1)).to_contain_text("Dana")
    checked(phone, f"1-start-{language}")

    # The story as it will look: the latest draft, with a way back.
    phone.get_by_role("link", name="Dana learns to swim").click()
    draft_summary = phone.get_by_text("Dana swims every Tuesday, three years after her stroke.")
    expect(draft_summary).to_be_visible()
    checked(phone, f"2-story-{language}")
    phone.get_by_role("link", name=text["back"]).click()

    phone.get_by_role("link", name=text["next"]).click()
    checked(phone, f"3-questions-{language}")

    # Sending with a question unanswered explains what is missing and keeps the answers.
    first = phone.get_by_role("group", name=QUESTIONS[language][0])
    first.get_by_role("radio", name=text["yes"]).check()
    phone.get_by_role("button", name=text["send"]).click()
    expect(phone.get_by_role("alert")).to_contain_text(text["problem"])
    expect(first.get_by_role("radio", name=text["yes"])).to_be_checked()
    checked(phone, f"4-questions-missed-{language}")

    # Each question answered with the keyboard alone: arrow keys move within a group.
    for group in phone.get_by_role("group").all()[1:]:
        if group.get_by_role("radio").count() != 2:
            continue
        group.get_by_role("radio", name=text["yes"]).focus()
        phone.keyboard.press("Space")
    photos = phone.get_by_role("group", name=QUESTIONS[language][1])
    photos.get_by_role("radio", name=text["yes"]).focus()
    phone.keyboard.press("ArrowRight")
    expect(photos.get_by_role("radio", name=text["no"])).to_be_checked()
    phone.get_by_label(text["helper"]).fill("Sam, my advocate")
    phone.get_by_role("button", name=text["send"]).focus()
    phone.keyboard.press("Enter")
    expect(phone.get_by_role("heading", level=1)).to_have_text(text["thanks"])
    expect(phone.get_by_text("Sam, my advocate")).to_be_visible()
    checked(phone, f"5-receipt-{language}")

    answers = SignoffResponse.objects.get()
    assert answers.status == SignoffResponse.Status.PENDING
    assert answers.language == language
    assert answers.answers["photo"] is False and answers.answers["name"] is True

    phone.get_by_role("link", name=text["take_down"]).click()
    checked(phone, f"6-take-down-{language}")
    phone.get_by_role("button", name=text["confirm_take_down"]).click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(text["taken_down"])
    checked(phone, f"7-taken-down-{language}")
    assert ConsentWithdrawal.objects.filter(person=dana).exists()


def test_a_link_that_does_not_work_is_plain_and_accessible(live_server, phone, dana):
    for language, prefix in (("en", ""), ("cy", "/cy")):
        phone.goto(f"{live_server.url}{prefix}/consent/not-a-real-link/")
        expect(phone.locator("h1")).to_be_visible()
        assert "Dana" not in phone.content()
        checked(phone, f"8-not-working-{language}")


def test_the_receipt_says_when_answers_count(live_server, phone, dana, member_of):
    link, token = make_link(dana, by=None)
    phone.goto(f"{live_server.url}/consent/{token}/answer/")
    for group in phone.get_by_role("group").all():
        if group.get_by_role("radio").count() == 2:
            group.get_by_role("radio", name="Yes").check()
    phone.get_by_role("button", name="Send my answers").click()
    confirm_answers(
        SignoffResponse.objects.get(),
        by=member_of("Consent officers"),
        expires_on=link.expires_at.date().replace(year=link.expires_at.year + 1),
        review_on=link.expires_at.date(),
    )
    phone.reload()
    expect(phone.get_by_text("Our team has checked your answers. They count now.")).to_be_visible()
