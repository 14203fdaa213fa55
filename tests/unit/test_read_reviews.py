"""Doubts: every structural decision taken on weak evidence is recorded for review."""

from __future__ import annotations

from teiencode.model import Turn
from teiencode.read import read_page
from teiencode.tei import encode, to_bytes
from teiencode.validate import iter_diagnostics

PAGE = ("Skip to content\n\nMay 2, 1975\n\nRecord of Conversation between A. Ivanov and B. Petrov\n\n"
        "Ivanov: We will send the machines in June.\n\nPetrov: Thank you.\n\n"
        "Sidorov: The trains are ready.\n\nThe talks went on after a pause.\n\n"
        "Premier: Let us eat.\n\nPetrov—it is late.\n\nPremier: Yes.\n\nKuznetsov – The train leaves.\n")


def _reviews(page: str) -> list[tuple[str, int | None, str]]:
    return [(w.code, w.line, w.message) for w in read_page(page, "p.txt").warnings if w.severity == "review"]


def test_a_name_given_nowhere_else_that_speaks_once_is_a_doubtful_turn() -> None:
    doc = read_page(PAGE, "p.txt")
    certs = {b.speaker: b.cert for b in doc.blocks if isinstance(b, Turn)}
    assert certs["sidorov"] == "medium"  # once, and in no title, summary or list
    assert certs["a-ivanov"] is None and certs["b-petrov"] is None  # named in the title
    reviews = _reviews(PAGE)
    assert ("TE-REVIEW-TURN", 11) in [(code, line) for code, line, _ in reviews]
    assert any("“Sidorov:”" in message for _, _, message in reviews)


def test_a_name_given_nowhere_else_amid_turns_of_its_form_is_no_doubt() -> None:
    # the page's own structure confirms it (sixteenth round): between two turns, its label's form
    # opening the turns of two other speakers; at the edge of the talk it stays a doubt
    page = ("Skip to content\n\nMay 2, 1975\n\nRecord of Conversation between A. Ivanov and B. Petrov\n\n"
            "Ivanov: We will send the machines in June.\n\nPetrov: Thank you.\n\n"
            "Sidorov: The trains are ready.\n\nIvanov: Good.\n\nKuznetsov: The train leaves.\n")
    doc = read_page(page, "p.txt")
    assert {b.speaker: b.cert for b in doc.blocks if isinstance(b, Turn)}["sidorov"] is None
    assert [line for code, line, _ in _reviews(page) if code == "TE-REVIEW-TURN"] == [15]


def test_a_role_label_is_reviewed_once_and_an_unknown_name_before_a_dash_is_reviewed() -> None:
    reviews = [(line, message) for code, line, message in _reviews(PAGE) if code == "TE-REVIEW-TURN"]
    assert [line for line, message in reviews if "“Premier:”" in message] == [15]
    assert [line for line, message in reviews if "“Kuznetsov –”" in message] == [21]
    run_on = [b for b in read_page(PAGE).blocks if isinstance(b, Turn) and b.run_on]
    assert [(b.speaker, b.span.line) for b in run_on] == [("b-petrov", 17)]  # "Petrov—it is late."


def test_the_doubtful_turn_carries_cert_and_resp_in_valid_tei() -> None:
    tree = encode(read_page(PAGE, "p.txt"))
    sp = [el for el in tree.iter("{http://www.tei-c.org/ns/1.0}sp") if el.get("cert")]
    assert [(el.get("who"), el.get("cert"), el.get("resp")) for el in sp] == [("#sidorov", "medium", "#teiencode")]
    assert [d for d in iter_diagnostics(to_bytes(tree)) if d.severity == "error"] == []


def test_a_missing_title_and_date_are_reviewed() -> None:
    reviews = [(code, line) for code, line, _ in _reviews("Ivanov: We agree.\n\nPetrov: Fine.\n\nIvanov: Yes.\n")]
    assert reviews == [("TE-REVIEW-TURN", 3), ("TE-REVIEW-TITLE", 1), ("TE-REVIEW-DATE", 1)]


def test_a_clear_page_has_no_doubts() -> None:
    page = ("Skip to content\n\nMay 2, 1975\n\nRecord of Conversation between A. Ivanov and B. Petrov\n\n"
            "Ivanov: We will send the machines in June.\n\nPetrov: Thank you.\n")
    assert _reviews(page) == []


def test_a_doubted_turn_whose_speaker_the_register_knows_is_settled() -> None:
    from teiencode.entities import Register, find_mentions
    from teiencode.model import Entity

    register = Register()
    register.add(Entity("sidorov", "person", "Ivan Sidorov", forms=("Sidorov", "Ivan Sidorov"), status="registered"))
    doc = find_mentions(read_page(PAGE, "p.txt"), register)
    assert {b.speaker: b.cert for b in doc.blocks if isinstance(b, Turn)}["sidorov"] is None
    assert not any("“Sidorov:”" in w.message for w in doc.warnings)
    assert any("“Sidorov:”" in w.message for w in find_mentions(read_page(PAGE, "p.txt")).warnings)


