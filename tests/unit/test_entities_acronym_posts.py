"""An acronym before ordinary words that hold a post ("NSC Senior Staff Member", "CIA Senior
Analyst", "ICRC Delegate") names a body and a post in it, not a person: the capitals alone are the
organisation. A family name written in capitals before a given name stays a person ("KIM Il
Sung"), and in a "Place:" field the words are a place ("VIP Lounge"). Found on a FRUS
memorandum's participant list ("John H. Holdridge, NSC Senior Staff Member" gave a person "NSC
Senior"). Without a post word the shape is left as it was: on bench/sealed2 the wider rule (any
English words after the acronym) traded a person error for an organisation error. The post ends
the words, or follows them with a space between ("KIM Young Nam, Minister" stays a person, "VIP
Delegate Lounge" in a "Place:" field a place)."""

from __future__ import annotations

import pytest

from teiencode.entities.recognise import recognise


def mentions(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.kind) for s in recognise(text) if s.kind != "date"]


@pytest.mark.parametrize(("text", "body"), [
    ("John H. Holdridge, NSC Senior Staff Member, took notes.", "NSC"),
    ("The NSC Senior Staff met on Monday.", "NSC"),
    ("Then Mr. Lee, CIA Senior Analyst, briefed the group.", "CIA"),
    ("An FBI Special Agent came to the door.", "FBI"),
    ("An ICRC Delegate visited the camp.", "ICRC"),
])
def test_an_acronym_before_ordinary_words_is_a_body_not_a_person(text: str, body: str) -> None:
    found = mentions(text)
    assert (body, "org") in found
    assert not any(kind == "person" and name.startswith(body) for name, kind in found), found


@pytest.mark.parametrize(("text", "people"), [
    ("Then KIM Il Sung spoke of the harvest.", ["KIM Il Sung"]),
    # a post after a comma is the person's: capitalised family names in a participant list
    ("PARTICIPANTS\nKIM Young Nam, Minister of Foreign Affairs\nLEE Man Hung, Deputy Director\n",
     ["KIM Young Nam", "LEE Man Hung"]),
    ("Then KIM Young, Deputy Minister, spoke.", ["KIM Young"]),
    # a post right after the name, but a given name no English word: a person all the same
    ("PARTICIPANTS\nPAK Song Chol Minister of Foreign Affairs\nKIM Il Deputy Director of the Department\n",
     ["PAK Song Chol", "KIM Il"]),
])
def test_a_family_name_in_capitals_before_a_given_name_stays_a_person(text: str, people: list[str]) -> None:
    assert [name for name, kind in mentions(text) if kind == "person"] == people


@pytest.mark.parametrize(("text", "place"), [
    ("Time: 6:40 p.m.\n\nPlace: VIP Lounge, Shenyang Railway Station\n", "VIP Lounge"),
    ("Time: 6:40 p.m.\n\nPlace: VIP Delegate Lounge, Shenyang Railway Station\n", "VIP Delegate Lounge"),
])
def test_in_a_place_field_the_acronym_and_its_words_are_a_place(text: str, place: str) -> None:
    assert (place, "place") in mentions(text)
