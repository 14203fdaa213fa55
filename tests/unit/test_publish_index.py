"""The corpus index page: documents in date order with counts, and the combined index."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree, html

from teiencode.publish import SiteDocument, XSLTError, render_html, render_index
from teiencode.walk import normalize_space

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "publish" / "sample.xml"
TEI = "http://www.tei-c.org/ns/1.0"


def variant(when: str | None, title: str) -> etree._ElementTree:
    """The sample with another date and title (no date when ``when`` is None)."""
    tree = etree.parse(str(SAMPLE))
    tree.find(f".//{{{TEI}}}titleStmt/{{{TEI}}}title").text = title
    date = tree.find(f".//{{{TEI}}}creation/{{{TEI}}}date")
    if when is None:
        date.getparent().remove(date)
    else:
        date.set("when", when)
    return tree


@pytest.fixture(scope="module")
def page() -> html.HtmlElement:
    return html.fromstring(render_index([
        SiteDocument(variant("1975-01", "Later"), "later.html"),
        (variant(None, "Undated"), "undated.html"),
        (SAMPLE, "sample.html"),
    ], params={"site-title": "Test corpus"}))


def rows(page: html.HtmlElement) -> list[list[str]]:
    return [[normalize_space(td.text_content()) for td in tr.findall("td")]
            for tr in page.xpath("//table[@id='documents']/tbody/tr")]


def test_documents_are_listed_in_date_order_undated_last(page: html.HtmlElement) -> None:
    table = rows(page)
    assert [r[0] for r in table] == ["March 7, 1961", "January 1975", "undated"]
    assert table[1][1].startswith("Later")
    assert page.xpath("//tbody/tr/td/a[@class='doc-title']/@href") == [
        "sample.html", "later.html", "undated.html"]
    assert page.find(".//h1").text == "Test corpus"


def test_each_row_has_summary_and_counts(page: html.HtmlElement) -> None:
    first = rows(page)[0]
    assert "discuss rice deliveries" in first[1]
    assert first[2:] == ["2", "3", "7"]  # turns, gaps, names


def test_page_works_without_script_and_only_enhances_with_it(page: html.HtmlElement) -> None:
    assert page.xpath("//th[@aria-sort='ascending']")
    assert not page.xpath("//*[@src] | //link")


def test_combined_index_links_to_occurrences_in_each_edition(page: html.HtmlElement) -> None:
    hanoi = page.xpath("//ul[@class='entities']/li[span[@class='entity-name']='Hanoi']")
    assert len(hanoi) == 1  # one entry for the three documents
    links = hanoi[0].xpath(".//ul/li/a/@href")
    assert {"sample.html", "later.html", "undated.html"} <= set(links)
    edition = html.fromstring(render_html(SAMPLE))
    for href in [h for h in links if h.startswith("sample.html#")]:
        assert edition.get_element_by_id(href.split("#")[1]).get("class").startswith("mention")
    petrov = page.xpath("//ul[@class='entities']/li[span[@class='entity-name']='Ivan Petrov']//a/@href")
    assert "sample.html#d1-sp2" in petrov  # a participant's turns are occurrences too
    ho = page.xpath("//li[span[@class='entity-name']='Ho Chi Minh']/span[@class='badge']")
    assert ho and ho[0].text == "proposed"


def test_a_document_that_is_not_tei_is_named_not_dropped(tmp_path: Path) -> None:
    stray = tmp_path / "stray.xml"
    stray.write_bytes(b"<html/>")
    with pytest.raises(XSLTError) as caught:
        render_index([(SAMPLE, "sample.html"), (stray, "stray.html")])
    assert caught.value.code == "TE-XSLT-2" and caught.value.file == str(stray)
    assert str(caught.value).startswith(f"{stray}: TE-XSLT-2 the document element is html")
