"""The schemas compiled from schemas/teiencode.odd: up to date with the ODD,
accepting every encoded page, rejecting every broken file with the rule the
manifest names, and agreeing with the fast profile a build runs."""

from __future__ import annotations

import os
import shutil
from functools import cache
from pathlib import Path

import pytest
from lxml import etree
from shared_pages import SHARED, shared_pages
from test_validate_invalid import INVALID, manifest

from teiencode.cache import ENV_CACHE
from teiencode.entities import load_register
from teiencode.errors import InputError
from teiencode.pipeline import encode_path
from teiencode.tei import to_bytes
from teiencode.validate import isoschematron, iter_diagnostics, odd, relaxng, validate_files
from teiencode.xmlinput import parse_bytes

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
VALID = (INVALID / "valid.xml").read_text(encoding="utf-8")
SEED = ROOT / "corpus" / "1979-12-04_batmunkh-heng-samrin.txt"
TEI_ALL = SHARED / "schemas" / "tei_all.rng"


def odd_diagnostics(data: bytes, name: str = "doc.xml") -> list[tuple[str, str, int | None]]:
    """(severity, code, line) of the ODD's grammar and rules alone."""
    tree = parse_bytes(data, name=name)
    found = relaxng.project_diagnostics(tree, name)
    found += isoschematron.project_validator().check(tree, data, name)
    return [(d.severity, d.code, d.line) for d in found]


def changed(old: str, new: str) -> bytes:
    """tests/invalid/valid.xml with one change."""
    assert old in VALID, old
    return VALID.replace(old, new, 1).encode("utf-8")


def stylesheets() -> odd.Stylesheets:
    try:
        return odd.Stylesheets.locate()
    except InputError as error:
        if os.environ.get("CI"):
            pytest.fail(f"the TEI Stylesheets are missing (CI is set): {error}")
        pytest.skip(f"the TEI Stylesheets are absent: {error}")


@cache
def register() -> object:
    return load_register([ROOT / "corpus" / "register.xml"])


# ------------------------------------------------------------- the ODD compiles


@pytest.mark.shared
def test_generated_schemas_are_up_to_date(tmp_path: Path) -> None:
    written = odd.compile_odd(SCHEMAS / "teiencode.odd", tmp_path, stylesheets())
    assert [p.name for p in written] == list(odd.OUTPUTS)
    written.append(odd.compile_embedded_rules(TEI_ALL, tmp_path, stylesheets()))
    committed = [SCHEMAS / p.relative_to(tmp_path) for p in written]
    assert sorted((SCHEMAS / "embedded").iterdir()) == [committed[-1]]
    stale = [str(c) for p, c in zip(written, committed, strict=True)
             if not c.is_file() or p.read_bytes() != c.read_bytes()]
    assert stale == [], f"run scripts/build-schemas and commit: {stale} differ"


@pytest.mark.jing
@pytest.mark.shared
def test_the_odd_is_itself_valid_tei() -> None:
    if shutil.which("jing") is None or not TEI_ALL.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"jing or {TEI_ALL} is missing (CI is set)")
        pytest.skip(f"jing or {TEI_ALL} is absent")
    odd_file = SCHEMAS / "teiencode.odd"
    [found] = relaxng.check(TEI_ALL, [(str(odd_file), odd_file.read_bytes())], engine="jing")
    assert found == []


def test_odd_naming_a_remote_source_is_refused(tmp_path: Path) -> None:
    remote = tmp_path / "remote.odd"
    remote.write_text((SCHEMAS / "teiencode.odd").read_text(encoding="utf-8").replace(
        '<moduleRef key="tei"/>', '<moduleRef key="tei" url="https://example.org/p5.xml"/>'),
        encoding="utf-8")
    with pytest.raises(InputError, match="remote") as caught:
        odd.refuse_remote_sources(remote)
    assert caught.value.file == str(remote) and caught.value.line


def test_missing_stylesheets_are_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="odd2odd.xsl") as caught:
        odd.Stylesheets.locate(tmp_path)
    assert "--stylesheets" in (caught.value.hint or "")


# --------------------------------------------------------- accepts, rejects


def test_odd_accepts_the_hand_written_valid_file() -> None:
    assert odd_diagnostics(VALID.encode("utf-8")) == []


