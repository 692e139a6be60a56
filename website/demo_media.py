"""Images for the demo content, drawn by code (nothing is downloaded): a soft gradient
with a few shapes, different for every title, saved as a real Wagtail image."""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images.models import Image

PALETTES = [
    ((11, 85, 99), (244, 234, 217)),
    ((156, 61, 18), (253, 248, 241)),
    ((7, 60, 70), (255, 191, 71)),
    ((74, 66, 56), (217, 204, 184)),
]


def draw_picture(title, width, height):
    digest = hashlib.sha256(title.encode()).digest()
    dark, light = PALETTES[digest[0] % len(PALETTES)]
    picture = PillowImage.new("RGB", (width, height), light)
    draw = ImageDraw.Draw(picture)
    for row in range(height):
        mix = row / height
        draw.line(
            [(0, row), (width, row)],
            fill=tuple(int(light[i] * (1 - mix) + dark[i] * mix) for i in range(3)),
        )
    for index in range(1, 6):
        x = digest[index] * width // 256
        y = digest[index + 6] * height // 256
        radius = 20 + digest[index + 12] % (min(width, height) // 4)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], outline=light, width=6)
    return picture


def demo_image(title, *, width=1200, height=675, collection=None):
    """Returns the demo image with this title, drawing and saving it the first time."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    draw_picture(title, width, height).save(buffer, format="PNG")
    slug = hashlib.sha256(title.encode()).hexdigest()[:12]
    image = Image(title=title, file=ImageFile(buffer, name=f"demo-{slug}.png"))
    if collection is not None:
        image.collection = collection
    image.save()
    return image
