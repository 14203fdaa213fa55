"""Eleventh round of issue 15: a sentence's subject before an irregular past or a verb
in "-s" and a preposition, and after a sentence ending in a name; the generic words that
open a camp's, a stadium's, a port's and a mountain's name, and "Town" after one; a name
opening with a Romance article; a paper's people and pages, "its" and a word alone after
"the" as the subject of a verb making an organisation; papers named by their head first;
the verbs, means and units that make a place (sentences written for the rules, no words
of the measured pages)."""

from __future__ import annotations

import pytest

from entity_spans import of_kind
from teiencode.entities import recognise


def _cert(text: str, name: str) -> str | None:
    return next(s.cert for s in recognise(text) if s.text == name)


# --------------------------------------------------------------------------- persons


@pytest.mark.parametrize(("text", "person"), [
    ("Okafor gave the order at dawn.", "Okafor"),
    ("Mwangi left for the coast on Monday.", "Mwangi"),
    ("Phiri sent two letters to the council.", "Phiri"),
])
def test_a_sentences_first_word_before_an_irregular_past_is_a_person(text: str, person: str) -> None:
    # (a surname of the names data: since the fourteenth round a guessed name needs support)
    assert of_kind(text, "person") == [person]
    assert _cert(text, person) == "low"


def test_a_sentences_first_word_before_a_verb_in_s_and_a_preposition_is_a_person() -> None:
    assert of_kind("Kamau stays at the mission until Friday.", "person") == ["Kamau"]


def test_a_plural_noun_of_a_group_before_a_preposition_makes_no_person() -> None:
    assert of_kind("Njoroge refugees in the camp were counted.", "person") == []


def test_a_town_falling_is_no_person() -> None:
    assert of_kind("Ochieng fell on the third day.", "person") == []


def test_a_name_opening_a_sentence_after_one_ending_in_a_name_is_guessed() -> None:
    text = "The column waited in Harvela. Otieno wants the attack to begin."
    assert of_kind(text, "person") == ["Otieno"]
    assert of_kind(text, "place") == ["Harvela"]


def test_initials_before_a_surname_still_join_it() -> None:
    assert of_kind("The report of J. Kamwela was read.", "person") == ["J. Kamwela"]


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(("text", "place"), [
    ("The prisoners were taken to Camp Dorvani.", "Camp Dorvani"),
    ("Thousands were held in the Estadio Velarde.", "Estadio Velarde"),
    ("The tanker was damaged at Puerto Lavinia.", "Puerto Lavinia"),
    ("Supplies were landed at Porto Amboim.", "Porto Amboim"),
    ("The president stays at Mont Ngaliema.", "Mont Ngaliema"),
])
def test_a_generic_word_first_makes_a_camp_a_stadium_a_port_or_a_mountain(text: str, place: str) -> None:
    assert of_kind(text, "place") == [place]
    assert of_kind(text, "person") == []


def test_town_after_a_name_makes_a_place_but_not_after_a_title() -> None:
    assert of_kind("The traders of Koral Town closed their shops.", "place") == ["Koral Town"]
    assert of_kind("He met Mr Town at the embassy.", "person") == ["Town"]


@pytest.mark.parametrize(("text", "place"), [
    ("The Front besieges Boateng and cuts the road.", "Boateng"),
    ("A destroyer lies off Owusu tonight.", "Owusu"),
    ("Two brigades went by ship to Nwosu.", "Nwosu"),
    ("The battalion from Okoro is ready.", "Okoro"),
    ("Nyakoro sent fifty policemen from Adeyemi.", "Adeyemi"),
])
def test_verbs_means_and_units_of_moving_make_a_place(text: str, place: str) -> None:
    assert place in of_kind(text, "place")
    assert place not in of_kind(text, "person")


# --------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(("text", "org"), [
    ("El Vocero and two other papers were closed.", "El Vocero"),
    ("La Razón appeared with blank columns.", "La Razón"),
    ("Il Lavoratore printed the appeal.", "Il Lavoratore"),
])
def test_a_name_opening_with_a_romance_article_is_no_person(text: str, org: str) -> None:
    assert of_kind(text, "org") == [org]
    assert of_kind(text, "person") == []
    assert _cert(text, org) == "low"


