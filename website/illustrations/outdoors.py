"""Scenes outside: a house with a garden, a bus stop in town, a park bench and a community
hall, on the same 1200 x 675 design as the scenes indoors."""

from website.illustrations import palette as p
from website.illustrations.people import people, seated, shade, standing


def sky(c, rng, horizon):
    c.gradient(0, 0, 1200, horizon, p.TEAL_PALE, p.PAPER)
    c.circle(rng.randint(880, 1080), rng.randint(80, 130), 46, p.YELLOW)
    for x, y in ((rng.randint(120, 320), 90), (rng.randint(560, 760), 150)):
        for dx, dy, r in ((0, 0, 34), (38, -16, 42), (80, 0, 30)):
            c.circle(x + dx, y + dy, r, p.WHITE)
        c.rect(x - 20, y, x + 100, y + 30, p.WHITE, radius=15)


def hills(c, horizon):
    c.chord(-300, horizon - 140, 700, horizon + 140, 180, 360, p.SAGE)
    c.chord(400, horizon - 100, 1500, horizon + 100, 180, 360, p.TEAL_LIGHT)


def tree(c, x, ground, size=1.0, colour=p.SAGE_DEEP):
    c.shadow(x - 70 * size, ground - 10 * size, x + 70 * size, ground + 12 * size, blur=8 * size)
    c.rect(x - 12 * size, ground - 140 * size, x + 12 * size, ground, p.WOOD_DEEP, radius=6)
    for dx, dy, r in ((-40, -170, 54), (36, -180, 58), (0, -230, 64), (-10, -150, 50)):
        c.circle(x + dx * size, ground + dy * size, r * size, colour)
    c.circle(x + 22 * size, ground - 232 * size, 26 * size, shade(colour, 1.18))


def flowers(c, rng, x0, x1, y):
    for x in range(int(x0), int(x1), 26):
        c.line([(x, y), (x, y - 30)], p.SAGE_DARK, 4)
        c.circle(x, y - 34, 10, rng.choice([p.YELLOW, p.ACCENT, p.PEACH, p.WHITE]))


def garden(c, rng):
    sky(c, rng, 440)
    hills(c, 440)
    c.rect(0, 440, 1200, 675, p.SAGE)
    walls = rng.choice([p.PAPER_DEEP, p.PEACH, p.WHITE])
    roof = rng.choice([p.TEAL_DEEP, p.ACCENT])
    c.shadow(380, 450, 900, 480, blur=14, shape="rect")
    c.rect(760, 110, 800, 200, shade(walls, 0.8))
    c.rect(400, 230, 880, 460, walls)
    c.polygon([(370, 240), (640, 100), (910, 240)], roof)
    c.rect(590, 330, 670, 460, p.TEAL if roof == p.ACCENT else p.ACCENT, radius=4)
    c.circle(655, 400, 5, p.YELLOW)
    for x, y in ((440, 280), (720, 280), (440, 370), (720, 370)):
        c.rect(x - 6, y - 6, x + 126, y + 66, p.WHITE, radius=4)
        c.rect(x, y, x + 120, y + 60, p.TEAL_LIGHT, radius=2)
        c.rect(x + 57, y, x + 63, y + 60, p.WHITE)
    c.polygon([(600, 460), (660, 460), (760, 675), (520, 675)], p.PAPER_DEEP)
    for x in range(0, 1200, 36):
        if 480 < x < 800:
            continue
        c.rect(x, 480, x + 22, 560, p.WHITE, radius=8)
    c.rect(0, 500, 500, 512, p.WHITE)
    c.rect(780, 500, 1200, 512, p.WHITE)
    flowers(c, rng, 30, 470, 590)
    tree(c, 180, 520, 1.1)
    tree(c, 1060, 500, 0.9, p.SAGE_DARK)
    gardener, visitor = people(rng, 2)
    standing(c, gardener, 900, 640, 230, facing=-1, hands=("down", "hold"))
    c.rect(852, 520, 892, 560, p.TEAL, radius=8)
    c.line([(856, 532), (826, 512)], p.TEAL, 8)
    standing(c, visitor, 560, 560, 200, facing=1, hands=("wave", "down"))


