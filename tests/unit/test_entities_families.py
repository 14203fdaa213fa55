"""Families of mentions the recogniser once missed or mistyped on unseen
pages: each test states the rule on sentences written for it."""

from __future__ import annotations

import pytest

from teiencode.entities import recognise
from teiencode.entities.dates import find_dates

from entity_spans import of_kind


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(("text", "when"), [
    ("[stamp: received 3.11.82]", "1982-11-03"),
    ("Received on 14.6.57 by the cipher office.", "1957-06-14"),
    ("Addis Ababa, 4-XI-1981", "1981-11-04"),
    ("[stamp: received 4/XI/81]", "1981-11-04"),
])
def test_numeric_date_with_two_digit_year(text: str, when: str) -> None:
    assert [d.when for d in find_dates(text)] == [when]


@pytest.mark.parametrize("text", ["See folder 2.035/92.", "Version 1.2.3 of the code.", "Paragraphs 4.5.12 and 3.1.7.",
                                  "Shelf 4-IV-12, second row."])
def test_numbers_with_points_that_are_no_dates(text: str) -> None:
    assert find_dates(text) == []


def test_the_month_before_a_noun_names_that_month() -> None:
    found = find_dates("We will raise it at the October plenum.", 1983)
    assert [(d.text, d.when) for d in found] == [("October", "1983-10")]


@pytest.mark.parametrize("text", ["They marched in the May Day parade.", "May the talks succeed."])
def test_the_month_in_a_holiday_or_a_wish_is_no_date(text: str) -> None:
    assert find_dates(text, 1983) == []


# --------------------------------------------------------------------------- persons


@pytest.mark.parametrize("text", [
    "Nixon has mined the ports. Brezhnev said nothing.",
    "But Thatcher will not agree. Mitterrand hesitates.",
    "We met in Moscow. Gromyko spoke first. Kosygin listened.",
])
def test_a_statesman_of_the_period_alone_is_a_person(text: str) -> None:
    assert len(of_kind(text, "person")) == 2


def test_a_statesman_named_like_a_place_is_a_person() -> None:
    assert of_kind("Kennedy sent more advisers to Saigon.", "person") == ["Kennedy"]


def test_a_statesman_surname_inside_a_longer_name_is_that_name() -> None:
    assert of_kind("The Ford Foundation paid for it.", "person") == []
    assert of_kind("He met Lyndon Johnson twice.", "person") == ["Lyndon Johnson"]


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(("text", "place"), [
    ("The crowd gathered on Wenceslas Square in the morning.", "Wenceslas Square"),
    ("The talks were held in the Great Hall of the People.", "Great Hall of the People"),
    ("Place: Government House", "Government House"),
    ("Wreaths were laid at the National Monument before noon.", "National Monument"),
])
def test_a_name_ending_in_a_square_palace_or_building_is_a_place(text: str, place: str) -> None:
    assert place in of_kind(text, "place")
    assert of_kind(text, "person") == []


def test_hall_after_a_given_name_stays_a_person() -> None:
    assert of_kind("The delegation met Gus Hall twice.", "person") == ["Gus Hall"]


def test_a_city_is_known_without_its_diacritics() -> None:
    assert of_kind("The delegation visited the mines near Bogota and the port.", "place") == ["Bogota"]


@pytest.mark.parametrize(("text", "found"), [
    ("The rebels hide in the hills of Tarnow and attack at night.", ["Tarnow"]),
    ("Refugees from the border provinces of Sayaboury have arrived.", ["Sayaboury"]),
    ("He lives in the districts of Ulgii [Olgiy] with his family.", ["Ulgii", "[Olgiy]"]),
    ("We need trucks for the coal mines of Tavan Tolgoi this year.", ["Tavan Tolgoi"]),
    ("The people of Mbalavala voted against it.", ["Mbalavala"]),
])
def test_unknown_names_after_a_place_noun_are_places(text: str, found: list[str]) -> None:
    assert of_kind(text, "place") == found
    assert of_kind(text, "person") == []


# --------------------------------------------------------------------------- organisations


@pytest.mark.parametrize("name", [
    "Archiwum Państwowe w Krakowie",
    "Arkib Negara Malaysia",
    "Archivo General de la Nación",
    "Politisches Archiv des Auswärtigen Amts",
    "Ministère des Affaires Étrangères",
    "Arsip Nasional Republik Indonesia",
    "Archivio Centrale dello Stato",
    "Magyar Nemzeti Levéltár",
])
def test_a_foreign_archive_or_ministry_is_one_organisation(name: str) -> None:
    text = f"Source: {name}, fond 12, file 3. Translated by a colleague."
    assert of_kind(text, "org") == [name]
    assert of_kind(text, "person") == of_kind(text, "place") == []


@pytest.mark.parametrize(("text", "org"), [
    ("He had read it in the newspaper Rodong Sinmun that morning.", "Rodong Sinmun"),
    ("We met Tran Van Ba, editor of Quan Doi [The Army], at noon.", "Quan Doi"),
])
def test_a_newspaper_named_by_its_context_is_an_organisation(text: str, org: str) -> None:
    assert org in of_kind(text, "org")
    assert org not in of_kind(text, "person")


