"""Regenerate the screenshots of the seed's edition (desktop and phone width).

    python docs/screenshots/capture.py [PAGE.txt]

Encodes the page (default: the seed in ../shared/corpus/seed/) with the
corpus register, renders its HTML
edition and photographs it in headless Chromium (Debian's ``chromium``).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from teiencode.entities import find_mentions, load_register
from teiencode.publish import render_html
from teiencode.read import read_path
from teiencode.tei import encode

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEED = ROOT / ".." / "shared" / "corpus" / "seed" / "1979-12-04_batmunkh-heng-samrin.txt"
REGISTER = ROOT / "corpus" / "register.xml"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = {"seed-desktop.png": (1280, 1000), "seed-narrow.png": (390, 844)}


def main(page: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        edition = Path(tmp) / "edition.html"
        tei = encode(find_mentions(read_path(page), load_register([REGISTER])))
        edition.write_text(render_html(tei), encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            for name, (width, height) in SHOTS.items():
                tab = browser.new_page(viewport={"width": width, "height": height})
                tab.goto(edition.as_uri())
                tab.locator("#text").scroll_into_view_if_needed()
                tab.evaluate("window.scrollTo(0, document.getElementById('text').offsetTop - 16)")
                tab.screenshot(path=str(HERE / name))
                tab.close()
            browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SEED)
