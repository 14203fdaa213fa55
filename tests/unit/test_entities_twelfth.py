"""Twelfth round of issue 15: organisations and the persons they are taken for. A body named
again by its head alone after its full name, a ministry named by its subject, a leader after a
body's "of", papers and parties shut or banned, "its" after an irregular past, a noun of a body
in apposition, a body's letter after its acronym, plural ranks and a commissioner as titles,
the heads of bodies named last or first, an airline's short form, the verbs of a paper
(sentences written for the rules, no words of the measured pages)."""

from __future__ import annotations

import pytest

from entity_spans import of_kind
from teiencode.entities import recognise


def _span(text: str, name: str):
    return next(s for s in recognise(text) if s.text == name)


# --------------------------------------------------------------------------- a body named by its head


def test_a_body_named_again_by_its_head_after_the_is_the_same_organisation() -> None:
    text = "The Kavango Liberation Front met in Rundu. Later the Front rejected the offer."
    assert of_kind(text, "org") == ["Kavango Liberation Front", "Front"]
    full, short = _span(text, "Kavango Liberation Front"), _span(text, "Front")
    assert short.cert == "low" and short.entity == full.entity


def test_a_head_alone_before_the_body_is_named_makes_no_organisation() -> None:
    assert of_kind("Later the Front rejected the offer of the Kavango Liberation Front.", "org") == [
        "Kavango Liberation Front"]


def test_a_head_that_opens_another_name_is_not_the_body() -> None:
    text = "The Tandara Patriotic Front sent a delegation. The Front Line States agreed."
    assert "Front" not in of_kind(text, "org")


def test_a_body_named_head_first_is_named_again_by_its_head() -> None:
    text = "The Junta Patriótica asked for elections. The Junta met in exile."
    assert of_kind(text, "org") == ["Junta Patriótica", "Junta"]


def test_a_ministry_named_by_its_subject_alone_is_an_organisation() -> None:
    text = "Home Affairs summoned the consul on Monday."
    assert of_kind(text, "org") == ["Home Affairs"]
    assert _span(text, "Home Affairs").cert == "low"


@pytest.mark.parametrize("text", [
    "The Minister of Home Affairs summoned the consul.",
    "External Affairs Minister Rao summoned the consul.",
    "National Archives, External Affairs, 12/59.",
    "Foreign Affairs 3rd Department, 10.10.55.",
])
def test_a_subject_inside_a_title_a_name_or_a_reference_is_no_ministry(text: str) -> None:
    assert "Home Affairs" not in of_kind(text, "org") and "External Affairs" not in of_kind(text, "org") \
        and "Foreign Affairs" not in of_kind(text, "org")


# --------------------------------------------------------------------------- a body and its leader


def test_a_title_after_a_bodys_of_opens_its_leaders_name() -> None:
    text = "The Unity Council of General Marandu took power at dawn."
    assert of_kind(text, "org") == ["Unity Council"]
    assert of_kind(text, "person") == ["Marandu"]


def test_a_word_after_a_bodys_of_is_its_leader_where_the_page_names_him() -> None:
    text = "The Liberation Front of Tembo crossed the river. Tembo said the war was over."
    assert of_kind(text, "org") == ["Liberation Front"]
    assert of_kind(text, "person") == ["Tembo", "Tembo"]


def test_a_word_after_a_bodys_of_stays_in_its_name_where_no_person_is_named() -> None:
    assert of_kind("The Socialist Party of Ruvania won the vote.", "org") == ["Socialist Party of Ruvania"]


def test_the_verb_after_a_leader_named_after_a_body_is_the_bodys() -> None:
    text = "The KNDU of Marandu was dissolved in March."
    assert of_kind(text, "person") == ["Marandu"]


def test_the_verb_after_a_sentences_first_word_and_of_a_name_is_not_the_names() -> None:
    assert "Marandu" not in of_kind("Tandex of Marandu finances the rebels in the north.", "org")


# --------------------------------------------------------------------------- verbs and nouns of bodies


def test_two_names_shut_together_are_organisations() -> None:
    text = "Asked about the press, he said that Sauti and Mwenge were closed."
    assert of_kind(text, "org") == ["Sauti", "Mwenge"]


def test_a_name_banned_is_an_organisation() -> None:
    assert of_kind("In the spring Kivumbi has been banned by decree.", "org") == ["Kivumbi"]


def test_its_after_an_irregular_past_makes_an_organisation() -> None:
    assert of_kind("Since the coup Tandex has lost its licence.", "org") == ["Tandex"]


def test_a_bodys_noun_in_apposition_outweighs_a_verb_of_speech() -> None:
    text = "Its paper Mwangaza wrote that the talks had failed."
    assert of_kind(text, "org") == ["Mwangaza"]
    assert of_kind(text, "person") == []


def test_a_paper_prints_and_a_broadcaster_broadcasts() -> None:
    assert of_kind("The bishop said that Mwangaza printed the photographs.", "org") == ["Mwangaza"]
    assert of_kind("Since the coup Sautiradio broadcasts marches all day.", "org") == ["Sautiradio"]


