"""What a reader sees a person by, when nothing else names one: what is done to him ("X was
arrested", "X is still in prison", "arrested X"), a noun of a person in apposition ("X, a
prosecutor of the court") or as the part he is given ("swore in X as King"); and a town's name
that the page's words make a person's ("Zamora said": towns are named after families). Found on
the pages of bench/families7 and families8; each case below fails on the code before."""

from __future__ import annotations

import pytest

from teiencode.entities.recognise import recognise


def kinds(text: str) -> dict[str, tuple[str, str | None]]:
    return {s.text: (s.kind, s.cert) for s in recognise(text) if s.kind != "date"}


@pytest.mark.parametrize(("text", "name"), [
    # a sentence's first word, no verb of speech after it: his post in apposition, his prison
    ("The junta met on Monday. Kollias, a prosecutor of the court, heads the new government.", "Kollias"),
    ("The MPR held a rally. Nguza is still in prison at Osio.", "Nguza"),
    ("The talks failed. Okumbe, the party's general secretary, left early.", "Okumbe"),
    # inside a sentence, one word nothing else supports
    ("The party met, and Nguza was arrested.", "Nguza"),
    ("The police arrested Okumbe at dawn.", "Okumbe"),
])
def test_what_is_done_to_a_person_or_his_post_names_one(text: str, name: str) -> None:
    assert kinds(text).get(name) == ("person", "low")


def test_an_oaths_in_is_no_place_and_the_part_given_is_a_persons() -> None:
    # "swore in" is no place's "in"; "as King" is the part a person takes
    assert kinds("The Cortes swore in Juan Carlos as King on 22 November.")["Juan Carlos"][0] == "person"


@pytest.mark.parametrize("text", [
    "In Kuito, the commander of the garrison said nothing.",  # a place's preposition: a clause follows
    "The troops reached Kuito, the capital of the province.",  # no noun of a person
])
def test_an_apposition_after_a_place_or_without_a_persons_noun_leaves_a_place(text: str) -> None:
    assert kinds(text)["Kuito"][0] == "place"


@pytest.mark.parametrize(("text", "name"), [
    ("Zamora said that the party would wait.", "Zamora"),
    ("The talks with Zamora, the party leader, went well.", "Zamora"),
    ("Zamora was arrested on Monday.", "Zamora"),
    ("Ikeda told the press nothing.", "Ikeda"),
])
def test_a_small_citys_name_the_page_makes_a_persons_is_a_person_in_doubt(text: str, name: str) -> None:
    assert kinds(text)[name] == ("person", "low")


@pytest.mark.parametrize(("text", "name"), [
    ("The troops reached Zamora. Zamora was quiet.", "Zamora"),  # nothing of a person
    ("Zamora said it. We flew to Zamora.", "Zamora"),  # a place's words outweigh
    ("We met Ikeda yesterday.", "Ikeda"),  # one weak word is not enough against the gazetteer
    ("Bonn said no.", "Bonn"),  # a large city speaks for its government
    ("Hanoi replied at once.", "Hanoi"),  # so does a capital
])
def test_a_city_stays_a_sure_place_without_a_persons_words(text: str, name: str) -> None:
    assert kinds(text)[name] == ("place", None)


def test_a_sentences_first_word_heading_a_list_of_names_is_proposed() -> None:
    # its kind is settled with the list's (:func:`teiencode.entities.evidence.listed_persons`: two
    # persons at least make its towns and guesses persons)
    found = kinds("Comrade Allende died in the palace. Pinochet, Merino, Leigh and Mendoza form the "
                  "Government Junta.")
    assert {name: found[name] for name in ("Pinochet", "Leigh", "Mendoza")} == {
        "Pinochet": ("person", "low"), "Leigh": ("person", "low"), "Mendoza": ("person", "low")}


def test_a_sentences_first_word_before_a_list_of_unknown_words_is_no_name() -> None:
    # nothing supports a person: the unknown names stay unproposed, not persons
    assert kinds("We waited. Tawang, Bomdila and Dirang fell.") == {}