def test_a_roman_numeral_closes_an_organisation_name() -> None:
    text = "State Archives Department IV, Prague, fond 5."
    assert of_kind(text, "org") == ["State Archives Department IV"]


@pytest.mark.parametrize(("text", "org"), [
    ("On behalf of the Central Committee of the SED I thank the comrades.",
     "Central Committee of the SED"),
    ("In the name of the CC of the PZPR I greet you.", "CC of the PZPR"),
])
def test_the_speaker_after_an_organisation_is_no_numeral_of_its_name(text: str, org: str) -> None:
    assert of_kind(text, "org") == [org]


def test_an_organisation_written_in_capitals_runs_over_common_words() -> None:
    text = "MEETING WITH THE CENTRAL COMMITTEE OF THE WORKERS PARTY OF KOREA\n\nDate: 3 May 1983"
    assert of_kind(text, "org") == ["CENTRAL COMMITTEE OF THE WORKERS PARTY OF KOREA"]


def test_a_classification_word_is_no_part_of_an_organisation() -> None:
    assert of_kind("Strictly Secret Party Matter\n\nThe talks began.", "org") == []


def test_letters_before_a_call_number_are_no_organisation() -> None:
    assert of_kind("Arkib Negara Malaysia, KPM.3/81/12, file 2.", "org") == ["Arkib Negara Malaysia"]


def test_a_named_group_of_states_is_an_organisation() -> None:
    assert of_kind("What do you expect from the Lima Group now?", "org") == ["Lima Group"]


# --------------------------------------------------------------------------- false and partial persons


def test_a_phrase_before_a_colon_is_no_speaker() -> None:
    text = "Note on the talks\n\nAlso present: Comrade K. Hager; Comrade Luis Vega.\n\nSitting in: Ambassador Lee."
    assert of_kind(text, "person") == ["K. Hager", "Luis Vega", "Lee"]


def test_a_bracket_in_a_label_keeps_the_name() -> None:
    text = "Premier Li [Peng] (hereafter Li): We agree."
    assert of_kind(text, "person")[0] == "Li [Peng]"


@pytest.mark.parametrize(("text", "person"), [
    ("It was translated by Adrian K. Wolff in 2004.", "Adrian K. Wolff"),
    ("The Chinese side was led by Comrade Wu Xiuquan and others.", "Wu Xiuquan"),
    ("Present were Marshal Ye Jianying and Vice Premier Chen Yi.", "Ye Jianying"),
])
def test_a_given_name_with_an_adjective_ending_is_part_of_the_name(text: str, person: str) -> None:
    assert person in of_kind(text, "person")


def test_an_adjective_before_an_initial_stays_outside() -> None:
    assert of_kind("He met the Rhodesian F. Smith twice.", "person") == ["F. Smith"]


@pytest.mark.parametrize(("text", "person"), [
    ("Present on the Chinese side: Qiao Guanhua, He Dongchang and two experts.", "He Dongchang"),
    ("The Vietnamese poet To Huu read the text aloud.", "To Huu"),
])
def test_a_family_name_that_is_an_english_word_opens_a_name(text: str, person: str) -> None:
    assert person in of_kind(text, "person")


def test_the_pronoun_opening_a_sentence_is_no_name() -> None:
    assert of_kind("He Dongchang spoke. He said that we agree.", "person") == []


@pytest.mark.parametrize("text", [
    "They signed the Agreement on Trade and Navigation in Moscow.",
    "The Treaty of Peace and Friendship was renewed.",
    "He is President of the Republic and Coordinator of the Council of Ministers.",
    "The Agreement on Economic and Technical Cooperation was signed.",
    "May I make one suggestion, Mr. Prime Minister, before we part?",
    "But I'll try to reach him tomorrow.",  # a contraction
    "The Air Force Attaché is a Colonel, the Navy Attaché too.",  # a rank alone
    "PLACE: Guest House, Villa 2, Peking",  # a numbered thing
    "He asked whether Treasury and Commerce agreed with the Republican leaders.",  # departments
    "The Oriental Economist printed the Congressional hearings on 1 Sept.",  # adjectives, months
])
def test_nouns_of_treaties_and_offices_contractions_and_numbered_things_are_no_persons(text: str) -> None:
    assert of_kind(text, "person") == []
    assert all(p in {"Moscow", "Guest House", "Peking"} for p in of_kind(text, "place"))


def test_where_an_embassy_is_named_is_a_place() -> None:
    text = "Embassy of the ČSSR in the YAR\nStrictly confidential\n\nThe YAR government agreed."
    assert of_kind(text, "place") == ["YAR", "YAR"]
    assert of_kind(text, "org") == ["Embassy of the ČSSR"]


def test_the_seat_of_an_embassy_ends_where_the_capitals_change() -> None:
    assert "DRV" in of_kind("Embassy of the USSR in the DRV Hanoi, 3 May 1967", "place")


@pytest.mark.parametrize("text", ["Letter From Kim Il Sung To Stalin\n\nDear comrade.",
                                  "Report On An Incident Near Kaesong\n\nThe guards fired."])
