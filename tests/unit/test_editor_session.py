"""An editor's session, end to end, with the commands the README shows.

Build the pages; review the names (accept two proposals, reject two, add a
note and a Wikidata id: review_session.DECISIONS); build again with the review
as a register → the decisions hold and nothing else changed. Correct a speaker
in the built TEI: the next build keeps it and says so (TE-BUILD-EDITED, exit
1); moved into a folder of TEI sources, it is built → the HTML and the corpus
index show the correction; building the pages alone again keeps it (exit 1);
--force publishes the pages' encoding again. On the seed and the second page
of the review loop, and a real archive page where ../shared is present.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import Result
from lxml import etree, html
from review_session import NS, PAGES, PHNOM_PENH, REGISTER, invoke, review
from shared_pages import SHARED

SHARED_PAGE = SHARED / "corpus" / "wilson" / "1986-11-20_batmunkh-kim-il-sung-record.txt"
SEED = PAGES[0].stem
TURN = "d1-sp2"  # "S. Luvsangombo:", a turn the reader doubted


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("editor")
    pages = tmp / "pages"
    pages.mkdir()
    shared = SHARED_PAGE.is_file()
    if not shared and os.environ.get("CI"):
        pytest.fail(f"the shared page is missing: {SHARED_PAGE}")
    for page in [*PAGES, *([SHARED_PAGE] if shared else [])]:
        shutil.copy(page, pages)
    site, tei, review_csv = tmp / "site", tmp / "tei", tmp / "review.csv"

    def build(*extra: str | Path, registers: tuple[Path, ...] = (REGISTER, review_csv)) -> Result:
        options = [str(item) for r in registers for item in ("--register", r)]
        return invoke("build", str(pages), *map(str, extra), "-o", str(site), *options, "-j", "1")

    steps: dict[str, object] = {"site": site, "tei": tei, "shared": shared}
    steps["first"] = build(registers=(REGISTER,))
    steps["before"] = {p.name: p.read_text(encoding="utf-8") for p in site.glob("*.xml")}
    review(sorted(site.glob("*.xml")), review_csv)
    steps["reviewed"] = build()
    steps["after"] = {p.name: p.read_text(encoding="utf-8") for p in site.glob("*.xml")}
    steps["html"] = (site / f"{SEED}.html").read_bytes()
    steps["corrected"] = correct_speaker(site / f"{SEED}.xml")
    steps["in place"] = build()
    tei.mkdir()
    shutil.move(site / f"{SEED}.xml", tei / f"{SEED}.xml")
    steps["from tei"] = build(tei)
    steps["html from tei"] = (site / f"{SEED}.html").read_text(encoding="utf-8")
    steps["index from tei"] = (site / "index.html").read_text(encoding="utf-8")
    steps["tei published"] = (site / f"{SEED}.xml").read_text(encoding="utf-8")
    steps["pages again"] = build()
    steps["tei kept"] = (site / f"{SEED}.xml").read_text(encoding="utf-8")
    steps["forced"] = build("--force")
    return steps


def correct_speaker(path: Path) -> str:
    """The editor's correction: turn 2 was Batmunkh's question, not Luvsangombo's."""
    tree = etree.parse(str(path))
    [sp] = tree.xpath(f"//tei:sp[@xml:id='{TURN}']", namespaces=NS)
    assert sp.get("who") == "#luvsangombo", "the seed's turn 2 changed: pick another correction"
    sp.set("who", "#jambyn-batmunkh")
    for doubt in ("cert", "resp"):  # a doubt of the reader's, if it had one, goes with it
        sp.attrib.pop(doubt, None)
    name = sp.find("tei:speaker/tei:persName", NS)
    name.set("ref", "#jambyn-batmunkh")
    name.text = "J. Batmunkh"
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    return path.read_text(encoding="utf-8")


def rows(result: Result) -> dict[str, dict]:
    """The report rows of a build, by page name (its JSON lines)."""
    return {row["name"]: row for row in map(json.loads, result.stdout.splitlines())}


def speakers(index: str, page: str) -> set[str]:
    """The entities the corpus index lists as speaking in turn 2 of ``page``."""
    return {entity.findtext("span[@class='entity-name']")
            for entity in html.fromstring(index).xpath("//li[span[@class='entity-name']]")
            for link in entity.iterfind(f".//a[@href='{page}.html#{TURN}']")
            if link.text_content().startswith("speaks in")}


