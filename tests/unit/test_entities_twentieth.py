"""The twentieth round's names' shapes (docs/measurements.md). An airline named "Air" and a
state's or a town's name ("Air France", "Air Zaïre", "Air New
Zealand") is one organisation, not the word "Air" and a place; "Air Force" and "Air Marshal"
are left to their own rules. Found on bench/families8 ("Air Zaïre", "Air Canada"); it raised the
organisations of both sealed sets. A surname whose second capital follows a family prefix
("MacArthur", "McNamara", "DeGaulle") is a name, not an acronym (an organisation before)."""

from __future__ import annotations

import pytest

from teiencode.entities.recognise import recognise


def mentions(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.kind) for s in recognise(text) if s.kind != "date"]


@pytest.mark.parametrize(("text", "airlines"), [
    ("Air France and Air India fly to Dakar.", ["Air France", "Air India"]),
    ("Air Canada flights to Dorval are searched.", ["Air Canada"]),
    ("Sabena and Air Zaïre fly the refugees to Brussels.", ["Air Zaïre"]),
    ("Air New Zealand cancelled the flight.", ["Air New Zealand"]),
    # the longest name the gazetteer knows ("Trinidad" alone is one), over a hyphen or a small link
    ("Air Trinidad and Tobago flies twice a week.", ["Air Trinidad and Tobago"]),
    ("Air Guinea-Bissau flies twice a week.", ["Air Guinea-Bissau"]),
])
def test_air_and_a_places_name_is_an_airline(text: str, airlines: list[str]) -> None:
    found = mentions(text)
    assert all((name, "org") in found for name in airlines), found
    assert not any(kind == "place" and f"Air {name}" in airlines for name, kind in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Air Force struck at dawn.", ("Air Force", "org")),
    ("Air Marshal Singh spoke first.", ("Singh", "person")),
])
def test_air_before_no_place_is_left_to_the_other_rules(text: str, expected: tuple[str, str]) -> None:
    assert expected in mentions(text)


@pytest.mark.parametrize(("text", "name"), [
    ("The pilots came home. MacArthur promised that the boys would be home soon.", "MacArthur"),
    ("McNamara said no.", "McNamara"),
    ("LeMay wants more bombers.", "LeMay"),
])
def test_a_prefixed_surname_is_a_person_not_an_acronym(text: str, name: str) -> None:
    assert (name, "person") in mentions(text)


def test_acronyms_in_mixed_case_stay_bodies() -> None:
    # no family prefix ("MfAA", "BArch"), or capitals after the prefix's ("LaRC", "DeCA")
    found = mentions("The MfAA and the BArch and the LaRC and the DeCA agreed.")
    assert [kind for _, kind in found] == ["org", "org", "org", "org"], found


@pytest.mark.parametrize(("text", "place"), [
    # the plural articles of Spanish and French between a landmark's head and its name
    ("They opened fire on the Plaza de las Tres Culturas.", "Plaza de las Tres Culturas"),
    ("The Plaza de los Héroes was empty.", "Plaza de los Héroes"),
])
def test_a_landmark_with_a_plural_article_is_one_place(text: str, place: str) -> None:
    assert mentions(text) == [(place, "place")]


@pytest.mark.parametrize(("text", "name"), [
    # a given name whose ending is a demonym's ("-ian"), before a surname of the names data that
    # is no English word (real pages: a Romanian list of members, a translators' credit)
    ("Present: Iosif Szasz, Traian Stefanescu, Ioan Toma.", "Traian Stefanescu"),
    ("Translation from Shuguang Zhang and Jian Chen, eds., Chinese Communist Foreign Policy.", "Jian Chen"),
])
def test_a_given_name_ending_like_a_demonym_opens_a_name(text: str, name: str) -> None:
    assert (name, "person") in mentions(text)


@pytest.mark.parametrize("text", [
    "He joined Christian Church.",  # the word after is an English one
    "The Rhodesian Front won the election.",  # no name after
    "Palestinian Arafat arrived yesterday.",  # a state's adjective ("Palestine")
    "Chilean Allende was overthrown.",
])
def test_a_demonym_before_no_surname_opens_no_name(text: str) -> None:
    assert not any(kind == "person" for _, kind in mentions(text))