def test_an_english_word_in_a_title_case_heading_opens_no_name(text: str) -> None:
    assert not any(p.startswith(("To ", "An ")) for p in of_kind(text, "person"))


def test_a_group_named_after_persons_keeps_the_persons() -> None:
    text = "The Lin Biao Group and the Pol Pot-Ieng Sary Group were denounced."
    assert of_kind(text, "person") == ["Lin Biao", "Pol Pot", "Ieng Sary"]
    assert of_kind(text, "org") == []


def test_a_family_name_that_is_an_english_word_after_a_title() -> None:
    assert of_kind("Taking part: Comrade Wu Xueqian and Comrade He Kang.", "person") == ["Wu Xueqian", "He Kang"]


def test_capitalised_words_coordinated_in_a_treaty_name_are_no_person() -> None:
    assert of_kind("The Treaty of Friendship and Mutual Assistance was renewed.", "person") == []


def test_a_city_is_no_abstract_noun() -> None:
    assert of_kind("He is going to the Forbidden City and so the press will follow.", "place") == ["Forbidden City"]


@pytest.mark.parametrize("acronym", ["DRA", "PDRY", "PRA", "PRM", "RSR"])
def test_the_acronym_of_a_state_of_the_period_is_a_place(acronym: str) -> None:
    assert of_kind(f"The delegation of the {acronym} arrived on Monday.", "place") == [acronym]


@pytest.mark.parametrize(("text", "place"), [
    ("The ministers met again at Kardzhali the next morning.", ["Kardzhali"]),  # after "at"
    ("He spent the summer at Villa Borghetto with his family.", ["Villa Borghetto"]),
    ("Fighting went on in Kashmir and the Punjab.", ["Kashmir", "Punjab"]),  # in the gazetteer
    ("The fleet crossed the Adriatic towards Bari.", ["Adriatic", "Bari"]),
    ("The rebels hold the villages of Central Java.", ["Central Java"]),
    ("Refugees came from the Transvaal and from Katanga.", ["Transvaal", "Katanga"]),
])
def test_names_after_at_and_provinces_islands_and_seas_are_places(text: str, place: list[str]) -> None:
    assert of_kind(text, "place") == place
    assert of_kind(text, "person") == []


@pytest.mark.parametrize(("text", "person"), [
    ("Sheikh Sabah received the ambassador at noon.", "Sabah"),
    ("In the evening Comrade Lima replied to the questions.", "Lima"),
])
def test_a_title_makes_a_person_of_a_name_the_gazetteer_knows(text: str, person: str) -> None:
    assert of_kind(text, "person") == [person]
    assert of_kind(text, "place") == []


def test_a_title_ending_a_sentence_names_nobody_in_the_next() -> None:
    assert of_kind("He thanked the Prime Minister. Vietnam had suffered.", "place") == ["Vietnam"]


def test_a_language_named_from_a_state_is_no_name() -> None:
    assert recognise("The Serbo-Croatian text has a different word here.") == []


@pytest.mark.parametrize(("text", "persons"), [
    ("Archive of the Ministry of Foreign Affairs, Problema 220, dosar 14.", []),
    ("Presidential Library, K. P. Menon Papers, file 27.", ["K. P. Menon"]),
    ("National Archive, Fundo Colonial, caixa 3.", []),
])
def test_the_words_of_archival_references_are_no_names(text: str, persons: list[str]) -> None:
    assert of_kind(text, "person") == persons


def test_a_museum_is_an_organisation() -> None:
    assert of_kind("Papers kept at the Rhodes Memorial Museum, Oxford.", "org") == [
        "Rhodes Memorial Museum"]


@pytest.mark.parametrize(("text", "person"), [
    ("The delegation was received by Com[andante] Ortega in the afternoon.", "Ortega"),
    ("Compañero Borge thanked the hosts.", "Borge"),
    ("Genosse Axen sprach zuerst.", "Axen"),
])
def test_a_title_of_another_language_stays_outside_the_name(text: str, person: str) -> None:
    assert of_kind(text, "person") == [person]


def test_a_name_before_a_number_in_a_sentence_stays_a_person() -> None:
    assert of_kind("We had a call from Dobrynin 2 hours ago about it.", "person") == ["Dobrynin"]


@pytest.mark.parametrize(("text", "orgs"), [
    ("The Pathet Lao’s units and the Viet Cong moved south.", ["Pathet Lao", "Viet Cong"]),
    ("Talks with the Kuomintang and with Fatah failed.", ["Kuomintang", "Fatah"]),
])
def test_movements_of_the_period_without_a_head_noun_are_organisations(text: str, orgs: list[str]) -> None:
    assert of_kind(text, "org") == orgs
    assert of_kind(text, "person") == []


@pytest.mark.parametrize("text", ["fond 1-B, opis 101, a.e. 1788", "AAN, teczka 1956, k. 4", "MSZ, sygn. 1960/12"])
def test_a_number_in_another_archive_s_call_number_is_no_year(text: str) -> None:
    assert find_dates(text) == []
