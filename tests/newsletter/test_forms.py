"""Bad input on the newsletter form: a plain explanation in English and Welsh, what was
typed kept, nothing saved, never a server error."""

import pytest

from newsletter.models import NewsletterSignup
from tests.newsletter.conftest import sign_up

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "data,english,welsh",
    [
        ({"email": ""}, "Enter your email address.", "Rhowch eich cyfeiriad e-bost."),
        ({"email": "not an address"}, "Enter an email address like", "Rhowch gyfeiriad e-bost"),
        (
            {"email": "a" * 250 + "@example.org"},
            "That email address is too long",
            "cyfeiriad e-bost hwnnw\u2019n rhy hir",
        ),
        (
            {"name": "n" * 101},
            "Your name is too long: shorten it to 100 letters.",
            "Mae eich enw\u2019n rhy hir",
        ),
    ],
)
def test_mistakes_are_explained_in_both_languages(client, newsletter_on, data, english, welsh):
    for prefix, message in (("", english), ("/cy", welsh)):
        response = sign_up(client, prefix=prefix, **data)
        assert response.status_code == 400
        assert message in response.text
        assert 'role="alert"' in response.text
    assert NewsletterSignup.objects.count() == 0


def test_what_was_typed_is_kept(client, newsletter_on):
    response = sign_up(client, email="ffion@", name="Ffion Jones")
    assert 'value="ffion@"' in response.text
    assert 'value="Ffion Jones"' in response.text


@pytest.mark.parametrize("bad", ["\x00", "\x0b", "\x1b[31m"])
def test_control_characters_are_taken_out_not_stored(client, newsletter_on, bad):
    response = sign_up(client, name=f"Ff{bad}ion")
    assert response.status_code == 200
    assert NewsletterSignup.objects.get().name in {"Ffion", "Ff[31mion"}


def test_a_nul_in_the_address_is_a_mistake_not_a_crash(client, newsletter_on):
    response = sign_up(client, email="ffion\x00@example.org")
    assert response.status_code == 200
    assert list(NewsletterSignup.objects.values_list("email", flat=True)) == ["ffion@example.org"]
