"""The admin's own Content Security Policy, beside the public site's.

django-csp has one policy per site and can only exclude address prefixes from it, so this
subclass gives addresses under the admin their own. It is looser than the public one only
where Wagtail 7.4 needs it, as found by driving the admin in Chromium
(tests/browser/test_admin_csp.py): inline <script> elements (date and time pickers, inline
panels, workflow actions) and style attributes all over its templates. What it still
stops: scripts, styles, frames, fonts and connections from any other origin, plugins,
<base> and form posts elsewhere, and framing by other sites."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


class SiteAndAdminCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        is_admin = request.path_info.startswith(reverse("wagtailadmin_home"))
        if is_admin and not report_only and parts.config is None:
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts
