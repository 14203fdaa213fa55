"""The twenty-first round of issue 15 (docs/measurements.md): bodies named alone and heads alone
("the Party has no arms", "the Tudeh did not …"), a leader after a body and "of" ("the SDP of
Tanner"), telegrams' signatures with a stop, words in capitals inside a sentence as acronyms,
places by their heads and the words around them ("The Hague", "Cementerio General del Sur",
"crossed the Chari", "Ndjamena, 26.3.80"), legislatures named "House of …", papers' titles with
"The", and dates in figures ("24. 8. 1967", "14/7/1971", "30.IV.", "on 27.2."); with the cases
two reviews of the round found wrong, each a guard."""

from __future__ import annotations

import pytest

from teiencode.entities.recognise import recognise


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.kind) for s in recognise(text) if s.kind != "date"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The KKE speaks from Bucharest; the Party has lost most of its cadres at home.",
     [("KKE", "org"), ("Bucharest", "place"), ("Party", "org")]),
    ("Its general secretary sent word that the Party has no arms.", [("Party", "org")]),
    ("General Spínola heads the Junta.", [("Spínola", "person"), ("Junta", "org")]),
])
def test_a_head_alone_where_no_body_has_it_is_a_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_a_head_inside_a_bodys_name_is_its_antecedent() -> None:
    spans = recognise("The Communist Party of Greece met in exile. The Party has no arms.")
    party = [s for s in spans if s.text == "Party"]
    assert len(party) == 1 and party[0].kind == "org"
    assert party[0].entity == next(s.entity for s in spans if s.text == "Communist Party of Greece")


@pytest.mark.parametrize("text", [
    "According to the Party Statutes, a congress should be held.",  # a name goes on after it
    "Nobody in the Union wants war.",  # the Soviet Union, as often
    "Later the Front rejected the offer of the Kavango Liberation Front.",  # named, but later
])
def test_no_body_of_its_own_for_a_head(text: str) -> None:
    assert ("Front", "org") not in kinds(text) and ("Party", "org") not in kinds(text) \
        and ("Union", "org") not in kinds(text)


@pytest.mark.parametrize(("text", "body"), [
    ("The Tudeh did not call its members into the streets.", "Tudeh"),
    ("After the coup the Sigurimi has more names.", "Sigurimi"),
])
def test_the_subject_of_an_auxiliary_after_the_is_a_body(text: str, body: str) -> None:
    assert (body, "org") in kinds(text)


@pytest.mark.parametrize("text", [
    "The Greeks have made a foolish step.",  # a people, in the plural
    "The Sudanese did not come.",  # a people's name
    "We drove to the Ogaden. The Ogaden has no water.",  # a region of the gazetteer
])
def test_no_body_for_a_people_or_a_region(text: str) -> None:
    assert all(kind != "org" for _, kind in kinds(text)), kinds(text)


@pytest.mark.parametrize(("text", "leader"), [
    # after a sure body's acronym or a name a leader leads, and "of": its leader, even an
    # English word's ("Tanner", "Flower") where the words of a title are capitalised; after "the
    # party of" (not "the faction of": a town's as often)
    ("The Agrarian League backs the President; the SDP of Tanner is split.", "Tanner"),
    ("The BSAP and the CIO of Flower hold thousands in the camps.", "Flower"),
    ("The Najjadeh and the party of Shawi stand with the opposition.", "Shawi"),
])
def test_a_name_after_a_body_and_of_is_its_leader(text: str, leader: str) -> None:
    assert (leader, "person") in kinds(text)


@pytest.mark.parametrize(("text", "place"), [
    ("The Communist Party of Chile is banned.", "Chile"),
    ("The communists of Kerala won the election.", "Kerala"),
])
def test_a_place_after_a_body_and_of_stays_a_place(text: str, place: str) -> None:
    assert all(place not in name or kind != "person" for name, kind in kinds(text)), kinds(text)


@pytest.mark.parametrize(("text", "signed"), [
    ("The army holds the city, the port and the road to the south.\n\nPavićević.\n\n[1] A beach.",
     [("Pavićević", "person")]),
    ('The army holds the city, the port and the road to the south.\n\nFilippov."\n\nTelegraph.',
     [("Filippov", "person")]),
    # one word and a stop alone on a line, not a name: an English word, a place, early on the page
    ("The army holds the city, the port and the road to the south.\n\nConclusions.\n\nEnd.", []),
    ("The army holds the city, the port and the road to the south.\n\nAccra.", [("Accra", "place")]),
    ("Velchev.\n\nThe army holds the city, the port and the road to the south, and the airport.", []),
])
def test_a_telegrams_signature_with_a_stop(text: str, signed: list[tuple[str, str]]) -> None:
    assert kinds(text) == signed


