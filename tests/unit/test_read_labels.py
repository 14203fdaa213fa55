"""Speaker labels: every form of the family, and what must not be a label."""

from __future__ import annotations

import pytest

from teiencode.read.labels import find_label, is_name_like, label_kind

KNOWN = {"J. Batmunkh", "Le Duc Tho"}


def _label(text: str):  # type: ignore[no-untyped-def]
    return find_label(text, KNOWN, lambda name: name.upper() in {"LE DUAN", "J. BATMUNKH", "LE DUC THO"})


@pytest.mark.parametrize(("text", "label", "speech"), [
    ("Heng Samrin: Head of the delegation", "Heng Samrin:", "Head"),
    ("Cde. Tsedenbal: Dear Comrade", "Cde. Tsedenbal:", "Dear"),
    ("Cde Kaysone: Thank you", "Cde Kaysone:", "Thank"),
    ("Comrade E. Honecker: remarked that", "Comrade E. Honecker:", "remarked"),
    ("Chairman Mao: Welcome", "Chairman Mao:", "Welcome"),
    ("The Secretary: I agree", "The Secretary:", "I"),
    ("Premier [Zhou Enlai]: Yes", "Premier [Zhou Enlai]:", "Yes"),
    ("Prime Minister Pham (hereafter, Pham): Thanked", "Prime Minister Pham (hereafter, Pham):", "Thanked"),
    ("Premier Zhou [Enlai] (to be abbreviated as Zhou): Your", "Premier Zhou [Enlai] (to be abbreviated as Zhou):", "Your"),
    ("O. DORTICOS. We are very glad", "O. DORTICOS.", "We"),
    ("C. R. RODRIGUEZ. I would add", "C. R. RODRIGUEZ.", "I"),
    ("LE DUAN We are grateful", "LE DUAN", "We"),
    ("J. Batmunkh Could you make", "J. Batmunkh", "Could"),
    ("Le Duc Tho Yesterday I received", "Le Duc Tho", "Yesterday"),
    ("North: Our side", "North:", "Our"),
    ("South (LEE): We agreed", "South (LEE):", "We"),
    ("K: I'm seeing you", "K:", "I'm"),
    ("Choe Bong-gil : Our side", "Choe Bong-gil :", "Our"),
    ("Q. Mr. Donovan: In the last", "Q. Mr. Donovan:", "In"),
    ("Comrade E[dward]. Gierek: Thank you", "Comrade E[dward]. Gierek:", "Thank"),
    ("Cde J[ambyn]. Batmunkh: We are glad", "Cde J[ambyn]. Batmunkh:", "We"),
    ("Ambassador Abd al-Jalil: remarked that", "Ambassador Abd al-Jalil:", "remarked"),
    ("Anwar el-Sadat: We want peace", "Anwar el-Sadat:", "We"),
])
def test_label_forms(text: str, label: str, speech: str) -> None:
    found = _label(text)
    assert found is not None
    assert found.text == label
    assert text[found.speech:].split()[0] == speech


@pytest.mark.parametrize(("text", "label"), [
    ("Gen. Oskarov: We hold the pass.", "Gen. Oskarov:"),  # abbreviated titles, folded like the others
    ("Col. Brandt: The unit moved.", "Col. Brandt:"), ("Adm. Kuroda: The fleet sails.", "Adm. Kuroda:"),
    ("Capt. Moreau: We landed.", "Capt. Moreau:"),
    ("His Excellency Tomas Arvelo: We welcome you.", "His Excellency Tomas Arvelo:"),
    ("Her Majesty: We are pleased.", "Her Majesty:"),
    ("[Tran Van Lam]: We accept.", "[Tran Van Lam]:"),  # a speaker the editor supplied whole
])
def test_titled_and_supplied_labels(text: str, label: str) -> None:
    found = _label(text)
    assert found is not None and found.text == label


@pytest.mark.parametrize(("text", "label"), [
    ("– Le Duc Tho: We agree.", "– Le Duc Tho:"), ("—J. Batmunkh: Yes.", "—J. Batmunkh:"),
    ("- Le Duc Tho: No.", "- Le Duc Tho:"), ("– Soviet side: We agree.", "– Soviet side:"),
])
def test_a_known_name_after_a_dialogue_dash_is_a_label(text: str, label: str) -> None:
    found = _label(text)
    assert found is not None and found.text == label and found.rule == "dialogue-dash"
    assert text[found.speech:] == text.split(": ", 1)[1]


