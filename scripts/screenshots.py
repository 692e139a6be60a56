"""Screenshots of every page type at 390 and 1366 pixels wide, in English and Welsh, into
docs/screenshots/<page>-<lang>-<width>.png (`make screenshots` serves the demo site and
runs this against it; run it by hand against any running site with the address as its
argument).

Detail pages (a post, a story...) are found by following the first card on their section's
index page in that language, so the pictures follow whatever the demo content holds.
Each full-page screenshot is reduced to a 256-colour palette, which keeps flat web pages
sharp at a fraction of the size."""

import io
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
WIDTHS = (390, 1366)
LANGUAGES = {"en": "", "cy": "/cy"}
# (name, address under the language prefix, or (index address, selector of its first item))
PAGES = [
    ("home", "/"),
    ("blog-index", "/blog/"),
    ("post", ("/blog/", ".post-card__title a")),
    ("story-index", "/stories/"),
    ("story", ("/stories/", ".card__title a")),
    ("campaign-index", "/campaigns/"),
    ("campaign", ("/campaigns/", ".card__title a")),
    ("report-index", "/reports/"),
    ("report", ("/reports/", ".report-card__title a")),
    ("schemes", "/schemes/?q=Cardiff"),
    ("search", "/search/?q=Shared+Lives"),
    ("standard", ("/", ".site-footer__legal-links a")),
    ("404", "/no-such-page/"),
]
EAGER_IMAGES = """async () => {
    const images = [...document.querySelectorAll("img")];
    images.forEach((image) => { image.loading = "eager"; });
    await Promise.all(images.map((image) => image.decode().catch(() => null)));
    await document.fonts.ready;
}"""
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def address(page, base, prefix, target):
    if isinstance(target, str):
        return base + prefix + target
    index, selector = target
    page.goto(base + prefix + index)
    return base + page.locator(selector).first.get_attribute("href")


def save(png_bytes, path):
    image = Image.open(io.BytesIO(png_bytes)).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def main(base):
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 900})
            for language, prefix in LANGUAGES.items():
                for name, target in PAGES:
                    page.goto(address(page, base, prefix, target))
                    # A full-page screenshot shows what a reader scrolling down would see,
                    # so pictures below the fold are loaded first.
                    page.evaluate(EAGER_IMAGES)
                    page.wait_for_load_state("networkidle")
                    path = OUT / f"{name}-{language}-{width}.png"
                    save(page.screenshot(full_page=True), path)
                    print(path.relative_to(OUT.parent.parent), flush=True)
            page.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000")
