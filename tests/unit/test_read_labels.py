"""Speaker labels: every form of the family, and what must not be a label."""

from __future__ import annotations

import pytest

from teiencode.read.labels import find_label, is_name_like

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