@pytest.mark.parametrize("text", ["– Agriculture: the harvest grew.", "– Nguyen Van Linh: He agrees."])
def test_an_unknown_name_after_a_dash_is_a_topic_not_a_label(text: str) -> None:
    assert _label(text) is None


def test_label_alone_on_its_line() -> None:
    found = _label("Pham:")
    assert found is not None and found.text == "Pham:" and found.speech == len("Pham:")


@pytest.mark.parametrize("text", [
    "Present on the Cuban side: Comrade Carlos Rafael Rodríguez.",
    "In Moscow: the plenum decided.",
    "HO CHI MINH said that the party had received the materials.",
    "1. A.I. MIKOYAN expressed his gratitude.",
    "A.I. MIKOYAN stated that the Soviet Union will insist.",
    "Pham Van Dong said that Vietnam respected its neighbours.",
    "RECORD OF CONVERSATION OF THE FIRST SECRETARY",
    "Time: 10:00 a.m.",
    "On 19 July I was received by Tito on Brioni.",
    "Le Duc Tho Street runs to the river.",
    "USSR Ambassador Shcherbakov arrived.",
])
def test_not_labels(text: str) -> None:
    assert _label(text) is None


def test_name_likeness() -> None:
    assert is_name_like("Vice Premier CHEN [Yi]")
    assert is_name_like("de Gaulle")
    assert not is_name_like("the delegation")
    assert not is_name_like("Point 3")
    assert not is_name_like("al-Jalil and others")


@pytest.mark.parametrize("text", ["USSR. Then the delegation left.", "PRK. The rest is history."])
def test_a_sentence_after_an_acronym_is_not_a_label(text: str) -> None:
    assert _label(text) is None


def test_sides_are_one_group_each() -> None:
    from teiencode.model import Turn
    from teiencode.read import read_page

    doc = read_page("May 1972\nTalks\nSoviet side: We agree.\nThe Soviet side: Fine.\nNorth (KIM): Yes.\n"
                    "North: No.\nPresent on the Cuban side: Comrade X.\n")
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["soviet-side", "soviet-side", "kim", "north"]
    kinds = {p.id: p.kind for p in doc.participants}
    assert kinds == {"soviet-side": "group", "kim": "person", "north": "group"}


def test_a_sentence_opening_with_a_known_name_and_an_apposition_is_not_a_label() -> None:
    text = "Director Lee, the Premier, Comrade Kim Il Sung, told you in May that we must trust each other."
    assert find_label(text, {"Director Lee"}, lambda name: "Lee" in name) is None
    assert not is_name_like("Director Lee, the")


@pytest.mark.parametrize(("label", "kind"), [
    ("Issuing Director", "field"), ("Carbon Copying Authority", "field"), ("Foreign Guests", "field"),
    ("Recorder", "field"), ("Destination", "field"), ("Author(s)", "field"), ("Attendance", "field"),
    ("Assessment", "field"), ("Reporting", "field"), ("Delegation of the Soviet Union", "field"),
    ("TOP SECRET INFORMATION ABOUT", "field"), ("Protocol", "field"),
    ("Xinjiang Foreign Affairs Office", "field"), ("[To the] Xinjiang Foreign Affairs Office", "address"),
    ("[To] Comrade [Zhou] Enlai", "address"), ("To Comrade Kim Il Sung", "address"),
    ("Soviet side", "side"), ("South (LEE)", "side"), ("Vietnamese comrades", "side"),
    ("Our side", "side"),  # a side once the talks have begun; before, the head of a list (a field) ("Premier", "role"), ("The President", "role"),
    ("Heng Samrin", "person"), ("LE DUAN", "person"), ("Cde. Mikoyan", "person"), ("NC", "person"),
    ("Minister of Foreign Affairs Chen Yi", "person"), ("President Giscard d’Estaing", "person"),
    ("Delegation Leader Choe Chang-seok (hereafter abbreviated Choe)", "person"),
    ("Embassy in the Kingdom of Nepal", "field"), ("Consulate at Canton", "field"),
    ("Ministry of Trade of the Republic", "field"), ("Soviet Ambassador", "role"),
    ("Chinese Deputy Foreign Minister", "role"), ("[Tran Van Lam]", "person"),
    ("Commander in Chief", "role"), ("Head of Delegation", "role"), ("Editor's Note", "field"),
    ("Translator's Note", "field"), ("Invited", "field"), ("Presided by", "field"), ("Gist", "field"),
])
def test_a_label_names_a_person_or_side_only_with_a_name_title_or_side(label: str, kind: str) -> None:
    assert label_kind(label) == kind


