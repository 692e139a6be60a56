"""Illustrations for the demo content, drawn by code in one flat style and the brand's
colours until the comms team uploads photographs. Each scene is seeded by the title it
illustrates, so the demo looks the same on every run, and carries its description in
English and Welsh for the alt text."""

import random
from dataclasses import dataclass

from django.conf import settings
from PIL import ImageFont, ImageOps

from website.illustrations import indoors, outdoors
from website.illustrations import palette as p
from website.illustrations.canvas import Canvas

LANDSCAPE = (1200, 675)


@dataclass(frozen=True)
class Scene:
    draw: object
    english: str
    welsh: str
    design: tuple = LANDSCAPE

    def alt(self, language):
        return self.welsh if language == "cy" else self.english


SCENES = {
    "kitchen": Scene(
        indoors.kitchen,
        "Two people chatting over mugs of tea at a kitchen table, by a sunny window.",
        "Dau berson yn sgwrsio dros baned wrth fwrdd y gegin, ger ffenestr heulog.",
    ),
    "tea": Scene(
        indoors.tea,
        "Hands wrapped round a warm mug of tea, and a friend's hand reaching across the table.",
        "Dwylo am fŵg cynnes o de, a llaw ffrind yn estyn ar draws y bwrdd.",
    ),
    "garden": Scene(
        outdoors.garden,
        "A house with a garden: one person waves from the path while another waters the flowers.",
        "Tŷ a gardd: mae un person yn codi llaw o'r llwybr tra bo un arall yn dyfrio'r blodau.",
    ),
    "town": Scene(
        outdoors.town,
        "Two people waiting at a bus stop on a town street as the bus arrives.",
        "Dau berson yn aros mewn safle bws ar stryd yn y dref wrth i'r bws gyrraedd.",
    ),
    "park": Scene(
        outdoors.park,
        "Two friends sitting on a park bench by a pond, with a dog at their feet.",
        "Dau ffrind yn eistedd ar fainc yn y parc ger pwll, gyda chi wrth eu traed.",
    ),
    "hall": Scene(
        outdoors.hall,
        "Neighbours meeting outside a community hall decorated with bunting.",
        "Cymdogion yn cwrdd y tu allan i neuadd gymunedol wedi'i haddurno â baneri bach.",
    ),
    "portrait": Scene(
        indoors.portrait,
        "An illustrated portrait standing in for a photograph.",
        "Portread wedi'i ddarlunio yn lle ffotograff.",
        design=(480, 480),
    ),
}


def draw(scene, seed, width=None, height=None):
    """The scene as a Pillow image `width` x `height` (its design size by default): drawn
    large enough to cover that shape, then cropped from the middle."""
    chosen = SCENES[scene]
    design_width, design_height = chosen.design
    width = width or design_width
    height = height or round(width * design_height / design_width)
    scale = max(width / design_width, height / design_height)
    drawn = (round(design_width * scale), round(design_height * scale))
    canvas = Canvas(*drawn, p.PAPER, design_width)
    chosen.draw(canvas, random.Random(seed))
    picture = canvas.finished()
    if drawn != (width, height):
        picture = ImageOps.fit(picture, (width, height))
    return picture


def font(size, bold=True):
    """The site's own typeface when it is installed in static/fonts, otherwise Pillow's
    built-in one, so a checkout without the fonts still draws its pictures."""
    weight = 700 if bold else 400
    path = (
        settings.BASE_DIR
        / "static"
        / "fonts"
        / f"atkinson-hyperlegible-latin-{weight}-normal.woff2"
    )
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)
