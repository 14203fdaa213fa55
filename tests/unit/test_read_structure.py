"""Structure around the turns, from the editor's audit of the real pages (issue 12): the
archive's summary set between the body and the footer, the last line of a page cut short, and
header fields filled from the wrong line. Short pages written for these tests."""

from __future__ import annotations

import pytest

from teiencode.model import Field, Heading, Paragraph, Turn
from teiencode.read import read_page
from teiencode.read.metadata import dateline_parts, split_citation, translators
from teiencode.publish import render_text
from teiencode.tei import encode
from teiencode.tei.integrity import text_differences
from teiencode.walk import inlines_text, normalize_space

RIGHTS = ("The History and Public Policy Program welcomes reuse of Digital Archive materials for research "
          "and educational purposes.")


def _page(body: str, *, summary: str = "", footer: str = "") -> str:
    """A new-layout page: date, title, body, then the summary and the footer as the site sets them."""
    return ("Skip to content\n\nMay 3, 1951\n\nTelegram, Ivanov to Petrov\n\n\n" + body
            + (f"\n\n\n\n{summary}\n\nDocument Information\n\n\nAVPRF, f. 1, op. 2, d. 3.\n\n\n{RIGHTS}"
               + footer if summary else ""))


def _texts(page: str) -> list[tuple[str, str]]:
    """(kind, text) of each body block; a turn's paragraphs as ("turn", text)."""
    out: list[tuple[str, str]] = []
    for block in read_page(page).blocks:
        if isinstance(block, Turn):
            out += [("turn", inlines_text(p.inlines)) for p in block.paragraphs]
        elif isinstance(block, Heading):
            out.append((block.kind, inlines_text(block.inlines)))
        elif isinstance(block, Paragraph):
            out.append(("p", inlines_text(block.inlines)))
    return out


def test_a_short_summary_set_apart_above_the_footer_is_the_summary() -> None:
    summary = "Ivanov reports that the delegation left for Moscow on time."
    doc = read_page(_page("To Cde. Petrov.\n\n\nThe delegation left today.", summary=summary))
    assert doc.metadata.summary == summary
    assert summary not in [t for _, t in _texts(_page("To Cde. Petrov.", summary=summary))]


def test_a_short_last_paragraph_close_to_the_body_is_no_summary() -> None:
    page = ("Skip to content\n\nMay 3, 1951\n\nTelegram, Ivanov to Petrov\n\n\nTo Cde. Petrov.\n\n\n"
            "The delegation left today for Moscow, on time.\n\n\nDocument Information\n\n\n"
            f"AVPRF, f. 1, op. 2, d. 3.\n\n\n{RIGHTS}")
    assert read_page(page).metadata.summary is None
    assert ("p", "The delegation left today for Moscow, on time.") in _texts(page)


def test_the_sites_remark_after_a_summary_keeps_it_a_summary() -> None:
    summary = "Ivanov reports that the delegation left for Moscow. (see also)"
    page = _page("To Cde. Petrov.\n\n\nThe delegation left today.", summary=summary).replace(
        "\n\n\n\n" + summary, "\n\n" + summary + "\n\n\nAssociated Places\n\nAssociated Topics\n")
    assert read_page(page).metadata.summary == summary


def test_a_cut_short_last_line_is_text_not_a_signature() -> None:
    for last in ("We ha", "Have you anything to say, comrade D", "We agree with it. If our c"):
        kinds = _texts(_page(f"To Cde. Petrov.\n\nThe delegation left today.\n\n{last}"))
        assert kinds[-1] == ("p", last), last


def test_signature_lines_stay_signatures() -> None:
    body = "To Cde. Petrov.\n\nThe delegation left today.\n\nAmbassador of the USSR\n\n1 - Cde. I. I. Sidorov\n\n5 - to file"
    assert [k for k, _ in _texts(_page(body))][-3:] == ["signature"] * 3


def test_translators_end_with_their_sentence() -> None:
    assert translators("Translated by Jan Novak. Published in “Crisis, 1968; a Conference, June 1, 1998,” "
                       "Prague; A Compendium.") == ("Jan Novak",)
    assert translators("Translated by A. B. Smith and Jane Doe.") == ("A. B. Smith", "Jane Doe")


def test_an_editors_remark_in_a_dateline_is_no_place() -> None:
    assert dateline_parts("[stamp] 26 June 1970") == ("1970-06-26", "26 June 1970", None)
    assert dateline_parts("[Moscow], 26 June 1970")[2] == "[Moscow]"  # a place the editor supplied


