import importlib
import importlib.util
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction


def demo_modules():
    """Each of our apps may provide a `demo.py` with a `load(log)` function; they run in
    INSTALLED_APPS order, so `website` (the home pages) comes first."""
    for app_config in apps.get_app_configs():
        if not Path(app_config.path).is_relative_to(settings.BASE_DIR):
            continue
        module_name = f"{app_config.name}.demo"
        if importlib.util.find_spec(module_name) is not None:
            yield importlib.import_module(module_name)


class Command(BaseCommand):
    help = (
        "Loads the demo content of every app. Safe to run again: each app skips what it has "
        "already created."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            for module in demo_modules():
                module.load(log=self.stdout.write)
