"""Registers: TEI and CSV forms, derived name variants, errors, size."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from teiencode.entities import load_register
from teiencode.errors import RegisterError

REPO = Path(__file__).resolve().parents[2]

TEI_REGISTER = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>r</title></titleStmt>
    <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
  <standOff>
    <listPerson>
      <person xml:id="batmunkh">
        <persName><forename>Jambyn</forename> <surname>Batmunkh</surname></persName>
        <idno type="wikidata">Q1</idno>
      </person>
      <person xml:id="kissinger"><persName>Kissinger, Henry A.</persName></person>
      <person xml:id="zhou"><persName>Zhou Enlai</persName></person>
    </listPerson>
    <listPlace><place xml:id="pailin"><placeName>Pailin</placeName></place></listPlace>
    <listOrg><org xml:id="knufns"><orgName>KNUFNS</orgName>
      <orgName>Kampuchean National United Front for National Salvation</orgName></org></listOrg>
  </standOff>
  <text><body><p/></body></text>
</TEI>
"""

FRUS_LIST = """<?xml version="1.0" encoding="UTF-8"?>
<div xmlns="http://www.tei-c.org/ns/1.0" type="section" xml:id="persons"><list>
  <item><hi><persName xml:id="p_KHA1">Kissinger, Henry A.</persName>,</hi> Assistant to the President</item>
  <item><hi><persName xml:id="p_QG1">Chiao (Ch'iao) Kuan-hua</persName>,</hi> Vice Minister</item>
  <item><hi><persName xml:id="p_YJ2">Yeh Chien-ying, Marshall</persName>,</hi> Vice Chairman</item>
  <item><hi><persName xml:id="p_CJBJ1">Connally, John B., Jr.</persName>,</hi> Secretary</item>
</list></div>
"""


@pytest.fixture()
def tei_register(tmp_path: Path) -> Path:
    path = tmp_path / "register.xml"
    path.write_text(TEI_REGISTER, encoding="utf-8")
    return path


def test_tei_register_entries_kinds_and_authority_ids(tei_register: Path) -> None:
    reg = load_register([tei_register])
    assert {e.id: e.kind for e in reg.entries.values()} == {
        "batmunkh": "person", "kissinger": "person", "zhou": "person", "pailin": "place", "knufns": "org"}
    assert reg.entries["batmunkh"].idnos == (("wikidata", "Q1"),)
    assert reg.entries["batmunkh"].status == "registered"


@pytest.mark.parametrize(("form", "entity"), [
    ("Jambyn Batmunkh", "batmunkh"), ("J. Batmunkh", "batmunkh"), ("Batmunkh", "batmunkh"),
    ("Henry A. Kissinger", "kissinger"), ("Kissinger", "kissinger"), ("H. Kissinger", "kissinger"),
    ("Henry Kissinger", "kissinger"), ("Zhou", "zhou"), ("Zhou [Enlai]", "zhou"),
    ("Kampuchean National United Front for National Salvation", "knufns"),
])
def test_derived_variants_find_the_entry(tei_register: Path, form: str, entity: str) -> None:
    assert load_register([tei_register]).lookup(form) == (entity,)


def test_unknown_form_finds_nothing(tei_register: Path) -> None:
    assert load_register([tei_register]).lookup("Brezhnev") == ()


def test_frus_style_persname_list(tmp_path: Path) -> None:
    path = tmp_path / "persons.xml"
    path.write_text(FRUS_LIST, encoding="utf-8")
    reg = load_register([path])
    assert reg.lookup("Kissinger") == ("p_KHA1",)
    assert reg.lookup("Ch'iao Kuan-hua") == ("p_QG1",)
    assert reg.lookup("Chiao") == ("p_QG1",)
    assert reg.lookup("Yeh") == ("p_YJ2",)
    assert reg.lookup("Connally") == ("p_CJBJ1",)
    assert reg.entries["p_KHA1"].note == "Assistant to the President"


