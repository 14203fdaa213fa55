"""Fifteenth round of issue 15: an unsupported name that is a town, in the object of a verb or a
preposition, is a place proposed with low certainty.

A guessed person of one word that nothing on the page supports and that does not look like a
person's name is no mention (:func:`teiencode.entities.evidence.unsupported`). When it is a town of
the towns table (:mod:`teiencode.entities.towns`) and a place's preposition or a verb of taking a
place stands before it ("the rebels hold X", "escaped to X"; not "arrested X", "against X",
"published in X", "loyal to X"), or it follows such a place and "and" with no verb after it, every
mention of it is a place with ``cert="low"``. A town opening a sentence or a clause, or after "of", stays out (a body
or a paper as often); a town the page or the names data shows to be a person's stays a person.
A line that opens with a clause before a semicolon ("The rebels hold X; General Y said …") is no
speaker's label, whose names would all be persons; a label's words in lower case are a title's
phrase ("Minister of the Interior"), a name's particles, a remark in brackets ("(laughs)"). The sentences are the tests' own; the towns ("Morolica", "Itarema", "Dandenong", "Aguirre") are
small towns of the GeoNames table, checked in the tests.
"""

from __future__ import annotations

import pytest

from teiencode.entities.personnames import is_name
from teiencode.entities.recognise import recognise
from teiencode.entities.towns import is_town


def mentions(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.kind, s.cert) for s in recognise(text) if s.kind != "date"]


def test_the_towns_of_these_tests() -> None:
    for town in ("Morolica", "Itarema", "Dandenong"):
        assert is_town(town) and not is_name(town)
    assert is_town("Aguirre") and is_name("Aguirre")


# --- a town in the object of a verb or a preposition: a place, low -------------------------------

@pytest.mark.parametrize("text, town", [
    ("The rebels now hold Morolica and the road is closed.", "Morolica"),
    ("On 3 May the minister escaped to Itarema by night.", "Itarema"),
    ("The garrison abandoned Dandenong on Tuesday.", "Dandenong"),
    ("The ministry wants to keep the door open to Itarema for the talks.", "Itarema"),
])
def test_a_town_in_the_object_is_a_low_place(text: str, town: str) -> None:
    assert (town, "place", "low") in mentions(text)


def test_a_town_after_such_a_place_and_and_is_a_place() -> None:
    found = mentions("The garrison abandoned Dandenong and Morolica on Tuesday.")
    assert ("Dandenong", "place", "low") in found and ("Morolica", "place", "low") in found


def test_every_mention_of_the_town_is_a_place() -> None:
    found = mentions("The rebels hold Morolica. Morolica was shelled again on Tuesday.")
    assert found == [("Morolica", "place", "low"), ("Morolica", "place", "low")]


# --- not a place ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ministries are closed. Morolica has published the communiqué.",  # a sentence's subject
    "The crowd grew; Morolica printed the first announcements.",          # a clause's subject
    "The students of Morolica marched to the square.",                    # after "of"
    "The strike spread because Morolica refused the terms.",              # after a conjunction
])
def test_a_town_that_opens_a_clause_or_follows_of_is_no_place(text: str) -> None:
    assert not any(s.text == "Morolica" and s.kind == "place" for s in recognise(text))


@pytest.mark.parametrize("text", [
    "The minister escaped to Aguirre by night.",            # a surname of the names data
    "He handed the letter to Morolica.",                    # a letter to a person
    "The rebels hold Morolica. Morolica said that nothing happened.",  # a verb of speech
])
def test_a_town_the_page_or_its_look_shows_a_person_stays_no_place(text: str) -> None:
    assert not any(s.text in {"Aguirre", "Morolica"} and s.kind == "place" for s in recognise(text))


# --- a clause before a semicolon is no speaker's label --------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The rebels hold Morolica; General Okonkwa said the town will fall.", "Morolica"),
    ("Velmarco now appears as Ostrakon; Radio Itarema printed its last bulletin.", "Ostrakon"),
    ("The strikers in Itarema greet Zorvakan; The Times calls the affair closed.", "Zorvakan"),
])
def test_a_clause_before_a_semicolon_names_no_speaker(text: str, word: str) -> None:
    assert not any(s.text == word and s.kind == "person" for s in recognise(text))


@pytest.mark.parametrize("text, speaker", [
    ("Dr. Okonkwa; We thought the presentation showed a great understanding.", "Okonkwa"),
    ("Minister of Trade Okonkwa; We agree.", "Okonkwa"),
    ("Comrade Okonkwa and Comrade Velmarco; We agree.", "Velmarco"),
])
def test_a_speaker_s_label_with_a_semicolon_stays(text: str, speaker: str) -> None:
    assert any(s.text == speaker and s.kind == "person" for s in recognise(text))