def test_a_mission_in_a_place_whose_name_has_its_article() -> None:
    # "The Hague" is the gazetteer's name; "the GDR" is not "The GDR"
    assert kinds("Report of the Polish Embassy in The Hague on the Affair") == [
        ("Polish Embassy", "org"), ("The Hague", "place")]
    assert kinds("Report of the Soviet Embassy in the GDR") == [("Soviet Embassy", "org"), ("GDR", "place")]


def test_capitalised_words_before_an_events_head_are_no_person() -> None:
    # title case: "Moluccan Hostage" qualifies the affair ("Hostage" is a surname of the census)
    assert kinds("Report on the Moluccan Hostage Affair") == []
    # but a month after a name, a comma and a day between, is no event's head (a real page's
    # signature, found by bench/realpages)
    assert ("Oskar Fischer", "person") in kinds("With Greetings, Oskar Fischer, 29 March 1989")


@pytest.mark.parametrize(("text", "acronym"), [
    # one word in capitals before a word in lower case is an acronym, even one that Webster's
    # lists ("frap", "steg", "fiat", "copei")
    ("The talks went on. ETA and the FRAP have not accepted the truce.", "FRAP"),
    ("The talks went on. The STEG dismissed hundreds.", "STEG"),
    ("The talks went on. FIAT is afraid of strikes at its plants.", "FIAT"),
    # after "that" too ("that PEACE was the aim", an emphasis, is proposed as well, with low
    # certainty: the second review found it, and "that BOSS had warned" weighed more)
    ("General Van den Bergh said that BOSS had warned of SASO.", "BOSS"),
])
def test_a_word_in_capitals_inside_a_sentence_is_an_acronym(text: str, acronym: str) -> None:
    assert (acronym, "org") in kinds(text)


