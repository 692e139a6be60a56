"""A Welsh reader's journey through a small bilingual site, partly with the keyboard: from
the Welsh home page to a story, over to its English version and back, then to a report and
its PDF."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Collection

from consent.models import Use
from stories.blocks import easy_read_points
from tests.browser.test_campaigns import press_tab_until_focused
from tests.consent.factories import ConsentRecordFactory
from tests.reports.factories import PdfDocumentFactory, ReportIndexPageFactory, ReportPageFactory
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, feature
from website.models import NavigationSettings


def published(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def bilingual_site(site_tree):
    # The live server's database is emptied between tests, migrations' root collection too.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    home = site_tree.english_home
    stories = published(StoryIndexPageFactory(parent=home))
    site_tree.translate(stories, title="Straeon")
    reports = published(ReportIndexPageFactory(parent=home))
    site_tree.translate(reports, title="Adroddiadau")
    navigation = NavigationSettings.for_site(site_tree.site)
    navigation.primary_links = [
        {"type": "link", "value": {"page": index.pk}} for index in (stories, reports)
    ]
    navigation.save()

    # Brian's consent covers Welsh translation, so both versions of his story are public.
    brian = ConsentRecordFactory(person__public_name="Brian").person
    story = StoryPageFactory(parent=stories, title="Brian after his stroke", slug="brian")
    feature(story, brian, [Use.NAME, Use.STORY])
    published(story)
    site_tree.translate(
        story,
        title="Brian ar ôl ei strôc",
        summary="Sut y daeth Brian adref o'r ysbyty at deulu Cysylltu Bywydau.",
        easy_read=easy_read_points("Cafodd Brian strôc.", "Mae'n byw gyda theulu nawr."),
    )
    report = published(
        ReportPageFactory(
            parent=reports,
            title="The State of Shared Lives",
            slug="state-of-shared-lives",
            document=PdfDocumentFactory(pages=6),
        )
    )
    site_tree.translate(report, title="Cyflwr Cysylltu Bywydau")
    return site_tree


def expect_welsh_page(page, heading):
    assert page.locator("html").get_attribute("lang") == "cy"
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)


def test_a_welsh_reader_goes_from_home_to_a_story_and_a_reports_pdf(
    live_server, page, bilingual_site
):
    page.goto(live_server.url + "/cy/")
    expect_welsh_page(page, "Croeso")
    main_menu = page.get_by_role("navigation", name="Prif ddewislen")

    # With the keyboard: Tab to the stories link in the main menu and press Enter.
    press_tab_until_focused(page, '.site-nav a[href="/cy/stories/"]')
    assert page.evaluate("document.activeElement.textContent") == "Straeon"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect_welsh_page(page, "Straeon")

    page.get_by_role("link", name="Brian ar ôl ei strôc").click()
    page.wait_for_url("**/cy/stories/brian/")
    expect_welsh_page(page, "Brian ar ôl ei strôc")
    expect(page.get_by_role("heading", name="Crynodeb Hawdd ei Ddeall")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="Cafodd Brian strôc.")).to_be_visible()

    # The language switcher leads to the English version of the same story, and back.
    page.get_by_role("navigation", name="Iaith").get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"^[^?#]+(?<!/cy)/stories/brian/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.get_by_role("heading", level=1)).to_have_text("Brian after his stroke")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Cymraeg").click()
    page.wait_for_url("**/cy/stories/brian/")
    expect_welsh_page(page, "Brian ar ôl ei strôc")

    main_menu.get_by_role("link", name="Adroddiadau").click()
    page.wait_for_url("**/cy/reports/")
    expect_welsh_page(page, "Adroddiadau")
    page.get_by_role("link", name="Cyflwr Cysylltu Bywydau", exact=True).click()
    page.wait_for_url("**/cy/reports/state-of-shared-lives/")
    expect_welsh_page(page, "Cyflwr Cysylltu Bywydau")

    download = page.get_by_role("link", name="Lawrlwytho'r adroddiad")
    assert "6 " in download.inner_text()
    href = download.get_attribute("href")
    assert href.startswith("/cy/reports/state-of-shared-lives/")
    response = page.request.get(live_server.url + href)
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF-")
