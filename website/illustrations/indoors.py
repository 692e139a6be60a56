"""Scenes at home: two people at a kitchen table, hands around a cup of tea, and the
head-and-shoulders portraits used for authors. Drawn on a 1200 x 675 design (480 x 480
for portraits)."""

from website.illustrations import palette as p
from website.illustrations.people import arm, bust, people, seated


def mug(c, x, base, colour, size=1.0):
    w, h = 30 * size, 38 * size
    c.shadow(x - w * 0.9, base - 6 * size, x + w * 0.9, base + 6 * size, blur=4 * size)
    c.arc(x + w * 0.55, base - h * 0.8, x + w * 1.25, base - h * 0.25, 270, 90, colour, 7 * size)
    c.rect(x - w * 0.7, base - h, x + w * 0.7, base, colour, radius=8 * size)
    c.rect(x - w * 0.7, base - h * 0.62, x + w * 0.7, base - h * 0.45, p.WHITE)


def steam(c, x, top, size=1.0):
    for offset in (-10, 8):
        c.arc(
            x + offset * size - 12 * size,
            top - 60 * size,
            x + offset * size + 12 * size,
            top - 30 * size,
            100,
            260,
            p.WHITE,
            5 * size,
        )
        c.arc(
            x + offset * size - 12 * size,
            top - 32 * size,
            x + offset * size + 12 * size,
            top - 4 * size,
            280,
            80,
            p.WHITE,
            5 * size,
        )


def plant(c, x, base, size=1.0):
    c.rect(x - 22 * size, base - 40 * size, x + 22 * size, base, p.TERRACOTTA, radius=6 * size)
    for dx, dy, r in ((-18, -62, 20), (16, -70, 22), (0, -92, 24), (-4, -54, 18)):
        c.circle(x + dx * size, base + dy * size, r * size, p.SAGE_DEEP)
    c.circle(x + 10 * size, base - 84 * size, 12 * size, p.SAGE)


def window(c, x0, y0, x1, y1, sky):
    c.rect(x0 - 14, y0 - 14, x1 + 14, y1 + 20, p.WHITE, radius=6)
    c.gradient(x0, y0, x1, y1, p.TEAL_PALE, sky)
    c.circle(x0 + (x1 - x0) * 0.72, y0 + (y1 - y0) * 0.32, 34, p.YELLOW)
    for left, right, rise in ((0, 0.55, 0.3), (0.35, 1, 0.22)):
        c.chord(
            x0 + (x1 - x0) * left,
            y1 - (y1 - y0) * rise,
            x0 + (x1 - x0) * right,
            y1 + (y1 - y0) * rise,
            180,
            360,
            p.SAGE if left else p.SAGE_DEEP,
        )
    c.rect(x0, y1 - 4, x1, y1 + 6, p.WHITE)
    c.rect((x0 + x1) / 2 - 6, y0, (x0 + x1) / 2 + 6, y1, p.WHITE)
    c.rect(x0, (y0 + y1) / 2 - 6, x1, (y0 + y1) / 2 + 6, p.WHITE)
    c.rect(x0 - 24, y1 + 8, x1 + 24, y1 + 26, p.LINE, radius=4)


def kitchen(c, rng):
    wall = rng.choice([p.PAPER_DEEP, p.TEAL_PALE])
    c.rect(0, 0, 1200, 675, wall)
    c.rect(0, 530, 1200, 675, p.WOOD)
    for x in range(-40, 1240, 120):
        c.rect(x, 530, x + 4, 675, p.WOOD_DEEP)
    c.rect(0, 520, 1200, 536, p.WHITE)
    window(c, 420, 90, 780, 330, p.TEAL_LIGHT)
    plant(c, 470, 354, 0.8)
    c.rect(60, 150, 300, 166, p.WOOD_DEEP, radius=3)
    for index, x in enumerate(range(78, 290, 46)):
        colour = [p.ACCENT, p.TEAL, p.YELLOW, p.SAGE_DEEP, p.TERRACOTTA][index % 5]
        c.rect(x, 98 + index % 2 * 12, x + 34, 150, colour, radius=8)
    c.rect(900, 200, 1140, 216, p.WOOD_DEEP, radius=3)
    for x, colour in ((920, p.TEAL), (990, p.PEACH), (1060, p.ACCENT)):
        c.circle(x + 24, 176, 26, colour)
    c.line([(600, 0), (600, 60)], p.INK, 3)
    c.chord(548, 40, 652, 128, 180, 360, p.ACCENT)
    c.ellipse(560, 330, 640, 350, p.PAPER)
    left, right = people(rng, 2)
    for chair_x in (250, 950):
        c.rect(chair_x - 60, 300, chair_x - 44, 560, p.WOOD_DEEP, radius=6)
        c.rect(chair_x + 44, 300, chair_x + 60, 560, p.WOOD_DEEP, radius=6)
        c.rect(chair_x - 66, 290, chair_x + 66, 310, p.WOOD_DEEP, radius=8)
    left_shoulder, r = seated(c, left, 270, 470, 330, facing=1)
    right_shoulder, _ = seated(c, right, 930, 470, 330, facing=-1)
    c.shadow(330, 560, 870, 600, blur=16, strength=0.3)
    c.rect(330, 420, 870, 440, p.WOOD_DEEP, radius=6)
    c.rect(360, 440, 380, 590, p.WOOD_DEEP, radius=4)
    c.rect(820, 440, 840, 590, p.WOOD_DEEP, radius=4)
    c.rect(320, 404, 880, 424, p.WHITE, radius=8)
    c.ellipse(560, 376, 660, 410, p.TEAL)
    for dx, colour in ((-22, p.YELLOW), (8, p.ACCENT), (30, p.SAGE_DEEP)):
        c.circle(610 + dx, 382, 18, colour)
    mug(c, 450, 404, p.TEAL)
    mug(c, 760, 404, p.ACCENT)
    arm(c, left, left_shoulder, (420, 392), r, elbow_drop=0.2)
    arm(c, right, right_shoulder, (790, 392), r, elbow_drop=0.2)