def test_odd_accepts_the_seed_and_its_golden_file() -> None:
    assert odd_diagnostics(to_bytes(encode_path(SEED, register=register()).tree)) == []
    golden = (ROOT / "tests" / "golden" / f"{SEED.stem}.xml").read_bytes()
    # the golden file hides the version ("X"), which must be digits
    assert odd_diagnostics(golden.replace(b'version="X"', b'version="0.1.0"')) == []


@pytest.mark.shared
def test_odd_and_fast_profile_accept_every_shared_page() -> None:
    pages = shared_pages()
    if not pages:
        pytest.skip(f"{SHARED} is absent")
    problems = {}
    for page in pages:
        xml = to_bytes(encode_path(page, register=register()).tree)
        found = odd_diagnostics(xml, page.name) + [
            (d.severity, d.code, d.line) for d in iter_diagnostics(xml, odd=False)]
        if found:
            problems[page.name] = found
    assert problems == {}


@pytest.mark.parametrize(("file", "code", "line"), [row for row in manifest() if row[1] != "XML"],
                         ids=[f"{f}-{c}" for f, c, _ in manifest() if c != "XML"])
def test_odd_rejects_every_broken_file(file: str, code: str, line: int) -> None:
    found = odd_diagnostics((INVALID / file).read_bytes(), file)
    assert any(severity == "error" for severity, _, _ in found)
    if code.startswith("TE-SCH-"):
        assert ("error", code, line) in found


def test_grammar_errors_name_the_element() -> None:
    [report] = validate_files([INVALID / "wrong_element.xml"])
    grammar = [d for d in report.diagnostics if d.code == "TE-RNG"]
    assert grammar and all(d.line == 70 and d.xpath == "/TEI/text/body/div/bogus"
                           for d in grammar)


@pytest.mark.parametrize("file", sorted({f for f, c, _ in manifest() if c.startswith("TE-SCH-")}))
def test_fast_profile_gives_the_odd_rules_verdicts(file: str) -> None:
    """schemas/teiencode.sch (XSLT 1.0, per page in builds) is the ODD's twin."""
    data = (INVALID / file).read_bytes()
    fast = {(d.code, d.line) for d in iter_diagnostics(data, odd=False)
            if d.code.startswith("TE-SCH-")}
    full = {(d.code, d.line) for d in iter_diagnostics(data) if d.code.startswith("TE-SCH-")}
    assert fast == full != set()


# ------------------------------------------------- what the ODD says and the XSD does not


@pytest.mark.parametrize(("old", "new", "code"), [
    ('<gap reason="editorial"', '<gap reason="cancelled"', "TE-RNG"),
    ("<speaker>Anna Berg:</speaker>", '<speaker rend="bold">Anna Berg:</speaker>', "TE-RNG"),
    ("<head>RECORD", '<head type="banner">RECORD', "TE-RNG"),
    ('<supplied reason="omitted-in-original">', '<supplied reason="guess">', "TE-RNG"),
    (". <gap", '. <note type="gloss" place="inline" rend="braces">x</note><gap',
     "TE-SCH-NOTE-1"),
    ('<idno type="geonames">3143244</idno>', '<idno type="isni">0000000121032683</idno>', None),
    ('<p xml:id="d1-p5">', "<p>", "TE-SCH-ID-2"),
], ids=["gap-reason", "speaker-rend", "head-type", "supplied-reason", "note-delimiters",
        "open-idno-types", "passage-id"])
def test_closed_vocabularies(old: str, new: str, code: str | None) -> None:
    found = odd_diagnostics(changed(old, new))
    assert {c for _, c, _ in found} == ({code} if code else set())


def test_fast_profile_checks_inline_note_delimiters_too() -> None:
    data = changed(". <gap", '. <note type="gloss" place="inline" rend="braces">x</note><gap')
    assert [d.code for d in iter_diagnostics(data, odd=False)] == ["TE-SCH-NOTE-1"]


def test_edition_idno_types_are_closed() -> None:
    tree = etree.fromstring(VALID.encode("utf-8"))
    statement = tree.find(".//{http://www.tei-c.org/ns/1.0}publicationStmt")
    etree.SubElement(statement, "{http://www.tei-c.org/ns/1.0}idno", type="doi").text = "10.1/x"
    assert [c for _, c, _ in odd_diagnostics(etree.tostring(tree))] == ["TE-SCH-IDNO-1"]


