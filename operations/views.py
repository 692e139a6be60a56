from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from operations.status import all_checks


def system_status(request):
    """Superusers only: the report names servers, folders and errors."""
    if not request.user.is_superuser:
        raise PermissionDenied
    checks = all_checks()
    return TemplateResponse(
        request,
        "operations/system_status.html",
        {
            "page_title": _("System status"),
            "header_icon": "cogs",
            "checks": checks,
            "all_healthy": all(check.healthy for check in checks),
        },
    )
