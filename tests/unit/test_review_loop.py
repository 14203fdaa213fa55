"""An editor's review of names, end to end, with the commands the README shows.

Encode the seed and a second page of the same family with the corpus
register; export the review CSV; accept two proposals, reject two, add a note
and a Wikidata id; encode again with both registers. The decisions hold,
nothing else changes, the register's notes stay, and a second round of
review changes nothing that was decided.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from lxml import etree
from review_session import NS, PAGES, PHNOM_PENH, REGISTER, review, run

from teiencode.entities import load_register, recognise
from teiencode.validate import iter_diagnostics


def encode_all(folder: Path, *registers: Path) -> list[Path]:
    folder.mkdir()
    options = [item for r in registers for item in ("--register", str(r))]
    outputs = [folder / f"{page.stem}.xml" for page in PAGES]
    for page, out in zip(PAGES, outputs):
        run("encode", str(page), *options, "-o", str(out))
    return outputs


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("review")
    before = encode_all(tmp / "before", REGISTER)
    review_csv = tmp / "review.csv"
    review(before, review_csv)
    warnings = run("encode", str(PAGES[0]), "--register", str(REGISTER), "--register",
                   str(review_csv), "-o", str(tmp / "warm.xml"))
    after = encode_all(tmp / "after", REGISTER, review_csv)
    return {"before": before, "after": after, "review": review_csv, "warnings": warnings,
            "tmp": tmp}


def _tree(path: Path) -> etree._Element:
    return etree.parse(str(path)).getroot()


def test_accepted_proposals_are_tagged_and_linked_as_registered(session: dict) -> None:
    page = _tree(session["after"][1])
    hun_sen = page.xpath("//tei:persName[@ref='#pers-hun-sen']", namespaces=NS)
    # Three before; now also the "Hun Sen" of the proposal "Attendance Hun Sen": the register knows him.
    assert len(hun_sen) == 4 and not any(m.get("cert") or m.get("resp") for m in hun_sen)
    [entry] = page.xpath("//tei:standOff//tei:person[@xml:id='pers-hun-sen']", namespaces=NS)
    assert entry.get("cert") is None and entry.findtext("tei:note", namespaces=NS) == (
        "Foreign Minister of the PRK from 1979.")
    [place] = page.xpath("//tei:place[@xml:id='place-battambang']", namespaces=NS)
    assert place.get("cert") is None


def test_rejected_proposals_are_gone_and_never_proposed_again(session: dict) -> None:
    page = _tree(session["after"][1])
    texts = {m.xpath("string()") for m in page.xpath("//tei:body//tei:persName", namespaces=NS)}
    assert not texts & {"Asked Pen Sovan", "Belweder"}
    assert not page.xpath("//*[@xml:id='pers-belweder' or @xml:id='pers-asked-pen-sovan']", namespaces=NS)
    body = "".join(page.xpath("//tei:body//text()", namespaces=NS))
    assert "Asked Pen Sovan about" in body and "the Minister Belweder will" in body  # the text stays
    register = load_register([REGISTER, session["review"]])
    spans = recognise("In Warsaw the Minister Belweder received them.", register)
    assert "Belweder" not in {s.text for s in spans}


def test_the_wikidata_uri_and_the_registers_notes_are_in_the_tei(session: dict) -> None:
    seed = _tree(session["after"][0])
    [idno] = seed.xpath("//tei:place[@xml:id='phnom-penh']/tei:idno[@type='wikidata']", namespaces=NS)
    assert idno.text == PHNOM_PENH
    notes = {n.text for n in _tree(session["before"][0]).xpath("//tei:note[not(@type)]", namespaces=NS)}
    assert len(notes) == 5  # the notes of register.xml the seed's entities carry
    assert notes <= {n.text for n in seed.xpath("//tei:note[not(@type)]", namespaces=NS)}


def test_nothing_else_changed(session: dict) -> None:
    before, after = (p.read_text(encoding="utf-8").splitlines() for p in (session["before"][0], session["after"][0]))
    changes = [line[0] + line[1:].strip() for line in difflib.unified_diff(before, after, lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changes == [f'+<idno type="wikidata">{PHNOM_PENH}</idno>']
    second_before, second_after = (_tree(p) for p in (session["before"][1], session["after"][1]))
    assert "".join(second_before.xpath("//tei:body//text()", namespaces=NS)) == "".join(
        second_after.xpath("//tei:body//text()", namespaces=NS))
    refs = [{m.get("ref") for m in tree.xpath("//tei:body//*[@ref]", namespaces=NS)}
            for tree in (second_before, second_after)]
    assert refs[0] - refs[1] == {"#pers-asked-pen-sovan", "#pers-belweder", "#pers-attendance-hun-sen"}
    assert refs[1] - refs[0] == set()
    for path in session["after"]:
        assert not [d for d in iter_diagnostics(path.read_bytes()) if d.severity == "error"]


def test_a_second_round_of_review_changes_nothing_decided(session: dict) -> None:
    tmp = session["tmp"]
    assert " warning " not in session["warnings"]  # the review CSV agrees with register.xml field by field
    review2 = tmp / "review-2.csv"
    run("entities", *map(str, session["after"]), "--format", "csv", "-o", str(review2))
    assert run("encode", str(PAGES[1]), "--register", str(REGISTER), "--register", str(session["review"]),
               "--register", str(review2), "-o", str(tmp / "again.xml")).count(" warning ") == 0
    assert (tmp / "again.xml").read_bytes() == session["after"][1].read_bytes()


@pytest.mark.jing
def test_the_reviewed_tei_is_valid_tei_all(session: dict) -> None:
    from tei_samples import jing_errors

    assert jing_errors(session["after"]) == ""
