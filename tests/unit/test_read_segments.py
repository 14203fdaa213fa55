"""Page layouts: chrome, header values and where the body is."""

from __future__ import annotations

from pathlib import Path

from teiencode.model import Dateline, Field, Heading, Note, Paragraph, Turn
from teiencode.read import read_page, read_path
from teiencode.walk import document_inlines, inlines_text, normalize_space, reading_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "read"


def _doc(name: str):  # type: ignore[no-untyped-def]
    doc = read_path(FIXTURES / name)
    assert normalize_space(reading_text(doc)) == normalize_space(doc.body_text)
    return doc


def test_new_layout_header_and_footer() -> None:
    doc = _doc("new-layout-label-forms.txt")
    meta = doc.metadata
    assert meta.title == "Memorandum of Conversation between Mao Zedong and Nikita Khrushchev"
    assert (meta.date, meta.place, meta.funder) == ("1960-06-05", "Beijing", "MacArthur Foundation")
    assert meta.translators == ("Vladislav Zubok",) and meta.record_id == "111111"
    assert meta.repository == "Archive of the President of the Russian Federation (APRF)"
    assert meta.summary.startswith("Mao Zedong and Nikita Khrushchev discussed")
    assert "This document was made possible" not in doc.body_text
    assert "2011-11-23" not in doc.body_text and "Rights statement" not in doc.body_text
    assert isinstance(doc.blocks[0], Heading) and doc.blocks[0].kind == "classification"
    assert isinstance(doc.blocks[1], Dateline)


def test_footnote_attached_at_its_reference() -> None:
    doc = _doc("new-layout-label-forms.txt")
    notes = [n for n in document_inlines(doc) if isinstance(n, Note) and n.kind == "footnote"]
    assert [(n.n, n.mark, inlines_text(n.children)) for n in notes] == [
        ("1", "[1]", "Mao refers to the Moscow meeting of 1957.")]
    assert doc.body_text.endswith("[1] Mao refers to the Moscow meeting of 1957.")


def test_one_participant_per_person_across_label_forms() -> None:
    doc = _doc("new-layout-label-forms.txt")
    turns = [b for b in doc.blocks if isinstance(b, Turn)]
    by_label = {inlines_text(t.label): t.speaker for t in turns}
    assert by_label["Chairman Mao:"] == by_label["Mao:"] == "mao-zedong"
    assert by_label["Comrade Khrushchev:"] == by_label["Cde. Khrushchev:"] == by_label["KHRUSHCHEV."]
    assert by_label["Han Ik-su :"] == "han-ik-su"
    narration = [inlines_text(b.inlines) for b in doc.blocks if isinstance(b, Paragraph)]
    assert "He said that the Soviet experts were doing good work." in narration
    assert narration[-1] == "The conversation ended at 6 p.m."


def test_old_layout_fields() -> None:
    doc = _doc("old-layout.txt")
    meta = doc.metadata
    assert meta.title == "Record of a Conversation between Kim Il Sung and Erich Honecker"
    assert (meta.date, meta.archive, meta.translators) == ("1984-05-30", "SAPMO-BArch, DY 30/2460", ("Grace Leonard",))
    assert (meta.summary, meta.original_language) == ("Kim Il Sung and Honecker discuss Korea.", "German")
    assert doc.body_text.startswith("KIM IL SUNG: Welcome")
    speakers = [b.speaker for b in doc.blocks if isinstance(b, Turn)]
    assert speakers == ["kim-il-sung", "erich-honecker", "kim-il-sung"]


def test_telegram_stays_prose() -> None:
    doc = _doc("compact-telegram.txt")
    assert not any(isinstance(b, Turn) for b in doc.blocks)
    assert [b.label for b in doc.blocks if isinstance(b, Field)] == ["To:", "From:", "Subject:"]
    assert doc.metadata.place == "Kabul" and doc.metadata.doc_type == "Telegram"
    assert isinstance(doc.blocks[-1], Heading) and doc.blocks[-1].kind == "signature"


def test_frus_telephone_transcript() -> None:
    doc = _doc("frus-telephone.txt")
    assert doc.metadata.title.startswith("Transcript of Telephone Conversation")
    assert (doc.metadata.date, doc.metadata.place) == ("1970-01-02", "Washington")
    assert isinstance(doc.blocks[0], Heading) and doc.blocks[0].kind == "title"
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["kissinger", "rogers", "kissinger", "rogers"]


def test_labelled_footer_and_teaser() -> None:
    page = ("A report on a different document entirely, which the page shows first.\n\n"
            "March 1, 1970\n\nTitle of the Record\n\nThe body paragraph.\n\n"
            "Source: Archive X, f. 1. Translated by A. B.\nRights: Open.\nType: Report\n"
            "Language: Polish\nRecord ID: 42\n")
    doc = read_page(page)
    meta = doc.metadata
    assert meta.teaser.startswith("A report on a different document")
    assert (meta.archive, meta.rights, meta.doc_type, meta.original_language, meta.record_id) == (
        "Archive X, f. 1", "Open.", "Report", "Polish", "42")
    assert doc.body_text == "The body paragraph."


def test_label_alone_on_its_line_and_summary_first() -> None:
    page = ("October 17, 1978\n\n   A summary line that tells what the whole document is about in brief.\n\n"
            "Hussein: Said that he must be frank.\n\nPham:\n\nSaid that Vietnam did not support it.\n\n"
            "He added that Vietnam was ready.\n\nThe meeting ended at noon.\n")
    doc = read_page(page)
    assert doc.metadata.summary.startswith("A summary line")
    turns = [b for b in doc.blocks if isinstance(b, Turn)]
    assert [inlines_text(t.label) for t in turns] == ["Hussein:", "Pham:"]
    assert len(turns[1].paragraphs) == 2
    assert isinstance(doc.blocks[-1], Paragraph)


def test_title_without_a_date_line_on_an_archive_page() -> None:
    page = ("Report on the Visit of a Delegation to Hanoi\n\nEmbassy of Hungary, Hanoi\n\n"
            "The delegation arrived.\n\nSource: Archive X, f. 1.\nRights: Open.\nType: Report\n")
    doc = read_page(page)
    assert doc.metadata.title == "Report on the Visit of a Delegation to Hanoi"
    assert doc.metadata.place == "Hanoi" and doc.metadata.date is None
    assert doc.body_text.startswith("Embassy of Hungary, Hanoi")


def test_a_page_of_header_values_only_keeps_them_as_its_body() -> None:
    for page in ("1979", "Source: Archive X\nRights: public domain\n"):
        doc = read_page(page)
        assert doc.blocks, page
        assert normalize_space(reading_text(doc)) == normalize_space(page)