def test_an_ordinary_word_the_page_writes_in_lower_case_is_no_speaker_and_is_reviewed() -> None:
    page = ("May 2, 1975\n\nRecord of Conversation between A. Ivanov and B. Petrov\n\n"
            "Ivanov: The crossing of the river is closed.\n\nCrossing: Second reading of the report.\n\n"
            "Petrov: Thank you.\n")
    doc = read_page(page, "p.txt")
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["a-ivanov", "b-petrov"]
    assert any(line == 7 and "“Crossing:”" in message and "ordinary word" in message
               for code, line, message in _reviews(page) if code == "TE-REVIEW-TURN")


def test_ordinary_english_words_that_open_one_paragraph_are_no_speaker_and_are_reviewed() -> None:
    page = ("May 2, 1975\n\nRecord of Conversation between A. Ivanov and B. Petrov\n\n"
            "Ivanov: We begin.\n\nEconomic Questions: The plan was met.\n\nSoviet Grain Deliveries: A new line.\n\n"
            "Petrov: Thank you.\n\nHarvest: Good this year.\n\nWheeler: We agree.\n\nWheeler: Yes.\n")
    doc = read_page(page, "p.txt")
    # "Wheeler" is an English word too, but a label that opens two paragraphs is a speaker's
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == [
        "a-ivanov", "b-petrov", "wheeler", "wheeler"]
    reviewed = [line for code, line, message in _reviews(page)
                if code == "TE-REVIEW-TURN" and "of English" in message]
    assert reviewed == [7, 9, 13]


def test_the_fields_of_a_record_or_cable_header_are_fields() -> None:
    from teiencode.model import Field

    page = ("May 2, 1975\n\nRecord of Conversation between A. Ivanov and B. Petrov\n\n"
            "Level: Ministers of foreign affairs.\nPurpose: The visit.\nContents: Trade.\n"
            "Prepared by: Third Secretary Orlov.\nAction: Embassy in Bonn.\nInfo: Consulate.\n\n"
            "Ivanov: We begin.\n\nPetrov: Thank you.\n")
    doc = read_page(page, "p.txt")
    assert [b.label for b in doc.blocks if isinstance(b, Field)] == [
        "Level:", "Purpose:", "Contents:", "Prepared by:", "Action:", "Info:"]
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["a-ivanov", "b-petrov"]
    assert _reviews(page) == []


def test_a_label_with_the_speakers_office_after_a_comma_is_that_speaker() -> None:
    page = ("May 3, 1971\n\nRecord of Conversation between A. N. Kosygin and Pham Van Dong\n\n"
            "A. N. Kosygin, Chairman of the Council of Ministers: We are glad.\n\n"
            "Pham Van Dong, Prime Minister of the DRV: Thank you.\n\nKosygin: Good.\n\nKim, Pak: Hello.\n")
    doc = read_page(page, "p.txt")
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == [
        "a-n-kosygin", "pham-van-dong", "a-n-kosygin", "kim-pak"]  # the last: two speakers at once
    doubted = [message for code, _, message in _reviews(page) if code == "TE-REVIEW-TURN"]
    assert len(doubted) == 1 and "“Kim, Pak:”" in doubted[0]  # the offices are no unknown names


def test_a_page_that_ends_on_a_speakers_label_keeps_it_as_text_for_review() -> None:
    page = ("May 2, 1975\n\nRecord of Conversation between A. Ivanov and B. Petrov\n\n"
            "Ivanov: We will send the machines.\n\nPetrov:")
    doc = read_page(page, "p.txt")
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["a-ivanov"]
    assert doc.body_text.endswith("Petrov:")
    assert [(line, "cut short" in message) for code, line, message in _reviews(page)
            if code == "TE-REVIEW-TURN"] == [(7, True)]


def test_a_known_speakers_name_before_a_colon_in_a_form_no_rule_takes_is_reviewed() -> None:
    page = ("May 3, 1971\n\nRecord of Conversation between Kim Il Sung and A. Kosygin\n\n"
            "Kosygin: We are glad.\n\nKim Il Sung, head of the delegation: Thank you.\n\n"
            "Kosygin and Kim Il Sung: Agreed.\n\nKosygin: Good.\n\nThe agenda: trade and coal.\n")
    reviewed = [line for code, line, message in _reviews(page)
                if code == "TE-REVIEW-TURN" and "does not take for a label" in message]
    assert reviewed == [9]  # not "The agenda:", which names nobody
    turns = [(b.span.line, b.speaker) for b in read_page(page).blocks if isinstance(b, Turn)]
    assert (7, "kim-il-sung") in turns  # a known name with an aside after a comma is a label


