from django import forms
from django.utils.translation import gettext_lazy as _

from campaigns.models import Signup


class SignupForm(forms.ModelForm):
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
            "name": {"required": _("Enter your name.")},
            "email": {
                "required": _("Enter your email address."),
                "invalid": _("Enter an email address like name@example.org."),
            },
            "supporter_type": {"required": _("Choose which describes you best.")},
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