def test_csv_register(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text("id,type,name,variants,wikidata,viaf,geonames\n"
                    "pol-pot,person,Pol Pot,Saloth Sar,,,\n"
                    "pailin,place,Pailin,,,,1821306\n", encoding="utf-8")
    reg = load_register([path])
    assert reg.lookup("Saloth Sar") == ("pol-pot",)
    assert reg.entries["pailin"].idnos == (("geonames", "1821306"),)


def test_later_file_wins_on_the_same_id(tei_register: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "more.csv"
    csv_path.write_text("id,type,name\npailin,place,Pailin Province\n", encoding="utf-8")
    reg = load_register([tei_register, csv_path])
    assert reg.entries["pailin"].name == "Pailin Province"


@pytest.mark.parametrize(("name", "content", "message", "line"), [
    ("bad.xml", "<TEI>\n<unclosed>\n</TEI>", "malformed XML", 3),
    ("empty.xml", "<TEI xmlns='http://www.tei-c.org/ns/1.0'/>", "no entries", None),
    ("cols.csv", "id,name\nx,X\n", "lacks column(s) type", 1),
    ("type.csv", "id,type,name\nx,ship,X\n", "unknown type", 2),
    ("id.csv", "id,type,name\n1x,person,X\n", "not an XML name", 2),
])
def test_errors_name_file_and_line(tmp_path: Path, name: str, content: str, message: str, line: int | None) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegisterError) as info:
        load_register([path])
    assert message in info.value.message
    assert info.value.file == str(path)
    assert info.value.line == line


def test_missing_file_is_a_register_error(tmp_path: Path) -> None:
    with pytest.raises(RegisterError, match="cannot read"):
        load_register([tmp_path / "nope.xml"])


def test_dtd_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dtd.xml"
    path.write_text('<!DOCTYPE TEI [<!ENTITY x "boom">]><TEI xmlns="http://www.tei-c.org/ns/1.0">'
                    '<listPerson><person xml:id="a"><persName>&x;</persName></person></listPerson></TEI>')
    with pytest.raises(RegisterError):
        load_register([path])


def test_a_register_of_twenty_thousand_entries_loads_and_links(tmp_path: Path) -> None:
    rows = ["id,type,name,variants,wikidata,viaf,geonames"]
    for n in range(20_000):
        rows.append(f"p{n},person,Forename{n} Q. Surname{n},Surname{n} Forename{n},,,")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(rows), encoding="utf-8")
    reg = load_register([path])  # load time is measured in bench/, not asserted here
    assert len(reg) == 20_000
    assert reg.lookup("F. Surname19999") == ("p19999",)


def test_the_corpus_register_loads_and_links_the_seed_forms() -> None:
    reg = load_register([REPO / "corpus" / "register.xml"])
    for form, entity in [("Chairman Batmunkh", "jambyn-batmunkh"), ("J. Batmunkh", "jambyn-batmunkh"),
                         ("Jambyn Batmunkh", "jambyn-batmunkh"), ("Pol Pot", "pol-pot"),
                         ("KNUFNS", "knufns"), ("PRK", "kampuchea"), ("Phnom Penh", "phnom-penh")]:
        assert reg.lookup(form) == (entity,), form
    # Only checked authority ids are in the register: no unverified Wikidata id.
    assert all(t != "wikidata" for e in reg.entries.values() for t, _ in e.idnos)


@pytest.mark.slow
@pytest.mark.shared
def test_the_corpus_register_is_valid_tei() -> None:
    from lxml import etree

    schema = REPO / ".." / "shared" / "schemas" / "tei_all.rng"
    if not schema.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{schema} is missing")
        pytest.skip("../shared is absent")
    rng = etree.RelaxNG(etree.parse(str(schema)))
    assert rng.validate(etree.parse(str(REPO / "corpus" / "register.xml"))), rng.error_log.last_error
