"""Regenerate the screenshots of the seed's edition (desktop and phone width).

    python docs/screenshots/capture.py [PAGE.txt]

Builds the page (default: the seed in ../shared/corpus/seed/) with the corpus
register, as ``teiencode build`` does, and photographs the first screen of its
edition in headless Chromium (Debian's ``chromium``).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from teiencode.build import SiteOptions, build

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEED = ROOT / ".." / "shared" / "corpus" / "seed" / "1979-12-04_batmunkh-heng-samrin.txt"
REGISTER = ROOT / "corpus" / "register.xml"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = {"seed-desktop.png": (1280, 800), "seed-narrow.png": (390, 844)}


def main(page: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        build([page], tmp, registers=[REGISTER], jobs=1,
              site=SiteOptions(title="Example edition", search=False))
        edition = Path(tmp) / f"{page.stem}.html"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            for name, (width, height) in SHOTS.items():
                tab = browser.new_page(viewport={"width": width, "height": height})
                tab.goto(edition.as_uri())
                tab.screenshot(path=str(HERE / name))
                tab.close()
            browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SEED)
