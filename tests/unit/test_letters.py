"""The plain letters of a text (:mod:`teiencode.letters`): the one fold the reader and the
entity stage share, so a name with strokes or accents meets its plain spelling in both."""

from __future__ import annotations

from pathlib import Path

import pytest

from teiencode.build.store import initial
from teiencode.entities import load_register, names, recognise
from teiencode.entities.personnames import fold as census_fold
from teiencode.entities.towns import town_key
from teiencode.letters import plain_letters
from teiencode.read.names import fold as reader_fold
from teiencode.read.names import slug as participant_id
from teiencode.tei.ids import to_ncname


@pytest.mark.parametrize(("text", "plain"), [
    ("Gomułka", "Gomulka"), ("ŁÓDŹ", "LODZ"), ("Đồng", "Dong"), ("Løvland", "Lovland"),
    ("ØSTBY", "OSTBY"), ("Ħamrun", "Hamrun"), ("Günaydın", "Gunaydin"), ("ŧ ɨ Ɨ", "t i I"),
    ("Ærø", "Aero"), ("Œuvre", "Oeuvre"), ("Þór", "Thor"), ("Guðmundsson", "Gudmundsson"),
    ("Straße", "Strasse"), ("Dorticós", "Dorticos"), ("ǿ", "o"), ("Kim Il Sung", "Kim Il Sung"),
    ("Ŋaŋa", "Nganga"),
])
def test_plain_letters(text: str, plain: str) -> None:
    assert plain_letters(text) == plain


def links(text: str, registered: str, tmp_path: Path) -> list[tuple[str, str | None]]:
    path = tmp_path / "persons.xml"
    path.write_text('<div xmlns="http://www.tei-c.org/ns/1.0"><list type="names"><item>'
                    f'<hi rend="strong"><persName xml:id="p_X">{registered}</persName>,</hi>'
                    " First Secretary</item></list></div>", encoding="utf-8")
    return [(s.text, s.ref) for s in recognise(text, load_register([path])) if s.kind == "person"]


@pytest.mark.parametrize(("written", "plain", "text", "found"), [
    ("Løvland, Jørgen", "Lovland, Jorgen", "Then Lovland rose to speak.", "Lovland"),
    ("Gomułka, Władysław", "Gomulka, Wladyslaw", "Then Wieslaw Gomulka rose.", "Gomulka"),
    ("Guðmundsson, Ólafur", "Gudmundsson, Olafur", "Then Olaf Gudmundsson rose.", "Gudmundsson"),
])
def test_a_register_entry_with_strokes_links_as_its_plain_spelling(
        tmp_path: Path, written: str, plain: str, text: str, found: str) -> None:
    assert links(text, written, tmp_path) == links(text, plain, tmp_path) == [(found, "p_X")]


def test_the_reader_the_register_and_the_towns_fold_alike() -> None:
    assert reader_fold("Gomułka") == reader_fold("Gomulka") == "gomulka"
    assert town_key("Łódź") == town_key("Lodz") == "lodz"
    assert names.fold("Gomułka") == names.fold("Gomulka") == "gomulka"
    assert census_fold("Ærø") == census_fold("Aero") == "aero"


@pytest.mark.parametrize(("make", "text", "made"), [
    (to_ncname, "Gomułka 1956", "Gomulka-1956"),  # a page's name → the TEI root's xml:id
    (participant_id, "Günaydın", "gunaydin"),  # a participant's xml:id
    (participant_id, "Guðmundsson", "gudmundsson"),
    (initial, "Østby", "o"),  # the A–Z index's letter
    (initial, "Þórhallsson", "t"),
])
def test_ids_and_index_letters_keep_the_plain_letters(make, text: str, made: str) -> None:  # noqa: ANN001
    assert make(text) == made
