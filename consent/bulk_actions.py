from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.images.views.bulk_actions.image_bulk_action import ImageBulkAction

from consent.models import Person, PersonInImage
from consent.services import set_people_in_image


class PeopleForm(forms.Form):
    people = forms.ModelMultipleChoiceField(
        label=_("People shown"),
        queryset=Person.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("They are added to the people each selected photo already shows."),
    )


class AddPeopleBulkAction(ImageBulkAction):
    """From the image listing: record that the selected photos show these people."""

    display_name = _("People shown")
    action_type = "add_people"
    aria_label = _("Record people shown in the selected images")
    template_name = "consent/admin/confirm_bulk_add_people.html"
    action_priority = 25
    form_class = PeopleForm

    def check_perm(self, image):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", image
        )

    def get_execution_context(self):
        return {"people": self.cleaned_form.cleaned_data["people"], "user": self.request.user}

    @classmethod
    def execute_action(cls, images, people=(), user=None, **kwargs):
        for image in images:
            shown = Person.objects.filter(
                pk__in=PersonInImage.objects.filter(image=image).values("person_id")
            )
            set_people_in_image(image, {*shown, *people}, by=user)
        return len(images), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "People recorded in %(count)d image",
            "People recorded in %(count)d images",
            num_parent_objects,
        ) % {"count": num_parent_objects}
