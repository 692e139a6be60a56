"""The demo's privacy notice and accessibility statement say what a reader and a regulator
look for, in English and Welsh, with the retention period the site is configured with."""

import html

import pytest

from website import demo

pytestmark = pytest.mark.django_db


def text_of(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    return html.unescape(response.text)


def test_the_privacy_notice_names_the_controller_bases_retention_rights_and_contact(
    client, settings
):
    settings.CAMPAIGN_SIGNUP_RETENTION_DAYS = 400
    demo.load(print)

    english = text_of(client, "/privacy/")
    for words in [
        "Shared Lives Plus is the data controller",
        "Our registered office is 1 Example Street, Liverpool L1 0AA",
        "Campaign sign-ups.",
        "Newsletter sign-ups.",
        "we keep a consent record",
        "Article 6(1)(a)",
        "explicit consent to that use (Article 9(2)(a))",
        # The configured period, not a number written into the page.
        "Confirmed campaign sign-ups:</strong> 400 days from the day you signed",
        "Information Commissioner's Office",
        'href="mailto:hello@example.org"',
    ]:
        assert words in english, words
    assert "730 days" not in english

    welsh = text_of(client, "/cy/privacy/")
    assert "Hysbysiad preifatrwydd" in welsh
    assert "400 diwrnod o'r diwrnod y gwnaethoch chi lofnodi" in welsh
    assert "Erthygl 9(2)(a)" in welsh
    assert "Swyddfa'r Comisiynydd Gwybodaeth" in welsh


def test_the_accessibility_statement_gives_the_standard_testing_limits_and_enforcement(
    client,
):
    demo.load(print)

    english = text_of(client, "/accessibility/")
    for words in [
        "WCAG) 2.2 at level AA",
        "checked with axe",
        "with the keyboard alone",
        "What is not right yet",
        'href="mailto:hello@example.org"',
        "Equality Advisory and Support Service (EASS)",
        "Equality Commission for Northern Ireland",
    ]:
        assert words in english, words

    welsh = text_of(client, "/cy/accessibility/")
    for words in ["(WCAG) 2.2 ar lefel AA", "gydag axe", "Beth sydd ddim yn iawn eto", "(EASS)"]:
        assert words in welsh, words