def test_a_record_id_without_a_number_is_doubted_not_stored() -> None:
    page = _page("To Cde. Petrov.\n\nThe delegation left today.", summary="Ivanov reports on the delegation.",
                 footer="\n\nRecord ID\n\n\n\nKellogg Foundation and Ford Foundation")
    doc = read_page(page)
    assert doc.metadata.record_id is None
    assert "Kellogg Foundation and Ford Foundation" in doc.metadata.unassigned
    assert any(w.code == "TE-REVIEW-FIELD" and "Record ID" in w.message for w in doc.warnings)


def test_a_line_that_goes_on_with_the_heading_is_heading() -> None:
    body = ("Note of the embassy.\n\nJOURNAL\n\nof the Ambassador in Sofia I. I. Sidorov for the period\n\n"
            "We met the minister.\n\nof which more below")
    kinds = _texts(_page(body))
    assert kinds[1:3] == [("heading", "JOURNAL"), ("heading", "of the Ambassador in Sofia I. I. Sidorov for the period")]
    assert kinds[-1][0] != "heading"  # after a paragraph, a line in lower case is no heading


def test_the_title_written_again_atop_the_body_is_a_heading() -> None:
    page = ("Skip to content\n\nMay 3, 1951\n\nTelegram, Ivanov to Petrov, 3 May 1951 (excerpt)\n\n\n"
            "TELEGRAM, IVANOV TO PETROV, 3 MAY 1951 (EXCERPT)\n\nTelegram, Ivanov to Petrov, 3 May 1951 (excerpt)\n\n"
            "The delegation left today.")
    kinds = [k for k, t in _texts(page) if t.startswith("Telegram")]
    assert kinds == ["heading"]


def test_an_editors_bracket_over_several_lines_is_one_note() -> None:
    body = ("[stamp of the ministry:\n\n[[SECRET]]\n\nIncoming 12-gs;\n\n10 May 1951]\n\nTo Cde. Petrov.\n\n"
            "The delegation left today.\n\n[handwritten:\n\"to the file\n\n[[illegible signature]]\"]")
    doc = read_page(_page(body))
    heading, *_, last = doc.blocks
    assert isinstance(heading, Heading) and [type(n).__name__ for n in heading.inlines] == ["Note"]
    stamp = heading.inlines[0]
    assert stamp.kind == "stamp" and any(getattr(n, "kind", "") == "editorial" for n in stamp.children)  # type: ignore[union-attr]
    assert isinstance(last, Paragraph) and last.inlines[0].kind == "handwritten"  # type: ignore[union-attr]
    assert not [w for w in doc.warnings if w.code == "TE-READ-3"]
    tree = encode(doc)
    assert normalize_space(render_text(tree)) == normalize_space(doc.body_text)
    assert text_differences(doc.body_text, tree) == []


def test_a_bracket_left_open_stays_text_and_is_warned() -> None:
    body = "[stamp of the ministry:\n\nTo Cde. Petrov.\n\nThe delegation left today."
    doc = read_page(_page(body))
    assert [w.line for w in doc.warnings if w.code == "TE-READ-3"] == [8]


def test_a_stamp_is_known_by_the_words_before_its_colon() -> None:
    doc = read_page(_page("To Cde. Petrov.\n\n[CPSU CC stamp: 27694, 19 May 1951]\n\nThe delegation left today."))
    notes = [n for b in doc.blocks for n in getattr(b, "inlines", ()) if type(n).__name__ == "Note"]
    assert [n.kind for n in notes] == ["stamp"]  # type: ignore[attr-defined]


def test_a_fields_value_ending_with_a_comma_goes_on_to_the_next_line() -> None:
    body = "To Cde. Petrov.\n\nThe delegation left today.\n\nCopies: Ivanov (2), Sidorov,\nKuznetsov, Popov"
    doc = read_page(_page(body))
    field = doc.blocks[-1]
    assert isinstance(field, Field) and inlines_text(field.inlines) == "Ivanov (2), Sidorov,\nKuznetsov, Popov"
    assert normalize_space(render_text(encode(doc))) == normalize_space(doc.body_text)


def test_a_document_obtained_by_someone_is_a_credit_not_the_archive() -> None:
    parts = split_citation("Archive X 12/345 o.e. Document obtained by Jan Novak. Translated by Eva Kral.")
    assert parts["archive"] == "Archive X 12/345 o.e"
    assert parts["credits"] == "Document obtained by Jan Novak. Translated by Eva Kral"
    assert parts["translators"] == ("Eva Kral",)


def test_only_a_list_under_a_label_of_people_lists_participants() -> None:
    body = ("Date and Time:\n\nNight of May 3, 1951\n\nReception room of the embassy\n\nParticipants:\n\n"
            "Ivan Petrov\n\nSemyon Sidorov\n\nIvan Petrov: Welcome.\n\nSemyon Sidorov: Thank you.")
    doc = read_page(_page(body))
    assert sorted(p.id for p in doc.participants) == ["ivan-petrov", "semyon-sidorov"]