@pytest.mark.parametrize("text", [
    "Issuing Director: Comrade Wang.", "Carbon Copying Authority: the General Office.",
    "Recorder: [no name given]", "Foreign Guests: Comrades Kim, Pak and Lee.",
    "[To the] Xinjiang Foreign Affairs Office:", "TOP SECRET INFORMATION ABOUT Cde. L. I. BREZHNEV'S TALK",
    "Comrade Mao Zedong warmly greeted the Albanian comrades.", "Destination: Moscow.",
])
def test_fields_addresses_and_headings_are_no_labels(text: str) -> None:
    assert find_label(text, {"Mao Zedong", "Comrade Mao"}, lambda name: "Mao" in name) is None


@pytest.mark.parametrize(("text", "label", "speech"), [
    ("Kadar— it is worth speaking about mistakes.", "Kadar—", "it"),
    ("Kadar—it is worth speaking about mistakes.", "Kadar—", "it"),
    ("Cde. Kadar — the decisions were welcomed.", "Cde. Kadar —", "the"),
    ("J. Batmunkh – Yes. Yesterday I was telling you.", "J. Batmunkh –", "Yes."),
    ("W. Ulbricht. Permit us to express our gratitude.", "W. Ulbricht.", "Permit"),
    ("Premier Kim [henceforth Kim]. When we were talking", "Premier Kim [henceforth Kim].", "When"),
])
def test_a_known_name_before_a_dash_or_a_full_stop_is_a_label(text: str, label: str, speech: str) -> None:
    found = find_label(text, set(), lambda name: any(w in name for w in ("Kadar", "Batmunkh", "Ulbricht", "Kim")))
    assert found is not None and found.text == label
    assert text[found.speech:].split()[0] == speech


@pytest.mark.parametrize("text", ["Moscow— the capital was quiet.", "W. Smith. Permit us to go.",
                                  "Yesterday – we went home.", "Moscow—the capital was quiet."])
def test_an_unknown_name_before_a_dash_or_a_full_stop_is_no_label(text: str) -> None:
    assert find_label(text, set(), lambda name: "Kadar" in name) is None


def test_the_addressee_of_a_cable_is_not_a_speaker() -> None:
    from teiencode.model import Turn
    from teiencode.read import read_page

    page = ("Skip to content\n\nJanuary 18, 1950\n\nTelegram, Mao Zedong to Liu Shaoqi\n\n"
            "Comrade [Liu] Shaoqi:\n\nThe statement should be sent today.\n\nMao Zedong\n")
    assert not any(isinstance(b, Turn) for b in read_page(page).blocks)
    conversation = ("Skip to content\n\nJanuary 18, 1950\n\nTelegram on a Conversation with Liu Shaoqi\n\n"
                    "Liu Shaoqi: The statement should be sent today.\n\nYudin: Agreed.\n")
    assert [b.speaker for b in read_page(conversation).blocks if isinstance(b, Turn)] == ["liu-shaoqi", "yudin"]


def test_the_header_fields_of_a_cable_and_a_protocol_are_fields_not_turns() -> None:
    from teiencode.model import Field, Turn
    from teiencode.read import read_page

    page = ("Skip to content\n\nMarch 3, 1953\n\nRecord of the Talks in Beijing\n\n"
            "Issuing Director: Comrade Wang Bingnan\nCarbon Copying Authority: General Office\n"
            "Reporting: Foreign Ministry Asia Department\nDestination: Moscow\nAttendance: 12 persons\n"
            "Foreign Guests: Comrade Kim Il, Comrade Pak Hon-yong\n"
            "Delegation of the Korean Workers' Party:\nKIM IL\nLEE SANG-JO\nRecorder: Zhang\n\n"
            "Zhou Enlai: We welcome you to Beijing.\n\nKim Il: Thank you very much.\n")
    doc = read_page(page)
    assert [b.label for b in doc.blocks if isinstance(b, Field)] == [
        "Issuing Director:", "Carbon Copying Authority:", "Reporting:", "Destination:", "Attendance:",
        "Foreign Guests:", "Delegation of the Korean Workers' Party:", "Recorder:"]
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["zhou-enlai", "kim-il"]
    assert {p.name for p in doc.participants} == {"Zhou Enlai", "Kim Il", "Pak Hon-yong", "Lee Sang-Jo"}


