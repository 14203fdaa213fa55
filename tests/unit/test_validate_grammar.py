"""grammar.simplify: RELAX NG rewritten for libxml2, accepting the same documents."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from lxml import etree

from teiencode.validate.grammar import RNG_NS, simplify
from teiencode.xmlinput import parse_bytes

ROOT = Path(__file__).resolve().parents[2]

# What the TEI Stylesheets write for a customisation that leaves elements
# out: a define of notAllowed for each, empty for an empty class, wrappers.
GRAMMAR = f"""<grammar xmlns="{RNG_NS}">
  <start><ref name="doc"/></start>
  <define name="doc"><element name="doc">
    <group>
      <zeroOrMore><ref name="gone"/></zeroOrMore>
      <oneOrMore><oneOrMore><choice><ref name="p"/><ref name="gone"/><ref name="p"/></choice>
        </oneOrMore><zeroOrMore><empty/></zeroOrMore></oneOrMore>
      <optional><group><ref name="gone"/><ref name="p"/></group></optional>
    </group>
    <optional><attribute name="n"><choice><value>1</value></choice></attribute></optional>
    <empty/>
  </element></define>
  <define name="p"><element name="p"><text/></element></define>
  <define name="gone"><notAllowed/></define>
</grammar>"""


def documents() -> dict[str, bool]:
    return {"<doc><p/></doc>": True, "<doc n='1'><p>a</p><p/></doc>": True, "<doc/>": False,
            "<doc n='2'><p/></doc>": False, "<doc><gone/></doc>": False}


def test_simplified_grammar_accepts_the_same_documents() -> None:
    tree = simplify(etree.ElementTree(etree.fromstring(GRAMMAR)))
    schema = etree.RelaxNG(tree)
    assert {doc: schema.validate(etree.fromstring(doc)) for doc in documents()} == documents()


def test_simplified_grammar_has_no_not_allowed_references_or_empty_repeats() -> None:
    root = simplify(etree.ElementTree(etree.fromstring(GRAMMAR))).getroot()
    r = f"{{{RNG_NS}}}"
    assert [ref.get("name") for ref in root.iter(r + "ref")] == ["doc", "p"]
    assert not [e for e in root.iter(r + "zeroOrMore", r + "oneOrMore", r + "optional")
                if [c.tag for c in e] == [r + "empty"]]
    assert not [c for c in root.iter(r + "choice", r + "group") if len(c) == 1]


def test_project_grammar_compiles_at_once() -> None:
    """Without simplify, libxml2 does not finish compiling it (minutes or never)."""
    started = time.perf_counter()
    etree.RelaxNG(simplify(etree.parse(str(ROOT / "schemas" / "teiencode.rng"))))
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("name", ["anyName", "nsName"])
def test_name_classes_are_left_alone(name: str) -> None:
    grammar = f"""<grammar xmlns="{RNG_NS}"><start><element><choice><{name}/><name>b</name>
      </choice><empty/></element></start></grammar>"""
    tree = simplify(etree.ElementTree(etree.fromstring(grammar)))
    assert etree.RelaxNG(tree).validate(etree.fromstring("<b/>"))


@pytest.mark.jing
def test_lxml_with_the_rewritten_grammar_agrees_with_jing_on_the_original() -> None:
    if shutil.which("jing") is None:
        if os.environ.get("CI"):
            pytest.fail("jing is missing (CI is set)")
        pytest.skip("jing is absent")
    schema = ROOT / "schemas" / "teiencode.rng"
    documents = [p for p in sorted((ROOT / "tests" / "invalid").glob("*.xml"))
                 if p.stem not in ("malformed", "xxe")]  # not XML: jing would stop there
    documents += sorted((ROOT / "tests" / "golden").glob("*.xml"))
    run = subprocess.run(["jing", str(schema), *map(str, documents)], capture_output=True,
                         text=True, check=False)
    refused = {line.split(":")[0] for line in run.stdout.splitlines() if ": error:" in line}
    lxml = etree.RelaxNG(simplify(etree.parse(str(schema))))
    verdicts = {p.name: (lxml.validate(parse_bytes(p.read_bytes(), name=str(p))),
                         str(p) not in refused) for p in documents}
    assert {name: v for name, v in verdicts.items() if v[0] != v[1]} == {}
    assert {name for name, (valid, _) in verdicts.items() if not valid} >= {
        "wrong_element.xml", "missing_attribute.xml", "bad_date.xml"}
