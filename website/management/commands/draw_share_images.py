"""Draws the site's default share images (static/share/default-<language>.png), the
picture social media show for a page without one of its own. Run it again after the
wording, the palette or the typeface (static/fonts) changes, and commit the result."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.translation import gettext as _

from website.illustrations.covers import share_image
from website.share import default_image_path


class Command(BaseCommand):
    help = "Draws the default share image in each language into static/share/."

    def handle(self, *args, **options):
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                card = share_image(_("Ordinary homes, shared lives, and the right support."))
            target = settings.BASE_DIR / "static" / default_image_path(language)
            target.parent.mkdir(parents=True, exist_ok=True)
            card.save(target, format="PNG", optimize=True)
            self.stdout.write(f"Drew {target.relative_to(settings.BASE_DIR)}")
