"""The string-level recogniser: what is a person, place, organisation, date,
and where each mention starts and ends."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from teiencode.entities import Register, gazetteer, load_register, recognise
from teiencode.entities.dates import find_dates
from teiencode.entities.patterns import Candidate
from teiencode.model import Entity

recognition = importlib.import_module("teiencode.entities.recognise")  # the module, not the function


def spans(text: str, register=None) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(s.kind, s.text) for s in recognise(text, register)]


def of_kind(text: str, kind: str, register=None) -> list[str]:  # type: ignore[no-untyped-def]
    return [t for k, t in spans(text, register) if k == kind]


# --------------------------------------------------------------------------- persons


def test_titles_stay_outside_the_person() -> None:
    text = "Chairman Mao received Cde. Tsedenbal and Tan Sri Ghazali."
    assert of_kind(text, "person") == ["Mao", "Tsedenbal", "Ghazali"]


def test_initials_and_bracketed_insertions_belong_to_the_name() -> None:
    text = "On that day Cde. Yu[mjaagiin]. Tsedenbal met J. Batmunkh and N. S. Khrushchev."
    assert of_kind(text, "person") == ["Yu[mjaagiin]. Tsedenbal", "J. Batmunkh", "N. S. Khrushchev"]


def test_possessive_stays_outside() -> None:
    text = "The remnants of Pol Pot’s army fled. Pol Pot lost."
    assert of_kind(text, "person") == ["Pol Pot", "Pol Pot"]


@pytest.mark.parametrize("pair", ["Pol Pot – Ieng Sary group", "Pol Pot-Ieng Sary group"])
def test_paired_names_are_two_persons(pair: str) -> None:
    assert of_kind(f"The evil {pair} fled.", "person") == ["Pol Pot", "Ieng Sary"]


def test_every_form_of_one_person_gets_one_id() -> None:
    text = ("Jambyn Batmunkh arrived. Chairman Batmunkh spoke.\n\n"
            "J. Batmunkh: How can one understand it?\n\nBatmunkh thanked him.")
    found = [s for s in recognise(text) if s.kind == "person"]
    assert [s.text for s in found] == ["Jambyn Batmunkh", "Batmunkh", "J. Batmunkh", "Batmunkh"]
    assert len({s.entity for s in found}) == 1
    assert found[0].entity == "pers-jambyn-batmunkh"


def test_speaker_labels_name_persons_but_field_labels_do_not() -> None:
    text = "Subject: Talks\n\nCde Kaysone: Thank you.\n\nLE DUAN: We agree.\n\nSource: Archive"
    assert of_kind(text, "person") == ["Kaysone", "LE DUAN"]


def test_unsure_person_proposals_carry_a_certainty() -> None:
    found = {s.text: s for s in recognise("The talks with Vang Pao failed, and Chairman Souphanouvong left.")}
    assert found["Vang Pao"].cert == "medium"
    assert found["Souphanouvong"].cert is None


# --------------------------------------------------------------------------- places


def test_gazetteer_places_and_regions() -> None:
    text = "From Hanoi the delegation flew to Ulaanbaatar, then to Southeast Asia and South Korea."
    assert of_kind(text, "place") == ["Hanoi", "Ulaanbaatar", "Southeast Asia", "South Korea"]


def test_nationality_adjectives_are_not_places() -> None:
    text = "The Kampuchean and Vietnamese forces met Chinese and Mongolian officials."
    assert of_kind(text, "place") == []


def test_metonymic_places_count() -> None:
    assert of_kind("Beijing rulers and Washington are in a hurry.", "place") == ["Beijing", "Washington"]


def test_state_acronyms_are_places() -> None:
    assert of_kind("Relations between the MPR, the DRV and the USSR.", "place") == ["MPR", "DRV", "USSR"]


def test_places_the_context_marks() -> None:
    found = [s for s in recognise("Pol Pot remnants are in Enlam, Posan, Pailin and Kungevai.") if s.kind == "place"]
    assert [s.text for s in found] == ["Enlam", "Posan", "Pailin", "Kungevai"]
    assert all(s.cert == "low" for s in found)


# --------------------------------------------------------------------------- organisations


def test_organisations_by_head_noun_never_nest() -> None:
    text = ("He met the Embassy of the GDR, the MPRP Central Committee and the "
            "Ministry for Foreign Affairs of the GDR.")
    assert of_kind(text, "org") == ["Embassy of the GDR", "MPRP Central Committee",
                                    "Ministry for Foreign Affairs of the GDR"]
    assert of_kind(text, "place") == []


def test_acronym_and_expansion_are_one_entity_of_the_expansions_kind() -> None:
    text = ("Chairman of the Kampuchean National United Front for National Salvation (KNUFNS). "
            "OF THE MPR AND THE PRK [People’s Republic of Kampuchea]. The KNUFNS met.")
    found = recognise(text)
    orgs = [s for s in found if s.kind == "org"]
    assert [s.text for s in orgs] == ["Kampuchean National United Front for National Salvation", "KNUFNS", "KNUFNS"]
    assert len({s.entity for s in orgs}) == 1
    prk = [s for s in found if s.text in {"PRK", "People’s Republic of Kampuchea"}]
    assert {s.kind for s in prk} == {"place"} and len({s.entity for s in prk}) == 1


def test_generic_lower_case_references_are_not_organisations() -> None:
    assert of_kind("The party and the embassy agreed with the government.", "org") == []


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(("text", "when"), [
    ("4 December 1979", "1979-12-04"), ("December 4, 1979", "1979-12-04"), ("May 1979", "1979-05"),
    ("1980", "1980"), ("19.VII.56", "1956-07-19"), ("14th of October 1976", "1976-10-14"),
    ("3 JUNE 1971", "1971-06-03"), ("Dec. 4, 1979", "1979-12-04"),
])
def test_dates_at_the_precision_given(text: str, when: str) -> None:
    assert [(d.text, d.when) for d in find_dates(f"It was {text}.")] == [(text, when)]


def test_day_and_month_take_the_documents_year() -> None:
    assert [(d.text, d.when) for d in find_dates("On 10 May and in March they met.", year=1972)] == [
        ("10 May", "1972-05-10"), ("March", "1972-03")]


@pytest.mark.parametrize("text", [
    "the 1980s", "at 9:45 local time", "next year", "fond 1, opis 28, delo 1980", "1500 soldiers",
    "May I say", "3 and-a-half hours",
])
def test_what_is_not_a_date(text: str) -> None:
    assert find_dates(text, year=1979) == []


# --------------------------------------------------------------------------- register linking


def test_register_links_every_form_and_keeps_titles_out(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("id,type,name,variants\nkissinger,person,\"Kissinger, Henry A.\",\n"
                    "pailin,place,Pailin,\n", encoding="utf-8")
    register = load_register([path])
    found = recognise("Dr. Henry A. Kissinger met them.\n\nDr. Kissinger: Yes.\n\nK: In Pailin.", register)
    assert [(s.text, s.ref) for s in found] == [
        ("Henry A. Kissinger", "kissinger"), ("Kissinger", "kissinger"), ("K", "kissinger"), ("Pailin", "pailin")]


def test_mentions_never_overlap_and_match_the_text() -> None:
    text = ("Comrade Heng Samrin, Chairman of the PRK’s People’s Revolutionary Council, met the "
            "Politburo of the Workers’ Party of Vietnam Le Duan on 4 December 1979 in Phnom Penh.")
    found = recognise(text)
    assert all(text[s.start:s.end] == s.text for s in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert ("person", "Le Duan") in [(s.kind, s.text) for s in found]


def test_titles_inside_names_and_names_on_their_own_lines() -> None:
    text = "PARTICIPANTS:\nThe President\nDr. Kissinger\nWinston Lord, NSC Staff\nGeorge C. Marshall\n"
    assert of_kind(text, "person") == ["Kissinger", "Winston Lord", "George C. Marshall"]


def test_particles_belong_to_the_name() -> None:
    assert of_kind("General de Gaulle met Max van der Stoel.", "person") == ["de Gaulle", "Max van der Stoel"]


def test_transcript_letters_prefer_the_persons_of_the_heading(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("id,type,name\nk,person,\"Kissinger, Henry A.\"\nkos,person,\"Kosygin, Alexei N.\"\n"
                    "r,person,\"Rogers, William P.\"\n", encoding="utf-8")
    text = ("Telephone Conversation Between Kissinger and Rogers\n\n"
            "K: We had a message from Kosygin.\n\nR: Does it call for an answer?")
    found = [(s.text, s.ref) for s in recognise(text, load_register([path])) if len(s.text) == 1]
    assert found == [("K", "k"), ("R", "r")]


def test_places_listed_with_known_places_and_titles_that_are_no_places() -> None:
    text = "Students were arrested in Seoul, Pusan and Taegu. The ambassador in Sofia, Cde. A. M. Gromyko, spoke."
    assert of_kind(text, "place") == ["Seoul", "Pusan", "Taegu", "Sofia"]
    assert of_kind(text, "person") == ["A. M. Gromyko"]


def test_misspelt_or_other_given_names_still_link(tmp_path: Path) -> None:
    path = tmp_path / "persons.xml"
    path.write_text('<div xmlns="http://www.tei-c.org/ns/1.0"><list>'
                    '<item><persName xml:id="p_HJH1">Holdridge, John Herbert</persName></item>'
                    '<item><persName xml:id="p_HCJT1">Howe, Lieutenant Commander Jonathan</persName></item>'
                    '</list></div>', encoding="utf-8")
    text = "PARTICIPANTS:\nJohn H. Hoidridge, NSC Staff\nJohnathan T. Howe, NSC Staff\n"
    found = [(s.text, s.ref) for s in recognise(text, load_register([path])) if s.kind == "person"]
    assert found == [("John H. Hoidridge", "p_HJH1"), ("Johnathan T. Howe", "p_HCJT1")]


# --------------------------------------------------------------------------- lookups and choices


class _Everything:
    """A set that holds every string: lookups with no prefix filter."""

    def __contains__(self, item: object) -> bool:
        return True


_REGISTER = Register()
for _entity in (Entity("kissinger", "person", "Kissinger, Henry A.", ("Kissinger, Henry A.",)),
                Entity("batmunkh", "person", "Jambyn Batmunkh", ("J[ambyn] Batmunkh",)),
                Entity("obrien", "person", "O’Brien, Conor", ("O’Brien, Conor",)),
                Entity("pailin", "place", "Pailin")):
    _REGISTER.add(_entity)

_WORDS = ("Jambyn", "J[ambyn].", "Batmunkh", "BATMUNKH’S", "Phnom", "Penh", "PHNOM", "PENH", "Zhou",
          "[Enlai]", "Heng", "Samrin", "HENG", "SAMRIN’S", "Chairman", "Mr.", "of", "the", "Republic",
          "People’s", "South", "Vietnam", "U.S.", "Kissinger", "KISSINGER", "Henry", "A.", "Le", "Duan",
          "LE", "DUAN", "met", "in", "and", "Ulan", "Bator", "O’Brien", "O’BRIEN", "Conor", "Straße",
          "STRASSE", "Dorticós", "DORTICÓS", "Pailin", "PAILIN")
_SEPARATORS = (" ", " ", " ", "-", ".", ". ", "’", ", ", "\n\n", ": ")


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=30)
       .map(lambda words: "".join(w + sep for w, sep in words)))
@example("Then O’Brien spoke. O’BRIEN left, and Mr. O’Brien.")
@example("Jambyn Batmunkh met J[ambyn].Batmunkh and BATMUNKH’S aide in PAILIN.")
@example("HENG SAMRIN’S aide met Heng Samrin in PHNOM PENH, South Vietnam and Ulan-Bator.")
@example("Dorticós met DORTICÓS and Henry A. Kissinger in the U.S. Then KISSINGER left.")
def test_lookups_find_the_same_names_as_without_their_prefix_filter(text: str) -> None:
    """Register, gazetteer and re-found forms are only looked up at tokens
    whose letters begin some form: brackets, capitals, possessives and
    accents must never hide a form that the full lookup would find."""
    filtered = recognise(text, _REGISTER)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gazetteer, "prefixes", _Everything)
        patch.setattr(recognition, "lookup_prefixes", lambda forms: _Everything())
        patch.setattr(Register, "prefixes", property(lambda register: _Everything()))
        unfiltered = recognise(text, _REGISTER)
    assert filtered == unfiltered


def test_of_equal_candidates_the_first_found_is_chosen() -> None:
    """The same text always gives the same mentions: a tie is not broken by
    the order of a set (which changes from run to run)."""
    a = Candidate(0, 5, "place", 1, 2, source="gazetteer")
    b = Candidate(0, 5, "place", 1, 2, source="lexicon")
    assert recognition._choose([a, b]) == [a]
    assert recognition._choose([b, a]) == [b]
    assert recognition._choose([Candidate(0, 9, "org", 2), a, Candidate(5, 9, "person", 1)]) == [
        Candidate(0, 9, "org", 2)]


@pytest.mark.parametrize("text", [
    "Polish Foreign Ministry Archive, DV Z12 T404 W17.", "Archive of Comrade Kim Il Sung2, fond 3.",
    "the Americans and the Soviets met in Hanoi1962.",
])
def test_a_mention_never_splits_a_word(text: str) -> None:
    for span in recognise(text):
        assert not (span.start and text[span.start - 1].isalnum() and text[span.start].isalnum()), span
        assert not (text[span.end:span.end + 1].isalnum() and text[span.end - 1].isalnum()), span


def test_a_span_made_fast_is_the_span_the_dataclass_makes() -> None:
    fields = dataclasses.fields(recognition.Span)
    parameters = inspect.signature(recognition._span).parameters
    assert [(f.name, f.default) for f in fields] == [
        (p.name, dataclasses.MISSING if p.default is inspect.Parameter.empty else p.default) for p in parameters.values()]
    made = recognition._span(1, 4, "person", "Kim", "pers-kim", cert="low", doubt=("a", "b"))
    same = recognition.Span(1, 4, "person", "Kim", "pers-kim", cert="low", doubt=("a", "b"))
    assert made == same and hash(made) == hash(same) and repr(made) == repr(same) and vars(made) == vars(same)
    assert made.replaced(cert=None, text="K") == dataclasses.replace(same, cert=None, text="K")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 2  # type: ignore[misc]
