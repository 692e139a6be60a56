"""Control characters (a Word soft line break's vertical tab, a stray escape) are refused
with a message in what the comms team types, and taken out of what visitors send."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from campaigns.forms import SignupForm
from campaigns.models import SupporterType
from website.models import StandardPage, Topic

pytestmark = pytest.mark.django_db

MESSAGE = "This text has an invisible control character in it"


def test_a_topic_with_a_control_character_is_refused_with_a_message(admin_client):
    response = admin_client.post(
        reverse("wagtailsnippets_website_topic:add"),
        {"name": "Later\x0blife", "slug": "later-life", "description": "Growing\x1b older"},
    )
    assert response.status_code == 200
    assert response.text.count(MESSAGE) == 2
    assert not Topic.objects.exists()
    # The same topic typed cleanly is saved.
    admin_client.post(
        reverse("wagtailsnippets_website_topic:add"),
        {"name": "Later life", "slug": "later-life", "description": "Growing older"},
    )
    assert Topic.objects.get().name == "Later life"


@pytest.mark.parametrize("name", ["title", "seo_title", "search_description"])
def test_page_text_fields_refuse_control_characters(name):
    field = StandardPage.get_edit_handler().get_form_class()().fields[name]
    assert field.clean("Slow Policy\n\tand more") == "Slow Policy\n\tand more"
    with pytest.raises(ValidationError, match=MESSAGE):
        field.clean("Slow\x0bPolicy")


def test_a_sign_up_keeps_its_words_but_not_their_control_characters():
    form = SignupForm(
        {
            "name": "Bryn\x1b Owen\x0b",
            "email": "bryn@example.org",
            "supporter_type": SupporterType.FAMILY_CARER,
            "area": "Car\x00diff",
        }
    )
    assert form.is_valid(), form.errors
    assert (form.cleaned_data["name"], form.cleaned_data["area"]) == ("Bryn Owen", "Cardiff")
