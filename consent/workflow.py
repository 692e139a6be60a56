"""The consent check in the story workflow. It is a model (Wagtail tasks are), loaded by
`ConsentConfig.import_models` beside `consent.models` rather than from it: it asks the gate,
which reads the register's models, so defining it in `models.py` would make a loop."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from consent.gate import consent_problems


class ConsentCheckTask(Task):
    """An automatic workflow step: approves when everyone featured has consented to every
    use the page makes, otherwise rejects with the problems as its comment."""

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        page = workflow_state.content_object.get_latest_revision_as_object()
        problems = consent_problems(page)
        if problems:
            task_state.reject(user=user, update=False, comment=" ".join(problems))
        else:
            task_state.approve(
                user=user, update=False, comment=str(_("Everyone featured has consented."))
            )
        return task_state

    def get_actions(self, obj, user):
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return TaskState.objects.none()

    @classmethod
    def get_description(cls):
        return _("Checks the consent register for everyone the page features.")

    class Meta:
        app_label = "consent"
        verbose_name = _("consent check")
        verbose_name_plural = _("consent checks")
