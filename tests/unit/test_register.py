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
    assert reg.entries["batmunkh"].idnos == (("wikidata", "http://www.wikidata.org/entity/Q1"),)
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
    assert reg.entries["pailin"].idnos == (("geonames", "https://sws.geonames.org/1821306/"),)


def test_later_file_wins_on_the_same_id(tei_register: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "more.csv"
    csv_path.write_text("id,type,name\npailin,place,Pailin Province\n", encoding="utf-8")
    reg = load_register([tei_register, csv_path])
    assert reg.entries["pailin"].name == "Pailin Province"


@pytest.mark.parametrize(("name", "content", "message", "line"), [
    ("bad.xml", "<TEI>\n<unclosed>\n</TEI>", "not well-formed XML", 3),
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


# --------------------------------------------------------------------------- authority ids


@pytest.mark.parametrize(("kind", "value", "uri"), [
    ("wikidata", "Q1858", "http://www.wikidata.org/entity/Q1858"),
    ("wikidata", "https://www.wikidata.org/wiki/Q1858", "http://www.wikidata.org/entity/Q1858"),
    ("wikidata", "http://www.wikidata.org/entity/Q1858", "http://www.wikidata.org/entity/Q1858"),
    ("viaf", "12345678", "https://viaf.org/viaf/12345678"),
    ("viaf", "http://viaf.org/viaf/12345678/", "https://viaf.org/viaf/12345678"),
    ("geonames", "1581130", "https://sws.geonames.org/1581130/"),
    ("geonames", "https://www.geonames.org/1581130/hanoi.html", "https://sws.geonames.org/1581130/"),
    ("gnd", "118559796", "118559796"),
])
def test_bare_ids_and_uris_load_as_one_uri(tmp_path: Path, kind: str, value: str, uri: str) -> None:
    path = tmp_path / "r.csv"
    column = kind if kind in ("wikidata", "viaf", "geonames") else "other_ids"
    cell = value if column == kind else f"{kind}={value}"
    path.write_text(f"id,type,name,{column}\nhanoi,place,Hanoi,{cell}\n", encoding="utf-8")
    assert load_register([path]).entries["hanoi"].idnos == ((kind, uri),)


def test_a_bad_authority_id_names_file_line_and_the_forms_expected(tmp_path: Path) -> None:
    path = tmp_path / "r.xml"
    path.write_text(TEI_REGISTER.replace('<idno type="wikidata">Q1</idno>',
                                         '<idno type="wikidata">Batmunkh</idno>'), encoding="utf-8")
    with pytest.raises(RegisterError) as info:
        load_register([path])
    assert (info.value.file, info.value.line) == (str(path), 9)
    assert "http://www.wikidata.org/entity/Q123" in info.value.message


# --------------------------------------------------------------------------- round trips

PARTS_REGISTER = """<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>r</title></titleStmt>
    <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
  <standOff>
    <listPerson>
      <person xml:id="heng-samrin"><persName><surname>Heng</surname> <forename>Samrin</forename></persName>
        <persName>Samrin</persName>
        <idno type="wikidata">Q380782</idno><idno type="viaf">https://viaf.org/viaf/57411431</idno>
        <idno type="gnd">1089431183</idno>
        <note>Chairman of the People's Revolutionary Council, "PRK"; 1979–1981.</note></person>
      <person xml:id="kissinger"><persName>Kissinger, Henry A.</persName>
        <persName><forename>Henry</forename><forename>Alfred</forename><surname>Kissinger</surname></persName>
        <idno type="wikidata">Q66107</idno><idno type="viaf">108162968</idno><idno type="viaf">2</idno></person>
    </listPerson>
    <listPerson type="rejected"><person xml:id="pers-asked"><persName>Asked</persName></person></listPerson>
    <listPlace type="accepted"><place xml:id="phnom-penh"><placeName>Phnom Penh</placeName>
      <idno type="geonames">1821306</idno></place></listPlace>
    <listOrg type="proposed"><org xml:id="org-knufns"><orgName>=KNUFNS</orgName>
      <orgName>-minus</orgName></org></listOrg>
  </standOff>
  <text><body><p/></body></text>
</TEI>
"""


def _round_trips(first: Path, tmp_path: Path) -> None:
    """TEI → CSV → TEI and CSV → TEI → CSV give the same entries and the same files."""
    from teiencode.entities import register_csv, register_tei

    loaded = load_register([first])
    as_csv = tmp_path / "a.csv"
    as_csv.write_text(register_csv(loaded.records.values()), encoding="utf-8")
    from_csv = load_register([as_csv])
    as_tei = tmp_path / "b.xml"
    as_tei.write_bytes(register_tei(from_csv.records.values()))
    from_tei = load_register([as_tei])
    assert list(from_csv.records.values()) == list(loaded.records.values())
    assert list(from_tei.records.values()) == list(loaded.records.values())
    assert register_tei(from_tei.records.values()) == register_tei(loaded.records.values())
    assert register_csv(from_tei.records.values()) == as_csv.read_text(encoding="utf-8")


def test_the_corpus_register_round_trips_losslessly(tmp_path: Path) -> None:
    _round_trips(REPO / "corpus" / "register.xml", tmp_path)
    reg = load_register([REPO / "corpus" / "register.xml"])
    assert sum(1 for e in reg.records.values() if e.note) == 8
    assert (reg.entries["jambyn-batmunkh"].forenames, reg.entries["jambyn-batmunkh"].surname) == (
        ("Jambyn",), "Batmunkh")


def test_name_parts_several_ids_statuses_and_formula_cells_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "parts.xml"
    path.write_text(PARTS_REGISTER, encoding="utf-8")
    _round_trips(path, tmp_path)
    reg = load_register([path])
    heng = reg.entries["heng-samrin"]
    assert (heng.name, heng.surname, heng.forenames) == ("Heng Samrin", "Heng", ("Samrin",))
    assert [t for t, _ in heng.idnos] == ["wikidata", "viaf", "gnd"]
    assert reg.entries["kissinger"].forms == ("Kissinger, Henry A.", "Henry Alfred Kissinger")
    assert [v for t, v in reg.entries["kissinger"].idnos if t == "viaf"] == [
        "https://viaf.org/viaf/108162968", "https://viaf.org/viaf/2"]
    assert {e.id: e.status for e in reg.records.values()} == {
        "heng-samrin": "registered", "kissinger": "registered", "pers-asked": "rejected",
        "phnom-penh": "accepted", "org-knufns": "proposed"}


def test_csv_round_trips_through_tei(tmp_path: Path) -> None:
    from teiencode.entities import register_csv, register_tei

    path = tmp_path / "r.csv"
    path.write_text("id,type,status,name,variants,note,wikidata,forename,surname,other_ids\n"
                    "ts-chuluun,person,,Ts. Chuluun,Chuluun,\"Interpreter, MPR Embassy\",Q1,Ts.,Chuluun,\n"
                    "pers-asked,person,rejected,Asked,,,,,,\n"
                    "pailin,place,accepted,Pailin,Pailin Province,,,,,lccn=n123|gnd=456\n",
                    encoding="utf-8")
    first = register_csv(load_register([path]).records.values())
    tei = tmp_path / "r.xml"
    tei.write_bytes(register_tei(load_register([path]).records.values()))
    assert register_csv(load_register([tei]).records.values()) == first
    again = tmp_path / "again.csv"
    again.write_text(first, encoding="utf-8")
    _round_trips(again, tmp_path)


@pytest.mark.jing
def test_a_written_tei_register_is_valid_tei_all(tmp_path: Path) -> None:
    from tei_samples import jing_errors

    from teiencode.entities import register_tei

    path = tmp_path / "parts.xml"
    path.write_text(PARTS_REGISTER, encoding="utf-8")
    written = tmp_path / "written.xml"
    written.write_bytes(register_tei(load_register([path, REPO / "corpus" / "register.xml"]).records.values()))
    assert jing_errors([written]) == ""


def test_name_parts_that_are_not_in_any_name_are_an_error(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("id,type,name,surname\nx,person,Pol Pot,Saloth\n", encoding="utf-8")
    with pytest.raises(RegisterError, match="not words of any of its names") as info:
        load_register([path])
    assert info.value.line == 2


# --------------------------------------------------------------------------- merging


def test_registers_merge_field_by_field_and_conflicts_name_both_files(tmp_path: Path) -> None:
    register = REPO / "corpus" / "register.xml"
    review = tmp_path / "review.csv"
    review.write_text("id,type,status,name,variants,note,wikidata\n"
                      "heng-samrin,person,,Heng Samrin,Heng Samrin’s,,Q380782\n"
                      "kora,place,,Kora,,A village near Pailin.,\n", encoding="utf-8")
    reg = load_register([register, review])
    assert sum(1 for e in reg.records.values() if e.note) == 8  # the empty note cell erased none
    heng = reg.entries["heng-samrin"]
    assert heng.note.startswith("Chairman of the People's Revolutionary Council")
    assert heng.idnos == (("wikidata", "http://www.wikidata.org/entity/Q380782"),)
    assert heng.forms == ("Heng Samrin", "Heng Samrin’s")
    assert reg.entries["kora"].note == "A village near Pailin."  # the later file wins ...
    [warning] = reg.warnings  # ... and says so, naming both files and lines
    assert (warning.code, warning.file, warning.line) == ("TE-REGISTER-CONFLICT", str(review), 3)
    assert f"{register}:" in warning.message and "note" in warning.message
    # In the other order the register wins, and the note of the review is the one replaced.
    other = load_register([review, register])
    assert other.entries["kora"].note.startswith("Border area")
    assert other.warnings[0].file == str(register)


def test_a_later_file_changes_a_status_and_the_name_replaced_stays_a_form(tmp_path: Path) -> None:
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("id,type,name\nx,person,Belweder\ny,person,Zhou\n", encoding="utf-8")
    second.write_text("id,type,status,name\nx,,rejected,\ny,,,Zhou Enlai\n", encoding="utf-8")
    reg = load_register([first, second])
    assert "x" not in reg.entries and reg.records["x"].status == "rejected"
    assert reg.is_rejected("person", "BELWEDER") and not reg.is_rejected("place", "Belweder")
    assert reg.entries["y"].forms == ("Zhou Enlai", "Zhou")
    [warning] = reg.warnings  # the name; the status was not given before
    assert "name 'Zhou Enlai' here replaces 'Zhou'" in warning.message


# --------------------------------------------------------------------------- file formats


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be"])
def test_a_tei_register_is_told_by_its_content(tmp_path: Path, encoding: str) -> None:
    text = TEI_REGISTER.replace('encoding="UTF-8"', f'encoding="{encoding.upper().replace("-SIG", "")}"')
    path = tmp_path / "register.txt"  # no .xml suffix either
    path.write_bytes(text.encode(encoding))
    assert load_register([path]).lookup("Batmunkh") == ("batmunkh",)


def test_a_utf16_csv_with_tabs_loads(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_bytes("id\ttype\tname\nx\tperson\tDorticós\n".encode("utf-16"))
    assert load_register([path]).lookup("Dorticós") == ("x",)


def test_a_csv_field_over_the_csv_module_limit_loads(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    note = "long " * 40_000  # 200,000 characters, over csv's default 131,072
    path.write_text(f'id,type,name,note\nx,person,Pol Pot,"{note}"\n', encoding="utf-8")
    assert load_register([path]).entries["x"].note == note.strip()


def test_a_malformed_csv_is_a_register_error_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text('id,type,name,note\nx,person,Pol Pot,"unclosed\ny,place,Pailin,\n', encoding="utf-8")
    with pytest.raises(RegisterError, match="malformed CSV") as info:  # not one row eating the rest
        load_register([path])
    assert info.value.line == 2


def test_a_frus_persons_list_round_trips_losslessly(tmp_path: Path) -> None:
    path = tmp_path / "persons.xml"
    path.write_text(FRUS_LIST.replace("</list>", '<item><persName xml:id="p_CLHMF1">Caradon, Lord (Hugh '
                                      'Mackintosh Foot)</persName>, British Representative</item></list>'),
                    encoding="utf-8")
    _round_trips(path, tmp_path)  # the forms derived from "(…)" and titles are kept as written
    assert load_register([path]).records["p_CLHMF1"].forms == (
        "Lord Caradon", "Caradon, Lord", "Caradon, Hugh Mackintosh Foot")
