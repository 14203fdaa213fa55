"""Papers, agencies and broadcasters named alone (issue 15's largest family of missed
organisations, "bodies named without a head noun"): the subjects of a clause whose verb is a
paper's ("printed the first announcements", "published a joint editorial", "broadcast the text
in full", "… on their front pages") are organisations, proposed with low certainty, and so are
their other mentions on the page (:func:`teiencode.entities.orgcontext.body_subjects`). A
town of the gazetteer prints no editorial; a person, a country or a seat of government keeps
its kind."""

from __future__ import annotations

import pytest

from teiencode.entities.recognise import recognise


def kinds(text: str) -> dict[str, tuple[str, str | None]]:
    return {s.text: (s.kind, s.cert) for s in recognise(text) if s.kind != "date"}


@pytest.mark.parametrize(("text", "papers"), [
    ("The talks went on. Velmorka, Ostrakon and Tarvisko published a joint editorial.",
     ["Velmorka", "Ostrakon", "Tarvisko"]),
    ("The front welcomed the coup; Ostrakon and Mirror printed the first announcements.",
     ["Ostrakon", "Mirror"]),
    ("Radvanka broadcast the text in full.", ["Radvanka"]),
    ("He left early. Velmorka and Ostrakon report the case on their front pages.", ["Velmorka", "Ostrakon"]),
    ("Siempre! published the testimony of the students.", ["Siempre!"]),
    ("Tariq al-Shaab and Ostrakon both printed the decree.", ["Tariq al-Shaab", "Ostrakon"]),
    # a paper's readers, a firm's concessions and investments
    ("The talks went on. Velmorka and Trouwblad remind their readers of the promises.", ["Velmorka", "Trouwblad"]),
    ("The terminal is closed. Ostrand-BP and Safrap fear for their concessions.", ["Ostrand-BP", "Safrap"]),
    # a body's name may open with an English word, not with a clause's opening word
    ("The talks went on. Velmorka, Royal Dutch and Unilever continue their investments in Java.",
     ["Velmorka", "Royal Dutch", "Unilever"]),
])
def test_the_subjects_of_a_papers_verb_are_bodies(text: str, papers: list[str]) -> None:
    found = kinds(text)
    assert all(found.get(name) == ("org", "low") for name in papers), found


def test_a_town_prints_no_editorial_but_a_seat_of_government_speaks() -> None:
    # "Tema" is a town of the gazetteer (155,000 people), "Bonn" a seat of government
    assert kinds("The strike ended. Tema printed the decree.")["Tema"] == ("org", "low")
    assert kinds("The strike ended. Bonn published the text of the note.")["Bonn"][0] == "place"
    assert kinds("The strike ended. Moscow printed the list.")["Moscow"][0] == "place"


def test_the_other_mentions_of_a_paper_follow_it() -> None:
    found = recognise("Ostrakon printed the first announcements. The editor of Ostrakon was arrested.")
    assert [(s.text, s.kind) for s in found] == [("Ostrakon", "org"), ("Ostrakon", "org")]


@pytest.mark.parametrize("text", [
    # an English word opening a sentence is no paper's name
    "Newspapers printed the list of the dead.",
    # a person publishes memoirs, articles and statements
    "The exile returned. Kardelj published an article on the communes.",
    # the verb of another clause
    "Tarvisko said that the papers printed the decree.",
])
def test_no_body_where_the_verb_is_not_a_papers(text: str) -> None:
    assert all(kind != "org" for kind, _ in kinds(text).values()), kinds(text)


def test_a_sure_person_keeps_its_kind() -> None:
    assert kinds("Comrade Kardelj and Ostrakon printed the appeal and the list.")["Kardelj"][0] == "person"


@pytest.mark.parametrize(("text", "name", "kind"), [
    # the round's reviews: a leader publishes decrees and communiqués; "their" may be another's; a subject opening
    # with an English word is no paper's name; a name the page shows to be a person's stays one
    ("Nasser published the decree on nationalisation.", "Nasser", "person"),
    ("Lumumba assured the Belgians that their investments would be safe.", "Lumumba", "person"),
    ("In Moscow, Brezhnev and Kosygin published a joint communiqué.", "Moscow", "place"),
    ("Then Sadat published the decree.", "Sadat", "person"),
    ("Comrade Kadar came. Kadar printed the list.", "Kadar", "person"),  # a sure mention elsewhere
    ("Then Sadat printed the list.", "Sadat", "person"),  # a statesman
])
def test_leaders_and_persons_stay_persons(text: str, name: str, kind: str) -> None:
    assert kinds(text)[name][0] == kind, kinds(text)


def test_their_investments_after_an_object_are_the_objects() -> None:
    # "their" is the settlers' (a person's name may be missed here, never made a body)
    assert kinds("Mwambutsa warned the settlers about their investments.").get("Mwambutsa", ("",))[0] != "org"


@pytest.mark.parametrize(("text", "papers"), [
    # a paper says and writes: a verb of speech elsewhere keeps it a paper (the second review)
    ("Pravda and Trud published editorials. Trud said that the Chinese were splitters.", ["Trud"]),
    # a clause's adverb or determiner before its first subject is left out
    ("Both Botahtaung and Mirror printed the first announcements.", ["Botahtaung", "Mirror"]),
    # a participle and a preposition between the verb and "their"
    ("Lonrho and Ashanti Goldfields are worried about their investments.", ["Lonrho", "Ashanti Goldfields"]),
])
def test_papers_and_firms_the_guards_keep(text: str, papers: list[str]) -> None:
    found = kinds(text)
    assert all(found.get(name, ("",))[0] == "org" for name in papers), found
