"""Editions for the browser and HTML-checker tests, and the tools they need.

The site is built once per session into a temporary folder by ``teiencode
build``: the hand-written publish fixture, the seed and every page of
``corpus/`` and ``../shared/corpus/``; the shared pages also without a
register. A missing tool
(Chromium, Playwright, Java, the npm packages) skips the tests here, except
under CI, where it fails them.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
SAMPLE = ROOT / "tests" / "fixtures" / "publish" / "sample.xml"
SEED = SHARED / "corpus" / "seed" / "1979-12-04_batmunkh-heng-samrin.txt"
SEED_URL = "https://digitalarchive.wilsoncenter.org/document/111234"
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


def build_site(out: Path, sources: list[Path], registers: list[Path]) -> Path:
    """``teiencode build`` of ``sources`` into ``out``, with a site title and base URL, its
    search index in bundles of 16 pages (several, which the search page must merge)."""
    try:
        import teiencode.read  # noqa: F401  (the encoding stages)
        from teiencode.build import SiteOptions, build
    except ImportError as exc:
        unavailable(f"the encoding stages are not importable yet: {exc}")
    summary = build(sources, out, registers=registers, jobs=2, search_bundle_pages=16,
                    site=SiteOptions(title="Test edition", base_url="https://example.org/ed/",
                                     source_urls={SEED.stem: SEED_URL}))
    assert summary.failed == 0 and not summary.site_warnings, summary
    return out


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site ``teiencode build`` writes of the hand-written publish fixture
    (a TEI source), corpus/ and ../shared/corpus/, with the corpus register:
    editions, index.html, search.html and its index, teiencode.css."""
    sources = [SAMPLE, *sorted((ROOT / "corpus").glob("*.txt"))]
    if SHARED.is_dir():
        sources.append(SHARED / "corpus")
    return build_site(tmp_path_factory.mktemp("site"), sources,
                      [REGISTER] if REGISTER.is_file() else [])


@pytest.fixture(scope="session")
def shared_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of the pages of ../shared/corpus/ built without a register."""
    if not SHARED.is_dir():
        unavailable(f"the shared pages are missing: {SHARED}")
    return build_site(tmp_path_factory.mktemp("shared-site"), [SHARED / "corpus"], [])


@pytest.fixture(scope="session")
def served(site: Path) -> Iterator[str]:
    """The site served over HTTP on this machine (the search's script modules
    and index need http:, as on any web server), its base address."""
    handler = partial(SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def sample_edition(site: Path) -> Path:
    return site / "sample.html"


@pytest.fixture(scope="session")
def seed_edition(site: Path) -> Path:
    if not SEED.is_file():
        unavailable(f"the seed page is missing: {SEED}")
    return site / f"{SEED.stem}.html"


@pytest.fixture(scope="session")
def seed_source_url() -> str:
    """The source address the site's build gives the seed (its sidecar mapping)."""
    return SEED_URL


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
