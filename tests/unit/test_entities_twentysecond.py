"""The twenty-second round of issue 15 (docs/measurements.md): the words read as names but left
untagged, nothing on the page saying whose, reported for review (``TE-REVIEW-NAME``) instead of
dropped silently; a town or a province after its governor or mayor; a dateline with its country
between the place and the date."""

from __future__ import annotations

from pathlib import Path

import pytest

from teiencode.entities import find_mentions, load_register
from teiencode.entities.recognise import recognise, recognition
from teiencode.model import Document, Heading, Metadata, Paragraph, SourceSpan, Text


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.kind) for s in recognise(text) if s.kind != "date"]


def untagged(text: str) -> list[str]:
    return [text[start:end] for start, end in recognition(text).untagged]


# --------------------------------------------------------------------------- names left untagged


@pytest.mark.parametrize(("text", "names"), [
    # a person's, a body's and a place's name alike: nothing says whose
    ("The dockers invited me. Murumbi will be made vice-president; the union knows it.", ["Murumbi"]),
    ("Kanba Michiko, a student, was killed. Sohyo called a second general strike.", ["Sohyo"]),
    ("The Cuban workers continue. Hyundai and Daewoo sent their staff to Busan.", ["Daewoo"]),
])
def test_a_word_read_as_a_name_with_nothing_to_say_whose_is_untagged_and_listed(text: str,
                                                                                  names: list[str]) -> None:
    assert untagged(text) == names
    assert not any(name in (s.text for s in recognise(text)) for name in names)


@pytest.mark.parametrize("text", [
    "The dockers invited me. Murumbi said that he will be made vice-president.",  # a verb of speech
    "The dockers invited me. Minister Murumbi will be made vice-president.",  # a title
    "The Cuban workers continue. Hyundai Motor and Daewoo sent their staff to Busan.",  # a firm's name
])
def test_a_name_something_shows_is_tagged_not_listed(text: str) -> None:
    assert untagged(text) == []


def test_the_untagged_names_of_the_body_are_reviews_once_each_with_their_line() -> None:
    doc = Document(metadata=Metadata(date="1965-05-03", title="Note on Ngala"), source="memo.txt", blocks=(
        Paragraph((Text("The dockers invited me."),), span=SourceSpan(0, 23, 3)),
        Paragraph((Text("They wait.\nNgala has told the commissioners to refuse. Later Ngala "
                        "has told them again."),), span=SourceSpan(25, 110, 5)),
    ))
    reviews = [w for w in find_mentions(doc).warnings if w.code == "TE-REVIEW-NAME"]
    assert [(w.severity, w.file, w.line) for w in reviews] == [("review", "memo.txt", 6)]
    assert "“Ngala”" in reviews[0].message and "untagged" in reviews[0].message


def test_a_page_whose_names_are_all_shown_has_no_name_review() -> None:
    doc = Document(metadata=Metadata(date="1965-05-03"), source="memo.txt", blocks=(
        Heading((Text("Record of a conversation"),), span=SourceSpan(0, 24, 1)),
        Paragraph((Text("Comrade Ngala said that the dockers invited him to Mombasa."),),
                  span=SourceSpan(26, 86, 3)),
    ))
    assert not [w for w in find_mentions(doc).warnings if w.code == "TE-REVIEW-NAME"]


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(("text", "place"), [
    ("Ingeominas had warned in September, and the governor of Tolima did nothing.", "Tolima"),
    ("The mayor of Kuito fled before the column arrived.", "Kuito"),
])
def test_the_town_or_province_of_a_governor_or_mayor_is_a_place(text: str, place: str) -> None:
    assert (place, "place") in kinds(text)


def test_the_governor_of_a_bank_makes_no_place() -> None:
    assert kinds("The governor of the Central Bank resigned.") == [("Central Bank", "org")]


def test_a_dateline_with_its_country_between_place_and_date_makes_a_place() -> None:
    text = "96. Memorandum of Conversation\n\nKaruizawa, Japan, August 19, 1972, 9:20 a.m.\n\nPARTICIPANTS"
    assert kinds(text)[:2] == [("Karuizawa", "place"), ("Japan", "place")]


def test_a_register_row_tags_a_name_that_was_left_untagged(tmp_path: Path) -> None:
    register_file = tmp_path / "names.csv"
    register_file.write_text("id,type,name\npers-murumbi,person,Murumbi\norg-sohyo,org,Sohyo\n", encoding="utf-8")
    text = "The dockers invited me. Murumbi will be made vice-president. Sohyo called a strike."
    found = recognition(text, load_register([register_file]))
    assert [(s.text, s.kind, s.ref) for s in found.spans] == [
        ("Murumbi", "person", "pers-murumbi"), ("Sohyo", "org", "org-sohyo")]
    assert found.untagged == []
