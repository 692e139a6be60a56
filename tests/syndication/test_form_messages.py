"""The widget builder on /feeds/ explains a hand-made address's mistakes in plain words, in
the page's language."""

import pytest

pytestmark = pytest.mark.django_db

DJANGO_DEFAULTS = ["Select a valid choice", "This field is required", "Enter a whole number."]


@pytest.mark.parametrize(
    ("query", "message", "welsh"),
    [
        ("section=nonsense", "Choose one of the options in the list.", "Dewiswch"),
        ("section=", "Choose one of the options in the list.", "Dewiswch"),
        ("lang=fr", "Choose one of the options in the list.", "Dewiswch"),
        ("topic=no-such-topic", "Choose one of the options in the list.", "Dewiswch"),
        ("limit=", "Enter a whole number from 1 to", "Rhowch"),
    ],
)
def test_widget_builder_mistakes_are_explained(client, site_tree, query, message, welsh):
    english = client.get(f"/feeds/?{query}")
    assert message in english.text
    cymraeg = client.get(f"/cy/feeds/?{query}")
    assert message not in cymraeg.text
    assert welsh in cymraeg.text
    for response in (english, cymraeg):
        assert response.status_code == 200
        assert not any(default in response.text for default in DJANGO_DEFAULTS)
