"""What a reader sees a person by, when nothing else names one: what is done to him ("X was
arrested", "X is still in prison", "X resigned", "arrested X", "appointed X"), a noun of a person
in apposition ("X, a prosecutor of the court"), the "in" of an oath before him ("swore in X"); and
a sentence's first word heading a list of names. Modelled on sentences of bench/families7 and
families8; each case of a rule fails on the code before, the guards' cases pass on both."""

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
    # capitalised words before the noun: a nationality, a title in capitals
    ("The talks failed. Okumbe, the Kenyan ambassador, left early.", "Okumbe"),
    ("The talks failed. Okumbe, the Foreign Minister, left early.", "Okumbe"),
    # no article: the noun first, or after "former" ("Prat Karoly, Ambassador of the Hungarian …")
    ("The talks failed. Okumbe, former minister of finance, left early.", "Okumbe"),
    ("In one conversation Okumbe, Ambassador of the Republic, was displeased.", "Okumbe"),
    ("The congress ended. Okumbe remains in exile in London.", "Okumbe"),
    ("[Concluding remarks.]\n\nWinkelman is describing a recent speech.", "Winkelman"),  # a real page
    # inside a sentence, one word nothing else supports
    ("The party met, and Nguza was arrested.", "Nguza"),
    ("The party met, and Nguza resigned.", "Nguza"),
    ("The police arrested Okumbe at dawn.", "Okumbe"),
    ("The congress appointed Okumbe at once.", "Okumbe"),
])
def test_what_is_done_to_a_person_or_his_post_names_one(text: str, name: str) -> None:
    assert kinds(text).get(name) == ("person", "low")


def test_an_oaths_in_is_no_place() -> None:
    assert kinds("The Cortes swore in Juan Carlos as King on 22 November.")["Juan Carlos"][0] == "person"
    # the passive's "in" is a place's: "was sworn in Dirang"
    assert kinds("He was sworn in Dirang on Monday.")["Dirang"][0] == "place"


@pytest.mark.parametrize(("text", "name"), [
    ("In Kuito, the commander of the garrison said nothing.", "Kuito"),  # a place's preposition first
    ("The troops reached Kuito, the capital of the province.", "Kuito"),  # no noun of a person
    ("The troops reached Kuito, the Angolan capital.", "Kuito"),
    ("The troops reached Kuito, capital of the province.", "Kuito"),
    ("In Kuito, the Cuban commander said nothing.", "Kuito"),
    ("Weimar, the city of poets, welcomed the delegation.", "Weimar"),  # "city of", not a post
    ("Weimar, its mayor and its citizens welcomed the delegation.", "Weimar"),  # a list, not an apposition
    ("Entebbe was elected as the venue of the summit.", "Entebbe"),  # elected after: a venue too
    ("He served Zamora as mayor.", "Zamora"),  # the part given: to a town too
    ("The town was quiet. Kuito is burning.", "Kuito"),  # a verb in "-ing" that is no speech
    ("The talks went on. Unita is claiming the town.", "Unita"),  # what bodies do as often
    ("The silence from Jamba is telling.", "Jamba"),  # an adjective, no speech
    ("The shelling went on. Kuito, the Angolan capital, was quiet.", "Kuito"),  # no person's noun
    ("The talks went on. Kuito, Mr. Silva said, was quiet.", "Kuito"),  # the title of the next name
    ("Renamo, the Rhodesian agent, attacked the convoy.", "Renamo"),  # bodies are agents too
])
def test_a_places_words_or_a_bodys_make_no_person(text: str, name: str) -> None:
    assert kinds(text).get(name, ("",))[0] != "person", kinds(text)


def test_a_sentences_first_word_heading_a_list_of_names_is_proposed() -> None:
    # its kind is settled with the list's (:func:`teiencode.entities.evidence.listed_persons`: two
    # persons at least make its towns and guesses persons)
    found = kinds("Comrade Allende died in the palace. Pinochet, Merino, Leigh and Mendoza form the "
                  "Government Junta.")
    assert {name: found[name] for name in ("Pinochet", "Leigh", "Mendoza")} == {
        "Pinochet": ("person", "low"), "Leigh": ("person", "low"), "Mendoza": ("person", "low")}


@pytest.mark.parametrize("text", [
    "We waited. Tawang, Bomdila and Dirang fell.",  # nothing supports a person
    "The vote came. Tory, Labour and Liberal members voted.",  # the list qualifies a noun
])
def test_a_sentences_first_word_before_such_a_list_is_no_name(text: str) -> None:
    first = text.split(". ")[1].split(",")[0]
    assert first not in kinds(text)


def test_a_persons_noun_that_qualifies_another_is_no_apposition() -> None:
    # "the minister's home town": the noun of a person is not the apposition's head
    found = kinds("The troops came at dawn. Okumbe, the minister's home town, fell at noon.")
    assert found.get("Okumbe", ("",))[0] != "person", found