def building(c, x0, x1, top, ground, colour):
    c.rect(x0, top, x1, ground, colour)
    for y in range(int(top) + 24, int(ground) - 40, 50):
        for x in range(int(x0) + 18, int(x1) - 30, 44):
            c.rect(x, y, x + 24, y + 30, p.PAPER, radius=3)


def bus(c, x, ground):
    c.shadow(x, ground - 12, x + 420, ground + 14, blur=10, shape="rect")
    c.rect(x, ground - 190, x + 420, ground - 20, p.TEAL, radius=26)
    c.rect(x, ground - 80, x + 420, ground - 60, p.YELLOW)
    for wx in range(int(x) + 24, int(x) + 390, 78):
        c.rect(wx, ground - 170, wx + 62, ground - 110, p.TEAL_PALE, radius=8)
    c.rect(x + 330, ground - 110, x + 390, ground - 24, p.TEAL_DEEP, radius=6)
    for wx in (x + 80, x + 320):
        c.circle(wx, ground - 20, 30, p.INK)
        c.circle(wx, ground - 20, 12, p.STONE)


def town(c, rng):
    sky(c, rng, 420)
    for x0, x1, top, colour in (
        (-20, 160, 200, p.TEAL_LIGHT),
        (170, 330, 140, p.TEAL_MID),
        (340, 520, 230, p.PEACH),
        (760, 900, 170, p.TEAL_MID),
        (910, 1060, 240, p.TERRACOTTA),
        (1070, 1220, 190, p.TEAL_LIGHT),
    ):
        building(c, x0, x1, top, 440, colour)
    c.rect(530, 290, 750, 440, p.PAPER_DEEP)
    c.polygon([(520, 300), (640, 210), (760, 300)], p.ACCENT)
    c.rect(0, 430, 1200, 470, p.STONE)
    c.rect(0, 470, 1200, 580, p.ROAD)
    for x in range(20, 1200, 140):
        c.rect(x, 520, x + 70, 528, p.WHITE, radius=4)
    c.rect(0, 580, 1200, 675, p.PAPER_DEEP)
    c.rect(0, 580, 1200, 592, p.STONE)
    bus(c, rng.randint(60, 180), 560)
    c.shadow(700, 640, 1010, 670, blur=10, shape="rect")
    c.rect(700, 420, 1000, 438, p.TEAL_DEEP, radius=6)
    c.rect(712, 438, 724, 660, p.TEAL_DEEP)
    c.rect(976, 438, 988, 660, p.TEAL_DEEP)
    c.rect(724, 450, 976, 600, p.TEAL_PALE)
    c.rect(760, 600, 940, 616, p.WOOD_DEEP, radius=4)
    c.rect(1080, 440, 1090, 665, p.INK)
    c.circle(1085, 430, 32, p.ACCENT)
    c.circle(1085, 430, 18, p.WHITE)
    waiting, friend = people(rng, 2)
    standing(c, waiting, 820, 665, 240, facing=-1, hands=("down", "hold"))
    c.rect(850, 560, 900, 610, p.YELLOW, radius=8)
    standing(c, friend, 900, 668, 220, facing=-1)


def dog(c, x, ground, colour):
    c.shadow(x - 60, ground - 8, x + 60, ground + 8, blur=6)
    c.rect(x - 50, ground - 70, x + 40, ground - 30, colour, radius=20)
    for lx in (x - 40, x - 20, x + 16, x + 30):
        c.rect(lx, ground - 40, lx + 12, ground, colour, radius=5)
    c.circle(x + 50, ground - 80, 24, colour)
    c.ellipse(x + 58, ground - 84, x + 90, ground - 66, colour)
    c.ellipse(x + 30, ground - 100, x + 48, ground - 60, shade(colour, 0.7))
    c.line([(x - 48, ground - 62), (x - 80, ground - 96)], colour, 10)


