from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from newsletter.models import NewsletterSignup
from website.text import WithoutControlCharactersMixin

# A plain form rather than a ModelForm: a model form would check the one-sign-up-per-address
# constraint and say "already exists", telling anyone who types an address whether it gets
# our newsletter. services.sign_up emails the address's owner instead.


class NewsletterSignupForm(WithoutControlCharactersMixin, forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We email you a link to confirm. We send the newsletter only once you do."),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address like name@example.org."),
            "max_length": _("That email address is too long to be a real one."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=100,
        required=False,
        error_messages={
            "max_length": _("Your name is too long: shorten it to %(limit_value)d letters."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    # A field people never see (hidden by the style sheet): software that fills in every
    # field gives itself away.
    website = forms.CharField(label=_("Leave this empty"), required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))

    @property
    def signup_fields(self):
        return [self["email"], self["name"]]

    def signup(self):
        """The unsaved sign-up, in the language the form was filled in."""
        return NewsletterSignup(
            email=self.cleaned_data["email"],
            name=" ".join(self.cleaned_data["name"].split()),
            language=get_language(),
        )
