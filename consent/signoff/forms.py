from django import forms
from django.utils.translation import gettext_lazy as _

from consent.signoff.questions import question

YES, NO = "yes", "no"


class AnswersForm(forms.Form):
    """One yes-or-no question a use, then who helped. Nothing is ticked to begin with: an
    answer must be the person's own choice."""

    supported_by = forms.CharField(
        label=_("Who helped you decide?"),
        help_text=_(
            "For example a family member, a support worker or an advocate. "
            "Leave this empty if nobody helped you."
        ),
        max_length=200,
        required=False,
    )

    def __init__(self, *args, uses, **kwargs):
        super().__init__(*args, **kwargs)
        self.uses = uses
        questions = {}
        for use in uses:
            asked, explained, picture = question(use)
            questions[use.value] = forms.ChoiceField(
                label=asked,
                help_text=explained,
                choices=[(YES, _("Yes")), (NO, _("No"))],
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose yes or no.")},
            )
            questions[use.value].picture = picture
        # The questions come before "who helped", in the register's order of uses.
        self.fields = {**questions, "supported_by": self.fields["supported_by"]}

    def question_fields(self):
        return [self[use.value] for use in self.uses]

    def answers(self):
        return {use.value: self.cleaned_data[use.value] == YES for use in self.uses}
