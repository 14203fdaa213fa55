"""Editions for the browser and HTML-checker tests, and the tools they need.

The editions are rendered once per session into a temporary folder: the
hand-written publish fixture always; the seed and every page of ``corpus/``
and ``../shared/corpus/`` once the encoding stages exist. A missing tool
(Chromium, Playwright, Java, the npm packages) skips the tests here, except
under CI, where it fails them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from teiencode.publish import SiteDocument, render_html, render_index

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
SAMPLE = ROOT / "tests" / "fixtures" / "publish" / "sample.xml"
SEED = SHARED / "corpus" / "seed" / "1979-12-04_batmunkh-heng-samrin.txt"
REGISTER = ROOT / "corpus" / "register.xml"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def unavailable(reason: str) -> None:
    """Skip for a missing tool or input; under CI the same condition fails."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (required in CI)")
    pytest.skip(reason)


def encode_page(path: Path) -> bytes:
    """The TEI of a page, through the encoding stages, with the corpus register."""
    try:
        from teiencode.entities import find_mentions, load_register
        from teiencode.read import read_path
        from teiencode.tei import encode, to_bytes
    except ImportError as exc:
        unavailable(f"the encoding stages are not importable yet: {exc}")
    register = load_register([REGISTER]) if REGISTER.is_file() else None
    return to_bytes(encode(find_mentions(read_path(path), register)))


def pages() -> list[Path]:
    """Every page of corpus/ and ../shared/corpus/."""
    found = sorted((ROOT / "corpus").glob("*.txt"))
    if SHARED.is_dir():
        found += sorted((SHARED / "corpus").rglob("*.txt"))
    return found


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with sample.html, the editions of the pages (when they can be
    encoded) and index.html."""
    out = tmp_path_factory.mktemp("site")
    documents: list[SiteDocument] = [SiteDocument(SAMPLE, "sample.html")]
    for page in pages():
        try:
            xml = encode_page(page)
        except pytest.skip.Exception:
            break
        (out / f"{page.stem}.xml").write_bytes(xml)
        documents.append(SiteDocument(out / f"{page.stem}.xml", f"{page.stem}.html"))
    for doc in documents:
        (out / doc.href).write_text(render_html(doc.source, params={"index-href": "index.html"}),
                                    encoding="utf-8")
    (out / "index.html").write_text(render_index(documents), encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def sample_edition(site: Path) -> Path:
    return site / "sample.html"


@pytest.fixture(scope="session")
def seed_edition(site: Path) -> Path:
    if not SEED.is_file():
        unavailable(f"the seed page is missing: {SEED}")
    path = site / f"{SEED.stem}.html"
    if not path.is_file():
        encode_page(SEED)  # skips (or fails in CI) with the reason
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the Python package playwright is not installed")
    executable = shutil.which("chromium")
    if executable is None:
        unavailable("Chromium is missing: run scripts/test, or apt-get install chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def vnu() -> list[str]:
    """The command that runs the Nu HTML Checker."""
    java = shutil.which("java")
    if not java:
        unavailable("java is missing (the Nu HTML Checker runs on it)")
    if not VNU.is_file():
        unavailable("vnu-jar is missing: run scripts/test, or npm ci in the repository root")
    return [java, "-jar", str(VNU)]


@pytest.fixture(scope="session")
def axe() -> Path:
    """axe-core's script, to inject into a page."""
    if not AXE.is_file():
        unavailable("axe-core is missing: run scripts/test, or npm ci in the repository root")
    return AXE
