from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from security import sessions


@receiver(user_logged_in, dispatch_uid="security_start_session_clock")
def start_session_clock(sender, request, user, **kwargs):
    sessions.start(request.session, user)
