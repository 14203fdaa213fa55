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
    assert (rows["thailand"].count, rows["thailand"].status, rows["thailand"].geonames) == (2, "linked", "1605651")
    assert rows["place-pailin"].cert == "low"


def test_rows_merge_across_files(encoded: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.xml"
    other.write_text(ENCODED, encoding="utf-8")
    rows = {r.id: r for r in list_entities([encoded, other])}
    assert rows["pers-pol-pot"].count == 4 and rows["pers-pol-pot"].files == 2


def test_writers(encoded: Path) -> None:
    rows = list_entities([encoded])
    table = entities_table(rows)
    assert table.splitlines()[0].split() == ["id", "type", "count", "status", "cert", "forms"]
    assert json.loads(entities_json(rows))[0]["id"] == rows[0].id
    header = next(csv.reader(io.StringIO(entities_csv(rows))))
    assert header[:7] == ["id", "type", "name", "variants", "wikidata", "viaf", "geonames"]
    assert format_entities(rows, "csv") == entities_csv(rows)
    with pytest.raises(ValueError, match="unknown format"):
        format_entities(rows, "xml")


def test_edited_csv_changes_the_next_encoding(encoded: Path, tmp_path: Path) -> None:
    review = entities_csv(list_entities([encoded]))
    # The editor accepts Pol Pot under a new id with another name form, and rejects Pailin.
    edited = "\n".join(line.replace("pers-pol-pot,person,Pol Pot,", "pol-pot,person,Pol Pot,Saloth Sar")
                       for line in review.splitlines() if not line.startswith("place-pailin"))
    path = tmp_path / "review.csv"
    path.write_text(edited + "\n", encoding="utf-8")
    register = load_register([path])
    assert register.lookup("Saloth Sar") == ("pol-pot",)
    doc = Document(metadata=Metadata(), blocks=(Paragraph((Text("Saloth Sar, known as Pol Pot, left Thailand."),)),))
    linked = find_mentions(doc, register)
    refs = {m.children[0].text: (m.ref, m.cert) for m in document_inlines(linked) if isinstance(m, Mention)}
    assert refs == {"Saloth Sar": ("pol-pot", None), "Pol Pot": ("pol-pot", None), "Thailand": ("thailand", None)}
    assert {e.id: e.status for e in linked.entities} == {"pol-pot": "registered", "thailand": "registered"}


def test_malformed_file_names_file_and_line(tmp_path: Path) -> None:
    from teiencode.errors import XMLInputError

    path = tmp_path / "bad.xml"
    path.write_text("<TEI>\n<p>\n</TEI>", encoding="utf-8")
    with pytest.raises(XMLInputError) as info:
        list_entities([path])
    assert info.value.file == str(path) and info.value.line == 3
