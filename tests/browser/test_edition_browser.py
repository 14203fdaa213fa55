"""The edition in a real browser (headless Chromium): links, notes, accessibility, pixels."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def tab(browser: Any) -> Iterator[Any]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    # A self-contained edition asks for nothing: any request but the file itself fails the test.
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    yield page
    page.close()
    assert all(url.startswith("file://") for url in requests), requests


def fragment(page: Any) -> str:
    return page.evaluate("location.hash")


def in_viewport(page: Any, element_id: str) -> bool:
    return page.evaluate(
        """id => { const r = document.getElementById(id).getBoundingClientRect();
                   return r.bottom > 0 && r.top < window.innerHeight; }""", element_id)


EDITIONS = pytest.mark.parametrize(
    "edition", [pytest.param("seed_edition", marks=pytest.mark.shared), "sample_edition"])


@EDITIONS
def test_a_mention_leads_to_the_index_and_back(tab: Any, edition: str,
                                               request: pytest.FixtureRequest) -> None:
    tab.goto(request.getfixturevalue(edition).as_uri())
    mention = tab.locator("#text a.mention").first
    mention_id, target = mention.get_attribute("id"), mention.get_attribute("href")
    mention.click()
    assert fragment(tab) == target and in_viewport(tab, target[1:])
    back = tab.locator(f"{target} a.occurrence[href='#{mention_id}']")
    back.click()
    assert fragment(tab) == f"#{mention_id}" and in_viewport(tab, mention_id)


@EDITIONS
def test_a_note_opens_and_returns(tab: Any, edition: str, request: pytest.FixtureRequest) -> None:
    tab.goto(request.getfixturevalue(edition).as_uri())
    button = tab.locator("#text button.explain").first
    explanation = tab.locator("#" + button.get_attribute("popovertarget"))
    assert not explanation.is_visible()
    button.click()
    assert explanation.is_visible() and explanation.text_content().strip()
    tab.keyboard.press("Escape")
    assert not explanation.is_visible()
    refs = tab.locator("a[role='doc-noteref']")
    if refs.count() == 0:  # the seed has no footnotes
        return
    ref = refs.first
    ref.click()
    note_id = ref.get_attribute("href")[1:]
    assert in_viewport(tab, note_id)
    assert tab.evaluate("document.querySelector(':target').id") == note_id
    tab.locator(f"#{note_id} a[role='doc-backlink']").click()
    assert fragment(tab) == "#" + ref.get_attribute("id")


@EDITIONS
def test_omissions_explain_themselves(tab: Any, edition: str, request: pytest.FixtureRequest) -> None:
    tab.goto(request.getfixturevalue(edition).as_uri())
    gap = tab.locator("#text .gap").first
    assert gap.get_attribute("title")
    assert gap.locator(".sr-only").text_content().strip()


def png_pixels(png: bytes) -> tuple[int, list[bytes]]:
    """Width and unfiltered rows of an 8-bit RGB/RGBA, non-interlaced PNG (what Chromium writes)."""
    pos, idat, width, channels = 8, b"", 0, 4
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        data = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, _, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", data)
            assert depth == 8 and interlace == 0
            channels = {2: 3, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for start in range(0, len(raw), stride + 1):
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, rows


def inked_share(png: bytes) -> float:
    """The share of pixels that are not the page background (the top-left pixel's colour)."""
    width, rows = png_pixels(png)
    channels = len(rows[0]) // width
    background = rows[0][:channels]
    pixels = [row[i:i + channels] for row in rows[::4] for i in range(0, len(row), channels * 4)]
    return sum(p != background for p in pixels) / len(pixels)


@EDITIONS
@pytest.mark.parametrize("width", [1280, 390])
def test_the_edition_renders_text_on_screen(tab: Any, edition: str, width: int,
                                            request: pytest.FixtureRequest) -> None:
    tab.set_viewport_size({"width": width, "height": 900})
    tab.goto(request.getfixturevalue(edition).as_uri())
    png = tab.screenshot(full_page=False)
    assert inked_share(png) > 0.02  # text, rules and tints; a blank page has none
    assert tab.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scrolling


def axe_violations(page: Any, axe: Path) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(axe))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


def test_every_page_has_no_serious_accessibility_violation(tab: Any, site: Path, axe: Path) -> None:
    found = {}
    for path in sorted(site.glob("*.html")):
        for width in (1280, 390):
            tab.set_viewport_size({"width": width, "height": 900})
            tab.goto(path.as_uri())
            violations = axe_violations(tab, axe)
            if violations:
                found[f"{path.name}@{width}"] = [(v["id"], v["nodes"][0]["target"]) for v in violations]
    assert not found


def test_the_index_sorts_by_date_both_ways(tab: Any, site: Path) -> None:
    tab.goto((site / "index.html").as_uri())
    dates = "Array.from(document.querySelectorAll('#documents tbody tr')).map(r => r.dataset.date)"
    ascending = tab.evaluate(dates)
    dated = [d for d in ascending if d]
    assert dated == sorted(dated) and ascending[len(dated):] == [""] * (len(ascending) - len(dated))
    tab.locator("th[data-sort='date'] button").click()
    assert [d for d in tab.evaluate(dates) if d] == sorted(dated, reverse=True)
    assert tab.locator("th[data-sort='date']").get_attribute("aria-sort") == "descending"
