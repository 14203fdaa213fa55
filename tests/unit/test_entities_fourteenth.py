"""Fourteenth round of issue 15: a guessed person of one word needs support.

A capitalised word the recogniser took for a person by its capitals alone is
no mention unless something shows it is a person's name: the page (a sure
mention, a title, a role, a verb of speech, a possessive, a pronoun, a list
with a person, his men or his body before "of", initials, "typed by", an
address in speech, a message from or to it) or its look (a surname or first
name of the data, a surname's ending, a statesman of the period). The
sentences are the tests' own; the invented names ("Zorvakan", "Okonkwa",
"Velmarco") are in no data.
"""

from __future__ import annotations

import pytest

from teiencode.entities.leaders import STATESMEN
from teiencode.entities.personnames import fold, is_name
from teiencode.entities.recognise import recognise


def of_kind(text: str, kind: str) -> list[str]:
    return [s.text for s in recognise(text) if s.kind == kind]


# --- nothing supports it: no mention -------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The strike began on Monday, and Zorvakan has asked the factions for calm.", "Zorvakan"),
    ("The ministries are closed. Pemex and Telmex are guarded by troops.", "Pemex"),
    ("The ministries are closed. Pemex and Telmex are guarded by troops.", "Telmex"),
    ("The leaders met; Sohyo called a second general strike.", "Sohyo"),
    ("The talks failed, and Zorvakan sent a hundred policemen.", "Zorvakan"),
    ("The crowd grew. Velmarco and Ostrakon printed the first announcements.", "Velmarco"),
])
def test_a_guessed_name_nothing_supports_is_no_person(text: str, word: str) -> None:
    assert word not in of_kind(text, "person")


# --- the page supports it --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The talks failed, and the ambassador Okonkwa left the hall.",          # a title in lower case
    "Present: Brezhnev, L.I., Okonkwa, A. Ia., Suslov, M.A.",               # initials after it
    "The text was agreed. Typed by Okonkwa on 10/14/50.",                   # typed by
    "What we need, Okonkwa, is a programme for the next year.",             # an address in speech
    "The mines are idle; Comrade Ulbricht and Okonkwa agree on the plan.",  # a list with a person
    "The strike spread, and the ZPU of Okonkwa called for calm.",           # a body before "of"
    "The forces of Okonkwa are retreating to the south.",                   # his men before "of"
    "The mines are idle, and Okonkwa's men hold the roads.",                # a possessive
    "Telegram No. 25, Okonkwa to Comrade Filippov.",                        # sender to a person
    "We had a call from Okonkwa two hours ago about it.",                   # a message from it
    "The talks failed, and Okonkwa said that the army would stay.",         # a verb of speech
    "The talks failed, and its general secretary Okonkwa left the hall.",   # a role in apposition
])
def test_the_page_shows_a_person(text: str) -> None:
    assert "Okonkwa" in of_kind(text, "person")


def test_a_personal_pronoun_in_its_clause_shows_a_person() -> None:
    assert of_kind("The talks failed, and Okonkwa was trapped in his car.", "person") == ["Okonkwa"]
    assert of_kind("The talks failed, and Zorvakan was trapped in the car.", "person") == []


def test_a_sure_or_longer_mention_elsewhere_supports_every_mention() -> None:
    text = "President Jomo Okonkwa arrived. The talks failed, and Okonkwa sent a hundred policemen."
    assert of_kind(text, "person").count("Okonkwa") >= 1


# --- its look supports it -------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Kowalczyk", "Dimitrescu", "Longo", "Kishi", "Papadakis", "Nyerere"])
def test_a_name_that_looks_like_a_person_s_stays(name: str) -> None:
    assert of_kind(f"The talks failed, and {name} sent a hundred policemen.", "person") == [name]


def test_the_names_data() -> None:
    assert is_name("Enrile") and is_name("Altamirano") and is_name("Fidel")   # census, first names
    assert is_name("Kádár") and is_name("Hegedüs")                              # accents folded
    assert is_name("Stănculescu") and is_name("Zbrzezinski") and is_name("Papadopoulos")  # endings
    assert is_name("Ter-Petrosyan")                                              # an ending after a hyphen
    assert not is_name("Keidanren") and not is_name("Sohyo") and not is_name("Zorvakan")
    assert not is_name("Pirin")
    assert fold("Türkeş") == "turkes" and fold("Sabancı") == "sabanci" and fold("Wałęsa") == "walesa"


def test_statesmen_are_evidence_not_mentions() -> None:
    assert {"Nyerere", "Kaunda", "Sihanouk", "Mobutu", "Ceaușescu"} <= STATESMEN
    assert not is_name("Gizenga") and "Gizenga" in STATESMEN
    assert of_kind("The talks failed, and Gizenga sent a hundred policemen.", "person") == ["Gizenga"]
    # no mention where the recogniser guessed none: "Tito" and "Neto" are towns and words too
    assert of_kind("The roads to the mine are closed.", "person") == []


# --- a list of bodies is typed together ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The crowd grew. Velmarco and Ostrakon printed the first announcements.",
    "The crowd grew. Ostrakon and Velmarco printed the first announcements.",
])
def test_a_name_listed_with_a_body_its_context_shows_is_a_body(text: str) -> None:
    assert sorted(of_kind(text, "org")) == ["Ostrakon", "Velmarco"]


# --- a town that is a surname, in a list of persons or after a party and "of" ----------------------

@pytest.mark.parametrize("text, names", [
    ("The junta met. Yesterday Pinochet, Merino, Leigh and Mendoza signed the decree.",
     ["Pinochet", "Merino", "Leigh", "Mendoza"]),
    ("The NDP of Douglas voted against the measures.", ["Douglas"]),
    ("The talks failed. Comrade Ulbricht and Zamora agree on nothing.", ["Ulbricht", "Zamora"]),
])
def test_a_town_that_is_a_surname_among_persons_is_a_person(text: str, names: list[str]) -> None:
    assert of_kind(text, "person") == names


@pytest.mark.parametrize("text, place", [
    ("Kishi and Paris agreed on the treaty.", "Paris"),                       # a capital of millions
    ("Troops entered Mendoza. Comrade Ulbricht and Mendoza agree.", "Mendoza"),  # a place on the page
])
def test_a_town_stays_a_place_where_the_page_or_its_size_says_so(text: str, place: str) -> None:
    assert place in of_kind(text, "place") and place not in of_kind(text, "person")


def test_a_town_after_a_body_that_is_no_party_is_no_person() -> None:
    assert of_kind("The Bank of Zamora raised its rates.", "person") == []
