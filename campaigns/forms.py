from django import forms
from django.utils.translation import gettext_lazy as _

from campaigns.models import Signup
from website.text import WithoutControlCharactersMixin


class SignupForm(WithoutControlCharactersMixin, forms.ModelForm):
    # A field people never see (hidden by the style sheet, not by the form): software that
    # fills in every field gives itself away.
    website = forms.CharField(label=_("Leave this empty"), required=False, max_length=200)

    class Meta:
        model = Signup
        fields = ["name", "email", "organisation", "supporter_type", "area", "keep_updated"]
        labels = {
            "name": _("Your name"),
            "email": _("Your email address"),
            "organisation": _("Organisation (optional)"),
            "supporter_type": _("Which describes you best?"),
            "area": _("Your town or area (optional)"),
            "keep_updated": _("Keep me updated about this campaign by email"),
        }
        help_texts = {
            "email": _("We email you a link to confirm your signature. We count it once you do."),
        }
        error_messages = {
            "name": {
                "required": _("Enter your name."),
                "max_length": _("Your name is too long: shorten it to %(limit_value)d letters."),
            },
            "email": {
                "required": _("Enter your email address."),
                "invalid": _("Enter an email address like name@example.org."),
                "max_length": _("That email address is too long to be a real one."),
            },
            "organisation": {
                "max_length": _(
                    "The organisation's name is too long: shorten it to %(limit_value)d letters."
                ),
            },
            "supporter_type": {
                "required": _("Choose which describes you best."),
                "invalid_choice": _("Choose one of the answers listed."),
            },
            "area": {
                "max_length": _(
                    "Your town or area is too long: use %(limit_value)d letters at most."
                ),
            },
        }
        widgets = {
            "supporter_type": forms.RadioSelect,
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        # A radio list starts with nothing chosen: the model's empty choice is not an answer.
        self.fields["supporter_type"].choices = self.fields["supporter_type"].choices[1:]
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))

    @property
    def signup_fields(self):
        return [self[name] for name in self.Meta.fields]
