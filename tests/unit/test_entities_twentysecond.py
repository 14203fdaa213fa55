"""The twenty-second round of issue 15 (docs/measurements.md): the words read as names but left
untagged, nothing on the page saying whose, reported for review (``TE-REVIEW-NAME``) instead of
dropped silently; a town or a province after its governor or mayor; an initial that opens a
person's name after a state's, a seat's or a body's; a signature with its post; and the guards
that the round's three reviews gave (rules tried and withdrawn among them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from teiencode.build.doubts import Doubt, register_rows
from teiencode.entities import find_mentions, load_register
from teiencode.entities.recognise import recognise, recognition
from teiencode.model import Document, Heading, Metadata, Note, Paragraph, SourceSpan, Text


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


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The dockers invited me. Murumbi said that he will be made vice-president.", "Murumbi", "person"),  # speech
    ("The dockers invited me. Minister Murumbi will be made vice-president.", "Murumbi", "person"),  # a title
    ("Students broke in, and the paper Sohyo printed the list.", "Sohyo", "org"),  # a body's noun
])
def test_a_name_something_shows_is_tagged_not_listed(text: str, name: str, kind: str) -> None:
    assert (name, kind) in kinds(text)
    assert untagged(text) == []


def test_the_untagged_names_of_the_body_are_reviews_once_each_in_order_with_their_line() -> None:
    doc = Document(metadata=Metadata(date="1965-05-03", title="Note on Kaggia"), source="memo.txt", blocks=(
        Paragraph((Text("The dockers invited me."),), span=SourceSpan(0, 23, 3)),
        Paragraph((Text("They wait.\nSohyo called a strike, but Ngala has told the commissioners to refuse. "
                        "Later Ngala has told them again."),), span=SourceSpan(25, 140, 5)),
        Paragraph((Text("Murumbi will be made vice-president; the dockers know it."),), span=SourceSpan(142, 200, 8)),
    ))
    reviews = [w for w in find_mentions(doc).warnings if w.code == "TE-REVIEW-NAME"]
    assert [(w.severity, w.file, w.line, w.message.split("”")[0]) for w in reviews] == [
        ("review", "memo.txt", 6, "“Sohyo"), ("review", "memo.txt", 6, "“Ngala"), ("review", "memo.txt", 8, "“Murumbi")]
    assert "untagged" in reviews[0].message


def test_a_review_after_a_footnote_mark_has_the_line_of_its_text() -> None:
    note = Note((Text("A prison near Montevideo.\nMurumbi will be made vice-president."),), "footnote", open="",
                close="", n="1",
                mark="[1]", span=SourceSpan(120, 170, 11))
    doc = Document(metadata=Metadata(date="1973-07-03"), source="memo.txt", blocks=(
        Paragraph((Text("Prisoners are held at Libertad"), note,
                   Text(" and in Punta Carretas.\nSendic is kept in a barracks.")), span=SourceSpan(40, 110, 7)),
    ))
    reviews = {w.message.split("”")[0]: w.line for w in find_mentions(doc).warnings if w.code == "TE-REVIEW-NAME"}
    assert reviews == {"“Murumbi": 12, "“Sendic": 8}


def test_a_name_only_the_title_gives_is_no_review() -> None:
    doc = Document(metadata=Metadata(date="1965-05-03", title="Kaggia will be made vice-president"),
                   source="memo.txt", blocks=(Paragraph((Text("The dockers invited me."),), span=SourceSpan(0, 23, 3)),))
    assert not [w for w in find_mentions(doc).warnings if w.code == "TE-REVIEW-NAME"]


def test_a_name_the_page_shows_elsewhere_is_no_review() -> None:
    doc = Document(metadata=Metadata(date="1965-05-03"), source="memo.txt", blocks=(
        Heading((Text("Record of a conversation"),), span=SourceSpan(0, 24, 1)),
        Paragraph((Text("Minister Ngala received us."),), span=SourceSpan(26, 53, 3)),
        Paragraph((Text("They wait.\nLater Ngala has told the commissioners to refuse."),),
                  span=SourceSpan(55, 115, 5)),
    ))
    assert not [w for w in find_mentions(doc).warnings if w.code == "TE-REVIEW-NAME"]
    alone = Document(metadata=Metadata(date="1965-05-03"), source="memo.txt", blocks=doc.blocks[2:])
    assert [w.subject for w in find_mentions(alone).warnings if w.code == "TE-REVIEW-NAME"] == ["Ngala"]


def test_a_register_row_tags_a_name_that_was_left_untagged_and_a_rejection_ends_its_doubt(tmp_path: Path) -> None:
    register_file = tmp_path / "names.csv"
    register_file.write_text("id,type,status,name\npers-murumbi,person,,Murumbi\norg-sohyo,org,,Sohyo\n"
                             "no-ostpolitik,place,rejected,Ostpolitik\n", encoding="utf-8")
    text = ("The dockers invited me. Murumbi will be made vice-president. Sohyo called a strike. "
            "The delegates spoke of the treaties, and Ostpolitik may help.")
    assert untagged(text) == ["Murumbi", "Sohyo", "Ostpolitik"]
    found = recognition(text, load_register([register_file]))
    assert [(s.text, s.kind, s.ref) for s in found.spans] == [
        ("Murumbi", "person", "pers-murumbi"), ("Sohyo", "org", "org-sohyo")]
    assert found.untagged == []


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(("text", "place"), [
    ("Ingeominas had warned in September, and the governor of Tolima did nothing.", "Tolima"),
    ("The mayor of Kuito fled before the column arrived.", "Kuito"),
    ("The Governor of Tolima did nothing.", "Tolima"),
])
def test_the_town_or_province_of_a_governor_or_mayor_is_a_place(text: str, place: str) -> None:
    assert (place, "place") in kinds(text)


def test_the_edge_of_a_town_is_a_place() -> None:
    assert ("Ouzai", "place") in kinds("Chehab stopped the column at the edge of Ouzai.")


def test_as_far_as_a_person_is_concerned_makes_no_place() -> None:  # a review's finding
    assert ("Sihanouk", "place") not in kinds("He said that as far as Sihanouk is concerned, Peking will decide.")


def test_the_governor_of_a_bank_makes_no_place() -> None:
    assert kinds("The governor of the Central Bank resigned.") == [("Central Bank", "org")]


@pytest.mark.parametrize(("text", "person"), [
    ("Okello, Kampala, 3 May 1971", "Okello"),  # a signature: the town is his post's
    ("PARTICIPANTS\n\nMboya, Odinga, 12 May 1965", "Mboya"),
    ("Mboya, Secretary, May 3, 1972", "Mboya"),
    ("Ulbricht, GDR, 5 May 1965", "Ulbricht"),
])
def test_no_dateline_through_a_town_a_name_a_post_or_a_state(text: str, person: str) -> None:
    assert (person, "place") not in kinds(text)


# --------------------------------------------------------------------------- an initial ends a state's or a body's name


@pytest.mark.parametrize(("text", "expected"), [
    ("Record of Conversation of the Ambassador of the USSR in the Republic of Mali P. Savelyev with Captain Diakité",
     [("USSR", "place"), ("Republic of Mali", "place"), ("P. Savelyev", "person"), ("Diakité", "person")]),
    ("The Ambassador of the Republic of Guinea M. Diallo came.",
     [("Republic of Guinea", "place"), ("M. Diallo", "person")]),
    ("The Embassy of Hungary in Hanoi J. Kovacs wrote.",
     [("Embassy of Hungary", "org"), ("Hanoi", "place"), ("J. Kovacs", "person")]),
    ("The General Secretary of the CC of the CPSU L. I. Brezhnev spoke.",
     [("CC of the CPSU", "org"), ("L. I. Brezhnev", "person")]),
    ("The First Secretary of the MPRP Yu. Tsedenbal spoke.", [("MPRP", "org"), ("Yu. Tsedenbal", "person")]),
])
def test_a_persons_initial_after_a_state_a_seat_or_an_acronym_opens_the_persons_name(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("The letter was signed: L. I. BREZHNEV", "L. I. BREZHNEV"),  # a name in capitals keeps its initials
    ("Comrade L. I. Brezhnev spoke.", "L. I. Brezhnev"),
    ("The delegation of the Republic of South Vietnam arrived.", "Republic of South Vietnam"),
])
def test_names_with_initials_or_several_words_stay_whole(text: str, name: str) -> None:
    assert name in [t for t, _ in kinds(text)]


# --------------------------------------------------------------------------- what the reviews of the round found


def test_a_surname_after_a_particle_is_shown_by_the_full_name() -> None:
    text = "The coup was led by officers loyal to Abdel Aziz al-Shalhi. Shalhi fled to Cairo."
    assert ("Shalhi", "person") in kinds(text) and untagged(text) == []


def test_a_name_in_a_bulleted_list_is_kept() -> None:  # a review's finding against a rule tried
    text = "Present on the Soviet side:\n- Savelyev, Counsellor\n- Kurbis, First Secretary\n"
    assert ("Savelyev", "person") in kinds(text)


def test_an_accented_word_the_page_writes_in_lower_case_is_no_name() -> None:
    assert untagged("Détente was welcomed. We discussed détente at length.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The USSR MFA and the CC CPSU agreed; so did the SED PDS.",
     [("USSR MFA", "org"), ("CC CPSU", "org"), ("SED PDS", "org")]),
    ("The CIA DIA estimate was wrong.", [("CIA DIA", "org")]),  # a review's finding against a rule tried
])
def test_acronyms_in_a_run_stay_a_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "The talks ended at noon.\n\nKurbis, Ambassador",
    "The talks ended at noon.\n\nKürbis, Chargé d'Affaires a.i.\n",
])
def test_a_signature_with_its_post_is_a_person(text: str) -> None:
    assert (text.split("\n\n")[1].split(",")[0], "person") in kinds(text)
    assert untagged(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("The talks ended at noon.\n\nSohyo, Federation of Unions\n", "Sohyo"),  # no post
    ("To:\nSovinformburo\nComrade Lozovsky\n", "Sovinformburo"),  # an addressee's block
])
def test_a_name_before_words_that_are_no_post_or_an_addressee_is_no_signature(text: str, name: str) -> None:
    assert (name, "person") not in kinds(text)


@pytest.mark.parametrize(("text", "place"), [
    ("Peace on the Korean Peninsula is the aim.", "Korean Peninsula"),  # a peninsula's head
    ("The Malay Peninsula and the Sinai Peninsula.", "Sinai Peninsula"),
    ("Security in Asia Pacific was discussed.", "Asia Pacific"),  # the region, not two places
    ("Security in the Asia-Pacific was discussed.", "Asia-Pacific"),
])
def test_a_peninsula_and_the_asia_pacific_are_one_place(text: str, place: str) -> None:
    assert (place, "place") in kinds(text)


def test_register_rows_name_each_untagged_name_once_with_a_unique_id_and_where_it_stands() -> None:
    doubts = [Doubt("a", "a.txt", 7, "TE-REVIEW-NAME", "…", "Gómez"),
              Doubt("a", "a.txt", 8, "TE-REVIEW-TURN", "…", ""),
              Doubt("b", "b.txt", 3, "TE-REVIEW-NAME", "…", "Gomez"),
              Doubt("c", "c.txt", 2, "TE-REVIEW-NAME", "…", "Gómez"),
              Doubt("c", "c.txt", None, "TE-REVIEW-NAME", "…", "Gómez")]
    assert register_rows(doubts) == [("name-gomez", "", "", "Gómez", "a.txt:7 and 2 more"),
                                     ("name-gomez-2", "", "", "Gomez", "b.txt:3")]


def test_a_group_counted_with_a_capitalised_number_is_no_name() -> None:  # FRUS participants' lists
    text = "PARTICIPANTS:\nChi Chao-chu, Interpreter\nTwo Notetakers\n\nThe Premier said that Three Notetakers wait."
    assert "Notetakers" not in " ".join(t for t, _ in kinds(text)) and untagged(text) == []
