"""Properties of the reader that must hold for any text at all."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teiencode.model import Document, Turn, document_from_json, document_to_json
from teiencode.read import read_page
from teiencode.read.lines import split_lines
from teiencode.walk import normalize_space, reading_text

# Pieces of archive pages, so that random pages exercise the rules, not only plain words.
PIECES = [
    "Skip to content", "December 4, 1979", "May 1972", "Document Information", "Record ID",
    "Original Uploaded Date", "Heng Samrin:", "J. Batmunkh", "LE DUAN We", "O. DORTICOS. We",
    "South (LEE):", "Pham:", "K:", "Han Ik-su :", "[…]", "[...]", "[….]", "....", "…", "...",
    "[called]", "F[oreign]", "PRK [People’s Republic of Kampuchea]", "[?]", "[sic]", "[1]",
    "[1] A footnote.", "(p. 2)", "[page break]", "(he named 6 places)", "/He nodded./",
    "[stamp: received]", "[handwritten: signature]", "[Translator’s note: x]", "[ellipse in original]",
    "Citation:", "Summary:", "Search in", "Digital Archive", "English HTML", "Source: Archive, f. 1.",
    "Rights: Open.", "To: Moscow", "PARTICIPANTS", "Top Secret", "老朋友", "ЗАПИСЬ БЕСЕДЫ",
    "At this the conversation ended.", "He said that", "80. Memorandum of Conversation",
    "Washington, December 19, 1969", "This document was made possible with support from the X",
    "Prime Minister Pham (hereafter, Pham):", "(to be abbreviated as Zhou)", "[", "]", "(", ")",
    ":", "\n", "\n\n", "\r\n", "\r", " ", "\u00a0", "\t", "\ufeff", "\u2028", "\u2029", "\x0b", "\x0c",
    "\x1c", "\x1f", "\x85",
]
pages = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=40).map("".join)


def _round_trip_holds(doc: Document) -> bool:
    return normalize_space(reading_text(doc)) == normalize_space(doc.body_text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
def test_reader_never_raises_and_never_loses_text(text: str) -> None:
    doc = read_page(text)
    assert _round_trip_holds(doc)
    assert not any(d.code == "TE-READ-9" for d in doc.warnings), doc.warnings


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_text(text: str) -> None:
    doc = read_page(text)
    assert _round_trip_holds(doc)
    assert not any(d.code == "TE-READ-9" for d in doc.warnings), doc.warnings


@settings(max_examples=100, deadline=None)
@given(pages)
def test_model_json_round_trips(text: str) -> None:
    doc = read_page(text, source="page.txt")
    assert document_from_json(document_to_json(doc)) == doc


@settings(max_examples=150, deadline=None)
@given(pages)
def test_turn_speakers_are_participants(text: str) -> None:
    doc = read_page(text)
    ids = [p.id for p in doc.participants]
    assert len(ids) == len(set(ids))
    for block in doc.blocks:
        if isinstance(block, Turn):
            assert block.speaker in ids
            assert block.paragraphs


@settings(max_examples=300, deadline=None)
@given(pages)
def test_lines_are_the_files_lines(text: str) -> None:
    """Line n is what ``grep -n`` shows as line n, stripped; its offsets index the page."""
    lines = split_lines(text)
    assert [(line.no, line.text) for line in lines] == [
        (no, raw.strip()) for no, raw in enumerate(re.split(r"\r\n|\r|\n", text), 1)]
    assert all(text[line.start:line.end] == line.text for line in lines)