def test_a_name_opening_with_a_romance_article_after_in_is_a_place() -> None:
    assert of_kind("The strikers hid in La Pintana for a week.", "place") == ["La Pintana"]


def test_le_stays_a_vietnamese_surname() -> None:
    assert of_kind("Comrade Le Van Luong spoke first.", "person") == ["Le Van Luong"]


@pytest.mark.parametrize(("text", "org"), [
    ("The columns of Salgado were blank for a week.", "Salgado"),
    ("Yesterday Iturbe has withdrawn its people from the mines.", "Iturbe"),
    ("Since then, Arriaga has stopped its flights to the south.", "Arriaga"),
])
def test_a_papers_pages_and_its_make_an_organisation(text: str, org: str) -> None:
    assert of_kind(text, "org") == [org]
    assert of_kind(text, "person") == []


def test_its_after_a_name_after_of_belongs_to_the_head() -> None:
    assert of_kind("The party of Mavungo has its offices in the port.", "org") == []


@pytest.mark.parametrize(("text", "org"), [
    ("The Tembo arrests our students every night.", "Tembo"),
    ("He said that the Wanjiku tried to kill him.", "Wanjiku"),
])
def test_a_word_alone_after_the_as_a_verbs_subject_is_an_organisation(text: str, org: str) -> None:
    assert of_kind(text, "org") == [org]
    assert of_kind(text, "person") == []
    assert _cert(text, org) == "low"


def test_a_region_after_in_the_stays_no_organisation() -> None:
    assert of_kind("The manoeuvres in the Karvosh ended a month ago.", "org") == []


@pytest.mark.parametrize(("text", "org"), [
    ("Jornal de Benguela printed the list.", "Jornal de Benguela"),
    ("The editorial of Diario de Cuyo was quoted.", "Diario de Cuyo"),
])
def test_a_paper_named_by_its_head_first_is_an_organisation(text: str, org: str) -> None:
    assert of_kind(text, "org") == [org]


def test_a_broadcaster_named_after_its_city() -> None:
    assert of_kind("Tarvena Radio announced the curfew.", "org") == ["Tarvena Radio"]


def test_a_press_noun_before_a_full_stop_opens_no_paper() -> None:
    text = "They print his portraits daily. Kampala's shops are closed."
    assert of_kind(text, "org") == []
    assert of_kind(text, "place") == ["Kampala"]


# --------------------------------------------------------------------------- second part


@pytest.mark.parametrize(("text", "place"), [
    ("The strikers were taken to the prison of Odhiambo at night.", "Odhiambo"),
    ("The column reached the town of Mutua before noon.", "Mutua"),
])
def test_a_settlement_or_a_prison_before_of_makes_a_place(text: str, place: str) -> None:
    assert of_kind(text, "place") == [place]
    assert of_kind(text, "person") == []


def test_two_places_joined_by_a_particle_are_one() -> None:
    assert of_kind("The minister flew on to Santiago de Cuba.", "place") == ["Santiago de Cuba"]


def test_a_person_with_a_particle_stays_one_person() -> None:
    assert of_kind("He was received by Charles de Gaulle in Paris.", "person") == ["Charles de Gaulle"]


@pytest.mark.parametrize(("text", "place"), [
    ("The officers met on the Largo do Rato.", "Largo do Rato"),
    ("The mothers marched on the Plaza de Mayo.", "Plaza de Mayo"),
])
def test_a_romance_square_named_with_its_generic_word_first(text: str, place: str) -> None:
    assert of_kind(text, "place") == [place]


def test_one_of_the_other_papers_is_an_organisation() -> None:
    assert of_kind("The police closed Kivuko and the other papers of the party.", "org") == ["Kivuko"]


def test_two_names_before_a_verb_in_the_plural_and_a_preposition_are_persons() -> None:
    text = "Tembo and Kavuma sit in the council."
    assert of_kind(text, "person") == ["Tembo", "Kavuma"]
