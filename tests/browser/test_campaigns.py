import pytest
from django.core import mail

from campaigns.models import CampaignPage, Signup, Status
from tests.browser.accessibility import assert_no_axe_violations
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, SignupFactory
from tests.campaigns.signing import link_in


@pytest.fixture
def campaigns(site_tree):
    index = CampaignIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()
    for title, slug, status in [
        ("End reverse auctions", "end-reverse-auctions", Status.ACTIVE),
        ("Act on the Choice Review", "choice-review", Status.CLOSED),
    ]:
        campaign = CampaignPageFactory(parent=index, title=title, slug=slug, status=status)
        campaign.save_revision().publish()
        Signup.objects.bulk_create(SignupFactory.build_batch(41, campaign=campaign))
    return index


def press_tab_until_focused(page, selector, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"{selector} never received focus")


JOURNEY = {
    "en": {
        "address": "/campaigns/end-reverse-auctions/",
        "before": "41 people have signed",
        "after": "42 people have signed",
        "check": "Check your email",
        "counted": "Your name is counted",
        "removed": "Your name has been removed",
    },
    "cy": {
        "address": "/cy/campaigns/end-reverse-auctions/",
        "before": "41 o bobl wedi llofnodi",
        "after": "42 o bobl wedi llofnodi",
        "check": "Gwiriwch eich e-bost",
        "counted": "Mae eich enw'n cael ei gyfrif",
        "removed": "Mae eich enw wedi'i dynnu",
    },
}


def press_enter_on(page, selector):
    press_tab_until_focused(page, selector)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def open_link_from_the_outbox(page, live_server, kind):
    """Follows the `kind` link of the last email, as the reader clicks it in their mail."""
    path = link_in(mail.outbox[-1], kind)
    page.goto(live_server.url + path)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_reader_signs_confirms_and_removes_their_name_with_the_keyboard(
    live_server, page, campaigns, site_tree, language
):
    words = JOURNEY[language]
    if language == "cy":
        site_tree.translate(campaigns, title="Ymgyrchoedd")
        site_tree.translate(
            CampaignPage.objects.get(slug="end-reverse-auctions"), title="Dim ocsiynau gwrthdro"
        )
    page.goto(live_server.url + words["address"])
    assert page.locator("#supporter-count").inner_text().endswith(words["before"])

    press_tab_until_focused(page, "#id_name")
    page.keyboard.type("Ceri Lloyd")
    page.keyboard.press("Tab")
    page.keyboard.type("ceri@example.org")
    page.keyboard.press("Tab")  # organisation: optional, left empty
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # the first answer: "I use care or support services"
    press_tab_until_focused(page, "#id_area")
    page.keyboard.type("Swansea")
    press_enter_on(page, "button[type=submit]")

    assert page.get_by_role("heading", level=1).inner_text() == words["check"]
    assert_no_axe_violations(page)
    signup = Signup.objects.get(email="ceri@example.org")
    assert (signup.name, signup.area, signup.confirmed_at) == ("Ceri Lloyd", "Swansea", None)

    open_link_from_the_outbox(page, live_server, "confirm")
    assert_no_axe_violations(page)
    press_enter_on(page, "main button[type=submit]")
    assert page.get_by_role("heading", level=1).inner_text() == words["counted"]
    assert_no_axe_violations(page)
    page.goto(live_server.url + words["address"])
    assert page.locator("#supporter-count").inner_text().endswith(words["after"])

    open_link_from_the_outbox(page, live_server, "remove")
    assert_no_axe_violations(page)
    press_enter_on(page, "main button[type=submit]")
    assert page.get_by_role("heading", level=1).inner_text() == words["removed"]
    assert not Signup.objects.filter(email="ceri@example.org").exists()
    page.goto(live_server.url + words["address"])
    assert page.locator("#supporter-count").inner_text().endswith(words["before"])


def test_campaign_index_has_no_wcag_violations(live_server, page, campaigns):
    page.goto(live_server.url + "/campaigns/")
    assert_no_axe_violations(page)


@pytest.mark.parametrize(
    "address", ["/campaigns/end-reverse-auctions/", "/campaigns/choice-review/"]
)
def test_campaign_pages_have_no_wcag_violations(live_server, page, campaigns, address):
    page.goto(live_server.url + address)
    assert_no_axe_violations(page)


def test_the_form_with_errors_has_no_wcag_violations_and_keeps_what_was_typed(
    live_server, page, campaigns
):
    page.goto(live_server.url + "/campaigns/end-reverse-auctions/")
    page.get_by_label("Your name", exact=True).fill("Ceri Lloyd")
    page.get_by_label("Your email address", exact=True).fill("not an address")
    page.get_by_role("button", name="Sign the campaign").click()

    assert page.get_by_role("alert").filter(has_text="There is a problem").is_visible()
    assert page.get_by_label("Your name", exact=True).input_value() == "Ceri Lloyd"
    assert page.get_by_label("Your email address", exact=True).input_value() == "not an address"
    assert page.title().startswith("Error:")
    assert_no_axe_violations(page)
