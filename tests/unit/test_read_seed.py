"""The founding memorandum read as issue 2 defines it."""

from __future__ import annotations

from pathlib import Path

import pytest

from teiencode.model import Dateline, Gap, Heading, Note, Paragraph, Supplied, Turn
from teiencode.read import read_path
from teiencode.walk import document_inlines, inlines_text, normalize_space, reading_text

SEED = Path(__file__).resolve().parents[2] / "corpus" / "1979-12-04_batmunkh-heng-samrin.txt"


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return read_path(SEED)


def test_header_values(doc) -> None:  # type: ignore[no-untyped-def]
    meta = doc.metadata
    assert meta.title == "Conversation between Jambyn Batmunkh and Heng Samrin"
    assert (meta.date, meta.place) == ("1979-12-04", "Phnom Penh")
    assert meta.archive == ("Mongol Ulsyn Zasgiin Gazryn Arkhiv: fond 1, tov’yog 28, kh/n 21 (1980 on), "
                            "khuu 10-22")
    assert meta.translators == ("Sergey Radchenko", "Onon Perenlei")
    assert meta.credits.startswith("Obtained and translated by Sergey Radchenko")
    assert meta.doc_type == "Memorandum of Conversation"
    assert meta.rights.endswith("at [email\u00a0protected].")
    assert meta.summary.startswith("In December 1979 Mongolian party")
    assert meta.record_id is None


def test_chrome_and_summary_are_not_body(doc) -> None:  # type: ignore[no-untyped-def]
    body = doc.body_text
    assert "Skip to content" not in body and "Document Information" not in body
    assert "In December 1979 Mongolian party" not in body
    assert body.startswith("OF THE MPR AND THE PRK")
    assert body.endswith("[…]")
    assert normalize_space(reading_text(doc)) == normalize_space(body)


def test_heading_with_gloss_and_dateline(doc) -> None:  # type: ignore[no-untyped-def]
    heading, dateline, narration = doc.blocks[:3]
    assert isinstance(heading, Heading)
    assert heading.inlines[1] == Note(heading.inlines[1].children, "gloss", span=heading.inlines[1].span)
    assert inlines_text(heading.inlines[1].children) == "People’s Republic of Kampuchea"
    assert isinstance(dateline, Dateline) and inlines_text(dateline.inlines) == "4 December 1979 Phnom Penh"
    assert isinstance(narration, Paragraph)


def test_seven_turns_in_order(doc) -> None:  # type: ignore[no-untyped-def]
    turns = [b for b in doc.blocks if isinstance(b, Turn)]
    assert [inlines_text(t.label) for t in turns] == [
        "Heng Samrin:", "S. Luvsangombo:", "J. Batmunkh:", "Heng Samrin:", "J. Batmunkh",
        "Heng Samrin:", "J. Batmunkh:"]
    assert [t.speaker for t in turns] == [
        "heng-samrin", "s-luvsangombo", "jambyn-batmunkh", "heng-samrin", "jambyn-batmunkh",
        "heng-samrin", "jambyn-batmunkh"]
    assert [len(t.paragraphs) for t in turns] == [11, 1, 1, 4, 1, 10, 2]
    assert inlines_text(turns[4].paragraphs[0].inlines).startswith("Could you make a clarification")
    assert {p.id for p in doc.participants} == {"heng-samrin", "s-luvsangombo", "jambyn-batmunkh"}


def test_final_narration_is_outside_any_turn(doc) -> None:  # type: ignore[no-untyped-def]
    last = doc.blocks[-1]
    assert isinstance(last, Paragraph)
    assert inlines_text(last.inlines).startswith("At this the conversation ended.")


def test_omissions_and_insertions(doc) -> None:  # type: ignore[no-untyped-def]
    nodes = list(document_inlines(doc))
    gaps = [n for n in nodes if isinstance(n, Gap)]
    assert len(gaps) == 14 and {g.mark for g in gaps} == {"[…]"}
    supplied = [inlines_text(n.children) for n in nodes if isinstance(n, Supplied)]
    assert supplied == ["called", "called"]
    remarks = [n for n in nodes if isinstance(n, Note) and n.kind == "remark"]
    assert [(inlines_text(n.children), n.open, n.close) for n in remarks] == [("he named 6 places", "(", ")")]


def test_offsets_point_into_the_page(doc) -> None:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    for node in document_inlines(doc):
        if isinstance(node, Gap):
            assert text[node.span.start:node.span.end] == node.mark
    for block in doc.blocks:
        assert block.span is not None and 1 <= block.span.line <= text.count("\n") + 1
