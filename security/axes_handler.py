"""django-axes with a second, higher limit on one account however many addresses the
guesses come from.

axes counts every lockout parameter against the same AXES_FAILURE_LIMIT: with only
username-and-address, a botnet gets five guesses per address; adding username alone at
five would let anyone lock any editor out with five wrong passwords. So the pair keeps
its limit of five, and the account alone is paused at AXES_USERNAME_FAILURE_LIMIT failures
within the cool-off time, which a person mistyping never reaches."""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone


class StaffSignInHandler(AxesDatabaseHandler):
    def is_locked(self, request, credentials=None):
        return super().is_locked(request, credentials) or self.account_is_paused(
            request, credentials
        )

    def account_is_paused(self, request, credentials):
        username = get_client_username(request, credentials)
        if not username:
            return False
        since = timezone.now() - get_cool_off(request)
        failures = AccessAttempt.objects.filter(
            username=username, attempt_time__gte=since
        ).aggregate(total=Sum("failures_since_start"))["total"]
        return (failures or 0) >= settings.AXES_USERNAME_FAILURE_LIMIT
