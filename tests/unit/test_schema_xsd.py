"""schemas/teiencode.xsd: it accepts what the encoder writes, rejects what the
conventions forbid, and what it accepts is TEI P5 (tei_all.rng, with jing)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import get_args

import pytest
import xmlschema
from lxml import etree
from tei_samples import DOCUMENTS, XSD, jing_errors

from teiencode.tei import encode, to_bytes
from teiencode.tei.names import TeiName


@cache
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(XSD)


@cache
def full_xml() -> str:
    return to_bytes(encode(DOCUMENTS["full"])).decode()


def errors(xml: str) -> list[xmlschema.XMLSchemaValidationError]:
    # xmlschema parses the string itself: lxml would refuse a duplicate xml:id first
    return list(schema().iter_errors(xml))


def test_the_schema_is_xsd_1_0_and_needs_no_network() -> None:
    assert isinstance(schema(), xmlschema.XMLSchema10)
    imports = etree.parse(str(XSD)).xpath("//*[local-name()='import']/@schemaLocation")
    assert imports == ["xml.xsd"] and (XSD.parent / "xml.xsd").is_file()


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_encoded_documents_are_valid(name: str) -> None:
    assert errors(to_bytes(encode(DOCUMENTS[name])).decode()) == []


MUTATIONS = {
    "unknown element": ("<speaker>I. PETROV.</speaker>", "<spkr>I. PETROV.</spkr>", "spkr"),
    "impossible month": ('when="1961-01"', 'when="1961-13"', "1961-13"),
    "impossible day": ('<date when="1961-03-07">7 March', '<date when="1961-02-30">7 March',
                       "1961-02-30"),
    "date with a time": ('when="1960"', 'when="1960-01-01T10:00"', "when"),
    "unprefixed who": ('who="#petrov"', 'who="petrov"', "who"),
    "unprefixed ref": ('ref="#cpsu-cc"', 'ref="cpsu-cc"', "ref"),
    "paragraph without id": (' xml:id="d1-p3"', "", "id"),
    "turn without id": (' xml:id="d1-sp2"', "", "id"),
    "duplicate id": ('xml:id="d1-p3"', 'xml:id="d1-p2"', "d1-p2"),
    "heading after a paragraph": ('<ab type="signature" xml:id="d1-ab4">I. Petrov</ab>',
                                  "<head>I. Petrov</head>", "head"),
    "turn without speaker": ("<speaker>I. PETROV.</speaker>", "", "speaker"),
    "unknown note type": ('type="stage" place', 'type="aside" place', "aside"),
    "empty rend": ('rend="(p. 2)"', 'rend=""', "rend"),
    "gap without reason": ('<gap reason="withheld" ', "<gap ", "reason"),
    "certainty outside the vocabulary": ('cert="low"', 'cert="likely"', "likely"),
    "bad version number": ('ident="teiencode" version="', 'ident="teiencode" version="v',
                           "version"),
    "text outside a passage": ('<p xml:id="d1-p7">', 'stray text<p xml:id="d1-p7">', "text"),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_the_schema_rejects(name: str) -> None:
    old, new, expected = MUTATIONS[name]
    assert full_xml().count(old) >= 1, f"the mutation {name!r} no longer applies"
    found = errors(full_xml().replace(old, new, 1))
    assert found, f"{name} was accepted"
    assert any(expected in str(e) for e in found), str(found[0])


def test_the_schema_rejects_an_empty_register() -> None:
    root = etree.fromstring(full_xml().encode())
    standoff = root.find("{http://www.tei-c.org/ns/1.0}standOff")
    for child in list(standoff):
        standoff.remove(child)
    assert not schema().is_valid(root)


@pytest.mark.parametrize("name", sorted(set(MUTATIONS) - {"duplicate id"}))
def test_libxml2_agrees_with_xmlschema(name: str) -> None:
    """The validate stage accepts with libxml2 and explains with xmlschema."""
    libxml2 = etree.XMLSchema(etree.parse(str(XSD)))
    old, new, _ = MUTATIONS[name]
    assert libxml2.validate(etree.fromstring(full_xml().encode()))
    assert not libxml2.validate(etree.fromstring(full_xml().replace(old, new, 1).encode()))


def test_rejections_carry_a_line_and_a_path(tmp_path: Path) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(full_xml().replace('who="#petrov"', 'who="petrov"'), encoding="utf-8")
    error = next(schema().iter_errors(etree.parse(str(path))))
    assert error.sourceline == next(n for n, line in enumerate(path.read_text().splitlines(), 1)
                                    if 'who="petrov"' in line)
    assert error.path and "sp" in error.path


@pytest.mark.jing
def test_encoded_documents_are_valid_tei_p5(tmp_path: Path) -> None:
    paths = []
    for name, doc in sorted(DOCUMENTS.items()):
        paths.append(tmp_path / f"{name}.xml")
        paths[-1].write_bytes(to_bytes(encode(doc)))
    assert jing_errors(paths) == ""


@pytest.mark.jing
def test_jing_rejects_a_broken_document(tmp_path: Path) -> None:
    """Guards the TEI P5 tests against a validator that accepts anything."""
    path = tmp_path / "broken.xml"
    path.write_text(full_xml().replace("<speaker>", "<spkr>").replace("</speaker>", "</spkr>"),
                    encoding="utf-8")
    assert "spkr" in jing_errors([path])


def mutants(xml: str) -> Iterator[tuple[str, bytes]]:
    """Every document one edit away from ``xml``: an element removed, emptied,
    repeated or moved after its next sibling, an attribute removed."""
    root = etree.fromstring(xml.encode())
    paths = [root.getroottree().getpath(e) for e in root.iter() if e is not root]
    for path in paths:
        attributes = root.xpath(path)[0].attrib
        for edit in ("remove", "empty", "repeat", "swap", *("drop@" + a for a in attributes)):
            variant = etree.fromstring(xml.encode())
            element = variant.xpath(path)[0]
            if edit == "remove":
                element.getparent().remove(element)
            elif edit == "empty":
                element.text = None
                for child in list(element):
                    element.remove(child)
            elif edit == "repeat":
                element.addnext(copy_of(element))
            elif edit == "swap":
                following = element.getnext()
                if following is None:
                    continue
                following.addnext(element)
            else:
                del element.attrib[edit[5:]]
            yield f"{edit} {path}", etree.tostring(variant, encoding="UTF-8")


def copy_of(element: etree._Element) -> etree._Element:
    duplicate = copy.deepcopy(element)
    for node in duplicate.iter():  # a repeated element with the same xml:id is a known reject
        node.attrib.pop("{http://www.w3.org/XML/1998/namespace}id", None)
    return duplicate


@pytest.mark.slow
@pytest.mark.jing
def test_what_the_schema_accepts_tei_p5_accepts(tmp_path: Path) -> None:
    """One edit away from a valid document, every variant the project schema
    still accepts must be valid TEI P5 too."""
    libxml2 = etree.XMLSchema(etree.parse(str(XSD)))
    accepted = {}
    sources = [full_xml(), to_bytes(encode(DOCUMENTS["sparse"])).decode()]
    variants = (variant for source in sources for variant in mutants(source))
    for number, (edit, data) in enumerate(variants):
        if libxml2.validate(etree.fromstring(data)):
            path = tmp_path / f"m{number}.xml"
            path.write_bytes(data)
            accepted[path.name] = edit
    assert len(accepted) > 100
    report = jing_errors(list(map(tmp_path.joinpath, accepted)))
    rejected = {accepted[Path(line.split(":")[0]).name] for line in report.splitlines()
                if line.startswith(str(tmp_path))}
    assert not rejected, sorted(rejected)


def test_the_schema_and_the_encoder_share_one_vocabulary() -> None:
    declared = set(etree.parse(str(XSD)).xpath(
        "//xs:element/@name", namespaces={"xs": "http://www.w3.org/2001/XMLSchema"}))
    assert declared == set(get_args(TeiName))
