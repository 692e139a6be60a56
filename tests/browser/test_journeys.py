"""The reader's main journeys in a real browser, by keyboard alone: home page, "Become a
carer", type a postcode, their scheme shown; in English and Welsh. No WCAG 2.2 AA violations
on journey pages and the newsletter pages, in both languages, at a phone's width and a
desktop's.

With JOURNEY_SCREENSHOTS set to a folder, each page checked is also saved there."""

import os
from pathlib import Path

import pytest

from journeys import demo as journeys_demo
from tests.browser.accessibility import assert_no_axe_violations
from website import demo_schemes

SCREENSHOTS = os.environ.get("JOURNEY_SCREENSHOTS")


@pytest.fixture
def journeys(site_tree):
    demo_schemes.load(log=lambda message: None)
    journeys_demo.load(log=lambda message: None)
    return site_tree


def tab_to(page, predicate, limit=40):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate):
            return
    raise AssertionError(f"Tabbing never reached {predicate}")


@pytest.mark.parametrize(
    "home,button,typed,scheme",
    [
        ("/", "Become a carer", "EX20 1AB", "Shared Lives South West"),
        ("/cy/", "Dod yn ofalwr", "CF10 1AA", "Shared Lives ategi"),
    ],
)
def test_home_to_the_local_scheme_by_keyboard_alone(
    live_server, page, journeys, home, button, typed, scheme
):
    page.goto(live_server.url + home)
    tab_to(page, f"document.activeElement.textContent.trim() === {button!r}")
    page.keyboard.press("Enter")
    page.wait_for_url("**/*ofalwr*/" if home == "/cy/" else "**/become-a-carer/")
    assert page.locator(".journey-step").count() == 8
    tab_to(page, "document.activeElement.id === 'journey-q'")
    page.keyboard.type(typed)
    page.keyboard.press("Enter")
    page.wait_for_url("**/schemes/?q=*")
    assert page.url.startswith(
        live_server.url + ("/cy/schemes/" if home == "/cy/" else "/schemes/")
    )
    assert page.locator(".scheme-card").count() >= 1
    assert scheme in page.locator(".scheme-card h3").all_inner_texts()


@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize(
    "name,address",
    [
        ("en-home", "/"),
        ("cy-home", "/cy/"),
        ("en-carer", "/become-a-carer/"),
        ("en-support", "/get-support/"),
        ("cy-carer", "/cy/dod-yn-ofalwr/"),
        ("cy-support", "/cy/cael-cymorth/"),
        ("en-newsletter", "/newsletter/"),
        ("cy-newsletter", "/cy/newsletter/"),
    ],
)
def test_journeys_and_the_newsletter_have_no_wcag_violations(
    live_server, page, journeys, name, address, width
):
    page.set_viewport_size({"width": width, "height": 900})
    assert page.goto(live_server.url + address).status == 200
    assert_no_axe_violations(page)
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}-{width}.png"), full_page=True)


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_newsletter_mistakes_and_answers_have_no_wcag_violations(
    live_server, page, journeys, prefix
):
    page.goto(live_server.url + prefix + "/newsletter/")
    page.fill("#id_email", "not an address")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator('[role="alert"]').count() == 1
    assert_no_axe_violations(page)
    page.fill("#id_email", "ffion@example.org")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator('[role="status"]').count() == 1
    assert_no_axe_violations(page)