def test_the_pages_are_built_and_the_review_decisions_hold(session: dict) -> None:
    for step in ("first", "reviewed"):
        assert session[step].exit_code == 0, session[step].output
        assert {row["status"] for row in rows(session[step]).values()} == {"ok"}
    pen_sovan = etree.fromstring(session["after"]["1979-12-05_batmunkh-pen-sovan.xml"].encode())
    [hun_sen] = pen_sovan.xpath("//tei:person[@xml:id='pers-hun-sen']", namespaces=NS)
    assert hun_sen.get("cert") is None and hun_sen.findtext("tei:note", namespaces=NS)
    names = {m.xpath("string()")
             for m in pen_sovan.xpath("//tei:body//tei:persName", namespaces=NS)}
    assert not names & {"Asked Pen Sovan", "Belweder"}


def test_nothing_else_changed_in_the_review_build(session: dict) -> None:
    before, after = session["before"], session["after"]
    seed = [line[0] + line[1:].strip() for line in difflib.unified_diff(
        before[f"{SEED}.xml"].splitlines(), after[f"{SEED}.xml"].splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert seed == [f'+<idno type="wikidata">{PHNOM_PENH}</idno>']
    for name in before:
        texts = ["".join(etree.fromstring(xml[name].encode()).xpath("//tei:body//text()",
                                                                     namespaces=NS))
                 for xml in (before, after)]
        assert texts[0] == texts[1], name


def test_a_tei_output_corrected_in_place_is_kept_and_the_build_says_how_to_go_on(
        session: dict) -> None:
    result = session["in place"]
    assert result.exit_code == 1
    report = rows(result)
    [problem] = report[SEED]["problems"]
    assert (report[SEED]["status"], problem["code"]) == ("failed", "TE-BUILD-EDITED")
    assert f"tei/{SEED}.xml" in problem["hint"] and "--force" in problem["hint"]
    assert {row["status"] for name, row in report.items() if name != SEED} == {"skipped"}
    assert f"{SEED}.xml: error TE-BUILD-EDITED the TEI output was changed" in result.stderr
    assert "failed 1" in result.stderr
    assert (session["site"] / f"{SEED}.html").read_bytes() == session["html"]


def test_the_corrected_tei_as_a_source_shows_in_the_html_and_the_index(session: dict) -> None:
    result = session["from tei"]
    assert result.exit_code == 0, result.output
    report = rows(result)
    row = report[SEED]
    assert (row["status"], row["source"]) == ("ok", str(session["tei"] / f"{SEED}.xml"))
    assert [p["code"] for p in row["problems"]] == ["TE-BUILD-SUPERSEDED"]
    assert {r["status"] for name, r in report.items() if name != SEED} == {"skipped"}
    edition = html.fromstring(session["html from tei"])
    [who] = edition.xpath(f"//div[@id='{TURN}']//span[@class='who']")
    assert who.text_content() == "J. Batmunkh:"
    assert speakers(session["index from tei"], SEED) == {"Jambyn Batmunkh"}
    assert session["tei published"] == session["corrected"]


def test_building_the_pages_again_keeps_the_corrected_tei_unless_forced(session: dict) -> None:
    again = session["pages again"]
    assert again.exit_code == 1
    [problem] = rows(again)[SEED]["problems"]
    assert problem["code"] == "TE-BUILD-EDITED" and "TEI source" in problem["message"]
    assert session["tei kept"] == session["corrected"]
    forced = session["forced"]
    assert forced.exit_code == 0, forced.output
    assert (session["site"] / f"{SEED}.xml").read_text(encoding="utf-8") == \
        session["after"][f"{SEED}.xml"]
    assert (session["site"] / f"{SEED}.html").read_bytes() == session["html"]
    assert (session["tei"] / f"{SEED}.xml").read_text(encoding="utf-8") == session["corrected"]


def test_the_shared_page_is_built_with_the_others(session: dict) -> None:
    if not session["shared"]:
        pytest.skip("the shared corpus (../shared) is absent")
    name = SHARED_PAGE.stem
    assert rows(session["first"])[name]["status"] == "ok"
    assert rows(session["from tei"])[name]["status"] == "skipped"
    assert session["before"][f"{name}.xml"] != "" and f"{name}.html" in session["index from tei"]
