"""The families of errors found on real archive pages (bench/realpages),
each stated as a rule on sentences written for it: the capitals of a
source reference, fields of names, a possessive in capitals, two persons
read as one, and organisations run on over a date or a document's kind."""

from __future__ import annotations

import pytest

from teiencode.entities.citations import TITLE, kind_in_reference

from entity_spans import of_kind


# --------------------------------------------------------------------------- source references

REFERENCE = ("Reprinted in Olga Vetrinskaia and Pavel Dromov, Sovetsko-Albanskie Sviazi, Vol. 2 "
             "(Moscow: Zvezdnyi Put, 2004), p. 31.")


def test_the_authors_after_reprinted_in_are_no_places() -> None:
    assert of_kind(REFERENCE, "place") == ["Moscow"]
    assert "Olga Vetrinskaia" in of_kind(REFERENCE, "person")


def test_a_title_before_a_volume_is_no_person() -> None:
    assert "Sovetsko-Albanskie Sviazi" not in of_kind(REFERENCE, "person")


def test_the_publisher_after_the_city_is_an_organisation() -> None:
    assert of_kind(REFERENCE, "org") == ["Zvezdnyi Put"]


@pytest.mark.parametrize("text", [
    "Mikhail Ivanov, Kitai posle Voiny, Leningrad, 1978.",
    "Translated from Gaige yilai Waijiao wenxuan [Diplomatic writings since the reform], vol. 2.",
])
def test_a_title_in_another_language_is_no_person(text: str) -> None:
    persons = of_kind(text, "person")
    assert "Kitai" not in " ".join(persons) and "Gaige" not in persons


def test_a_name_the_document_names_elsewhere_stays_a_name_inside_a_title() -> None:
    text = "Comrade Veshan Doru spoke first.\nSource: Veshan Doru yilai Kamo wenji, vol. 3."
    assert of_kind(text, "person").count("Veshan Doru") == 2
    assert kind_in_reference("Veshan Doru yilai Kamo", 0, 11, "person") == TITLE


@pytest.mark.parametrize("text", ["RGANI, Fond 5, Opis 30, Papka 7, Listy 12-14.",
                                  "Archive of Foreign Policy, Fond 07, Opis 2, Delo 9, Listy 40-41."])
def test_the_units_of_an_archival_reference_are_no_persons(text: str) -> None:
    assert of_kind(text, "person") == []


def test_a_capitalised_unit_before_a_number_is_no_place() -> None:
    assert kind_in_reference("Otnosheniia, Vol. 5, Book 2", 13, 16, "place") == ""
    assert kind_in_reference("a talk with Kim on 5 May", 12, 15, "person") == "person"


# --------------------------------------------------------------------------- fields, abbreviations


@pytest.mark.parametrize(("text", "field"), [
    ("Copies: Mikoyan (2), Suslov, Kozlov\n", "Copies"),
    ("Recorder: [not named]\n", "Recorder"),
])
def test_a_label_of_ordinary_words_before_a_list_of_names_is_a_field(text: str, field: str) -> None:
    assert field not in of_kind(text, "person")


def test_a_speaker_label_is_still_a_speaker() -> None:
    assert of_kind("Dorzhiev: We agree with you.\n", "person") == ["Dorzhiev"]


@pytest.mark.parametrize("text", ["[handwritten: to Cdes. Varnov and Samsonov]",
                                  "Report of the Soviet Ambassador, Yu. V. Andropov, on 9 Jul"])
def test_abbreviations_of_comrades_and_months_are_no_persons(text: str) -> None:
    persons = of_kind(text, "person")
    assert "Cdes" not in persons and "Jul" not in persons


def test_a_possessive_in_capitals_ends_a_name() -> None:
    text = "INFORMATION ABOUT CDE. V. M. SOLOVKIN'S TALKS WITH CDE. J. WALCZAK\n"
    assert "V. M. SOLOVKIN" in of_kind(text, "person")


# --------------------------------------------------------------------------- two persons read as one


def test_two_names_the_document_names_apart_are_two_persons_where_they_meet() -> None:
    text = ("Comrade Olzvoi arrived on Monday. Comrade Dambadorj received him.\n"
            "In his talk with Olzvoi Dambadorj announced the plan.")
    assert of_kind(text, "person") == ["Olzvoi", "Dambadorj", "Olzvoi", "Dambadorj"]


def test_a_full_name_written_once_is_not_split_by_its_parts() -> None:
    text = "Comrade Tserendash Olzvoi arrived. Olzvoi said the plan was ready."
    assert "Tserendash Olzvoi" in of_kind(text, "person")


# --------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(("text", "org"), [
    ("It was decided at the meeting of the Politburo on Monday.", "Politburo"),
    ("Vandorian Ministry of Foreign Affairs Cable\n\nTo: Moscow", "Vandorian Ministry of Foreign Affairs"),
    ("The Department of Documents on the Workers' Party keeps it.", "Department of Documents on the Workers' Party"),
])
def test_an_organisation_ends_before_a_date_or_a_kind_of_document(text: str, org: str) -> None:
    assert org in of_kind(text, "org")


