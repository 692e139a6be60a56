import pytest

from campaigns.models import Signup, Status
from tests.browser.accessibility import assert_no_axe_violations
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, SignupFactory


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


def test_a_reader_signs_up_with_the_keyboard_and_sees_the_count_rise(live_server, page, campaigns):
    page.goto(live_server.url + "/campaigns/end-reverse-auctions/")
    assert page.locator("#supporter-count").inner_text() == "41 people have signed"

    press_tab_until_focused(page, "#id_name")
    page.keyboard.type("Ceri Lloyd")
    page.keyboard.press("Tab")
    page.keyboard.type("ceri@example.org")
    page.keyboard.press("Tab")  # organisation: optional, left empty
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # the first answer: "I use care or support services"
    press_tab_until_focused(page, "#id_area")
    page.keyboard.type("Swansea")
    press_tab_until_focused(page, "button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.get_by_role("status").filter(has_text="Thank you for signing.").is_visible()
    assert page.locator("#supporter-count").inner_text() == "42 people have signed"
    signup = Signup.objects.get(email="ceri@example.org")
    assert (signup.name, signup.area, signup.keep_updated) == ("Ceri Lloyd", "Swansea", False)


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

    assert page.get_by_role("alert").filter(has_text="Please check what you typed").is_visible()
    assert page.get_by_label("Your name", exact=True).input_value() == "Ceri Lloyd"
    assert page.get_by_label("Your email address", exact=True).input_value() == "not an address"
    assert page.title().startswith("Error:")
    assert_no_axe_violations(page)
