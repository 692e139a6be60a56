"""Images for the demo content, drawn by code (nothing is downloaded): flat illustrations
of homes, kitchens, gardens and people (`website.illustrations`), saved as real Wagtail
images with their description, so the demo looks like a charity's site rather than a
wireframe."""

import hashlib
import io

from django.core.files.images import ImageFile
from wagtail.images.models import Image

from website.illustrations import SCENES, draw
from website.illustrations.covers import report_cover

LANDSCAPES = sorted(name for name, scene in SCENES.items() if name != "portrait")


def any_scene(title):
    """A scene picked by the title, for demo images nobody chose a scene for."""
    return LANDSCAPES[hashlib.sha256(title.encode()).digest()[0] % len(LANDSCAPES)]


def scene_alt(scene, language):
    """What the scene shows, in `language` ("en" or "cy"), for the page's alt text."""
    return SCENES[scene].alt(language)


def save_image(title, picture, *, description="", collection=None):
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=False)
    slug = hashlib.sha256(title.encode()).hexdigest()[:12]
    image = Image(
        title=title, description=description, file=ImageFile(buffer, name=f"demo-{slug}.png")
    )
    if collection is not None:
        image.collection = collection
    image.save()
    return image


def demo_image(title, *, scene=None, width=1200, height=675, collection=None):
    """Returns the demo image with this title, drawing and saving it the first time."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    scene = scene or any_scene(title)
    return save_image(
        title,
        draw(scene, title, width, height),
        description=scene_alt(scene, "en"),
        collection=collection,
    )


def demo_cover(title, scene):
    """A report's front cover with its title on it (decorative on the page, which has the
    title beside it)."""
    name = f"Cover: {title}"
    return Image.objects.filter(title=name).first() or save_image(name, report_cover(title, scene))
