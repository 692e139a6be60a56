"""Every mistake a supporter can make in the sign-up form is explained in plain words, in
English and Welsh, never with one of Django's own messages."""

import pytest
from django.utils import translation

from campaigns.forms import SignupForm
from campaigns.models import SupporterType

VALID = {
    "name": "Ffion Jones",
    "email": "ffion@example.org",
    "supporter_type": SupporterType.SHARED_LIVES_CARER,
}
MISTAKES = {
    "name": "x" * 5000,
    "email": "a" * 300 + "@example.org",
    "organisation": "x" * 5000,
    "area": "x" * 5000,
    "supporter_type": "astronaut",
}
DJANGO_DEFAULTS = ["Ensure this value", "Select a valid choice", "This field is required"]


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("name", MISTAKES)
def test_each_mistake_is_explained_in_plain_words(language, name):
    with translation.override(language):
        form = SignupForm({**VALID, name: MISTAKES[name]})
        assert not form.is_valid()
        [message] = form.errors[name]
    assert not any(default in message for default in DJANGO_DEFAULTS)
    if language == "cy":
        with translation.override("en"):
            english = SignupForm({**VALID, name: MISTAKES[name]}).errors[name][0]
        assert message != english


def test_the_too_long_message_says_how_long_is_allowed():
    form = SignupForm({**VALID, "name": "x" * 5000})
    assert form.errors["name"] == ["Your name is too long: shorten it to 200 letters."]
