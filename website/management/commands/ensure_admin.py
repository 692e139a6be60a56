import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

CREDENTIALS_FILE = settings.BASE_DIR / ".admin-credentials"
TWO_FACTOR_NOTE = {
    True: "Two-factor sign-in is skipped locally (ADMIN_2FA_DEV_BYPASS); run with "
    "ADMIN_2FA_DEV_BYPASS=false to try it.\n",
    False: "Two-factor sign-in is on: after the password, scan the QR code with an "
    "authenticator app (or type its key) and keep the recovery codes.\n",
}

# One demo account per role, so the story workflow (consent check, consent officer,
# editor) can be tried as designed: a superuser skips it.
ROLE_ACCOUNTS = {
    "writer": "Writers",
    "editor": "Editors",
    "consent-officer": "Consent officers",
    "translator": "Translators",
}


class Command(BaseCommand):
    help = (
        "Development only: makes sure a superuser and one account for each role (Writer, "
        "Editor, Consent officer, Translator) exist and prints their sign-ins, all with the "
        "same password. ADMIN_USERNAME and ADMIN_PASSWORD override the defaults."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_admin is for development only; use createsuperuser.")
        username = os.environ.get("ADMIN_USERNAME", "admin")
        # The generated password is kept in a git-ignored file so that every `make run`
        # prints the same, working credentials.
        password = os.environ.get("ADMIN_PASSWORD")
        if not password and CREDENTIALS_FILE.exists():
            password = CREDENTIALS_FILE.read_text().strip()
        password = password or secrets.token_urlsafe(12)

        self.ensure_user(username, password, superuser=True)
        for role_username, group_name in ROLE_ACCOUNTS.items():
            user = self.ensure_user(role_username, password, superuser=False)
            user.groups.set([Group.objects.get(name=group_name)])
        CREDENTIALS_FILE.write_text(password + "\n")
        CREDENTIALS_FILE.chmod(0o600)

        roles = "".join(
            f"  {group_name}: username {role_username}\n"
            for role_username, group_name in ROLE_ACCOUNTS.items()
        )
        self.stdout.write(
            self.style.SUCCESS(
                "\nSign in to the admin at "
                f"{settings.WAGTAILADMIN_BASE_URL}/admin/\n"
                f"  username: {username}\n  password: {password}\n"
                f"One account for each role, with the same password:\n{roles}"
            )
        )
        self.stdout.write(TWO_FACTOR_NOTE[settings.ADMIN_2FA_DEV_BYPASS])

    def ensure_user(self, username, password, *, superuser):
        user, _created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        user.is_staff = user.is_active = True
        user.is_superuser = superuser
        if not user.check_password(password):
            user.set_password(password)
        user.save()
        return user