def park(c, rng):
    sky(c, rng, 400)
    hills(c, 400)
    for x, size in ((90, 1.0), (330, 0.8), (1000, 1.1), (1150, 0.8)):
        tree(c, x, 420, size, rng.choice([p.SAGE_DEEP, p.SAGE_DARK]))
    c.rect(0, 400, 1200, 675, p.SAGE)
    c.ellipse(700, 430, 1160, 520, p.TEAL_LIGHT)
    c.ellipse(760, 450, 1100, 500, p.TEAL_PALE)
    c.polygon([(0, 640), (1200, 560), (1200, 620), (0, 700)], p.PAPER_DEEP)
    c.shadow(380, 590, 820, 620, blur=12)
    c.rect(400, 520, 420, 600, p.INK)
    c.rect(780, 520, 800, 600, p.INK)
    for y in (370, 410, 450):
        c.rect(390, y, 810, y + 26, p.WOOD, radius=6)
    friends = people(rng, 2)
    for person, x in zip(friends, (520, 680), strict=True):
        seated(c, person, x, 510, 330, facing=1 if x < 600 else -1)
    c.rect(380, 496, 820, 524, p.WOOD_DEEP, radius=6)
    dog(c, 930, 640, rng.choice([p.WOOD_DEEP, p.STONE, (60, 50, 44)]))
    c.rect(180, 330, 192, 650, p.TEAL_DEEP)
    c.ellipse(160, 300, 212, 340, p.YELLOW)
    for x, y in ((560, 110), (620, 140), (430, 160)):
        c.line([(x - 16, y - 8), (x, y), (x + 16, y - 8)], p.TEAL_DEEP, 4)


def hall(c, rng):
    sky(c, rng, 470)
    c.rect(0, 470, 1200, 675, p.PAPER_DEEP)
    tree(c, 110, 480, 1.2)
    tree(c, 1100, 480, 1.0, p.SAGE_DARK)
    c.shadow(280, 460, 920, 500, blur=16, shape="rect")
    c.rect(300, 220, 900, 480, p.PEACH)
    c.polygon([(260, 230), (600, 80), (940, 230)], p.TEAL_DEEP)
    c.circle(600, 170, 34, p.PAPER)
    c.rect(520, 330, 680, 480, p.TEAL, radius=6)
    c.rect(597, 330, 603, 480, p.TEAL_DEEP)
    c.rect(360, 270, 470, 360, p.WHITE, radius=4)
    c.rect(730, 270, 840, 360, p.WHITE, radius=4)
    for x0 in (366, 736):
        c.rect(x0, 276, x0 + 98, 354, p.TEAL_LIGHT, radius=2)
    c.rect(360, 390, 470, 450, p.WOOD, radius=4)
    for x, y, colour in ((372, 400, p.YELLOW), (410, 404, p.WHITE), (432, 420, p.TEAL_LIGHT)):
        c.rect(x, y, x + 26, y + 30, colour)
    flags = [p.ACCENT, p.YELLOW, p.TEAL_MID, p.WHITE, p.SAGE_DEEP]
    c.line([(300, 240), (600, 290), (900, 240)], p.INK, 3)
    for index in range(12):
        t = index / 11
        x = 310 + t * 580
        y = 240 + 50 * (1 - abs(2 * t - 1)) + 2
        c.polygon([(x - 16, y), (x + 16, y), (x, y + 34)], flags[index % len(flags)])
    visitors = people(rng, 4)
    for person, x, height, facing, hands in zip(
        visitors,
        (230, 470, 760, 960),
        (230, 250, 240, 220),
        (1, 1, -1, -1),
        (("down", "down"), ("down", "hold"), ("wave", "down"), ("down", "down")),
        strict=True,
    ):
        standing(c, person, x, 600 + height * 0.2, height, facing=facing, hands=hands)