# --- review: only a place's preposition or a verb of taking a place puts a town where a place stands

@pytest.mark.parametrize("text, name", [
    ("The junta arrested Otelo in June.", "Otelo"),                      # a verb that takes a person
    ("The court sentenced Otelo to prison.", "Otelo"),
    ("The ambassador then phoned Figueres about the loan.", "Figueres"),
    ("Washington supported Figueres in the elections.", "Figueres"),
    ("The embassy invited Figueres to dinner.", "Figueres"),
    ("The country prospered under Figueres.", "Figueres"),              # a preposition a person takes
    ("The campaign against Figueres failed.", "Figueres"),
    ("The army stayed loyal to Figueres.", "Figueres"),                 # "to" after a word of persons
    ("The talks between Figueres and the President", "Figueres"),
    ("The crowd cheered ex-president Figueres", "Figueres"),            # a word after a hyphen
    ("The crowd cheered brother Otelo", "Otelo"),                       # a person's noun
    ("The workers struck against Pemex", "Pemex"),
    ("support for Pemex", "Pemex"),
    ("The article was published in Granma", "Granma"),                 # a paper's "in"
    ("He wrote for Excelsior", "Excelsior"),
    ("They came to Otelo's rescue.", "Otelo"),                          # a possessive
])
def test_a_town_after_a_word_that_takes_a_person_is_no_place(text: str, name: str) -> None:
    assert is_town(name)
    assert not any(s.text == name and s.kind == "place" for s in recognise(text))


@pytest.mark.parametrize("text, name", [
    ("The rebels seized Kuito and Figueres fled.", "Figueres"),          # a verb: a new clause
    ("The rebels seized Kuito and Otelo fled to Lisbon.", "Otelo"),
    ("The junta arrested Otelo and Figueres in June.", "Figueres"),      # the first is no place
])
def test_a_pair_that_opens_a_clause_or_follows_no_place_is_no_place(text: str, name: str) -> None:
    assert not any(s.text == name and s.kind == "place" for s in recognise(text))


def test_a_pair_in_the_object_still_places_both() -> None:
    found = mentions("The rebels seized Kuito and Otelo on Tuesday.")
    assert ("Kuito", "place", "low") in found and ("Otelo", "place", "low") in found


# --- review: a speaker's label with a semicolon, remarks in brackets, titles' phrases, particles ----

@pytest.mark.parametrize("text, speaker", [
    ("Okonkwa; We agree with the plan.", "Okonkwa"),                    # a bare label
    ("Okonkwa (through interpreter); We agree with the plan.", "Okonkwa"),
    ("Okonkwa (laughs); We agree with the plan.", "Okonkwa"),
    ("Okonkwa (in Russian); We agree with the plan.", "Okonkwa"),
    ("Okonkwa (interrupting); We agree with the plan.", "Okonkwa"),
    ("Okonkwa (cont'd); We agree with the plan.", "Okonkwa"),
    ("Minister of the Interior Okonkwa; We agree with the plan.", "Okonkwa"),
    ("The Minister of the Interior, Okonkwa; We agree.", "Okonkwa"),
    ("Mr. ter Okonkwa; We agree with the plan.", "Okonkwa"),
    ("Ambassador-at-large Okonkwa; We agree with the plan.", "Ambassador-at-large Okonkwa"),
])
def test_a_speaker_s_label_with_a_semicolon_is_a_sure_person(text: str, speaker: str) -> None:
    assert (speaker, "person", None) in mentions(text)


def test_a_clause_before_a_semicolon_with_a_general_after_it() -> None:
    found = mentions("The rebels hold Kuito; General Okello said the town will fall.")
    assert not any(s[0] == "Kuito" and s[1] == "person" for s in found)


# --- a field's label of one English word is no speaker ---------------------------------------------

@pytest.mark.parametrize("text, field", [
    ("Distribution: Ambassador Malik, Kingston.", "Distribution"),
    ("Drafted: Malik.", "Drafted"),
    ("Approved: the Deputy Minister.", "Approved"),
    ("Summary: the talks went well.", "Summary"),
])
def test_a_field_label_of_one_english_word_is_no_person(text: str, field: str) -> None:
    assert field not in [t for t, _, _ in mentions(text)]


@pytest.mark.parametrize("text, speaker", [
    ("Brown: We agree with the plan.", "Brown"),  # English words that are surnames stay speakers
    ("Young: We agree with the plan.", "Young"),
    ("Okonkwa: We agree with the plan.", "Okonkwa"),
])
def test_a_speaker_named_by_an_english_word_stays_a_person(text: str, speaker: str) -> None:
    assert (speaker, "person", None) in mentions(text)
