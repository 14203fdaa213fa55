"""The project schema check: silent on valid documents; on invalid ones, each
problem on the element it concerns, with the schema component and advice."""

from __future__ import annotations

from pathlib import Path

from teiencode.validate import xsd
from teiencode.xmlinput import parse_xml

VALID = Path(__file__).resolve().parents[1] / "invalid" / "valid.xml"


def diagnostics(old: str, new: str) -> list:
    text = VALID.read_text(encoding="utf-8")
    assert text.count(old) == 1
    return list(xsd.iter_diagnostics(parse_xml(text.replace(old, new).encode()), name="memo.xml"))


def line_of(fragment: str, old: str, new: str) -> int:
    text = VALID.read_text(encoding="utf-8").replace(old, new)
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_valid_document_has_no_diagnostics() -> None:
    assert list(xsd.iter_diagnostics(parse_xml(VALID))) == []


def test_unexpected_element_is_reported_on_itself() -> None:
    old, new = '<p xml:id="d1-p5">', '<bogus/><p xml:id="d1-p5">'
    [d] = diagnostics(old, new)
    assert (d.code, d.severity, d.file) == ("XSD", "error", "memo.xml")
    assert d.line == line_of("<bogus/>", old, new)
    assert d.xpath == "/TEI/text/body/div/bogus"
    assert "<bogus> is not allowed here" in d.message
    assert "complexType tei:div" in d.message  # the component that failed
    assert d.hint and "headings and datelines" in d.hint  # the component's documentation


def test_missing_element_names_what_was_expected() -> None:
    [d] = diagnostics("<speaker>Anna Berg:</speaker>", "")
    assert "expected <speaker>" in d.message
    assert d.xpath == "/TEI/text/body/div/sp[2]/p"


def test_bad_date_is_one_diagnostic_naming_the_union_type() -> None:
    [d] = diagnostics('<date when="1980-03">', '<date when="1980-13">')
    assert "when='1980-13'" in d.message and "tei:when" in d.message
    assert d.hint and "1979-12-04, 1979-12, 1979, 1969-12-19T19:26:00" in d.hint


def test_pointer_without_hash_is_explained() -> None:
    [d] = diagnostics('<placeName ref="#bergen">', '<placeName ref="bergen">')
    assert "ref='bergen'" in d.message and "tei:pointer" in d.message
    assert d.hint and '"#"' in d.hint


def test_duplicate_id_is_reported_on_the_repeat() -> None:
    old, new = '<p xml:id="d1-p3">', '<p xml:id="d1-p2">'
    [d] = diagnostics(old, new)
    assert "duplicated" in d.message and "xml:id='d1-p2'" in d.message
    assert d.line == line_of('<p xml:id="d1-p2">The ships', old, new)


def test_missing_attribute() -> None:
    [d] = diagnostics('<gap reason="editorial" rend="[…]"/>', '<gap rend="[…]"/>')
    assert "missing required attribute 'reason'" in d.message
    assert d.xpath == "/TEI/text/body/div/p[1]/gap"


def test_document_that_is_not_tei_is_invalid_not_a_crash() -> None:
    found = list(xsd.iter_diagnostics(parse_xml(b"<html><body/></html>")))
    assert found and all(d.code == "XSD" for d in found)


def test_an_element_with_thousands_of_attributes_is_reported_by_libxml2() -> None:
    """xmlschema needs minutes for such an element (its time grows with the
    square of the attributes); libxml2's own messages still name each one."""
    old = '<p xml:id="d1-p5">'
    wide = "".join(f' a{k}="v"' for k in range(3000))
    found = diagnostics(old, f'<p xml:id="d1-p5"{wide}>')
    assert len(found) == 3000
    assert all(d.line == line_of("a2999", old, f'<p xml:id="d1-p5"{wide}>') for d in found)
    assert "attribute 'a2999': The attribute 'a2999' is not allowed" in found[-1].message
