"""The review loop: list the entities of encoded files, edit the CSV, encode again."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from teiencode.entities import (
    entities_csv, entities_json, entities_table, find_mentions, format_entities, list_entities, load_register,
)
from teiencode.model import Document, Mention, Metadata, Paragraph, Text
from teiencode.walk import document_inlines

ENCODED = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p/></publicationStmt>
    <sourceDesc><p/></sourceDesc></fileDesc>
    <profileDesc><particDesc><listPerson>
      <person xml:id="heng-samrin"><persName>Heng Samrin</persName></person>
    </listPerson></particDesc></profileDesc></teiHeader>
  <standOff>
    <listPerson>
      <person xml:id="pers-pol-pot" cert="medium" resp="#teiencode"><persName>Pol Pot</persName></person>
    </listPerson>
    <listPlace>
      <place xml:id="thailand"><placeName>Thailand</placeName><idno type="geonames">1605651</idno></place>
      <place xml:id="place-pailin" cert="low" resp="#teiencode"><placeName>Pailin</placeName></place>
    </listPlace>
  </standOff>
  <text><body><div>
    <p><persName ref="#heng-samrin">Heng Samrin</persName> said <persName ref="#pers-pol-pot" cert="medium"
      resp="#teiencode">Pol Pot</persName>’s men are in <placeName ref="#place-pailin" cert="low"
      resp="#teiencode">Pailin</placeName> near <placeName ref="#thailand">Thailand</placeName>.</p>
    <p><persName ref="#pers-pol-pot">Pol Pot</persName> fled to <placeName ref="#thailand">Thailand</placeName>.</p>
  </div></body></text>
</TEI>
"""


@pytest.fixture()
def encoded(tmp_path: Path) -> Path:
    path = tmp_path / "doc.xml"
    path.write_text(ENCODED, encoding="utf-8")
    return path


def test_rows_have_counts_status_and_confidence(encoded: Path) -> None:
    rows = {r.id: r for r in list_entities([encoded])}
    assert set(rows) == {"heng-samrin", "pers-pol-pot", "thailand", "place-pailin"}
    assert (rows["pers-pol-pot"].count, rows["pers-pol-pot"].status, rows["pers-pol-pot"].cert) == (2, "proposed", "medium")
    assert (rows["thailand"].count, rows["thailand"].status, rows["thailand"].geonames) == (2, "registered", "1605651")
    assert rows["place-pailin"].cert == "low"


def test_rows_merge_across_files(encoded: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.xml"
    other.write_text(ENCODED, encoding="utf-8")
    rows = {r.id: r for r in list_entities([encoded, other])}
    assert rows["pers-pol-pot"].count == 4 and rows["pers-pol-pot"].files == 2


def test_writers(encoded: Path) -> None:
    rows = list_entities([encoded])
    table = entities_table(rows)
    assert table.splitlines()[0].split() == ["id", "type", "count", "status", "cert", "where", "context"]
    assert json.loads(entities_json(rows))[0]["id"] == rows[0].id
    header = next(csv.reader(io.StringIO(entities_csv(rows))))
    assert header == ["id", "type", "status", "name", "variants", "note", "wikidata", "viaf", "geonames",
                      "forename", "surname", "other_ids", "count", "cert", "files", "where", "context"]
    assert format_entities(rows, "csv") == entities_csv(rows)
    with pytest.raises(ValueError, match="unknown format"):
        format_entities(rows, "xml")


def test_proposals_come_first_with_file_line_and_context(encoded: Path) -> None:
    rows = list_entities([encoded])
    assert [(r.id, r.status) for r in rows] == [("pers-pol-pot", "proposed"), ("place-pailin", "proposed"),
                                                ("thailand", "registered"), ("heng-samrin", "registered")]
    pailin = rows[1]
    assert pailin.where == f"{encoded}:20"
    assert pailin.context == "Pol Pot’s men are in «Pailin» near Thailand."
    table = entities_table(rows).splitlines()
    assert table[2].split()[:6] == ["place-pailin", "place", "1", "proposed", "low", f"{encoded}:20"]


def test_a_cell_a_spreadsheet_would_run_is_neutralised_and_loads_back(tmp_path: Path) -> None:
    tei = ENCODED.replace(">Pol Pot</persName></person>", ">=HYPERLINK(\"http://x\")</persName>"
                          "<persName>@SUM(1)</persName><persName>+1</persName><persName>-2</persName>"
                          "<persName>'=quoted</persName></person>")
    path = tmp_path / "doc.xml"
    path.write_text(tei, encoding="utf-8")
    review = entities_csv(list_entities([path]))
    cells = [c for row in csv.reader(io.StringIO(review)) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://x\")" in cells
    out = tmp_path / "review.csv"
    out.write_text(review, encoding="utf-8")
    pol = load_register([out]).records["pers-pol-pot"]
    assert pol.forms[:5] == ('=HYPERLINK("http://x")', "@SUM(1)", "+1", "-2", "'=quoted")


def test_edited_csv_changes_the_next_encoding(encoded: Path, tmp_path: Path) -> None:
    review = list(csv.DictReader(io.StringIO(entities_csv(list_entities([encoded])))))
    # The editor accepts Pol Pot under a new id with another name form, and rejects Pailin.
    for row in review:
        if row["id"] == "pers-pol-pot":
            row.update(id="pol-pot", status="accepted", variants="Saloth Sar", note="Leader of the Khmer Rouge.")
        if row["id"] == "place-pailin":
            row["status"] = "rejected"
    path = tmp_path / "review.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(review[0]))
        writer.writeheader()
        writer.writerows(review)
    register = load_register([path])
    assert register.lookup("Saloth Sar") == ("pol-pot",)
    doc = Document(metadata=Metadata(), blocks=(Paragraph((Text(
        "Saloth Sar, known as Pol Pot, is in Pailin near Thailand."),)),))
    linked = find_mentions(doc, register)
    refs = {m.children[0].text: (m.ref, m.cert) for m in document_inlines(linked) if isinstance(m, Mention)}
    assert refs == {"Saloth Sar": ("pol-pot", None), "Pol Pot": ("pol-pot", None), "Thailand": ("thailand", None)}
    assert {e.id: e.status for e in linked.entities} == {"pol-pot": "accepted", "thailand": "registered"}
    assert linked.entities[0].note == "Leader of the Khmer Rouge."


def test_a_proposal_left_proposed_does_not_link_but_keeps_the_editors_note(encoded: Path, tmp_path: Path) -> None:
    path = tmp_path / "review.csv"
    path.write_text("id,type,status,name,note\nplace-pailin,place,proposed,Pailin,Check: town or province?\n",
                    encoding="utf-8")
    doc = Document(metadata=Metadata(), blocks=(Paragraph((Text("His men are in Pailin near Thailand."),)),))
    linked = find_mentions(doc, load_register([path]))
    pailin = linked.entities[0]
    assert (pailin.id, pailin.status, pailin.note) == ("place-pailin", "proposed", "Check: town or province?")


def test_malformed_file_names_file_and_line(tmp_path: Path) -> None:
    from teiencode.errors import XMLInputError

    path = tmp_path / "bad.xml"
    path.write_text("<TEI>\n<p>\n</TEI>", encoding="utf-8")
    with pytest.raises(XMLInputError) as info:
        list_entities([path])
    assert info.value.file == str(path) and info.value.line == 3