@pytest.mark.parametrize(("when", "code"), [
    ("1969-12-19T19:26:00", None), ("19:26:00Z", None), ("--02-29", None), ("---31", None),
    ("1980-02-29", None), ("-0044-03-15", None), ("1979-12-04+14:00", None),
    ("1979-12-4", "TE-SCH-DATE-1"), ("1979-13", "TE-SCH-DATE-2"), ("1979-02-29", "TE-SCH-DATE-3"),
    ("1979-12-04T25:00:00", "TE-SCH-DATE-4"), ("1979-12-04T10:00:00+15:00", "TE-SCH-DATE-5"),
])
def test_when_takes_every_tei_date_and_time(when: str, code: str | None) -> None:
    found = odd_diagnostics(changed('<date when="1979">', f'<date when="{when}">'))
    rules = {c for _, c, _ in found if c.startswith("TE-SCH-")}
    assert rules == ({code} if code else set())


# ------------------------------------------- TEI's embedded rules (--tei-schema)


def nested_cite_structure() -> bytes:
    """The issue's case: an inner citeStructure with an absolute @match, which
    tei_all's grammar allows and its embedded Schematron forbids."""
    return changed('match="sp|p|ab"', 'match="/sp"')


def test_odd_runs_teis_own_rules_for_the_elements_it_keeps() -> None:
    found = odd_diagnostics(nested_cite_structure())
    assert ("error", "TEI-SCH", 26) in found


@pytest.mark.shared
def test_tei_all_runs_its_embedded_rules_without_the_stylesheets(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not TEI_ALL.is_file():
        pytest.skip(f"{TEI_ALL} is absent")
    monkeypatch.setenv(ENV_CACHE, str(tmp_path / "cache"))
    monkeypatch.setenv(odd.ENV_STYLESHEETS, str(tmp_path / "nowhere"))
    isoschematron._embedded_validator.cache_clear()
    document = tmp_path / "nested.xml"
    document.write_bytes(nested_cite_structure())
    [report] = validate_files([document], tei_schema=TEI_ALL)
    embedded = [d for d in report.diagnostics
                if d.code == "TEI-SCH" and "tei_all.rng" in (d.hint or "")]
    assert [(d.severity, d.line) for d in embedded] == [("error", 26)]
    assert "outer <citeStructure>" in embedded[0].message
    assert not (tmp_path / "cache").exists()  # the committed validator (schemas/embedded/)


@pytest.mark.shared
def test_another_schemas_rules_are_compiled_once_then_cached(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stylesheets()
    monkeypatch.setenv(ENV_CACHE, str(tmp_path / "cache"))
    isoschematron._embedded_validator.cache_clear()
    schema = tmp_path / "custom.rng"
    rules = etree.tostring(etree.parse(str(TEI_ALL)).find(
        ".//{http://purl.oclc.org/dsdl/schematron}pattern"), encoding="unicode")
    schema.write_text(f"""<grammar xmlns="http://relaxng.org/ns/structure/1.0"
        xmlns:sch="http://purl.oclc.org/dsdl/schematron"><start><element><anyName/>
        <zeroOrMore><choice><attribute><anyName/></attribute><text/><ref name="any"/></choice>
        </zeroOrMore></element></start><define name="any"><element><anyName/><zeroOrMore>
        <choice><attribute><anyName/></attribute><text/><ref name="any"/></choice></zeroOrMore>
        </element></define><sch:ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
        {rules}</grammar>""", encoding="utf-8")
    monkeypatch.setenv(odd.ENV_STYLESHEETS, str(tmp_path / "nowhere"))
    with pytest.raises(InputError, match="need compiling once") as caught:
        isoschematron.embedded_validator(schema)
    assert caught.value.file == str(schema) and "--stylesheets" in (caught.value.hint or "")
    monkeypatch.delenv(odd.ENV_STYLESHEETS)
    assert isoschematron.embedded_validator(schema) is not None
    [cached] = (tmp_path / "cache" / "schematron").glob("*.xsl")
    # a later process needs no TEI Stylesheets
    isoschematron._embedded_validator.cache_clear()
    monkeypatch.setenv(odd.ENV_STYLESHEETS, str(tmp_path / "nowhere"))
    assert isoschematron.embedded_validator(schema) is not None
    assert list((tmp_path / "cache" / "schematron").glob("*.xsl")) == [cached]
