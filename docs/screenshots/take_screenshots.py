"""Screenshots for the README and docs, from a running demo site: `python docs/screenshots/take_screenshots.py
http://127.0.0.1:8000` (Debian's Chromium through Playwright). Writes <page>-<width>.png next to this file."""

import re
import sys
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"]
WIDTHS = (1280, 390)
HERE = Path(__file__).resolve().parent


def first_article(base_url, language):
    html = urllib.request.urlopen(f"{base_url}/{language}/news/", timeout=10).read().decode()  # noqa: S310
    return re.search(rf'href="(/{language}/news/[a-z0-9-]+/)"', html[html.find("<main") :]).group(1)


def main(base_url):
    shots = {
        "home": "/en/",
        "news": "/en/news/",
        "article": first_article(base_url, "en"),
        "home-ar": "/ar/",
        "news-ar": "/ar/news/",
        "article-ar": first_article(base_url, "ar"),
        "article-tr": first_article(base_url, "tr"),
    }
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        for width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 900})
            for name, path in shots.items():
                page.goto(base_url + path)
                page.screenshot(path=HERE / f"{name}-{width}.png", full_page=width < 1000)
                print(f"{name}-{width}.png  {path}")
            page.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