def test_a_paragraph_that_opens_like_the_label_of_a_name_given_nowhere_else_is_reviewed() -> None:
    page = ("May 3, 1971\n\nRecord of Conversation between A. Ivanov and B. Petrov\n\n"
            "Ivanov: We are glad.\n\nSmirnov. The trains are ready.\n\nSMIRNOVA We agree with that.\n\n"
            "Comrade Orlov, head of the section: The trains are late.\n\nPetrov: Good.\n\n"
            "Good. We go on.\n\nThe USSR. It has agreed.\n\nDPRK The talks went on.\n\nOrlova:We agree.\n")
    reviewed = [line for code, line, message in _reviews(page)
                if code == "TE-REVIEW-TURN" and "a name the page gives nowhere else" in message]
    assert reviewed == [7, 9, 11, 21]  # not the ordinary word "Good", nor the acronyms
    assert [b.speaker for b in read_page(page).blocks if isinstance(b, Turn)] == ["a-ivanov", "b-petrov"]


def test_a_label_of_a_name_the_opening_narration_gives_is_no_doubt() -> None:
    page = ("December 4, 1979\n\nRecord of the Conversation of Cde. J. Batmunkh with Cde. Heng Samrin\n\n"
            "Present on the Mongolian side: Cde. D. Molomjamts, Cde. M. Dugersuren\n\n"
            "GDR Defense Minister Heinz Hoffmann\n\n"
            "Participating were Cdes. Emil Bobu, Elena Ceausescu and Ion Coman.\n\n"
            "Cde. J. Batmunkh: We welcome you.\n\nCde. Dugersuren: The delegations meet tomorrow.\n\n"
            "Heinz Hoffmann: We thank you.\n\nCde. Elena Ceausescu [EC]: Since 1972.\n\n"
            "Cde. Heng Samrin: Thank you.\n")
    assert [b.speaker for b in read_page(page).blocks if isinstance(b, Turn)] == [
        "j-batmunkh", "dugersuren", "heinz-hoffmann", "elena-ceausescu", "heng-samrin"]
    assert _reviews(page) == []


def test_a_role_label_names_the_person_the_title_gives_that_title() -> None:
    page = ("June 15, 1962\n\nRecord of Conversation from Premier Zhou’s Reception of a Korean Delegation\n\n"
            "Pak Geum-cheol: Comrade Premier, welcome.\n\nPremier: Welcome on your visit here.\n\n"
            "Pak: Thank you.\n\nChairman: We agree.\n")
    doc = read_page(page, "p.txt")
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["pak-geum-cheol", "zhou", "pak-geum-cheol",
                                                                      "chairman"]
    assert [(line, "“Chairman:”" in message) for code, line, message in _reviews(page)
            if code == "TE-REVIEW-TURN"] == [(11, True)]  # no title line names a chairman


def test_a_salutation_atop_a_telegram_and_a_role_that_names_its_holder_atop_a_protocol_are_no_turns() -> None:
    from teiencode.model import Field

    telegram = ("October 14, 1950\n\nCiphered Telegram from Beijing\n\nComrade Filippov:\n\n"
                "I report that the troops moved.\n\nRoshchin\n")
    assert not any(isinstance(b, Turn) for b in read_page(telegram).blocks)
    assert _reviews(telegram) == []
    protocol = ("May 2, 1975\n\nProtocol No. 12 of the Session of the Politburo\n\n"
                "Chairman: Comrade Ivanov\nSecretary: Comrade Petrova\n\nIvanov: We begin.\n\n"
                "Petrova: The first item.\n\nChairman: Next.\n")
    doc = read_page(protocol, "p.txt")
    assert [b.label for b in doc.blocks if isinstance(b, Field)] == ["Chairman:", "Secretary:"]
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["ivanov", "petrova", "ivanov"]
    assert _reviews(protocol) == []  # the chairman is the one the header names


def test_a_known_speakers_label_alone_before_another_label_is_reviewed() -> None:
    page = ("May 2, 1975\n\nRecord of Conversation between A. Ivanov and B. Petrov\n\n"
            "Ivanov: We will send the machines.\n\nPetrov:\n\nIvanov: In June.\n")
    assert [b.speaker for b in read_page(page).blocks if isinstance(b, Turn)] == ["a-ivanov", "a-ivanov"]
    assert [(line, "stands alone" in message) for code, line, message in _reviews(page)
            if code == "TE-REVIEW-TURN"] == [(7, True)]


def test_a_label_refused_before_the_first_turn_is_reviewed_with_what_why_and_what_to_check() -> None:
    page = ("Skip to content\n\nMarch 5, 1950\n\nTelegram from Kim Il Sung to Comrade Stalin\n\n"
            "Comrade Stalin: We have read your letter.\n\nKim Il Sung: Thank you.\n\nStalin: Then go on.\n")
    [(code, line, message)] = _reviews(page)
    assert (code, line) == ("TE-REVIEW-TURN", 7)
    assert "“Comrade Stalin:” was read as the document's address (the title names its addressee)" in message
    assert "speaker turns follow" in message and "encode it as one" in message