def test_a_transliteration_with_or_without_hyphens_names_one_person() -> None:
    from teiencode.model import Turn
    from teiencode.read import read_page

    page = ("May 2, 1962\n\nRecord of Conversation between Kim Il Sung, Pak Song Chol and Gheorghiu-Dej\n\n"
            "Kim Il-sung: We welcome you.\n\nPak Song-ch’ol: Thank you.\n\nDej: We agree.\n\n"
            "Kim Il Sung: Good.\n")
    doc = read_page(page, "p.txt")
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == [
        "kim-il-sung", "pak-song-chol", "gheorghiu-dej", "kim-il-sung"]
    assert not [w for w in doc.warnings if w.severity == "review"]


def test_an_office_the_editor_supplied_in_a_label_names_no_one() -> None:
    from teiencode.model import Turn
    from teiencode.read import read_page

    page = ("May 2, 1962\n\nRecord of Conversation between Mao Zedong and Sidorenko\n\n"
            "Mao Zedong [Chairman of the CCP CC]: We welcome you.\n\n"
            "Comrade Sidorenko [Ministry of Foreign Trade]: Thank you.\n\nKim [Il Sung]: We agree.\n")
    doc = read_page(page, "p.txt")
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["mao-zedong", "sidorenko", "kim-il-sung"]


def test_questions_and_answers_of_an_interview_are_turns() -> None:
    from teiencode.model import Turn
    from teiencode.read import read_page

    page = ("May 2, 1975\n\nInterview with the Minister\n\nA. The economy grew in the first year.\n\n"
            "Q. Will the talks go on?\n\nA. They will.\n\nQ: When?\n\nA: In May.\n")
    doc = read_page(page, "p.txt")
    assert [(b.span.line, b.speaker) for b in doc.blocks if isinstance(b, Turn)] == [
        (7, "q"), (9, "a"), (11, "q"), (13, "a")]  # the first "A." is an item of a list
    assert not [w for w in doc.warnings if w.code == "TE-REVIEW-TURN"]


@pytest.mark.parametrize(("text", "label", "speech"), [
    ("Le Duc Tho, interrupting: No.", "Le Duc Tho, interrupting:", "No."),
    ("J. Batmunkh, to the interpreter: Go on.", "J. Batmunkh, to the interpreter:", "Go"),
])
def test_a_known_name_with_an_aside_after_a_comma_is_a_label(text: str, label: str, speech: str) -> None:
    found = _label(text)
    assert found is not None and found.text == label and found.rule == "aside"
    assert text[found.speech:].split()[0] == speech
    assert _label("Nguyen Van Linh, interrupting: No.") is None  # a name the page does not know


def test_a_title_that_opens_with_a_field_word_is_a_speakers_label_not_a_field() -> None:
    from teiencode.model import Field, Turn
    from teiencode.read import read_page

    page = ("May 2, 1962\n\nRecord of Conversation between Andrei Gromyko and Chen Yi\n\n"
            "Foreign Guests: Comrades Kim and Pak.\n\nForeign Minister Gromyko: We welcome you.\n\n"
            "Foreign Minister Chen Yi: Thank you.\n\nDelegation Leader Kim: We agree.\n\nGromyko: Good.\n")
    doc = read_page(page, "p.txt")
    assert [b.label for b in doc.blocks if isinstance(b, Field)] == ["Foreign Guests:"]
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == [
        "andrei-gromyko", "chen-yi", "kim", "andrei-gromyko"]


def test_a_known_name_and_a_colon_without_a_space_is_a_run_on_label() -> None:
    found = _label("Le Duc Tho:Yes, we agree.")
    assert found is not None and found.text == "Le Duc Tho:" and found.rule == "tight-colon"
    assert found.speech == len("Le Duc Tho:")
    assert _label("Time:Ten o'clock.") is None and _label("Nguyen Van Linh:We agree.") is None


def test_a_long_office_before_the_name_and_a_typists_double_hyphen_make_labels() -> None:
    from teiencode.model import Turn
    from teiencode.read import read_page

    page = ("May 2, 1961\n\nRecord of Conversation between W. Ulbricht and N. S. Khrushchev\n\n"
            "Khrushchev: We begin.\n\nFirst Secretary of the Central Committee of the Socialist Unity Party "
            "of Germany W. Ulbricht: Thank you.\n\nKhrushchev -- Good.\n\n"
            "– Nguyen Van Linh: He agrees.\n\n– Agriculture: the harvest grew.\n")
    doc = read_page(page, "p.txt")
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["n-s-khrushchev", "w-ulbricht", "n-s-khrushchev"]
    reviewed = [w.line for w in doc.warnings if w.code == "TE-REVIEW-TURN"]
    assert reviewed == [11]  # a name the page gives nowhere else after a dash; not a topic of a list


