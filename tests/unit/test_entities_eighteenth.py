"""Eighteenth round of issue 15: a sentence's first word joined by "and" to an organisation is an
organisation; a verb in "-s" before "no", "more", "some" … shows its subject.

A sentence's first word is no guess of the recogniser's (its capital says nothing), so a body
that opens a sentence beside another ("Granma and Prensa Latina should not …") was missed. Now
such a word, when it is no English word, no place of the gazetteer and no other mention, joined by
"and" (no article: "X and the Y" joins a person to a body as often as not) to an organisation the
page names, is an organisation with ``cert="low"``
(:func:`teiencode.entities.orgcontext.paired_openers`). And a name opening a sentence before a
verb in "-s" whose object opens with "no", "more", "some", "any", "all", "every", "each", "much",
"many" or "several" ("Okello needs more men") is that verb's subject, as before "the" or "his".
The sentences and the names "Velmira" and "Okello" are the tests' own.
"""

from __future__ import annotations

import pytest

from teiencode.english import is_english
from teiencode.entities import gazetteer
from teiencode.entities.orgcontext import paired_openers
from teiencode.entities.patterns import Candidate
from teiencode.entities.personnames import is_name
from teiencode.entities.recognise import recognise


def mentions(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.kind, s.cert) for s in recognise(text) if s.kind != "date"]


def test_the_names_of_these_tests() -> None:
    assert not is_english("Velmira") and gazetteer.lookup("Velmira") is None and not is_name("Velmira")
    assert is_name("Okello") and not is_english("Okello")


@pytest.mark.parametrize("text", [
    "The talks ended. Velmira and AFP spread reports of Soviet aid.",
    "The paper was closed; Velmira and AFP spread reports.",
    "Velmira and AFP spread reports.",
    "The talks ended.\n\nVelmira and AFP spread reports.",
])
def test_a_first_word_joined_to_a_body_is_a_low_organisation(text: str) -> None:
    assert mentions(text)[:2] == [("Velmira", "org", "low"), ("AFP", "org", None)]


@pytest.mark.parametrize("text, word, kind, body", [
    ("The talks ended. Paris and AFP spread reports.", "Paris", "place", "AFP"),
    ("The talks ended. Brezhnev and TASS spread reports.", "Brezhnev", "person", "TASS"),  # another mention's
])
def test_a_place_or_a_person_before_and_and_a_body_keeps_its_kind(text: str, word: str, kind: str,
                                                                  body: str) -> None:
    assert mentions(text) == [(word, kind, None), (body, "org", None)]


def test_a_place_of_the_gazetteer_that_is_no_mention_is_no_body_either() -> None:
    text = "The talks ended. Paris and AFP spread reports."
    afp = Candidate(text.index("AFP"), text.index("AFP") + 3, "org", 2)
    assert paired_openers(text, [afp]) == [afp]
    other = text.replace("Paris", "Velmira")
    afp = afp._replace(start=other.index("AFP"), end=other.index("AFP") + 3)
    assert [c[:3] for c in paired_openers(other, [afp])] == [(17, 24, "org"), (afp.start, afp.end, "org")]


@pytest.mark.parametrize("text, word", [
    ("Velmira and the MIR are against it.", "Velmira"),  # an article: a person's pair as often
    ("The talks ended. Papers and AFP spread reports.", "Papers"),  # an English word
    ("The talks ended, and Velmira spoke. Then AFP spread reports.", "Velmira"),  # no "and" before the body
    ("Velmira’s and AFP’s reports differ.", "Velmira’s"),  # a possessive
])
def test_no_organisation_without_such_a_pair(text: str, word: str) -> None:
    assert all(found != word or kind != "org" for found, kind, _ in mentions(text))


@pytest.mark.parametrize("text", [
    "The talks ended. Okello needs more men for the attack.",
    "The talks ended. Okello pays no taxes.",
    "The talks ended. Okello gets several guns.",
])
def test_a_name_before_a_verb_and_such_an_object_is_a_person(text: str) -> None:
    assert mentions(text) == [("Okello", "person", "low")]


def test_a_plural_noun_before_such_a_word_makes_no_subject() -> None:
    assert all(kind != "person" for _, kind, _ in mentions("The talks ended. Lhasa districts were quiet."))
