"""Shared by the data migrations that give the comms team's groups their permissions. Each
function takes the migration's `apps`, so it works on the historical models."""

from django.contrib.auth.management import create_permissions


def ensure_permissions(apps):
    """Permissions are normally created after all migrations have run; the groups need
    them during the migrations, on a fresh database too."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None


def permission(apps, name):
    """The permission called "app_label.codename"."""
    app_label, codename = name.split(".")
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label=app_label, codename=codename
    )


def grant_permissions(apps, grants):
    """Gives each group of `grants` ({group name: ["app_label.codename", ...]}) those
    permissions."""
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for group_name, names in grants.items():
        Group.objects.get(name=group_name).permissions.add(
            *(permission(apps, name) for name in names)
        )


def revoke_permissions(apps, grants):
    Group = apps.get_model("auth", "Group")
    for group_name, names in grants.items():
        Group.objects.get(name=group_name).permissions.remove(
            *(permission(apps, name) for name in names)
        )
