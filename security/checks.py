from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def dev_bypass_only_in_development(app_configs, **kwargs):
    if settings.ADMIN_2FA_DEV_BYPASS and not settings.DEBUG:
        return [
            Error(
                "ADMIN_2FA_DEV_BYPASS is on without DEBUG.",
                hint="It lets a password alone into the admin and is for `make run` only: "
                "remove it from these settings.",
                id="security.E001",
            )
        ]
    return []
