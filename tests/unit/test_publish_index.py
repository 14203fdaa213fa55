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


def rows(page: html.HtmlElement) -> list[str]:
    return [normalize_space(li.text_content()) for li in page.xpath("//ol[@class='documents']/li")]


def test_documents_are_listed_by_year_in_date_order_undated_last(page: html.HtmlElement) -> None:
    assert [normalize_space(li.find("span").text_content()) for li in
            page.xpath("//ol[@class='documents']/li")] == ["March 7, 1961", "January 1975", "undated"]
    assert page.xpath("//ol[@class='documents']/li/a[@class='doc-title']/@href") == [
        "sample.html", "later.html", "undated.html"]
    assert page.xpath("//h3[@class='year']/@id") == ["year-1961", "year-1975", "year-undated"]
    assert page.xpath("//nav[@aria-label='Years']//a/@href") == [
        "#year-1961", "#year-1975", "#year-undated"]
    assert page.find(".//h1").text == "Test corpus"


def test_each_row_has_type_counts_and_summary(page: html.HtmlElement) -> None:
    first = page.xpath("//ol[@class='documents']/li")[0]
    assert normalize_space(first.xpath("span[@class='doc-kind']")[0].text_content()) == (
        "Memorandum of Conversation · 2 turns · 3 gaps · 7 names")
    assert "discuss rice deliveries" in first.xpath("p[@class='summary']")[0].text


def test_page_works_without_script(page: html.HtmlElement) -> None:
    assert not page.xpath("//script | //*[@src] | //link")


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
    # people are filed by surname, with a link to each initial
    assert page.xpath("//h4[@id='names-person-p']") and page.xpath("//a[@href='#names-person-p']")


def test_proposals_are_off_the_index_unless_asked_for(page: html.HtmlElement) -> None:
    assert not page.xpath("//li[span[@class='entity-name']='Ho Chi Minh']")
    with_proposals = html.fromstring(render_index([(SAMPLE, "sample.html")],
                                                  params={"index-names": "all"}))
    ho = with_proposals.xpath("//li[span[@class='entity-name']='Ho Chi Minh']/span[@class='badge']")
    assert ho and ho[0].text == "proposed"


def test_a_proposal_named_alike_in_two_documents_is_one_entry() -> None:
    shouting = etree.parse(str(SAMPLE))
    for name in shouting.iter(f"{{{TEI}}}persName"):
        if name.text == "Ho Chi Minh":
            name.text = "HO CHI MINH"
    page = html.fromstring(render_index([(SAMPLE, "sample.html"), (shouting, "loud.html")],
                                        params={"index-names": "all"}))
    ho = page.xpath("//li[span[@class='badge']][contains(., 'Ho Chi Minh')]")
    assert len(ho) == 1 and {"sample.html", "loud.html"} <= set(ho[0].xpath(".//a/@href"))


def test_a_document_that_is_not_tei_is_named_not_dropped(tmp_path: Path) -> None:
    stray = tmp_path / "stray.xml"
    stray.write_bytes(b"<html/>")
    with pytest.raises(XSLTError) as caught:
        render_index([(SAMPLE, "sample.html"), (stray, "stray.html")])
    assert caught.value.code == "TE-XSLT-2" and caught.value.file == str(stray)
    assert str(caught.value).startswith(f"{stray}: TE-XSLT-2 the document element is html")
