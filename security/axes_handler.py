"""django-axes with a second, higher limit on one account however many addresses the
guesses come from.

axes counts every lockout parameter against the same AXES_FAILURE_LIMIT: with only
username-and-address, a botnet gets five guesses per address; adding username alone at
five would let anyone lock any editor out with five wrong passwords. So the pair keeps
its limit of five, and the account alone is paused at AXES_USERNAME_FAILURE_LIMIT failures
within the cool-off time, which a person mistyping never reaches."""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


class StaffSignInHandler(AxesDatabaseHandler):
    def is_locked(self, request, credentials=None):
        return super().is_locked(request, credentials) or self.account_is_paused(
            request, credentials
        )

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request, **kwargs)
        # axes decides the lockout page from the pair's count alone; show it for a paused
        # account too, rather than the form's "wrong password".
        if request is not None and self.account_is_paused(request, credentials):
            request.axes_locked_out = True
            request.axes_credentials = credentials

    def account_is_paused(self, request, credentials):
        username = get_client_username(request, credentials)
        if not username:
            return False
        failures = AccessAttempt.objects.filter(
            username=username, attempt_time__gte=get_cool_off_threshold(request)
        ).aggregate(total=Sum("failures_since_start"))["total"]
        return (failures or 0) >= settings.AXES_USERNAME_FAILURE_LIMIT
