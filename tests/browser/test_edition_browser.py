"""The edition in a real browser (headless Chromium): links, notes, accessibility, pixels."""

from __future__ import annotations

import json
import struct
import warnings
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

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


def serious_violations(tab: Any, axe: Path, paths: list[Path]) -> dict[str, list[tuple[str, str]]]:
    """The serious and critical axe violations of each page at a desktop and a phone width."""
    found = {}
    for path in paths:
        for width in (1280, 390):
            tab.set_viewport_size({"width": width, "height": 900})
            tab.goto(path.as_uri())
            violations = axe_violations(tab, axe)
            if violations:
                found[f"{path.name}@{width}"] = [(v["id"], v["nodes"][0]["target"]) for v in violations]
    return found


def test_the_site_s_pages_and_a_spread_of_editions_have_no_serious_accessibility_violation(
        tab: Any, site: Path, axe: Path) -> None:
    """The index, search and the editions of the site's top folder, and every
    eighth edition of the others (all of them: the slow test below)."""
    pages = sorted(site.rglob("*.html"))
    spread = [p for p in pages if p.parent == site] + [p for p in pages if p.parent != site][::8]
    assert len(spread) >= 4
    assert not serious_violations(tab, axe, spread)


@pytest.mark.slow
def test_every_page_has_no_serious_accessibility_violation(tab: Any, site: Path, axe: Path) -> None:
    assert not serious_violations(tab, axe, sorted(site.rglob("*.html")))


@pytest.mark.parametrize("width, height", [(1280, 800), (390, 844)])
def test_the_first_screen_holds_the_title_and_the_start_of_the_text(
        tab: Any, site: Path, width: int, height: int) -> None:
    for path in (site / "sample.html", *sorted(site.glob("*/*.html"))[:3]):
        tab.set_viewport_size({"width": width, "height": height})
        tab.goto(path.as_uri())
        title, text = tab.evaluate("""() => {
            const top = (el) => el.getBoundingClientRect().top;
            const first = document.querySelector('#text p:not(.pb), #text h3, #text .sp');
            return [document.querySelector('h1').getBoundingClientRect().bottom, top(first)]; }""")
        assert title < height and text < height - 60, (path.name, title, text)


def test_names_are_quiet_until_the_reader_marks_them(tab: Any, sample_edition: Path) -> None:
    tab.goto(sample_edition.as_uri())
    decoration = """sel => getComputedStyle(document.querySelector(sel)).textDecorationLine"""
    style = """sel => getComputedStyle(document.querySelector(sel)).textDecorationStyle"""
    assert tab.evaluate(decoration, "#text a.mention.person") == "none"
    tab.locator("label[for='mark-names']").click()  # a checkbox: no script needed
    assert tab.evaluate(decoration, "#text a.mention.person") == "underline"
    assert {tab.evaluate(style, f"#text .mention.{kind}") for kind in ("person", "place")} == {
        "solid", "dotted"}  # told apart by the line, not by colour alone


def test_the_index_groups_documents_by_year(tab: Any, site: Path) -> None:
    tab.goto((site / "index.html").as_uri())
    dates = tab.evaluate("Array.from(document.querySelectorAll('ol.documents > li'))"
                         ".map(li => li.dataset.date)")
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates[len(dated):] == [""] * (len(dates) - len(dated))
    year = dated[-1][:4]
    tab.locator(f"nav[aria-label='Years'] a[href='#year-{year}']").click()
    assert fragment(tab) == f"#year-{year}" and in_viewport(tab, f"year-{year}")


def test_previous_next_and_index_links_walk_the_corpus_in_date_order(tab: Any, site: Path) -> None:
    tab.goto((site / "index.html").as_uri())
    hrefs = tab.evaluate("Array.from(document.querySelectorAll('ol.documents a.doc-title'))"
                         ".map(a => a.href)")
    tab.goto(hrefs[0])
    assert tab.locator("a[rel='prev']").count() == 0
    for expected in hrefs[1:4]:
        tab.locator("a[rel='next']").click()
        assert tab.url == expected
    tab.locator("a[rel='prev']").click()
    assert tab.url == hrefs[2]
    tab.locator(".site-nav a", has_text="All documents").click()
    assert tab.url.endswith("/index.html")


