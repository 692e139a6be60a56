"""Security settings, shared by every environment through base.py: who may sign in and
for how long (lockouts after wrong passwords, two-factor sign-in, staff session lengths),
and what browsers are told to refuse (content security policy and other headers).
Production adds its HTTPS settings to these (production.py)."""

import datetime
import os

from csp.constants import NONE, SELF, UNSAFE_INLINE

# Sign-in guessing: five wrong passwords for one account from one address lock that pair
# out for an hour (locking the account alone at five would let anyone lock an editor out).
# One account tried from many addresses is paused too, at a higher count (see
# security/axes_handler.py): a botnet gets twenty guesses an hour, not five per address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(hours=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "website/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "website.client_address.client_address"
AXES_HANDLER = "security.axes_handler.StaffSignInHandler"
AXES_USERNAME_FAILURE_LIMIT = int(os.environ.get("AXES_USERNAME_FAILURE_LIMIT", 20))
# How many proxies of ours stand in front of the app (see website/client_address.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))

# Two-factor sign-in (security/): Consent officers and superusers need a second factor,
# everyone who can reach the admin does when ADMIN_2FA_REQUIRED_FOR_ALL is true, and anyone
# who has set one up is always asked for it.
ADMIN_2FA_REQUIRED_FOR_ALL = os.environ.get("ADMIN_2FA_REQUIRED_FOR_ALL", "false") == "true"
ADMIN_2FA_REQUIRED_GROUPS = ["Consent officers"]
# Development only: dev.py turns it on so that `make run`'s demo accounts sign in with a
# password; it has no effect without DEBUG, and a system check refuses it there.
ADMIN_2FA_DEV_BYPASS = False
OTP_TOTP_ISSUER = "Shared Lives Plus"

# Staff sessions end after this long without a request, and this long after signing in
# whatever happens. Consent officers hold health information about adults at risk on
# screen, so their limits are shorter: half an hour idle, one working day in all.
STAFF_SESSION_IDLE_MINUTES = int(os.environ.get("STAFF_SESSION_IDLE_MINUTES", 120))
STAFF_SESSION_MAX_HOURS = int(os.environ.get("STAFF_SESSION_MAX_HOURS", 12))
CONSENT_OFFICER_SESSION_IDLE_MINUTES = int(
    os.environ.get("CONSENT_OFFICER_SESSION_IDLE_MINUTES", 30)
)
CONSENT_OFFICER_SESSION_MAX_HOURS = int(os.environ.get("CONSENT_OFFICER_SESSION_MAX_HOURS", 8))
SESSION_COOKIE_AGE = STAFF_SESSION_MAX_HOURS * 60 * 60

# The public site loads nothing from another origin.
PUBLIC_FRAME_SOURCES = [
    SELF,
    # Our own widget previews on /feeds/, and the video hosts the embed block allows.
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": PUBLIC_FRAME_SOURCES,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
# The Wagtail admin (security/csp.py says why each loosening is there): its templates carry
# inline scripts and style attributes; image uploads preview as blob: addresses; video
# thumbnails in the editor come from the two video hosts; previews show public pages.
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", "https://i.ytimg.com", "https://i.vimeocdn.com"],
}
# Nothing in the admin calls out to other sites: no Gravatar (it would send a hash of each
# editor's email address), no check for new Wagtail releases from editors' browsers.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# DENY for browsers that know only this header; the CSP frame-ancestors above (which
# browsers prefer when both are present) still lets our own pages frame our own pages, and
# Wagtail marks its preview SAMEORIGIN itself.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