def test_a_bodys_letter_after_its_acronym_is_part_of_its_name() -> None:
    text = "Last week KANDU-B installed a new chairman."
    assert of_kind(text, "org") == ["KANDU-B"]
    assert of_kind(text, "person") == []


def test_an_airlines_short_form_is_the_airline() -> None:
    text = "Tandara Airways has a new director. Tandara cancelled the flights."
    assert of_kind(text, "org") == ["Tandara Airways", "Tandara"]


# --------------------------------------------------------------------------- heads and titles


@pytest.mark.parametrize(("text", "org"), [
    ("The Kivu Chamber of Commerce welcomed the decree.", "Kivu Chamber of Commerce"),
    ("The Mandara Scouts raided the camps in May.", "Mandara Scouts"),
    ("Members of the Young Pioneers were sent home.", "Young Pioneers"),
    ("The Third Rangers crossed the border.", "Third Rangers"),
    ("The exiles speak through Yeni Radyo every night.", "Yeni Radyo"),
])
def test_chambers_scouts_pioneers_and_rangers_head_a_body(text: str, org: str) -> None:
    assert org in of_kind(text, "org")


@pytest.mark.parametrize(("text", "org"), [
    ("The Guardia Nacional patrols the port.", "Guardia Nacional"),
    ("The Daily Sentinel prints the decrees.", "Daily Sentinel"),
    ("The Evening Courier has stopped.", "Evening Courier"),
])
def test_a_body_or_a_paper_named_head_first(text: str, org: str) -> None:
    assert org in of_kind(text, "org")


def test_a_plural_rank_is_a_title_before_two_names() -> None:
    text = "Colonels Okwuosa and Tembeyo took the radio station."
    assert of_kind(text, "person") == ["Okwuosa", "Tembeyo"]


def test_a_diplomats_full_rank_in_a_signature_is_no_name() -> None:
    assert of_kind("R. Tembeyo, Minister Plenipotentiary", "person") == ["R. Tembeyo"]


def test_a_commissioner_is_a_title() -> None:
    assert of_kind("Police Commissioner Marandu resigned.", "person") == ["Marandu"]


def test_all_before_a_state_opens_a_bodys_name() -> None:
    assert of_kind("He said that All Burma Radio had lied.", "org") == ["All Burma Radio"]
    assert of_kind("All Soviet Embassy staff left.", "org") == ["Soviet Embassy"]


def test_a_german_compound_in_wehr_is_a_body() -> None:
    assert of_kind("The Heimwehr marched on the town.", "org") == ["Heimwehr"]


def test_an_ezafe_name_opening_with_a_head_of_bodies_is_one_organisation() -> None:
    text = "In Lahore the Tehrik-e-Istiqlal has called a strike."
    assert of_kind(text, "org") == ["Tehrik-e-Istiqlal"]
    assert of_kind(text, "person") == []


def test_the_owner_of_a_name_makes_it_a_body() -> None:
    assert of_kind("Marandu, the owner of Mwangaza, was arrested.", "org") == ["Mwangaza"]


def test_a_linking_verb_before_its_makes_a_member_not_the_body() -> None:
    text = "Okello was its first chairman. Later Okello became its president."
    assert of_kind(text, "org") == []
    assert of_kind("Kapwepwe has withdrawn its ministers.", "org") == ["Kapwepwe"]


def test_troops_loyal_to_a_leader_make_no_place_but_units_from_a_town_do() -> None:
    assert of_kind("Soldiers loyal to Okello seized the radio.", "place") == []
    assert of_kind("The leadership passed to Okello.", "place") == []
    assert of_kind("The battalion from Kisumu arrived.", "place") == ["Kisumu"]


def test_a_bodys_head_is_found_again_only_as_a_word() -> None:
    text = "The Patriotic Front met. Nkomo and the others loathe Front politics."
    assert of_kind(text, "org") == ["Patriotic Front"]


def test_a_body_noun_before_a_name_is_a_whole_word() -> None:
    from teiencode.entities.orgcontext import named_body
    assert named_body("\npaper Pravda", 7) and named_body("(agency Tanjug", 8)
    assert not named_body("wallpaper Pravda", 10) and not named_body("paper  Pravda", 7)


def test_a_place_joined_by_a_particle_keeps_the_weaker_certainty() -> None:
    from teiencode.entities.patterns import Candidate
    from teiencode.entities.recognise import _particle_places
    text = "Santiago de Chile"
    sure, doubtful = Candidate(0, 8, "place", 1, 0, "medium"), Candidate(12, 17, "place", 1, 0, "low")
    assert [c.cert for c in _particle_places(text, [sure, doubtful])] == ["low"]
    assert [c.cert for c in _particle_places(text, [sure._replace(cert=None), doubtful._replace(cert="medium")])] \
        == ["medium"]
