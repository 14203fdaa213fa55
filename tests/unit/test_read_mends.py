"""What a review of the eighteenth and nineteenth rounds of the reader found, each on a page of
its own: a state or a body defined by "(hereafter …)" is no person; a known speaker's dash label
calling a person stays a turn; a name given nowhere else whose first speech opens in lower case is
no doubt once it speaks again; the safety net's review of a paragraph above the first turn waits
for a turn right below it; people called by title are no list of names."""

from __future__ import annotations

from teiencode.model import Turn
from teiencode.read import read_page

TITLE = "Record of Conversation between Zhou Enlai and A. N. Kosygin\n\n"


def turns(text: str) -> list[tuple[str, str | None, int]]:
    """(speaker, cert, line) of each turn of the page ``text``."""
    return [(b.speaker, b.cert, b.span.line) for b in read_page(text, "p.txt").blocks
            if isinstance(b, Turn) and b.span is not None]


def reviewed(text: str) -> list[int]:
    """The lines of the turn reviews of the page ``text``."""
    return [w.line for w in read_page(text, "p.txt").warnings if w.code == "TE-REVIEW-TURN"]


def test_a_state_or_a_body_defined_by_hereafter_is_no_participant() -> None:
    doc = read_page("Talks between the People’s Republic of China (hereafter PRC) and the Soviet "
                    "Union (hereafter USSR) and the Kingdom of Laos (hereafter Laos) took place. "
                    "J. Kádár (hereafter K.) was there.\n\n"
                    "K.: We welcome you.\n", "p.txt")
    assert [p.name for p in doc.participants] == ["J. Kádár"]
    assert [t.speaker for t in doc.blocks if isinstance(t, Turn)] == [doc.participants[0].id]


def test_a_known_speaker_s_dash_label_calling_a_person_or_naming_a_topic_is_a_turn() -> None:
    page = TITLE + ("Zhou – Good.\n\nKosygin – Comrade Zhou: we agree.\n\nZhou – Fine.\n\n"
                    "Kosygin – Regarding Vietnam: the situation is grave.\n")
    assert [(s, line) for s, _, line in turns(page)] == [
        ("zhou", 3), ("kosygin", 5), ("zhou", 7), ("kosygin", 9)]
    route = ("The delegation travelled as follows.\n\nHanoi – Vientiane: by air.\n\n"
             "Vientiane – Phnom Penh: by road.\n\nPhnom Penh – Beijing: by air.\n")
    assert turns(route) == []


def test_a_name_whose_first_speech_opens_in_lower_case_is_no_doubt_when_it_speaks_again() -> None:
    page = "Zhou: We welcome you.\n\nSidorov: yes, we agree.\n\nZhou: Good.\n\nSidorov: We think so.\n"
    assert [cert for _, cert, _ in turns(page)] == [None] * 4 and reviewed(page) == []
    once = TITLE + "Zhou: We welcome you.\n\nLaos: the situation is grave.\n\nKosygin: Indeed.\n"
    assert reviewed(once) == [5]


def test_the_review_of_a_label_like_paragraph_waits_for_a_turn_right_below_it() -> None:
    above = "Cde. Sidorov. We met at noon in the hall.\n\nZhou: We welcome you.\n\nKosygin: Thanks.\n"
    apart = ("Cde. Sidorov. We met at noon in the hall.\n\nSECOND PART\n\nZhou: We welcome you.\n\n"
             "Kosygin: Thanks.\n")
    assert 1 in reviewed(above)
    assert 1 not in reviewed(apart)


def test_people_called_by_title_are_no_list_of_names() -> None:
    page = ("Brezhnev met Kim Il Sung and Pak Song Chol in the Kremlin.\n\n"
            "Brezhnev: Comrade Kim Il Sung, Comrade Pak Song Chol.\n\nKim: Thank you.\n\nBrezhnev: Good.\n")
    assert reviewed(page) == []
    listed = ("Brezhnev met the delegation.\n\nBrezhnev: We begin.\n\n"
              "The Chinese side: Zhou Enlai, Li Xiannian, Qiao Guanhua.\n\nBrezhnev: Good.\n")
    assert 5 in reviewed(listed)