@pytest.mark.parametrize("text", [
    "The talks went on.\nLONG LIVE the friendship of our peoples!",  # words in capitals together
    "The talks went on.\nPEACE\nWe want peace.",  # alone on its line, and in lower case elsewhere
    "We want peace. PEACE is our aim.",  # written in lower case on the page too
])
def test_slogans_in_capitals_stay_words(text: str) -> None:
    assert all(kind != "org" for _, kind in kinds(text)), kinds(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a road, a lane, a quay; a French square, an Arabic market, a Spanish fort first
    ("On 3 May I called on him at his house off Ngong Road.", ("Ngong Road", "place")),
    ("The militias attacked the building on Place Mohamed Ali at noon.", ("Place Mohamed Ali", "place")),
    ("The merchants of Souk Tawile have not opened for a week.", ("Souk Tawile", "place")),
    ("Troops were brought from Fuerte Tiuna at night.", ("Fuerte Tiuna", "place")),
])
def test_heads_of_places_and_bodies(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds(text)


def test_a_field_label_place_is_no_square() -> None:
    assert kinds("Place: Ministry of Foreign Affairs") == [("Ministry of Foreign Affairs", "org")]


@pytest.mark.parametrize("text", [
    "On the morning of 23 May nine young Moluccans pulled the emergency brake.",
    "Thousands of Ibos fled to the east.",
])
def test_a_people_counted_is_no_person(text: str) -> None:
    assert all(kind != "person" for _, kind in kinds(text)), kinds(text)


def test_every_secretary_of_state_is_a_statesman() -> None:
    # "Rogers" is also a town of the gazetteer (Arkansas, 55,000 people)
    assert kinds("Two days later Rogers said no.") == [("Rogers", "person")]


@pytest.mark.parametrize(("text", "person"), [
    ("The talks went on. Kisongo fell ill and left for Paris.", "Kisongo"),
    ("The talks went on. Kisongo smiled and said nothing.", "Kisongo"),
])
def test_what_a_person_alone_does(text: str, person: str) -> None:
    assert (person, "person") in kinds(text)


@pytest.mark.parametrize("text", [
    # what a body or a village does or suffers too (the round's review)
    "Frelimo was born in Dar es Salaam in 1962.",
    "Kataeb hesitated to enter the government.",
    "Fretilin was ill-prepared for the war.",
    "Beiteddine was shot at all night.",
])
def test_what_bodies_and_villages_do_too_makes_no_person(text: str) -> None:
    assert all(kind != "person" for _, kind in kinds(text)), kinds(text)


@pytest.mark.parametrize(("text", "body"), [
    ("Sohyo called a strike, and the railwaymen of Kokuro stopped the trains.", "Kokuro"),
    ("The engineers of Gécamines were among the dead.", "Gécamines"),
    ("The ships of Navibulgar in Casablanca were not affected.", "Navibulgar"),
])
def test_a_firms_trades_and_ships_before_of(text: str, body: str) -> None:
    assert (body, "org") in kinds(text)


@pytest.mark.parametrize(("text", "place"), [
    ("The bodies were buried in the Cementerio General del Sur at night.", "Cementerio General del Sur"),
    ("They met at the Palacio Nacional de Cultura today.", "Palacio Nacional de Cultura"),
])
def test_a_landmark_named_first_goes_on_over_a_connector(text: str, place: str) -> None:
    assert kinds(text) == [(place, "place")]


@pytest.mark.parametrize(("text", "date", "iso"), [
    ("Lagos, 24. 8. 1967", "24. 8. 1967", "1967-08-24"),  # spaced figures
    ("Rabat, 14/7/1971", "14/7/1971", "1971-07-14"),  # slashes, the day first
    ("In 1989 the events of 27.2. to 5.3.1989 came.", "27.2.", "1989-02-27"),  # the year implied
    ("In 1971, on 30.IV., the riots began.", "30.IV.", "1971-04-30"),  # a Roman month, the year implied
])
def test_day_and_month_in_figures(text: str, date: str, iso: str) -> None:
    found = {s.text: s for s in recognise(text) if s.kind == "date"}
    assert date in found and found[date].when == iso, found


@pytest.mark.parametrize("text", [
    "In 1971 the plan:\n1.2. The riots began.\n2.3. Later.",  # paragraphs' numbers
    "Archive, fond 14/7/1971, box 3.",  # a call number
    "The events of 27.2. came.",  # no year to complete it
])
def test_figures_that_name_no_day(text: str) -> None:
    assert [s.text for s in recognise(text) if s.kind == "date" and ("." in s.text or "/" in s.text)] == []


@pytest.mark.parametrize("text", [
    # power and messages pass from one person to another as often as roads run between towns:
    # a route between two guessed names stays unread (tried in the round and dropped)
    "In 1971 power passed from Ulbricht to Honecker.",
    "He brought a letter from Kaggia to Odinga.",
])
def test_from_one_guessed_name_to_another_is_no_route(text: str) -> None:
    assert all(kind != "place" for _, kind in kinds(text)), kinds(text)


def test_a_name_ending_a_sentence_after_an_office_in_lower_case() -> None:
    assert ("Dupret", "person") in kinds("Among them was the Belgian ambassador Dupret. The King hid.")


def test_a_name_after_an_elided_article_is_a_papers_or_a_places() -> None:
    found = kinds("The talks went on. An-Nahar and L'Orient accept the landing as the lesser evil.")
    assert ("L'Orient", "org") in found and ("An-Nahar", "org") in found


@pytest.mark.parametrize(("text", "expected"), [
    # the round's review: each of these went wrong with the round's first rules
    ("In 1976 Karamanlis visited Belgrade.", ("Karamanlis", "person")),  # a year is no count
    ("Ambassador Lane met Bierut in Warsaw.", ("Lane", "person")),  # "lane" is no place's head
    ("The SPD of Schleswig-Holstein voted against it.", ("Schleswig-Holstein", "place")),  # a region after "of"
    ("The Arctic Circle is cold.", ("Arctic", "place")),  # "circle" heads no body
    ("The army holds the city, the port and the road to the south and the village of\nMukhtara.",
     ("Mukhtara", "place")),  # a wrapped line is no signature
])
def test_mentions_kept_against_the_rounds_rules(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds(text)


@pytest.mark.parametrize("text", [
    "He said Moscow would ALWAYS support such demands.",  # an emphasis in capitals
    "The slogan PEACE and friendship was on every wall.",
    "He fought at the Front in 1943.",  # a war's front
    "The Party line must be observed.",  # a noun the head qualifies
])
def test_no_body_or_place_for_emphasis_fronts_and_qualifiers(text: str) -> None:
    assert all(kind not in {"org", "place"} or name == "Moscow" for name, kind in kinds(text)), kinds(text)


@pytest.mark.parametrize("text", [
    "In 1971 see points 2.1., 2.2. and 2.3. of the plan.",
    "In 1971 see chapters 2.3. to 4.5. of the plan.",
    "In 1971 it rose by 2.5. per cent.",
    "In 1971 the talks lasted from 9.00 until 11.10. on Monday.",
    "In 1971 see Section 3.IV. of the report.",
    "Ref. 12/3/1971 and Nr 14/7/1971",
])
def test_figures_that_name_no_day_after_a_word(text: str) -> None:
    assert [s.text for s in recognise(text) if s.kind == "date" and s.text != "1971"] == []


def test_a_slashed_date_in_a_header_field() -> None:
    assert [s.text for s in recognise("Date: 14/7/1971") if s.kind == "date"] == ["14/7/1971"]


@pytest.mark.parametrize(("text", "body"), [
    ("The NDP voted against the measures in the House of Commons.", "House of Commons"),
    ("The House of Representatives voted on Monday.", "House of Representatives"),
    ("The 2nd REP of the Foreign Legion was dropped over the town.", "Foreign Legion"),
])
def test_chambers_and_legions_are_bodies(text: str, body: str) -> None:
    assert (body, "org") in kinds(text)


@pytest.mark.parametrize("text", [
    # groupings of states, no bodies ("bloc" heads none: the second review)
    "The countries of the Socialist Bloc condemned the aggression.",
    "The Eastern Bloc countries sent notes.",
])
def test_a_bloc_is_no_body(text: str) -> None:
    assert all(kind != "org" for _, kind in kinds(text)), kinds(text)


@pytest.mark.parametrize(("text", "body"), [
    ("ITT is named in The New York Times again.", "The New York Times"),  # a paper's title takes its article
    ("He read it in The Ethiopian Herald yesterday.", "The Ethiopian Herald"),
    ("He met the Politburo.", "Politburo"),  # an article in lower case is none
    ("Hermann Axen The Ethiopian Herald reported it.", "Ethiopian Herald"),  # a name before, no word in lower case
])
def test_a_papers_title_keeps_its_article(text: str, body: str) -> None:
    assert (body, "org") in kinds(text)


@pytest.mark.parametrize(("text", "dates"), [
    # the second review: a year before is no day's date to join; ranges after "from", "between"
    ("The plan for 1971, 2.3. and 2.4. were discussed.", ["1971"]),
    ("In May 1971, 3.1. of the programme was read.", ["May 1971"]),
    ("In 1989 from 27.2. to 5.3. the riots went on.", ["1989", "27.2.", "5.3."]),
    ("In 1989 between 27.2. and 3.3. they met.", ["1989", "27.2.", "3.3."]),
    ("In 1971 see paragraph 3.IV. and 4.V. here.", ["1971"]),
    ("In 1971 see Nr. 3.IV. here.", ["1971"]),
])
def test_days_in_figures_joined_and_numbered(text: str, dates: list[str]) -> None:
    assert [s.text for s in recognise(text) if s.kind == "date"] == dates


@pytest.mark.parametrize(("text", "expected"), [
    ("He also met the British ambassador Hope. The talks went on.", ("Hope", "person")),  # an English word
    ("The guards opened fire. Kisongo was shot dead by the police.", ("Kisongo", "person")),
    ("The police shot Kisongo at the gate.", ("Kisongo", "person")),
    ("He was admitted to the Party in 1945.", ("Party", "org")),  # "to the" before any head but "Front"
])
def test_persons_and_bodies_the_guards_keep(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds(text)


@pytest.mark.parametrize("text", [
    "At the Front he was wounded in 1943.",  # capitalised
    "He was appointed ambassador Plenipotentiary. The King left.",  # a title's word
])
def test_no_mention_for_a_war_front_or_a_title_word(text: str) -> None:
    assert all(kind not in {"org", "person"} for _, kind in kinds(text)), kinds(text)


@pytest.mark.parametrize(("text", "place"), [
    # a dateline's date in figures ("Ndjamena, 26.3.80")
    ("CIPHERED TELEGRAM No. 118\nTOP SECRET\nNdjamena, 26.3.80\nSpecial No. 2", "Ndjamena"),
    # a name alone after a way's or a direction's preposition and "the"
    ("Some sixty thousand inhabitants have crossed the Chari to Kousseri.", "Chari"),
    ("The column moved north of the Shouf at night.", "Shouf"),
])
def test_places_the_words_around_show(text: str, place: str) -> None:
    assert (place, "place") in kinds(text)


@pytest.mark.parametrize("text", [
    "The column moved along the Wujek and Manifest mines.",  # names before the noun they qualify
    "He served in the Wehrmacht.",  # after "in the" and "from the" bodies stand as often
    "He came from the Tudeh.",
])
def test_no_place_after_the_where_bodies_stand(text: str) -> None:
    assert all(kind != "place" for _, kind in kinds(text)), kinds(text)
