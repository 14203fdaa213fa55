"""Linking to a register (issue 15): persons who share a surname, alias entries, and
names written in another romanisation or without their diacritics."""

from __future__ import annotations

from pathlib import Path

import pytest

from teiencode.entities import find_mentions, load_register, recognise
from teiencode.entities.register import Register
from teiencode.model import Document, Metadata, Paragraph, SourceSpan, Text


def persons_list(tmp_path: Path, *items: str) -> Register:
    """A register in the FRUS layout: each item ``'id|Name, Given|description'``."""
    rows = []
    for item in items:
        entity_id, name, description = item.split("|")
        rows.append(f'<item><hi rend="strong"><persName xml:id="{entity_id}">{name}</persName>,'
                    f"</hi> {description}</item>")
    path = tmp_path / "persons.xml"
    path.write_text('<div xmlns="http://www.tei-c.org/ns/1.0"><list type="names">'
                    + "".join(rows) + "</list></div>", encoding="utf-8")
    return load_register([path])


def links(text: str, register: Register,
          year: int | None = None) -> list[tuple[str, str | None]]:
    return [(s.text, s.ref) for s in recognise(text, register, year=year) if s.kind == "person"]


# --------------------------------------------------------------------- one surname, two persons

TWO_MOREAUS = ("p_MC|Moreau, Claude|Minister of Finance of France",
               "p_MP|Moreau, Paul|Ambassador to Chile from 1965 until 1971")


def test_the_title_before_a_shared_surname_picks_the_person_it_describes(tmp_path: Path) -> None:
    register = persons_list(tmp_path, *TWO_MOREAUS)
    text = "Minister Moreau received Ambassador Moreau on Tuesday."
    assert links(text, register) == [("Moreau", "p_MC"), ("Moreau", "p_MP")]


def test_a_full_form_elsewhere_in_the_document_settles_the_short_ones(tmp_path: Path) -> None:
    register = persons_list(tmp_path, *TWO_MOREAUS)
    text = "Paul Moreau arrived from Santiago.\n\nLater Moreau said the copper talks had stalled."
    assert links(text, register) == [("Paul Moreau", "p_MP"), ("Moreau", "p_MP")]


def test_the_document_date_rules_out_a_person_not_in_office(tmp_path: Path) -> None:
    register = persons_list(tmp_path, "p_KA|Keller, Arthur|Ambassador to Peru until 1958",
                            "p_KR|Keller, Ruth|Ambassador to Peru from 1972")
    assert links("Ambassador Keller called on the Foreign Minister.", register, year=1975) == [
        ("Keller", "p_KR")]


def test_an_entry_described_by_the_name_is_not_the_person_of_that_name(tmp_path: Path) -> None:
    register = persons_list(tmp_path, "p_LAM|Larsen, Anders, Madame|wife of Anders Larsen",
                            "p_LA|Larsen, Anders|Prime Minister of Denmark")
    assert links("Then Anders Larsen spoke.", register) == [("Anders Larsen", "p_LA")]


def test_a_surname_alone_may_name_a_relative_described_by_the_full_name(tmp_path: Path) -> None:
    register = persons_list(tmp_path, "p_CW|Chen Wei|Premier of the province",
                            "p_CL|Chen Li|Governor of the province; son of Chen Wei")
    assert links("Governor Chen spoke first.", register) == [("Chen", "p_CL")]


def test_a_shared_surname_without_evidence_stays_unlinked_and_doubtful(tmp_path: Path) -> None:
    register = persons_list(tmp_path, *TWO_MOREAUS)
    [span] = [s for s in recognise("Moreau said nothing more.", register) if s.kind == "person"]
    assert (span.text, span.ref, span.cert) == ("Moreau", None, "low")


