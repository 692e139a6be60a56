"""The image form asks who a photo shows (WAGTAILIMAGES_IMAGE_FORM_BASE): on upload, in
the chooser and on edit."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from consent.models import Person, PersonInImage
from consent.services import set_people_in_image

SHOWS_PEOPLE = [("yes", _("Yes")), ("no", _("No"))]


class ImagePeopleForm(BaseImageForm):
    shows_people = forms.ChoiceField(
        label=_("Does this photo show people?"),
        choices=SHOWS_PEOPLE,
        widget=forms.RadioSelect,
        required=False,
        help_text=_(
            "Anyone who could be recognised. Every page using the photo then needs their "
            "consent to the photo use, and the photo comes down if they withdraw it."
        ),
    )
    people = forms.ModelMultipleChoiceField(
        label=_("People shown"),
        queryset=Person.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    # The multiple uploader first posts the file alone, then this whole form for each
    # image: only a form that showed the question requires an answer.
    people_asked = forms.CharField(widget=forms.HiddenInput, initial="1", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            shown = Person.objects.filter(
                pk__in=PersonInImage.objects.filter(image=self.instance).values("person_id")
            )
            if shown.exists():
                self.initial.setdefault("shows_people", "yes")
                self.initial.setdefault("people", list(shown))

    def clean(self):
        cleaned = super().clean()
        if not self.data.get(self.add_prefix("people_asked")):
            return cleaned
        answer, people = cleaned.get("shows_people"), cleaned.get("people")
        if not answer:
            self.add_error("shows_people", _("Say whether this photo shows people."))
        elif answer == "yes" and not people:
            self.add_error(
                "people",
                _(
                    "Choose everyone the photo shows. If someone is not in the register yet, "
                    "ask a consent officer to add them first."
                ),
            )
        elif answer == "no" and people:
            self.add_error("people", _("You said the photo shows nobody: untick these people."))
        return cleaned

    def save(self, commit=True):
        image = super().save(commit=commit)
        if commit and self.cleaned_data.get("shows_people"):
            set_people_in_image(
                image, self.cleaned_data.get("people") or [], by=getattr(self, "user", None)
            )
        return image
