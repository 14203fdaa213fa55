"""The Schematron rules (schemas/teiencode.sch), rule by rule."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import xmlschema
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml.isoschematron import Schematron

from teiencode.resources import schema_path
from teiencode.tei.body import iso_when
from teiencode.validate import schematron
from teiencode.xmlinput import parse_xml

VALID = Path(__file__).resolve().parents[1] / "invalid" / "valid.xml"
SCH = "http://purl.oclc.org/dsdl/schematron"
TEI_NS = "http://www.tei-c.org/ns/1.0"


def tei(body: str, *, particdesc: str = "", standoff: str = "") -> bytes:
    """A small TEI document around ``body`` (Schematron needs no full header)."""
    return f"""<TEI xmlns="{TEI_NS}">
<teiHeader><profileDesc><particDesc><listPerson>{particdesc}</listPerson></particDesc></profileDesc></teiHeader>
<standOff>{standoff}</standOff>
<text><body>
{body}
</body></text></TEI>""".encode()


def codes(data: bytes) -> list[tuple[str, int | None]]:
    return [(d.code, d.line) for d in schematron.iter_diagnostics(parse_xml(data), name="t.xml")]


def code_set(data: bytes) -> set[str]:
    return {code for code, _ in codes(data)}


# --------------------------------------------------------------------------- the schema itself


def test_rules_are_valid_iso_schematron_with_ids_and_advice() -> None:
    rules = etree.parse(str(schema_path("teiencode.sch")))
    Schematron(rules)  # validates the schema against the ISO grammar
    checks = rules.findall(f".//{{{SCH}}}assert") + rules.findall(f".//{{{SCH}}}report")
    ids = [check.get("id") for check in checks]
    assert all(re.fullmatch(r"TE-SCH-[A-Z]+-\d+", i or "") for i in ids), ids
    assert len(ids) == len(set(ids))
    advice = {d.get("id") for d in rules.iter(f"{{{SCH}}}diagnostic")}
    for check in checks:
        assert "".join(check.itertext()).strip(), check.get("id")
        assert check.get("diagnostics") in advice, check.get("id")


def test_rule_contexts_and_keys_have_no_predicates() -> None:
    """libxslt counts an element's siblings to test a pattern with a predicate
    (``*[@when]``): quadratic in a body of thousands of turns. Rules and keys
    match by name only; the asserts test attributes themselves."""
    rules = etree.parse(str(schema_path("teiencode.sch")))
    contexts = [rule.get("context") for rule in rules.iter(f"{{{SCH}}}rule")]
    keys = [key.get("match") for key in rules.iter("{http://www.w3.org/1999/XSL/Transform}key")]
    assert contexts and keys
    assert not [pattern for pattern in contexts + keys if "[" in pattern]


def test_the_walks_visit_elements_only() -> None:
    """Every rule context is an element: the compiled rules do not try them on
    attributes, text, comments or processing instructions."""
    for located in (True, False):
        applied = list(schematron._compiled(located=located).getroot().iter(
            "{http://www.w3.org/1999/XSL/Transform}apply-templates"))
        walks = {a.get("select") for a in applied if re.fullmatch(r"M\d+", a.get("mode") or "")}
        assert walks == {"/*", "*"}  # from the root element, then element children only
        assert all(a.get("mode") for a in applied)  # no walk in the default mode


def test_valid_document_passes() -> None:
    assert codes(VALID.read_bytes()) == []


def test_diagnostic_has_place_path_and_advice() -> None:
    [diagnostic] = schematron.iter_diagnostics(
        parse_xml(tei('<p>in <placeName ref="#nowhere">X</placeName></p>')), name="t.xml")
    assert (diagnostic.code, diagnostic.line, diagnostic.file) == ("TE-SCH-REF-2", 5, "t.xml")
    assert diagnostic.severity == "error"
    assert diagnostic.xpath == "/TEI/text/body/p/placeName"
    assert '"#nowhere"' in diagnostic.message
    assert diagnostic.hint and "xml:id" in diagnostic.hint


def test_many_findings_among_siblings_are_each_placed() -> None:
    paragraphs = "\n".join("<p/>" if i % 3 == 0 else "<p>x</p>" for i in range(1, 301))
    other = '<x:p xmlns:x="urn:other"/>'  # a sibling of another namespace, not counted
    found = list(schematron.iter_diagnostics(parse_xml(tei(other + paragraphs)), name="t.xml"))
    assert [(d.code, d.line, d.xpath) for d in found] == [
        ("TE-SCH-EMPTY-2", 4 + i, f"/TEI/text/body/p[{i}]") for i in range(3, 301, 3)]


def test_locations_are_element_positions_and_any_other_path_is_xpath() -> None:
    tree = parse_xml(tei("<p>x</p><p/>"))
    locate = schematron._Locator(tree)
    second = tree.getroot()[2][0][1]
    assert locate("/1/3/1/2") is second
    assert locate("/*[local-name()='TEI']/*[3]/*[1]/*[2]") is second
    assert locate("/1/3/1/3") is None and locate("/2") is None
    assert locate("/*[local-name()='TEI' and namespace-uri()='urn:no']") is None


# --------------------------------------------------------------------------- pointers


@pytest.mark.parametrize(("attribute", "code"), [
    ("who", "TE-SCH-REF-1"), ("ref", "TE-SCH-REF-2"), ("resp", "TE-SCH-REF-3"),
    ("target", "TE-SCH-REF-4"), ("scheme", "TE-SCH-REF-5")])
def test_each_pointer_attribute_must_resolve(attribute: str, code: str) -> None:
    standoff = '<listPlace><place xml:id="a"><placeName>A</placeName></place></listPlace>'
    assert codes(tei(f'<ab {attribute}="#a">x</ab>', standoff=standoff)) == []
    assert codes(tei(f'<ab {attribute}="#b">x</ab>', standoff=standoff)) == [(code, 5)]


def test_every_pointer_of_a_list_must_resolve() -> None:
    standoff = ('<listPlace><place xml:id="a"><placeName>A</placeName></place>'
                '<place xml:id="b"><placeName>B</placeName></place></listPlace>')
    assert codes(tei('<ab ref="#a  #b">x</ab>', standoff=standoff)) == []
    assert codes(tei('<ab ref="#a #a">x</ab>', standoff=standoff)) == []
    assert code_set(tei('<ab ref="#a #c #b">x</ab>', standoff=standoff)) == {"TE-SCH-REF-2"}


def test_only_local_pointers_are_checked() -> None:
    assert codes(tei('<ab ref="https://www.wikidata.org/wiki/Q1858 geo:3143244">x</ab>')) == []
    assert code_set(tei('<ab ref="#">x</ab>')) == {"TE-SCH-REF-2"}


# --------------------------------------------------------------------------- speakers


PARTICIPANTS = ('<person xml:id="anna"><persName>Anna</persName></person>'
                '<personGrp xml:id="side"><name>the side</name></personGrp>')
OUTSIDER = '<listPerson><person xml:id="erik"><persName>Erik</persName></person></listPerson>'


def sp(who: str, speaker: str = "Anna:") -> bytes:
    return tei(f'<sp who="{who}"><speaker>{speaker}</speaker><p>Yes.</p></sp>',
               particdesc=PARTICIPANTS, standoff=OUTSIDER)


def test_speakers_are_participants_people_or_groups() -> None:
    assert codes(sp("#anna")) == []
    assert codes(sp("#side")) == []
    assert codes(sp("#anna #side")) == []


def test_speaker_outside_particdesc_is_not_a_participant() -> None:
    assert codes(sp("#erik")) == [("TE-SCH-SP-1", 5)]
    assert code_set(sp("#anna #erik")) == {"TE-SCH-SP-1"}


def test_unresolved_speaker_is_reported_once_as_a_pointer() -> None:
    assert codes(sp("#nobody")) == [("TE-SCH-REF-1", 5)]


def test_the_title_and_the_abstract_must_not_be_empty() -> None:
    # Their content is mixed (names and dates are marked), so the XML Schema cannot say it.
    header = (f'<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><titleStmt><title type="main"> <date/></title>'
              '</titleStmt></fileDesc><profileDesc><abstract><p> </p></abstract></profileDesc></teiHeader>'
              '<text><body><p>x</p></body></text></TEI>')
    assert code_set(header.encode()) == {"TE-SCH-EMPTY-2", "TE-SCH-EMPTY-3"}


def test_speaker_label_must_not_be_empty() -> None:
    assert codes(sp("#anna", speaker=" ")) == [("TE-SCH-SP-2", 5)]


# --------------------------------------------------------------------------- ids


def test_each_repeated_id_is_reported_where_it_repeats() -> None:
    body = '<p xml:id="x">a</p>\n<p xml:id="y">b</p>\n<p xml:id="x">c</p>\n<p xml:id="x">d</p>'
    assert codes(tei(body)) == [("TE-SCH-ID-1", 7), ("TE-SCH-ID-1", 8)]


# --------------------------------------------------------------------------- dates


def when(value: str) -> bytes:
    root = etree.fromstring(tei("<p>on <date>a day</date></p>"))
    root.find(f".//{{{TEI_NS}}}date").set("when", value)
    return etree.tostring(root)


@pytest.mark.parametrize(("value", "expected"), [
    ("1979-12-04", set()), ("1979-12", set()), ("1979", set()),
    ("1980-02-29", set()), ("2000-02-29", set()),
    ("1969-12-19T19:26:00", set()), ("1969-12-19T19:26:00.5Z", set()), ("19:26:00", set()),
    ("1979-12-04T24:00:00", set()), ("1979-12-04+05:30", set()), ("1979-10:00", set()),
    ("--12-04", set()), ("--02-29", set()), ("--12", set()), ("---31", set()),
    ("-0044-03-15", set()), ("12000", set()),
    ("1979-02-29", {"TE-SCH-DATE-3"}), ("1900-02-29", {"TE-SCH-DATE-3"}),
    ("1979-02-30", {"TE-SCH-DATE-3"}), ("1979-04-31", {"TE-SCH-DATE-3"}),
    ("1979-12-00", {"TE-SCH-DATE-3"}), ("--02-30", {"TE-SCH-DATE-3"}),
    ("---32", {"TE-SCH-DATE-3"}), ("1979-13", {"TE-SCH-DATE-2"}),
    ("1979-00-10", {"TE-SCH-DATE-2"}), ("--13", {"TE-SCH-DATE-2"}), ("79", {"TE-SCH-DATE-1"}),
    ("4 December 1979", {"TE-SCH-DATE-1"}), ("1979-12-04T10:00", {"TE-SCH-DATE-1"}),
    ("1979-1-4", {"TE-SCH-DATE-1"}), ("", {"TE-SCH-DATE-1"}), ("01979", {"TE-SCH-DATE-1"}),
    ("T10:00:00", {"TE-SCH-DATE-1"}), ("1979-12-04T10:00:00.", {"TE-SCH-DATE-1"}),
    ("1979-12-04T25:00:00", {"TE-SCH-DATE-4"}), ("23:59:60", {"TE-SCH-DATE-4"}),
    ("24:00:00.5", {"TE-SCH-DATE-4"}), ("1979-12-04+14:30", {"TE-SCH-DATE-5"}),
    ("1979-12-04T10:00:00-05:60", {"TE-SCH-DATE-5"}),
])
def test_when_must_be_a_real_tei_date_or_time(value: str, expected: set[str]) -> None:
    assert code_set(when(value)) == expected


def test_the_date_rules_check_the_change_and_need_no_when() -> None:
    assert codes(tei('<ab>on <date>a day</date></ab>')) == []
    change = tei("<ab>x</ab>").replace(
        b"</profileDesc>", b'</profileDesc><revisionDesc><change when="1979-02-29">x</change>'
                           b"</revisionDesc>")
    assert code_set(change) == {"TE-SCH-DATE-3"}


@cache
def w3c_temporal() -> xmlschema.XMLSchema:
    """teidata.temporal.w3c as XML Schema has it: the oracle for the date rules."""
    types = "xs:date xs:gYearMonth xs:gYear xs:dateTime xs:time xs:gMonthDay xs:gMonth xs:gDay"
    return xmlschema.XMLSchema(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="when">'
        f'<xs:simpleType><xs:union memberTypes="{types}"/></xs:simpleType></xs:element></xs:schema>')


@settings(max_examples=200, deadline=None)
@given(st.one_of(
    st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.integers(1, 9999),
              st.integers(0, 99), st.integers(0, 99)),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1, 9999), st.integers(0, 99)),
    st.builds(lambda d, h, m, s, z: f"{d}T{h:02d}:{m:02d}:{s:02d}{z}",
              st.sampled_from(["1969-12-19", "2000-02-29"]), st.integers(0, 25),
              st.integers(0, 61), st.integers(0, 61), st.sampled_from(["", "Z", "+14:00", "-15:00"])),
    st.text(alphabet="0123456789-T:.Z+ x", max_size=14),
))
def test_date_rules_agree_with_xml_schema_and_the_encoder(value: str) -> None:
    if re.match(r"-?0000(?![0-9])", value):
        return  # year zero: XML Schema 1.0 has none; the rules check the shape only
    real = w3c_temporal().is_valid(f"<when>{escape(value)}</when>")
    assert (code_set(when(value)) == set()) == real
    assert (iso_when(value) is not None) == real


# --------------------------------------------------------------------------- empty, entries


@pytest.mark.parametrize("element", ["persName", "placeName", "orgName"])
def test_names_must_not_be_empty(element: str) -> None:
    assert codes(tei(f"<p>to <{element}> </{element}></p>")) == [("TE-SCH-EMPTY-1", 5)]
    assert codes(tei(f'<p>to <{element}><gap reason="illegible"/></{element}></p>')) == []


def test_paragraphs_must_not_be_empty() -> None:
    assert codes(tei("<p>\n</p>")) == [("TE-SCH-EMPTY-2", 5)]
    assert codes(tei('<p><gap reason="editorial" rend="[…]"/></p>')) == []


@pytest.mark.parametrize(("entry", "code"), [
    ('<listPerson><person xml:id="e"><idno type="viaf">1</idno></person></listPerson>',
     "TE-SCH-ENTRY-1"),
    ('<listPerson><personGrp xml:id="e"/></listPerson>', "TE-SCH-ENTRY-1"),
    ('<listPlace><place xml:id="e"><idno type="geonames">1</idno></place></listPlace>',
     "TE-SCH-ENTRY-2"),
    ('<listOrg><org xml:id="e"/></listOrg>', "TE-SCH-ENTRY-3"),
])
def test_entries_need_a_name(entry: str, code: str) -> None:
    assert code_set(tei("<p>x</p>", standoff=entry)) == {code}


def test_entries_with_names_pass() -> None:
    standoff = ('<listPerson><person xml:id="a"><persName>A</persName></person>'
                '<personGrp xml:id="g"><name>G</name></personGrp></listPerson>'
                '<listPlace><place xml:id="p"><placeName>P</placeName></place></listPlace>'
                '<listOrg><org xml:id="o"><orgName>O</orgName></org></listOrg>')
    assert codes(tei("<p>x</p>", standoff=standoff)) == []
