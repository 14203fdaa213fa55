"""The round trip: for any document model, the text rendered from its TEI is its reading text.

Documents are generated (hypothesis) from every block and inline kind the
model has, encoded by the real TEI stage and rendered by the stylesheets; the
whitespace-normalised result must equal :func:`teiencode.walk.reading_text`.
Nothing may be lost or invented, whatever the text contains. The pages of
``corpus/`` and ``../shared/corpus/`` go through the same check, and their
HTML editions must show the same text.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree, html

from teiencode.entities import find_mentions, load_register
from teiencode.model import (
    Date,
    Dateline,
    Document,
    Entity,
    Field,
    Foreign,
    Gap,
    Heading,
    Mention,
    Metadata,
    Note,
    PageBreak,
    Paragraph,
    Participant,
    Supplied,
    Text,
    Turn,
)
from teiencode.publish import render_html, render_text
from teiencode.read import read_path
from teiencode.tei import encode
from teiencode.tei.integrity import text_differences
from teiencode.walk import normalize_space, reading_text

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
# Every set of pages: the bundled corpus, the held-out and unseen pages written for measuring,
# and the shared pages (synthetic, seed, real Wilson pages, FRUS memoranda) where ../shared is.
PAGES = (sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "heldout").glob("*.txt"))
         + sorted((ROOT / "bench" / "unseen").glob("*.txt")) + sorted((SHARED / "corpus").rglob("*.txt"))
         + sorted((SHARED / "gold" / "frus" / "text").glob("*.txt")))

ENTITIES = (Entity("hanoi", "place", "Hanoi"), Entity("tito", "person", "Tito", cert="medium"),
            Entity("un", "org", "United Nations", status="registered"))
PARTICIPANTS = (Participant("zhou", "Zhou Enlai"), Participant("north", "North", kind="group"))

words = st.text(alphabet="abcXYZ019 ,.;:!?&<>\"'’“”—–…-*#{}%$é中", min_size=1, max_size=12)
texts = words.map(Text)


def containers(children: st.SearchStrategy) -> st.SearchStrategy:
    kids = st.lists(children, min_size=1, max_size=3).map(tuple)
    return st.one_of(
        st.builds(Supplied, kids),
        st.builds(lambda children, kind, pair: Note(children, kind, *pair), kids,
                  st.sampled_from(["gloss", "translator", "remark", "stage", "sic"]),
                  st.sampled_from([("[", "]"), ("(", ")"), ("/", "/"), ("{", "}")])),
        st.builds(Mention, kids, st.sampled_from(["person", "place", "org"]),
                  st.sampled_from([e.id for e in ENTITIES])),
        st.builds(Date, kids, st.sampled_from(["1979-12-04", "1979-05", None])),
        st.builds(Foreign, kids, st.sampled_from(["zh", "ru", "fr"])),
    )


leaves = st.one_of(
    texts, texts,
    st.builds(Gap, st.sampled_from(["[…]", "[...]", "….", "[1 line not declassified]"])),
    st.builds(PageBreak, st.sampled_from(["(p. 2)", "[page break]"]), st.sampled_from(["2", None])),
)
inline = st.recursive(leaves, containers, max_leaves=6)
footnote = st.builds(lambda kids, n: Note(tuple(kids), "footnote", "", "", str(n), f"[{n}]"),
                     st.lists(texts, min_size=1, max_size=2), st.integers(1, 9))
inlines = st.lists(st.one_of(inline, inline, inline, footnote), min_size=1, max_size=6).map(tuple)
paragraph = st.builds(Paragraph, inlines)

blocks = st.one_of(
    paragraph, paragraph,
    st.builds(Turn, st.sampled_from([(Text("Zhou:"),), (Text("NORTH (KIM) :"),)]),
              st.sampled_from(["zhou", "north"]), st.lists(paragraph, min_size=1, max_size=3).map(tuple)),
    st.builds(Heading, inlines, st.sampled_from(["heading", "classification", "signature"])),
    st.builds(Dateline, inlines),
    st.builds(Field, st.sampled_from(["To:", "Subject:"]), inlines,
              st.lists(inlines, max_size=2).map(tuple)),
    st.builds(PageBreak, st.sampled_from(["-2-", "[Page 3]"])),
)
documents = st.builds(
    Document, st.just(Metadata(title="A generated document", date="1979-12-04")),
    st.lists(blocks, min_size=1, max_size=6).map(tuple),
    st.just(PARTICIPANTS), st.just(ENTITIES))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_text_from_the_tei_is_the_reading_text(doc: Document) -> None:
    tree = encode(doc)
    assert normalize_space(render_text(tree)) == normalize_space(reading_text(doc))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_every_edition_link_has_its_target(doc: Document) -> None:
    page = html.fromstring(render_html(encode(doc)))
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids))
    assert all(h[1:] in ids for h in page.xpath("//a/@href") if h.startswith("#"))


@pytest.mark.shared
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_every_corpus_page_comes_back_from_its_tei(page: Path) -> None:
    doc = find_mentions(read_path(page), load_register([ROOT / "corpus" / "register.xml"]))
    tree = encode(doc)
    text = normalize_space(render_text(tree))
    assert text == normalize_space(reading_text(doc))
    assert text == normalize_space(doc.body_text)  # the page's body as the reader sliced it
    assert text_differences(doc.body_text, tree) == []  # the TEI itself holds every word, unsplit


@pytest.mark.parametrize(("body_text", "tei", "differences"), [
    ("They said …Among them", 'They said <gap rend="…A"/>mong them',
     ["missing: 'Among'", "in excess: 'A', 'mong'"]),
    ("the Americans came", "the <placeName>America</placeName>ns came",
     ["missing: 'Americans'", "in excess: 'America', 'ns'"]),
    ("E[dward] and [1 line not declassified] go[1]\n[1] A note.",
     'E<supplied>dward</supplied> and <gap rend="[1 line not declassified]"/> '
     'go<note place="foot" n="1" rend="[1]">A note.</note>', []),
])
def test_the_word_check_sees_words_lost_or_split_by_markup(body_text: str, tei: str,
                                                           differences: list[str]) -> None:
    tree = etree.fromstring(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>{tei}</p></body></text></TEI>')
    assert text_differences(body_text, tree) == differences


def reading_text_of_edition(page: html.HtmlElement) -> str:
    """What the edition shows as the document's text: the text section, then
    the footnotes, without the apparatus (numbers, hidden explanations, buttons,
    the heading and its names-marking control)."""
    parts = []
    for section_id in ("text", "notes"):
        found = page.xpath(f"//section[@id='{section_id}']")
        if not found:
            continue
        section = html.fromstring(etree.tostring(found[0]))
        apparatus = ("//*[contains(@class, 'num') or @class='sr-only' or @class='text-head' "
                     "or self::h2 or @popover or self::button or @role='doc-backlink']")
        for el in section.xpath(apparatus):
            el.drop_tree()
        # A label that runs on into its speech ("Kadar—it …", class "run-on") is read without a
        # space: nothing between it and the speech's first words (the layout's whitespace aside).
        run_on = [el for label in section.xpath("//p[contains(@class, 'run-on')]")  # held: lxml keeps
                  for el in (label, *label.xpath("following-sibling::div[1]"),   # one proxy per node
                             *label.xpath("following-sibling::div[1]/p[1]"))]
        for el in run_on:
            if el.tag == "p" and "run-on" in el.get("class", ""):
                el.tail = ""
            else:
                el.text = (el.text or "").lstrip()
        for block in section.xpath("//p | //h3 | //div | //li"):
            if not any(block is el for el in run_on):
                block.text = " " + (block.text or "")
            if not block.get("class", "").endswith("run-on"):
                block.tail = " " + (block.tail or "")
        parts.append(section.text_content())
    return normalize_space(" ".join(parts))


@pytest.mark.shared
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_the_edition_shows_the_same_text(page: Path) -> None:
    tree = encode(find_mentions(read_path(page), load_register([ROOT / "corpus" / "register.xml"])))
    edition = html.fromstring(render_html(tree))
    assert reading_text_of_edition(edition) == normalize_space(render_text(tree))


def test_the_shared_pages_are_there() -> None:
    """The pages above include ../shared/corpus: required in CI, skipped without it elsewhere."""
    if not (SHARED / "corpus" / "seed").is_dir():
        if os.environ.get("CI"):
            pytest.fail("../shared/corpus is required in CI")
        pytest.skip("../shared/corpus is absent")
    assert len(PAGES) > 10
