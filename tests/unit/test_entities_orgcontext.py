"""Eighth round of issue 15: organisations without a head noun, and guessed
persons that are none, decided by the words around every mention of a name in
the document (sentences written for the rules, no words of the measured pages)."""

from __future__ import annotations

import pytest

from teiencode.entities import recognise
from teiencode.entities.orgcontext import org_context

from entity_spans import of_kind


@pytest.mark.parametrize(("text", "org"), [
    ("Because of the strike, Velmora flights to the coast were cancelled.", "Velmora"),
    ("The harbour is calm, though Ostrand Petrol depots in the south were set on fire.", "Ostrand Petrol"),
    ("He added that the workers of Karvesta occupied the port.", "Karvesta"),
    ("We learnt that the members of Tarmo Vesk gathered in secret.", "Tarmo Vesk"),
])
def test_a_noun_of_an_organisations_members_or_works_makes_a_guessed_name_an_organisation(
        text: str, org: str) -> None:
    assert of_kind(text, "org") == [org]
    assert of_kind(text, "person") == []


def test_every_mention_of_the_name_follows() -> None:
    text = ("Some time ago the offices of Dravenko were closed. Yesterday, as we learnt, "
            "Dravenko reopened them.")
    assert of_kind(text, "org") == ["Dravenko", "Dravenko"]
    assert {s.cert for s in recognise(text) if s.text == "Dravenko"} == {"low"}


@pytest.mark.parametrize("text", [
    "The representative of the Oskar Velde clique spoke first.",   # the name qualifies the noun after it
    "Outside the town the group of Amadou Terkel holds the road.",  # a leader's group
    "The fighters of Moravo Ketu withdrew. Moravo Ketu said that they will return.",  # a verb of speech
])
def test_a_persons_name_stays_a_persons(text: str) -> None:
    assert of_kind(text, "org") == []


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("the Velmora flights", "Velmora", True),
    ("the staff of Velmora, and", "Velmora", True),
    ("the staff of Velmora clique", "Velmora", False),
    ("the son of Velmora", "Velmora", False),
])
def test_org_context(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert org_context(text, start, start + len(name)) is expected


# --------------------------------------------------------------------------- no person at all


@pytest.mark.parametrize("text", [
    "The rebels hold the hills, and the Tarvel Vosk the plain.",
    "Supplies now come along the Ostra Keln, and the army waits.",
])
def test_a_name_of_several_words_only_ever_after_the_names_no_person(text: str) -> None:
    assert of_kind(text, "person") == []


def test_a_name_after_the_that_qualifies_a_noun_stays_a_person() -> None:
    text = "The papers of the Odo Varek government were published in the capital."
    assert of_kind(text, "person") == ["Odo Varek"]


def test_a_title_written_in_full_before_a_point_ends_the_sentence() -> None:
    text = "General Omar Takla is now Governor. Reportedly the army obeys him."
    assert of_kind(text, "person") == ["Omar Takla"]


def test_an_abbreviated_title_before_a_point_stays_a_title() -> None:
    assert of_kind("Yesterday Gen. Kamara said so.", "person") == ["Kamara"]


def test_an_english_word_between_a_title_and_an_office_is_part_of_the_office() -> None:
    assert of_kind("The Deputy High Commissioner left for the coast.", "person") == []


@pytest.mark.parametrize("text", [
    "Remarks: the delegation should stay another week.",
    "Note-taker: Vo Thanh Son",
])
def test_a_label_of_an_english_plural_or_compound_is_a_field(text: str) -> None:
    assert "Remarks" not in of_kind(text, "person") and "Note-taker" not in of_kind(text, "person")


def test_a_speaker_named_by_an_english_plural_speaks_again() -> None:
    text = "Banks: I agree.\nHua: Good.\nBanks: Then we sign."
    assert of_kind(text, "person") == ["Banks", "Hua", "Banks"]


# --------------------------------------------------------------------------- acronyms defined


def test_an_acronym_of_a_translated_name_in_another_order_is_defined() -> None:
    text = "The United Revolutionary Committees (CRU) met in the capital, and CRU delegates left."
    assert of_kind(text, "org") == ["United Revolutionary Committees", "CRU", "CRU"]


def test_what_is_done_to_a_body_makes_a_guessed_name_an_organisation() -> None:
    assert of_kind("We hear that Velmora was founded last month.", "org") == ["Velmora"]


@pytest.mark.parametrize(("text", "org"), [
    ("Men of the Kolvari Rifles crossed the river.", "Kolvari Rifles"),
    ("The planes of Tessaly Airways stay on the ground.", "Tessaly Airways"),
])
def test_rifles_and_airlines_head_an_organisation(text: str, org: str) -> None:
    assert of_kind(text, "org") == [org]


# --------------------------------------------------------------------------- places and persons


@pytest.mark.parametrize(("text", "place"), [
    ("The troops have dug in around Okaramba and wait.", "Okaramba"),
    ("The road north of Okaramba is mined.", "Okaramba"),
    ("Refugees from Okaramba were shown on television.", "Okaramba"),
    ("The delegates were taken to Okaramba by bus.", "Okaramba"),
    ("The kingdom gave up its claim to Okaramba last year.", "Okaramba"),
])
def test_more_words_before_a_name_make_it_a_place(text: str, place: str) -> None:
    assert of_kind(text, "place") == [place]
    assert of_kind(text, "person") == []


def test_the_people_around_a_name_make_no_place() -> None:
    assert of_kind("Some of the people around Imre Vasko write to us.", "place") == []


def test_a_name_after_an_ordinary_word_that_opens_the_sentence_is_guessed() -> None:
    assert of_kind("Yesterday Okello spoke for two hours.", "person") == ["Okello"]


@pytest.mark.parametrize(("text", "person"), [
    ("The envoy will not negotiate with Hassan II.", "Hassan II"),
    ("Yesterday King Farouk II received him.", "Farouk II"),
    ("Pope Pius XII wrote to him.", "Pius XII"),
])
def test_a_regnal_number_makes_a_persons_name(text: str, person: str) -> None:
    assert of_kind(text, "person") == [person]
    assert of_kind(text, "place") == []


@pytest.mark.parametrize("text", ["After World War II he left.", "In Part III of the report we say so.",
                                  "They bought the Mirage III and the Annex II was signed."])
def test_a_number_after_ordinary_words_or_a_type_is_no_monarch(text: str) -> None:
    assert of_kind(text, "person") == []


def test_an_organisations_name_without_its_head_noun_is_the_organisation() -> None:
    text = "The talks with the Tarvo Front failed. Tarvo answered with an attack on the border posts."
    assert of_kind(text, "org") == ["Tarvo Front", "Tarvo"]
    assert of_kind(text, "person") == []


def test_a_person_named_surely_keeps_the_name() -> None:
    text = "The Okoro Foundation paid for it. Dr. Okoro said so, and Okoro left."
    assert of_kind(text, "person") == ["Okoro", "Okoro"]


def test_a_group_named_after_a_place_does_not_make_the_place_an_organisation() -> None:
    text = "The Kestel Group met again. They will sign the act of Kestel if the war stops."
    assert of_kind(text, "org") == ["Kestel Group"]


@pytest.mark.parametrize("text", ["He fears a Moroccan coup.", "They sold it to a Mexican firm."])
def test_a_demonym_of_a_state_ending_in_o_is_no_name(text: str) -> None:
    assert of_kind(text, "person") == []
