"""Lines of a page: numbered as editors and ``grep -n`` count them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from tei_samples import tei_reading_text

from teiencode.model import Paragraph, Turn
from teiencode.read import decode_page, read_page
from teiencode.read.lines import split_lines
from teiencode.tei import encode, to_bytes
from teiencode.walk import inlines_text, normalize_space, reading_text


def test_lines_end_only_at_line_feeds_and_carriage_returns() -> None:
    page = "one\ftwo\x0bthree\nfour\x85five\u2028six\r\nseven\x1cend\rlast"
    lines = split_lines(page)
    assert [(line.no, line.text) for line in lines] == [
        (1, "one\ftwo\x0bthree"), (2, "four\x85five\u2028six"), (3, "seven\x1cend"), (4, "last")]
    assert all(page[line.start:line.end] == line.text for line in lines)


def test_a_page_ending_with_a_break_has_an_empty_last_line() -> None:
    assert [(line.no, line.text) for line in split_lines("a\r\n")] == [(1, "a"), (2, "")]
    assert [(line.no, line.text) for line in split_lines("")] == [(1, "")]


def test_a_form_feed_before_a_line_is_not_an_indent() -> None:
    _, second = split_lines("end of page one.\n\fStart of page two")
    assert (second.text, second.indent) == ("Start of page two", False)
    assert split_lines("   indented")[0].indent


PAGE = ("Memo\n\nSmith: We talked\fabout grain\x85and oil, page\x0c two.\n\n"
        "Jones: Fine\u2028thanks.\n\nSmith: Then [we left.\n")


def test_warnings_name_the_line_of_the_file() -> None:
    doc = read_page(PAGE, "p.txt")
    (warning,) = [w for w in doc.warnings if "bracket" in w.message]
    assert warning.line == 7 == PAGE.split("\n").index("Smith: Then [we left.") + 1


def test_separators_inside_a_line_do_not_split_its_paragraph() -> None:
    doc = read_page(PAGE)
    turns = [b for b in doc.blocks if isinstance(b, Turn)]
    assert [len(t.paragraphs) for t in turns] == [1, 1, 1]
    first = turns[0].paragraphs[0]
    assert isinstance(first, Paragraph)
    assert normalize_space(inlines_text(first.inlines)) == "We talked about grain and oil, page two."
    assert normalize_space(reading_text(doc)) == normalize_space(doc.body_text)


def test_separators_become_spaces_in_the_tei() -> None:
    doc = read_page(PAGE)
    root = etree.fromstring(to_bytes(encode(doc)))
    paragraphs = [normalize_space("".join(p.itertext())) for p in root.iter("{*}p")]
    assert "We talked about grain and oil, page two." in paragraphs
    assert "Fine thanks." in paragraphs
    assert normalize_space(tei_reading_text(root)) == normalize_space(reading_text(doc))


def test_a_control_character_is_reported_on_its_line_with_carriage_returns() -> None:
    _, warnings = decode_page(b"Title\r\rSmith: Yes.\x07\r")
    assert warnings[0].code == "TE-READ-5" and warnings[0].line == 3


SEPARATORS = "\n\r\f\x0b\x1c\x1d\x1e\x1f\x85\u2028\u2029 \t"
lines_with_separators = st.lists(st.sampled_from([
    "Smith:", "Jones: Yes", "We talked", "about grain", "[…]", "[sic]", "(p. 2)", "[", "December 4, 1979",
    *SEPARATORS]), max_size=30).map("".join)


@settings(max_examples=150, deadline=None)
@given(lines_with_separators)
def test_read_pages_with_separators_keep_their_text_in_the_tei(page: str) -> None:
    doc = read_page(page)
    root = etree.fromstring(to_bytes(encode(doc)))
    assert normalize_space(tei_reading_text(root)) == normalize_space(reading_text(doc))
    assert normalize_space(reading_text(doc)) == normalize_space(doc.body_text)