def test_a_listed_participant_is_named_without_side_remark_or_compound_title() -> None:
    body = ("Participants: Korean side: Kim Chol [Kim Cheol] [sic], deputy head of the delegation\n\n"
            "Our side: Deputy Secretary-General Wang Bing; Deputy Director Li Hua et al.\n\n"
            "Wang Bing: Welcome.\n\nKim Chol: Thank you.")
    names = sorted(p.name for p in read_page(_page(body)).participants)
    assert names == ["Kim Chol", "Li Hua", "Wang Bing"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_editors_line_in_brackets_names_no_participant(gap: str) -> None:
    # FRUS: the omission note after the list (a blank line between) ends it; a redacted
    # participant inside the list, its items one or two lines apart, stays its item but names no one
    body = (f"PARTICIPANTS{gap}Prime Minister Kakuei Tanaka{gap}[name not declassified]{gap}"
            "Peter W. Rodman, NSC Staff\n\n[Omitted here is a discussion of unrelated topics.]\n\n"
            "Prime Minister Tanaka: Welcome.\n\nMr. Rodman: Thank you.")
    doc = read_page(_page(body))
    assert sorted(p.name for p in doc.participants) == ["Kakuei Tanaka", "Peter W. Rodman"]
    field = next(block for block in doc.blocks if isinstance(block, Field))
    assert [inlines_text(item) for item in field.items] == [
        "Prime Minister Kakuei Tanaka", "[name not declassified]", "Peter W. Rodman, NSC Staff"]
    assert "Omitted here" in inlines_text(doc.blocks[doc.blocks.index(field) + 1].inlines)


def test_an_editors_line_in_brackets_within_a_list_names_no_participant() -> None:
    body = ("PARTICIPANTS\nPrime Minister Kakuei Tanaka\nPeter W. Rodman, NSC Staff\n"
            "[Omitted here is a discussion of unrelated topics.]\n\n"
            "Prime Minister Tanaka: Welcome.\n\nMr. Rodman: Thank you.")
    assert sorted(p.name for p in read_page(_page(body)).participants) == [
        "Kakuei Tanaka", "Peter W. Rodman"]


def test_the_header_lines_of_a_cable_are_headings_before_its_text() -> None:
    body = ("Ciphered Telegram No. 1234\n\nExtremely urgent.\n\nFrom Sofia.\n\nTo Cde. Petrov.\n\n"
            "Sent by wire on 3.5.51 at 03:15.\n\nMoscow—Ministry of Foreign Affairs of the USSR.\n\n"
            "On the evening of the 2nd, I had the following talk with the minister:\n\n"
            "The delegation left today.")
    texts = _texts(_page(body))
    assert texts[0] == ("classification", "Ciphered Telegram No. 1234")  # "Ciphered" is a classification word
    assert texts[1:] == [("heading", "Extremely urgent."), ("heading", "From Sofia."),
        ("heading", "To Cde. Petrov."), ("heading", "Sent by wire on 3.5.51 at 03:15."),
        ("heading", "Moscow—Ministry of Foreign Affairs of the USSR."),
        ("p", "On the evening of the 2nd, I had the following talk with the minister:"),
        ("p", "The delegation left today.")]


def test_a_cables_kind_atop_makes_the_routing_lines_headings() -> None:
    page = ("Skip to content\n\nMay 3, 1951\n\nIvanov on the Delegation\n\n\n"
            "Foreign Telegram Received (51)\n\nTo the Ministry of Foreign Affairs:\n\nThe delegation left today.")
    assert _texts(page)[:2] == [("heading", "Foreign Telegram Received (51)"),
                                ("heading", "To the Ministry of Foreign Affairs:")]


def test_a_cables_text_that_opens_like_a_header_line_is_text() -> None:
    body = "Received your telegram No. 12 of 2 May.\n\nFrom the start of May the delegation waits."
    assert _texts(_page(body)) == [("p", "Received your telegram No. 12 of 2 May."),
                                   ("p", "From the start of May the delegation waits.")]


def test_a_sentence_the_page_broke_over_lines_is_one_paragraph() -> None:
    body = ("The delegation left today.\n\nThey want\nto weaken our ties; and in the name of independence,\n"
            "they want disunity.\n\nPerhaps the comrades could publish something.\nPerhaps Ivanov will write.")
    doc = read_page(_page(body))
    assert _texts(_page(body)) == [
        ("p", "The delegation left today."), ("p", "They want\nto weaken our ties; and in the name of independence,\n"
              "they want disunity."),
        ("p", "Perhaps the comrades could publish something."), ("p", "Perhaps Ivanov will write.")]
    assert normalize_space(render_text(encode(doc))) == normalize_space(doc.body_text)