def hand(c, skin, palm, facing, size=1.0):
    """A hand curled round something in front of it: palm, four fingers towards `facing`
    and a thumb on top."""
    x, y = palm
    c.ellipse(x - 44 * size, y - 52 * size, x + 44 * size, y + 52 * size, skin)
    for row in range(4):
        top = y - 40 * size + row * 22 * size
        c.rect(x, top, x + facing * 84 * size, top + 19 * size, skin, radius=9 * size)
    c.line([(x, y - 40 * size), (x + facing * 46 * size, y - 62 * size)], skin, 22 * size)


def tea(c, rng):
    c.gradient(0, 0, 1200, 320, rng.choice([p.TEAL_PALE, p.PAPER_DEEP]), p.PAPER)
    for x in range(60, 1200, 160):
        c.circle(x, 110, 9, p.TEAL_LIGHT)
        c.circle(x + 80, 200, 9, p.PEACH)
    c.rect(0, 300, 1200, 675, p.WOOD)
    c.rect(0, 300, 1200, 316, p.WOOD_DEEP)
    c.shadow(860, 330, 1080, 380, blur=10)
    c.ellipse(860, 318, 1080, 368, p.WHITE)
    for x in (900, 950, 1000):
        c.circle(x + 20, 336, 22, p.YELLOW)
        c.circle(x + 20, 336, 10, p.WOOD_DEEP)
    c.shadow(110, 260, 300, 330, blur=12)
    c.arc(70, 180, 180, 290, 90, 270, p.TEAL_DEEP, 18)
    c.ellipse(120, 150, 290, 320, p.TEAL)
    c.rect(180, 130, 230, 160, p.TEAL_DEEP, radius=10)
    c.line([(280, 220), (340, 190)], p.TEAL, 18)
    c.shadow(110, 620, 300, 660, blur=10)
    c.rect(80, 560, 320, 640, p.WHITE, radius=10)
    c.rect(80, 580, 320, 590, p.TEAL_LIGHT)
    mine, theirs = people(rng, 2)
    c.shadow(500, 560, 720, 610, blur=14, strength=0.3)
    c.rect(520, 330, 700, 580, p.ACCENT, radius=34)
    c.rect(520, 420, 700, 460, p.PAPER)
    c.ellipse(528, 316, 692, 356, p.TEAL_DEEP)
    steam(c, 610, 300, 1.6)
    c.line([(300, 760), (450, 560)], mine.top, 130)
    c.line([(920, 760), (770, 560)], mine.top, 130)
    hand(c, mine.skin, (480, 500), 1)
    hand(c, mine.skin, (740, 500), -1)
    c.line([(1260, 400), (1010, 420)], theirs.top, 110)
    c.ellipse(900, 380, 1010, 470, theirs.skin)
    for row in range(4):
        top = 382 + row * 22
        c.rect(830, top, 930, top + 19, theirs.skin, radius=9)
    c.line([(950, 388), (890, 360)], theirs.skin, 22)


def portrait(c, rng):
    background = rng.choice([p.TEAL_LIGHT, p.PEACH, p.TEAL_PALE, p.SAGE, p.PAPER_DEEP])
    c.rect(0, 0, 480, 480, background)
    c.circle(240, 250, 190, p.PAPER)
    c.circle(380, 90, 40, p.YELLOW)
    (person,) = people(rng, 1)
    bust(c, person, 240, 200, 62)