@pytest.mark.parametrize(("text", "label", "speech", "rule"), [
    ("Brezhnev said: We read your letter.", "Brezhnev said:", "We", "said"),  # a verb of speaking
    ("Comrade Honecker replied: Thank you.", "Comrade Honecker replied:", "Thank", "said"),
    ("BREZHNEV.—We read your letter.", "BREZHNEV.—", "We", "stop-dash"),  # a full stop and a dash
    ("Kosygin. — Yes.", "Kosygin. —", "Yes.", "stop-dash"), ("Honecker.- Fine.", "Honecker.-", "Fine.", "stop-dash"),
    ("Honecker:—The plan.", "Honecker:—", "The", "colon"),  # a colon and a dash set close
    ("(Le Duc Tho): We agree.", "(Le Duc Tho):", "We", "parenthesised"),  # known, in parentheses
])
def test_labels_of_verbs_stops_and_dashes(text: str, label: str, speech: str, rule: str) -> None:
    found = _label(text)
    assert found is not None and (found.text, found.rule) == (label, rule)
    assert text[found.speech:].split()[0] == speech


@pytest.mark.parametrize("text", [
    "U.S.-Soviet relations are good.",  # an acronym and a hyphen, no label
    "He said: We agree.", "It was said: No.",  # a pronoun, no name
    "(Laughter): He went on.",  # a name in parentheses only when the page knows it
    "Comrade Honecker! We thank you.", "Comrade Brezhnev? We did not hear.",  # a name called
])
def test_not_labels_of_verbs_stops_and_dashes(text: str) -> None:
    assert _label(text) is None


def _blocks(page: str) -> list[tuple[str, str | None]]:
    from teiencode.read import read_page
    return [(type(b).__name__, getattr(b, "speaker", None)) for b in read_page(page, "p.txt").blocks]


def _reviews(page: str) -> list[int | None]:
    from teiencode.read import read_page
    return [w.line for w in read_page(page, "p.txt").warnings if w.code == "TE-REVIEW-TURN"]


def test_a_participant_list_field_starts_at_its_label() -> None:
    from teiencode.model import Field
    from teiencode.read import read_page
    page = ("Skip to content\n\nMay 2, 1975\n\nRecord of talks\n\nParticipants:\n\nPremier Zhou Enlai\n\n"
            "Secretary Henry Kissinger\n\nZhou Enlai: Welcome.\n\nKissinger: Thank you.\n")
    [field] = [b for b in read_page(page, "p.txt").blocks if isinstance(b, Field)]
    assert field.span is not None and field.span.line == 7


def test_a_two_letter_short_form_a_page_defines_opens_its_turns() -> None:
    page = ("Skip to content\n\nMay 2, 1975\n\nRecord of a Conversation between A. Kiselev and B. Gromov\n\n"
            "Present: A. Kiselev (hereafter Ki.), B. Gromov (hereafter G.)\n\nKi.: We are glad to see you.\n\n"
            "G.: Thank you.\n\nKi.: Thank you too.\n")
    assert [s for kind, s in _blocks(page) if kind == "Turn"] == ["a-kiselev", "b-gromov", "a-kiselev"]


def test_a_name_closed_by_spaces_before_the_talks_is_counted_once() -> None:
    page = "Skip to content\n\nMay 2, 1975\n\nRecord of talks\n\nKUZNETSOV    We leave tomorrow.\n\nThe train was late.\n"
    assert [kind for kind, _ in _blocks(page)] == ["Paragraph", "Paragraph"]


def test_the_interpreter_amid_the_talks_is_a_field_like_interpreter() -> None:
    page = ("Skip to content\n\nMay 2, 1975\n\nRecord of a conversation between Zhou Enlai and Kissinger\n\n"
            "Zhou Enlai: Welcome.\n\nKissinger: Thank you.\n\nThe interpreter: Ji Chaozhu.\n\nZhou Enlai: Good.\n")
    assert [kind for kind, _ in _blocks(page)] == ["Turn", "Turn", "Field", "Turn"]


def test_a_titles_stop_is_no_sentences_end_before_a_run_in_label() -> None:
    page = ("Skip to content\n\nMay 2, 1975\n\nRecord of a conversation between Zhou Enlai and Kissinger\n\n"
            "Zhou Enlai: Welcome.\n\nKissinger: I spoke with Mr. Zhou Enlai: Yes, he agreed.\n")
    assert _reviews(page) == []


def test_an_empty_label_name_has_a_speaker_key() -> None:
    from teiencode.read.participants import Participants
    assert isinstance(Participants().speaker(" "), str)