def test_an_unsettled_link_is_a_review_with_the_line_of_the_mention(tmp_path: Path) -> None:
    register = persons_list(tmp_path, *TWO_MOREAUS)
    doc = Document(metadata=Metadata(date="1968-05-02"), source="memo.txt", blocks=(
        Paragraph((Text("The talks went on."),), span=SourceSpan(0, 18, 3)),
        Paragraph((Text("At noon\nMoreau left."),), span=SourceSpan(20, 40, 5)),
    ))
    reviews = [w for w in find_mentions(doc, register).warnings if w.code == "TE-REVIEW-LINK"]
    assert [(w.severity, w.file, w.line) for w in reviews] == [("review", "memo.txt", 6)]
    assert "p_MC" in reviews[0].message and "p_MP" in reviews[0].message


# --------------------------------------------------------------------------- alias entries


def test_an_entry_that_points_to_another_links_to_that_person(tmp_path: Path) -> None:
    register = persons_list(tmp_path, "p_DJM|Dubois, Jean-Marc|Governor of the Central Bank",
                            "p_MARCO|Marco|see Dubois, Jean-Marc")
    assert links("General Marco spoke after Jean-Marc Dubois.", register) == [
        ("Marco", "p_DJM"), ("Jean-Marc Dubois", "p_DJM")]


def test_an_alias_written_with_a_link_to_its_target(tmp_path: Path) -> None:
    path = tmp_path / "persons.xml"
    path.write_text('<div xmlns="http://www.tei-c.org/ns/1.0"><list>'
                    '<item><persName xml:id="p_OA1">Osei, Akwasi</persName>, Minister of Trade'
                    '</item><item><persName xml:id="p_KO2">Kwaku Osei</persName>, see '
                    '<persName corresp="#p_OA1">Osei, Akwasi</persName></item></list></div>',
                    encoding="utf-8")
    assert links("Kwaku Osei signed for Ghana.", load_register([path])) == [("Kwaku Osei", "p_OA1")]


# --------------------------------------------------------------------------- spellings


@pytest.mark.parametrize(("registered", "written"), [
    ("Chung Il Kwon", "Chong Il-kwon"),  # McCune-Reischauer without its breves
    ("Chung Il Kwon", "Jeong Il-gwon"),  # Revised Romanization
    ("Lee Hu Rak", "Yi Hu-rak"),
    ("Choi Du Son", "Ch'oe Tu-son"),
    ("Kim Il Sung", "Kim Il-song"),
])
def test_korean_romanisations_of_one_name_link(tmp_path: Path, registered: str,
                                               written: str) -> None:
    register = persons_list(tmp_path, f"p_X|{registered}|Minister of Defense")
    assert links(f"Then {written} rose to speak.", register) == [(written, "p_X")]


def test_a_surname_in_another_romanisation_after_a_title_links(tmp_path: Path) -> None:
    register = persons_list(tmp_path, "p_PTJ|Park Tong Jin|Foreign Minister of South Korea")
    assert links("Foreign Minister Pak assured the Ambassador.", register) == [("Pak", "p_PTJ")]


@pytest.mark.parametrize(("registered", "text", "written"), [
    ("Günaydın, Şükrü", "Sukru Gunaydin arrived late.", "Sukru Gunaydin"),  # without diacritics
    ("Günaydın, Şükrü", "Minister Gunaydin arrived late.", "Gunaydin"),
    ("Dvořák, Miloš", "Then Milos Dvorak arrived late.", "Milos Dvorak"),
    ("Lefèvre d’Aubigny, Marc", "Then Lefevre spoke for France.", "Lefevre"),  # compound surnames
    ("Vasconcelos de Almeida, Tomás", "Minister Vasconcelos spoke for Portugal.", "Vasconcelos"),
])
def test_a_name_without_its_diacritics_or_by_its_first_surname_links(
        tmp_path: Path, registered: str, text: str, written: str) -> None:
    register = persons_list(tmp_path, f"p_X|{registered}|Minister of Trade")
    assert links(text, register) == [(written, "p_X")]