def test_a_state_named_with_a_head_of_organisations_is_the_seat_of_an_embassy() -> None:
    text = "Cable from the Polish Embassy in the Soviet Union, 'On the Harvest'"
    assert of_kind(text, "place") == ["Soviet Union"]


def test_a_speaker_label_before_a_comma_stays_a_speaker() -> None:
    assert of_kind("Brown: Yes, Carter, we agree.\n", "person")[:1] == ["Brown"]


@pytest.mark.parametrize(("text", "place"), [
    ("The President of the RSFSR received the delegation.", "RSFSR"),
    ("the republics of the former Union of SSR agreed", "Union of SSR"),
    ("A note from the Ukrainian SSR was read out.", "Ukrainian SSR"),
])
def test_the_soviet_republics_and_the_union_are_states(text: str, place: str) -> None:
    assert place in of_kind(text, "place")
    assert of_kind(text, "org") == []


def test_a_field_of_an_archive_s_page_is_no_organisation() -> None:
    assert of_kind("Document Information\nSource\nOriginal Archive\nRights\n", "org") == []


def test_the_name_of_a_mailbox_is_no_mention() -> None:
    assert of_kind("Write to the program at KVPR@archive.example.org for copies.", "org") == []


# --------------------------------------------------------------------------- fourth round: real archive pages


@pytest.mark.parametrize(("text", "person"), [
    ("The delegation was met by Marshal Oh Sang Gu at the airport.", "Oh Sang Gu"),
    ("We asked why Oh Sang Gu, and not his deputy, spoke first.", "Oh Sang Gu"),
    ("the interpreter of Seol Min-ho [So Min Ho], who came along", "So Min Ho"),
    ("Later that day Comrade An Bo Ram called on us.", "An Bo Ram"),
])
def test_a_one_syllable_family_name_that_is_an_english_word_opens_the_name(text: str, person: str) -> None:
    assert person in of_kind(text, "person")


def test_a_one_syllable_word_before_a_longer_name_is_not_its_family_name() -> None:
    assert of_kind("We waited. So Pak Hon Yong left for the capital alone.", "person") == ["Pak Hon Yong"]


def test_a_heading_s_verb_after_a_name_is_not_part_of_it() -> None:
    text = "Cable, 'Chilean Minister Ana María Pérez Rojas Explains the New Course', 1971"
    assert of_kind(text, "person") == ["Ana María Pérez Rojas"]


def test_a_plural_abstract_noun_in_a_title_is_no_person() -> None:
    assert of_kind("Proposals arising from Negotiations in the Present Period", "person") == []


def test_a_field_of_names_labelled_with_words_the_list_also_holds_as_names() -> None:
    text = "Minutes of the Session\n\nThose Taking Part: Kovacs, Horvath, Szabo, Nagy.\n"
    assert "Taking Part" not in of_kind(text, "person")
    assert "Horvath" in of_kind(text, "person")


def test_an_organisation_ends_before_a_day_even_when_and_follows_a_comma() -> None:
    text = "as decided at the sitting of the Presidium on Tuesday, and the steps taken"
    assert of_kind(text, "org") == ["Presidium"]


def test_a_page_s_buttons_after_a_dash_are_no_persons() -> None:
    text = "Cite this page: https://archive.example.org/doc/42 - Print\n- Bookmark\nRead the document"
    assert of_kind(text, "person") == []


@pytest.mark.parametrize("text", [
    "Central State Archive, KR Z14 T7 W2.",
    "Hungarian National Archives, M-KT-301-12/5544 o.e.",
    "Enclosure to No. QX/0231/71\n",
])
def test_the_capitals_of_a_call_number_are_no_mention(text: str) -> None:
    assert [m for kind in ("person", "place", "org") for m in of_kind(text, kind) if m in {"KR", "KT", "No. QX"}] == []


def test_a_name_before_a_number_of_copies_stays_a_name() -> None:
    assert "Bulganin" in of_kind("Distribution - 5 copies: Stalin - 2, Bulganin-1, Beria - 1", "person")


def test_surnames_before_their_initials_in_a_list_are_persons() -> None:
    text = "Present: Comrades Varga, L.I.; Halasz, Iu.V.; Toth, A.Ia.; Kerek, D.F.\n"
    assert of_kind(text, "person") == ["Varga", "Halasz", "Toth", "Kerek"]


def test_a_place_before_initials_is_no_surname() -> None:
    assert of_kind("Offices in Washington, D.C.; and London.", "person") == []


def test_a_surname_that_ends_like_a_state_is_no_demonym() -> None:
    text = "From our side: Cdes. I. K. Petrenko; V. I. Samodin, the new representative."
    assert "V. I. Samodin" in of_kind(text, "person")


