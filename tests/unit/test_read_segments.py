"""Page layouts: chrome, header values and where the body is."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shared_pages import shared_pages

from teiencode.model import Dateline, Document, Field, Heading, Note, Paragraph, Turn
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


# ------------------------------------------------- no line of the page vanishes

# Known web chrome and the labels of the fields the reader fills: the only lines
# that may leave no text behind.
CHROME_AND_LABELS = frozenset((
    "skip to content", "search in", "digital archive", "english html", "english translation",
    "document information", "original uploaded date", "record id", "type", "citation", "summary",
    "original language", "language", "contents", "source", "rights", "keywords", "subjects",
    "theme", "themes", "document type", "original archive", "original classification",
    "international history declassified", "digital archive international history declassified",
    "get citation", "share document", "citation share download", "view document in", "download",
    "share", "author(s)", "associated places", "associated people & organizations",
    "associated topics", "subjects discussed", "related documents"))
FUNDER_PHRASE = "this document was made possible with support from"


def unaccounted_lines(page: str, doc: Document) -> list[str]:
    """Lines of ``page`` that are in neither the body, a header value, nor the
    known chrome (the test's own list, not the reader's)."""
    meta = doc.metadata
    values = [getattr(meta, f.name) for f in dataclasses.fields(meta)]
    held = [normalize_space(doc.body_text), *(normalize_space(v) for v in values if isinstance(v, str)),
            *(normalize_space(v) for v in meta.unassigned)]
    lost = []
    for line in re.split(r"\r\n|\r|\n", page.lstrip("\ufeff")):
        text = normalize_space(line).lstrip("•- ").rstrip("-")
        label, _, value = text.partition(":")
        if not text or text.casefold().rstrip(":") in CHROME_AND_LABELS \
                or text.casefold().startswith(FUNDER_PHRASE):
            continue
        value = value.strip() if label.casefold() in CHROME_AND_LABELS else text
        if value.casefold() not in CHROME_AND_LABELS and not any(value.rstrip(".") in h for h in held):
            lost.append(text)
    return lost


FOOTER_PAGE = ("Memo\n\nSmith: We discussed grain.\n\nDocument Information\n\nRecord ID\n\n12345\n\n"
               "Jones: The ministry will confirm.\n\nSmith: Thank you.\n")


def test_footer_lines_under_no_field_are_kept_and_reported() -> None:
    doc = read_page(FOOTER_PAGE, "f.txt")
    assert doc.metadata.record_id == "12345"
    assert doc.metadata.unassigned == ("Jones: The ministry will confirm.", "Smith: Thank you.")
    assert "ministry" not in doc.body_text  # the reading text stays the body
    kept = [w for w in doc.warnings if w.code == "TE-REVIEW-FIELD"]
    assert [(w.severity, w.line) for w in kept] == [("review", 11), ("review", 13)]
    assert kept[0].message.startswith("footer line 11 kept in the header: not a known field")
    assert unaccounted_lines(FOOTER_PAGE, doc) == []


HEADER_PAGES = {
    "keywords after a known field": (
        ("A Title of the Record\n\nThe body paragraph.\n\nDocument Information\n\nArchive X, f. 1.\n\n"
         "Rights text.\n\nKeywords\n\nCold War\n\nGrain\n\nType\n\nReport\n\nReport, second copy\n"),
        ("Keywords", "Cold War", "Grain", "Report, second copy")),
    "labelled footer with keywords and a second source": (
        ("The body paragraph.\n\nSource: Archive X, f. 1.\nRights: Open.\nKeywords: Cold War\n"
         "Citation: Another citation.\nType: Report\n"),
        ("Keywords: Cold War", "Citation: Another citation.")),
    "old layout keywords and a second summary": (
        ("Search in\nDigital Archive\n\nCitation:\n\nTitle, March 1, 1970, Archive X.\n\nSummary:\n\n"
         "The summary.\n\nKeywords:\n\nCold War, Grain\n\nSummary: Another summary.\n\nContents:\n\n"
         "English Translation\n\nEnglish HTML\n\nThe body paragraph.\n"),
        ("Keywords:", "Cold War, Grain", "Summary: Another summary.")),
}


@pytest.mark.parametrize("name", sorted(HEADER_PAGES))
def test_lines_without_a_field_are_kept_in_page_order(name: str) -> None:
    page, kept = HEADER_PAGES[name]
    doc = read_page(page)
    assert doc.metadata.unassigned == kept
    assert doc.body_text == "The body paragraph."
    warned = [w.line for w in doc.warnings if w.code in ("TE-READ-6", "TE-REVIEW-FIELD")]
    lines = page.split("\n")
    assert [lines[n - 1].strip() for n in warned] == list(kept)
    assert unaccounted_lines(page, doc) == []


def test_the_upload_date_is_a_field() -> None:
    page = ("Title of the Record\n\nThe body paragraph.\n\nDocument Information\n\nArchive X.\n\n"
            "Rights.\n\nOriginal Uploaded Date\n\n2011-11-23\n\nReport\n\nRecord ID\n\n7\n")
    doc = read_page(page)
    assert (doc.metadata.uploaded, doc.metadata.doc_type, doc.metadata.record_id) == (
        "2011-11-23", "Report", "7")
    assert not doc.metadata.unassigned
    assert [(w.code, w.line) for w in doc.warnings] == [("TE-REVIEW-TITLE", 1), ("TE-REVIEW-DATE", 3)]


HEADER_PIECES = (
    "Skip to content", "Search in", "Digital Archive", "English HTML", "December 4, 1979",
    "A Title of the Record", "Citation:", "Summary:", "Summary: S.", "Keywords:", "Keywords: k",
    "Contents:", "Original Language: German", "Document Information", "Archive X, f. 1.",
    "Rights text.", "Original Uploaded Date", "2011-11-23", "Type", "Report", "Record ID", "12345",
    "Keywords", "Cold War", "Source: Archive, f. 1.", "Rights: Open.", "Type: Memo", "Record ID: 5",
    "Smith: We discussed grain.", "The body paragraph.", "[1] A footnote.", "\f", "\u2028",
    "This document was made possible with support from the X",
    "A report on a different document entirely, which the page shows first.",
)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["\n", "\n\n", "\r\n\r\n"]), st.lists(st.sampled_from(HEADER_PIECES), max_size=25))
def test_no_line_of_any_page_vanishes(separator: str, lines: list[str]) -> None:
    page = separator.join(lines)
    assert unaccounted_lines(page, read_page(page)) == []


@pytest.mark.parametrize("page", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.name)
def test_every_line_of_a_page_is_body_header_or_known_chrome(page: Path) -> None:
    doc = read_path(page)
    assert unaccounted_lines(page.read_text(encoding="utf-8-sig"), doc) == []


@pytest.mark.shared
@pytest.mark.parametrize("page", shared_pages() or [None], ids=lambda p: p.name if p else "absent")
def test_every_line_of_a_shared_page_is_body_header_or_known_chrome(page: Path | None) -> None:
    if page is None:
        pytest.skip("../shared is absent")
    doc = read_path(page)
    assert unaccounted_lines(page.read_bytes().decode("utf-8-sig"), doc) == []


def test_place_from_a_heading_that_ends_with_date_and_place() -> None:
    page = ("Search in\nDigital Archive\n\nCitation: Record of a Conversation between A. Gromyko and "
            "Kim Il, March 3, 1969, History and Public Policy Program Digital Archive, AVPRF, fond 0102; "
            "translated by Ivan Petrov.\n\nEnglish HTML\n\n"
            "Conversation of the Minister of Foreign Affairs with the Ambassador of the DPRK, 2 March 1969, Moscow\n\n"
            "GROMYKO: We have read the note of your government.\n\nKIM IL: Thank you.\n")
    assert read_page(page).metadata.place == "Moscow"


def test_a_long_document_title_before_the_text_is_a_heading_and_taking_part_a_field() -> None:
    title = ("Note on the conversation of Comrade Kurt Hager with the General Secretary of the Party of "
             "Labour of Albania and Chairman of the Council of Ministers, Comrade Ramiz Alia, "
             "on 12 June 1985 in the guest house of the Central Committee")
    page = (f"Skip to content\n\nJune 13, 1985\n\nNote on a Conversation with Ramiz Alia\n\n{title}\n\n"
            "Taking part: Comrade H. Kern; the interpreter Comrade P. Roth.\n\n"
            "Ramiz Alia: We are glad to receive you.\n\nKurt Hager: Thank you.\n")
    doc = read_page(page)
    assert len(title) > 160
    assert isinstance(doc.blocks[0], Heading) and inlines_text(doc.blocks[0].inlines) == title
    assert isinstance(doc.blocks[1], Field) and doc.blocks[1].label == "Taking part:"
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["ramiz-alia", "kurt-hager"]


def test_a_note_on_the_delegation_after_a_turn_is_narration() -> None:
    page = ("Skip to content\n\nMay 2, 1958\n\nRecord of Conversation between A. Ivanov and B. Petrov\n\n"
            "IVANOV: We will send the machines in June.\n\n"
            "The delegation left for the airport at noon.\n")
    doc = read_page(page)
    assert isinstance(doc.blocks[-1], Paragraph)
    assert inlines_text(doc.blocks[-1].inlines) == "The delegation left for the airport at noon."


@pytest.mark.parametrize("chrome", ["Skip to content\n\nMay 2, 1958\n\n", "Search in\nDigital Archive\n\n"])
def test_a_teaser_before_the_chrome_is_not_the_body(chrome: str) -> None:
    teaser = "The Hungarian embassy in Beijing reports on the harvest and the mood in the countryside."
    citation = ("Citation: Record of Conversation between A. Ivanov and Kim Il, May 2, 1958, History and "
                "Public Policy Program Digital Archive, AVPRF, fond 0102; translated by Ivan Petrov.\n\n")
    head = chrome + (citation if chrome.startswith("Search") else "Record of Conversation between A. Ivanov and Kim Il\n\n")
    page = f"{teaser}\n\n{head}Ivanov: We will send the machines.\n\nKim Il: Thank you.\n"
    doc = read_page(page)
    assert doc.metadata.teaser == teaser
    assert doc.metadata.title == "Record of Conversation between A. Ivanov and Kim Il"
    assert teaser not in reading_text(doc)
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["a-ivanov", "kim-il"]


def test_an_unpunctuated_label_may_name_a_person_of_the_opening_narration() -> None:
    page = ("Skip to content\n\nMarch 7, 1949\n\nRecord of Conversation between Kim Il Sung and T. F. Shtykov\n\n"
            "Today Kim Il Sung and Pak Hon-yong visited me before their departure.\n\n"
            "KIM IL SUNG We would like to raise the question of the army.\n\n"
            "Pak Hon-yong Our comrades in the south also ask for help.\n\n"
            "SHTYKOV I will report your requests.\n")
    doc = read_page(page)
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["kim-il-sung", "pak-hon-yong", "t-f-shtykov"]


def test_an_unpunctuated_label_may_name_a_person_of_a_heading() -> None:
    page = ("Skip to content\n\nMay 27, 1986\n\nMemorandum of Conversation\n\n"
            "Note on the conversation of Comrade Hermann Axen with the President of Nicaragua, "
            "Comrade Daniel Ortega, on 26 May 1986 in Berlin\n\n"
            "Daniel Ortega The situation of the revolution is serious.\n\n"
            "Hermann Axen The Central Committee follows your struggle.\n")
    doc = read_page(page)
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["daniel-ortega", "hermann-axen"]


@pytest.mark.parametrize("name", ["Marcelino dos Santos", "Luiz da Silva", "Walter von Brandt",
                                  "Omar bin Hussein", "Jan van der Berg"])
def test_an_unpunctuated_label_may_hold_lower_case_particles(name: str) -> None:
    page = ("Skip to content\n\nMarch 14, 1985\n\nRecord of Conversation\n\n"
            f"  Tomás Borge and {name} discuss the security of the border.\n\n"
            f"{name} In the name of our party I greet the comrades.\n\n"
            "BORGE: We thank you for the invitation.\n")
    doc = read_page(page)
    assert [inlines_text(b.label) for b in doc.blocks if isinstance(b, Turn)] == [name, "BORGE:"]


def test_a_title_under_a_heading_of_its_first_word_and_the_dateline_after_it() -> None:
    page = ("Skip to content\n\nMay 4, 1976\n\nStenogram of the Talks\n\nSTENOGRAM\n\n"
            "of the official talks between the President of the Socialist Republic of Romania, Comrade "
            "Nicolae Ceaușescu, and the Prime Minister of the Republic of Sri Lanka, Mrs Sirimavo "
            "Bandaranaike\n\nBucharest, 4 May 1976\n\n"
            "CEAUȘESCU: I would like to express our satisfaction with your visit.\n")
    doc = read_page(page)
    assert [type(b).__name__ for b in doc.blocks] == ["Heading", "Heading", "Dateline", "Turn"]
    assert doc.metadata.place == "Bucharest"


OLD_LAYOUT_CITATION = (
    "Search in\nDigital Archive International History Declassified\nMay 3, 1971\n"
    "This document was made possible with support from the Henry Luce Foundation\n"
    "  • Citation\n    get citation\n"
    "    The minister explains the grain deliveries and the new railway to the ambassador.\n"
    "    \"Record of a Conversation between Minister Ivanov and Ambassador Petrov,\" May 3, 1971, "
    "History and Public Policy Program Digital Archive, Archive X, f. 1, d. 2. Translated by Anna Smith.\n"
    "  • share document\nEnglish HTML\nMinistry Document\n"
    "IVANOV: The deliveries will arrive in June.\n\nPETROV: Thank you.\n")


def test_the_old_layout_citation_block_gives_title_date_summary_and_archive() -> None:
    doc = read_page(OLD_LAYOUT_CITATION)
    meta = doc.metadata
    assert meta.title == "Record of a Conversation between Minister Ivanov and Ambassador Petrov"
    assert (meta.date, meta.archive, meta.translators) == ("1971-05-03", "Archive X, f. 1, d. 2", ("Anna Smith",))
    assert meta.summary == "The minister explains the grain deliveries and the new railway to the ambassador."
    assert doc.body_text.startswith("Ministry Document\nIVANOV:")
    assert unaccounted_lines(OLD_LAYOUT_CITATION, doc) == []


def test_the_capitals_variant_takes_its_title_from_the_citation() -> None:
    page = ("TELEGRAM, IVANOV TO PETROV, 3 MAY 1971 (EXCERPT)\nCITATION SHARE DOWNLOAD-\nCitation\n"
            "get citation\n\"Telegram, Ivanov to Petrov, 3 May 1971 (excerpt),\" May 3, 1971, History and "
            "Public Policy Program Digital Archive, Archive X.\n- Download\nVIEW DOCUMENT IN\nEnglish HTML\n"
            "Telegram, Ivanov to Petrov, 3 May 1971 (excerpt)\n(1) The grain will arrive in June.\n")
    doc = read_page(page)
    assert (doc.metadata.title, doc.metadata.date) == ("Telegram, Ivanov to Petrov, 3 May 1971 (excerpt)", "1971-05-03")
    assert doc.body_text.startswith("Telegram, Ivanov to Petrov, 3 May 1971 (excerpt)\n(1)")
    assert unaccounted_lines(page, doc) == []


def test_a_date_repeated_under_the_summary_is_not_the_title() -> None:
    page = ("August 01, 1961\n    A meeting in Moscow between the two leaders on the plans for the border.\n"
            "    August 01, 1961\nNotes on the Conversation of Comrade A with Comrade B on 1 August 1961\n"
            "A: I have read your speech.\n")
    doc = read_page(page)
    assert doc.metadata.title == "Notes on the Conversation of Comrade A with Comrade B on 1 August 1961"
    assert doc.body_text.startswith("A: I have read")


def test_a_teaser_that_ends_in_a_quotation_is_a_teaser() -> None:
    page = ("Kim speaks about the peninsula as \"the most explosive place on the planet.\"\n"
            "December 23, 1988\nDiary of A. Stepanov on a meeting\n23 December '88\nI did not go.\n")
    doc = read_page(page)
    assert doc.metadata.title == "Diary of A. Stepanov on a meeting"
    assert doc.metadata.teaser.startswith("Kim speaks")


NEW_LAYOUT_SECTIONS = (
    "Skip to content\n\nMarch 7, 1960\n\nJournal of Ambassador A. Ivanov for 7 March 1960\n\n"
    "I visited the minister and read him the record of the conversation.\n\n"
    "The ambassador acquaints the minister with the record of a conversation on grain.\n\n"
    "Author(s):\n\nAssociated Places\n\nAssociated People & Organizations\n\nSubjects Discussed\n\n"
    "Document Information\n\nSource\n\nArchive X, f. 1. Translated by Anna Smith.\n\nOriginal Archive\n\n"
    "The History and Public Policy Program welcomes reuse of Digital Archive materials for research and "
    "educational purposes. Some documents may be subject to copyright.\n")


def test_the_sites_sections_close_the_body_and_a_rights_text_is_the_rights() -> None:
    doc = read_page(NEW_LAYOUT_SECTIONS)
    meta = doc.metadata
    assert doc.body_text == "I visited the minister and read him the record of the conversation."
    assert meta.summary == "The ambassador acquaints the minister with the record of a conversation on grain."
    assert (meta.archive, meta.translators) == ("Archive X, f. 1", ("Anna Smith",))
    assert meta.rights.startswith("The History and Public Policy Program welcomes reuse")
    assert unaccounted_lines(NEW_LAYOUT_SECTIONS, doc) == []


@pytest.mark.parametrize(("line", "title"), [
    ("Second Meeting: Record of a Conversation between A. Ivanov and B. Petrov",
     "Second Meeting: Record of a Conversation between A. Ivanov and B. Petrov"),
    ("Secret", None), ("Top Secret", None), ("Ivanov: We agree", None),
])
def test_a_title_may_have_a_heading_before_a_colon_but_is_no_classification_or_label(line: str, title: str | None) -> None:
    doc = read_page(f"Skip to content\n\nMay 2, 1975\n\n{line}\n\nThe minister received the ambassador.\n")
    assert doc.metadata.title == title
    if title is None:
        assert "TE-REVIEW-TITLE" in [w.code for w in doc.warnings]


def test_a_title_in_capitals_after_the_new_layouts_date_is_the_title_but_not_after_a_summary() -> None:
    title = "RECORD OF CONVERSATION BETWEEN A. IVANOV AND B. PETROV"
    new = read_page(f"Skip to content\n\nMay 2, 1975\n\n{title}\n\nIVANOV: We agree.\n\nPETROV: Fine.\n")
    assert new.metadata.title == title and new.body_text.startswith("IVANOV:")
    summary_first = read_page(f"May 2, 1975\n\n    The two ministers agree on the deliveries of grain for the "
                              f"coming year and on the railway.\n\n{title}\n\nIVANOV: We agree.\n")
    assert summary_first.metadata.title is None and summary_first.body_text.startswith(title)


def test_the_values_of_the_sites_lists_are_kept_as_information_not_warnings() -> None:
    page = NEW_LAYOUT_SECTIONS.replace("Associated Places\n\n", "Associated Places\n\nChina\n\nKorea\n\n")
    doc = read_page(page)
    assert doc.metadata.unassigned == ("China", "Korea")
    assert [(w.severity, w.code) for w in doc.warnings if w.code == "TE-READ-6"] == [("info", "TE-READ-6")] * 2
    assert unaccounted_lines(page, doc) == []


def test_the_sites_list_of_people_closes_the_body_though_a_name_ends_with_an_initial() -> None:
    page = NEW_LAYOUT_SECTIONS.replace(
        "Associated People & Organizations\n\n",
        "Associated People & Organizations\n\nCarter, Jimmy\n\nVance, Cyrus R.\n\nIvanov, A. A.\n\n")
    doc = read_page(page)
    assert doc.body_text == "I visited the minister and read him the record of the conversation."
    assert doc.metadata.unassigned == ("Carter, Jimmy", "Vance, Cyrus R.", "Ivanov, A. A.")
    assert not [w for w in doc.warnings if w.severity == "review"]
    assert unaccounted_lines(page, doc) == []


def test_a_sentence_ending_in_an_initial_still_ends_the_sites_lists() -> None:
    page = NEW_LAYOUT_SECTIONS.replace(
        "I visited the minister and read him the record of the conversation.",
        "I visited the minister and read him the record of the conversation.\n\n"
        "Associated Places\n\nThe record was signed by the ambassador A. Ivanov and by his counsellor B.")
    assert read_page(page).body_text.endswith("by his counsellor B.")


def test_a_known_label_without_a_field_is_no_doubt_but_a_second_value_is() -> None:
    page = ("The body paragraph.\n\nSource: Archive X, f. 1.\nRights: Open.\nKeywords: Cold War\n"
            "Citation: Another citation.\nType: Report\n")
    kept = {w.message.split(": ", 1)[1].split(" (")[0]: (w.severity, w.code)
            for w in read_page(page, "p.txt").warnings if w.code in ("TE-READ-6", "TE-REVIEW-FIELD")}
    assert kept == {"no header field for “Keywords”": ("info", "TE-READ-6"),
                    "a second “Citation” value": ("review", "TE-REVIEW-FIELD")}
