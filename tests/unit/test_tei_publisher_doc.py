"""What docs/tei-publisher.md says TEI Publisher finds in teiencode's TEI holds
for the seed's golden file: the fields its default index reads, the two it
needs configured (creation date, genre taxonomy), and register ids shared
with the exported register."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from teiencode.entities import load_register, register_tei

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "1979-12-04_batmunkh-heng-samrin.xml"
DOC = (ROOT / "docs" / "tei-publisher.md").read_text(encoding="utf-8")
NS = {"tei": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def seed() -> etree._ElementTree:
    return etree.parse(str(GOLDEN))


def test_fields_the_default_index_reads() -> None:
    tei = seed()
    assert tei.xpath("string(//tei:titleStmt/tei:title[@type='main'])", namespaces=NS)
    assert tei.xpath("string((//tei:langUsage/tei:language/@ident)[1])", namespaces=NS) == "en"
    assert tei.xpath("//tei:text//tei:placeName", namespaces=NS)


def test_date_and_genre_are_where_the_page_says() -> None:
    tei = seed()
    assert not tei.xpath("//tei:correspDesc", namespaces=NS)
    assert tei.xpath("string(//tei:profileDesc/tei:creation/tei:date/@when)",
                     namespaces=NS) == "1979-12-04"
    [target] = tei.xpath("//tei:textClass/tei:catRef[@scheme='#genre']/@target", namespaces=NS)
    [category] = tei.xpath(f"//tei:classDecl/tei:taxonomy[@xml:id='genre']"
                           f"/tei:category[@xml:id='{target[1:]}']", namespaces=NS)
    assert f'<category xml:id="{target[1:]}">' in DOC
    # the page's grep lists the categories of the files
    pattern = re.search(r"grep -ho '([^']*)'", DOC).group(1)
    found = re.findall(pattern, GOLDEN.read_text(encoding="utf-8"))
    assert found == [f'<category xml:id="{target[1:]}"']
    assert category.findtext("tei:catDesc", namespaces=NS) == "Memorandum of Conversation"


def test_mentions_point_into_the_file_with_the_registers_ids() -> None:
    tei = seed()
    ids = {e.get(XML_ID) for e in tei.iter() if isinstance(e.tag, str) and e.get(XML_ID)}
    refs = {r[1:] for r in tei.xpath("//tei:body//@ref", namespaces=NS)}
    assert refs and refs <= ids
    exported = etree.fromstring(register_tei(
        load_register([ROOT / "corpus" / "register.xml"]).records.values(),
        ["corpus/register.xml"]))
    register_ids = {e.get(XML_ID) for e in exported.iter() if isinstance(e.tag, str)}
    assert {"jambyn-batmunkh", "heng-samrin", "phnom-penh"} <= refs & register_ids