# Fifth round: families of the real pages' two recall sets.


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Contributed by Georgia Velkova and translated by Anna Petrova.", "person", "Georgia Velkova"),
    ("Document obtained by Ma Lin and translated by Oliver Grant.", "person", "Ma Lin"),
    ("ships near the Spratly islands were seen", "place", "Spratly islands"),
    ("peace on the Balkan peninsula", "place", "Balkan peninsula"),
])
def test_what_stands_around_a_name_says_its_kind(text: str, kind: str, name: str) -> None:
    """A credit before persons ("Obtained by …"), a lower-case head after a place."""
    assert name in of_kind(text, kind)


def test_a_credit_to_an_organisation_is_no_person() -> None:
    text = "Obtained by the State Archive and translated by Central Translation Bureau."
    assert of_kind(text, "person") == []


def test_a_classification_ends_the_seat_of_an_embassy() -> None:
    assert "LAOS" in of_kind("CZECHOSLOVAK EMBASSY IN LAOS STRICTLY CONFIDENTIAL\n", "place")


def test_states_and_peoples_joined_by_a_hyphen_are_places() -> None:
    places = of_kind("the Japan-Korea talks, as in the old Austria-Hungary, and Soviet-Mongolia trade", "place")
    assert places == ["Japan", "Korea", "Austria", "Hungary", "Mongolia"]


def test_a_surname_before_a_place_after_a_hyphen_stays_no_place() -> None:
    assert of_kind("a cabinet under Mendès-France was formed", "place") == []



# Sixth round: families of the third recall set and the leftovers.


@pytest.mark.parametrize("text", [
    "They discussed the US withdrawal with the minister.",
    "a treaty binding under US and French law",
    "the planned Canada-US pact",
])
def test_a_state_spelt_like_a_word_in_capitals_is_a_place(text: str) -> None:
    assert "US" in of_kind(text, "place")


def test_the_same_letters_among_capitals_stay_a_word() -> None:
    assert "US" not in of_kind("HELP US WIN THE HARVEST\nand so on", "place")


@pytest.mark.parametrize(("text", "names"), [
    ("The envoy met c. Horak and c. Jan Vesely at noon.", ["Horak", "Jan Vesely"]),
    ("(c. Tsogt, head of department)", ["Tsogt"]),
])
def test_a_lower_case_c_for_comrade_opens_a_person(text: str, names: list[str]) -> None:
    assert of_kind(text, "person") == names


def test_c_before_a_year_is_circa() -> None:
    assert of_kind("a church built c. 1350 near Brno", "person") == []


# Seventh round: organisations (legislatures, the Internationals, heads of foreign names).


LEGISLATURE = ("The letter went to the Congress of the United States. In Congress the Senate and the House "
               "argued, and the US Congress voted in May.")


def test_a_page_that_names_a_legislature_names_its_chambers_alone() -> None:
    assert of_kind(LEGISLATURE, "org") == ["Congress", "Congress", "Senate", "House", "US Congress"]


def test_a_state_before_a_chamber_is_a_place_where_no_legislature_is_named() -> None:
    text = "the Nicaraguan bands lost ground, but the USA Congress will vote new money."
    assert of_kind(text, "place") == ["USA"]
    assert of_kind(text, "org") == []


def test_congress_alone_stays_a_party_meeting() -> None:
    assert of_kind("The Twentieth Congress opened; the Congress elected a new House committee.", "org") == []


@pytest.mark.parametrize(("text", "name"), [
    ("the collapse of the second International. Then", "second International"),
    ("He spoke against the Third International in 1935.", "Third International"),
])
def test_an_ordinal_before_international_names_an_international(text: str, name: str) -> None:
    assert of_kind(text, "org") == [name]


def test_an_ordinal_international_before_a_head_is_no_international() -> None:
    assert "Third International" not in of_kind("the Third International Conference on Rice", "org")


@pytest.mark.parametrize("name", ["Bereich Kommerzielle Koordinierung", "Hauptverwaltung Aufklärung",
                                  "Tsentr Khraneniya Istoricheskoi Dokumentatsii", "Glavnoe Upravlenie Kadrov",
                                  "Komitet po Delam Iskusstv"])
def test_a_foreign_word_for_an_office_heads_an_organisation(name: str) -> None:
    assert of_kind(f"The papers of the {name} were read in 1990.", "org") == [name]


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("a note of the M[inistry of] F[oreign] A[ffairs] to the embassy", "M[inistry of] F[oreign] A[ffairs]", "org"),
    ("the R[ussian] S[oviet] F[ederation] S[ocialist] R[epublic] and its neighbours",
     "R[ussian] S[oviet] F[ederation] S[ocialist] R[epublic]", "place"),
])
def test_capitals_the_editor_completed_in_brackets_spell_one_name(text: str, name: str, kind: str) -> None:
    assert of_kind(text, kind) == [name]


def test_a_completed_office_is_no_organisation() -> None:
    assert of_kind("signed: H[ead of the] D[epartment] on 3 May", "org") == []


def test_a_name_after_an_acronym_ends_an_organisation() -> None:
    text = "the Second Department of the KGB Pavel Orlov (as interpreter) and the CPSU Central Committee"
    assert of_kind(text, "org") == ["Second Department of the KGB", "CPSU Central Committee"]