def test_the_downloads_are_the_page_s_tei_and_text(browser: Any, served: str, site: Path,
                                                   seed_edition: Path) -> None:
    stem = seed_edition.stem
    page = browser.new_page()
    try:
        page.goto(served + stem + ".html")
        for kind, path in (("application/tei+xml", stem + ".xml"), ("text/plain", stem + ".txt")):
            with page.expect_download() as download:
                page.locator(f".actions a[type='{kind}']").click()
            assert Path(download.value.path()).read_bytes() == (site / path).read_bytes()
        assert (site / f"{stem}.xml").read_bytes().startswith(b"<?xml")
    finally:
        page.close()


def test_search_finds_a_phrase_of_the_seed_and_opens_its_paragraph(browser: Any, served: str,
                                                                   site: Path) -> None:
    phrase = "esteemed Chairman Batmunkh"
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(served + "search.html?q=" + quote(f'"{phrase}"'))
        first = page.locator("#results li a.result-title").first
        first.wait_for(timeout=15_000)
        assert "#" in first.get_attribute("href")
        first.click()
        page.wait_for_load_state()
        anchor = page.evaluate("location.hash")[1:]
        assert phrase in " ".join(page.locator(f"[id='{anchor}']").inner_text().split())
        assert in_viewport(page, anchor)
        # filters come from the index: years, document types and the register's people;
        # the index is in several bundles, merged: its years are all the corpus's
        assert len(list((site / "pagefind").iterdir())) > 2
        page.goto(served + "index.html")
        years = {y.lower() for y in page.locator("h3.year").all_inner_texts()}
        page.goto(served + "search.html")
        for name in ("year", "type", "person"):
            page.locator(f"#filter-{name} option").nth(1).wait_for(state="attached", timeout=15_000)
        options = page.locator("#filter-year option").evaluate_all("o => o.map(e => e.value)")
        assert {o.lower() for o in options if o} == years
        page.goto(served + "search.html?q=Batmunkh&year=1979")
        page.locator("#results li").first.wait_for(timeout=15_000)
        assert all("1979" in t for t in page.locator("#results li").all_inner_texts())
    finally:
        page.close()
    assert all(url.startswith(served) for url in requests), requests  # nothing leaves the site


def test_a_citation_round_trips_through_citation_libraries_with_its_url(
        tab: Any, seed_edition: Path, seed_source_url: str) -> None:
    citeproc = pytest.importorskip("citeproc")
    pybtex = pytest.importorskip("pybtex.database")
    bibtexparser = pytest.importorskip("bibtexparser")
    tab.goto(seed_edition.as_uri())
    url = tab.get_attribute("meta[name='citation_public_url']", "content")
    assert url == f"https://example.org/ed/{seed_edition.stem}.html"
    csl = json.loads(tab.locator("#cite pre.csl-json").text_content())
    bib = tab.locator("#cite pre.bibtex").text_content()
    item = csl[0]
    assert item["URL"] == url and item["source"] == seed_source_url and item["id"] == seed_edition.stem
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # citeproc-py warns of a variable it does not know
        source = citeproc.source.json.CiteProcJSON(csl)
    reference = source[item["id"]]
    assert set(reference) - {"key"} == {key.replace("-", "_") for key in item} - {"id"}
    style = citeproc.CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = citeproc.CitationStylesBibliography(style, source, citeproc.formatter.plain)
    bibliography.register(citeproc.Citation([citeproc.CitationItem(item["id"])]))
    rendered = str(bibliography.bibliography()[0])
    assert item["title"] in rendered and url in rendered
    entry = pybtex.parse_string(bib, "bibtex").entries[seed_edition.stem]
    written = {line.split("=")[0].strip() for line in bib.splitlines()[1:-1]}
    assert {key.lower() for key in entry.fields} | set(entry.persons) == written  # none lost
    assert entry.fields["url"] == url and entry.fields["date"] == "1979-12-04"
    assert entry.fields["title"].strip("{}") == item["title"]
    parsed = bibtexparser.parse_string(bib)
    assert not parsed.failed_blocks and parsed.entries[0].key == seed_edition.stem
    assert parsed.entries[0]["url"] == url
    assert tab.get_attribute("meta[name='DC.identifier']", "content") == url


def test_the_shared_pages_built_without_a_register_index_no_proposal(
        tab: Any, shared_site: Path) -> None:
    tab.goto((shared_site / "index.html").as_uri())
    assert tab.locator("#names .badge").count() == 0
    assert tab.locator("#names ul.entities li").count() == 0
    assert "register" in tab.locator("#names .index-note").inner_text()
    # each document still lists its proposals, apart and folded
    edition = min(shared_site.glob("*/*.html"))
    tab.goto(edition.as_uri())
    assert tab.locator("#index details.proposals").count() == 1
    assert tab.locator("#index > ul.entities li").count() == 0
