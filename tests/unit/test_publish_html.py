"""The HTML reading edition: metadata, dialogue, marks, index, citation, self-containment."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from lxml import etree, html

from teiencode.publish import render_html, render_text
from teiencode.walk import normalize_space

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "publish" / "sample.xml"
TEI_NS = {"tei": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="module")
def page() -> html.HtmlElement:
    return html.fromstring(render_html(SAMPLE))


def text_of(el: html.HtmlElement) -> str:
    return normalize_space(el.text_content())


def about(page: html.HtmlElement) -> dict[str, str]:
    section = page.get_element_by_id("about")
    return {text_of(dt): text_of(dt.getnext()) for dt in section.iter("dt")}


def test_page_is_html5_in_the_document_language(page: html.HtmlElement) -> None:
    source = render_html(SAMPLE)
    assert source.lower().startswith("<!doctype html>")
    assert page.get("lang") == "en"
    assert page.find(".//title").text == "Record of a Conversation between Ivan Petrov & Nguyen Van An"
    assert page.xpath("//span[@class='foreign']/@lang") == ["vi"]


def test_the_title_date_and_place_come_first_then_the_text(page: html.HtmlElement) -> None:
    masthead = page.xpath("//header[@class='masthead']")[0]
    assert text_of(masthead.xpath("h1")[0]).startswith("Record of a Conversation")
    assert text_of(masthead.xpath("p[@class='date-place']")[0]) == "March 7, 1961 · Hanoi"
    assert text_of(masthead.xpath("p[@class='doc-type']")[0]) == "Memorandum of Conversation"
    # the description is folded (a details element the style sheet opens beside the text on
    # wide screens), then comes the text; notes, index and citations after it
    order = [el.get("id") for el in page.xpath("//*[@id='about' or @id='text' or @id='notes' "
                                                "or @id='index' or @id='cite']")]
    assert order == ["about", "text", "notes", "index", "cite"]
    assert page.get_element_by_id("about").tag == "details"
    assert page.get_element_by_id("about").get("open") is None


def test_metadata_panel_comes_from_the_header(page: html.HtmlElement) -> None:
    rows = about(page)
    assert rows["Archive"] == "State Archive of Examples, fond 5, opis 2, delo 17, listy 1-4"
    assert rows["Translated by"] == "Anna Kowalska"
    assert rows["Original language"] == "Russian"
    assert rows["Record ID"] == "990001"
    assert rows["Rights"].startswith("Reuse for research")
    rights = page.xpath("//dt[.='Rights']/ancestor::details[1]")[0]
    assert rights.get("class") == "more" and rights.get("open") is None  # folded
    assert rows["Summary"].startswith("Ivan Petrov and Nguyen Van An discuss")
    assert rows["Funding"] == "the Example Foundation"


def test_every_paragraph_and_turn_has_its_anchor_and_a_visible_number(page: html.HtmlElement) -> None:
    tree = etree.parse(str(SAMPLE))
    for el in tree.xpath("//tei:body//tei:p | //tei:body//tei:sp", namespaces=TEI_NS):
        xml_id = el.get("{http://www.w3.org/XML/1998/namespace}id")
        target = page.get_element_by_id(xml_id)
        numbers = target.xpath(".//a[contains(@class, 'num')][@href=$h]", h="#" + xml_id)
        assert numbers and text_of(numbers[0]), xml_id
    assert [text_of(a) for a in page.xpath("//p/a[@class='num']")] == ["1", "2", "3", "4"]
    assert not page.xpath("//a[contains(@class, 'num')]/@title")  # the citation block says how


def test_turns_link_the_speaker_to_the_participant(page: html.HtmlElement) -> None:
    turn = page.get_element_by_id("d1-sp1")
    who = turn.xpath(".//a[@class='who']")[0]
    assert text_of(who) == "Nguyen Van An:"
    participant = page.get_element_by_id(who.get("href")[1:])
    assert participant.get("class") == "entity person" and "Nguyen Van An" in text_of(participant)
    assert participant.xpath(".//a[@class='turn-link']/@href") == ["#d1-sp1"]
    assert page.xpath("//ul[@class='participants']/li/a/@href") == [
        "#petrov", "#nguyen-van-an", "#soviet-side"]
    assert page.get_element_by_id("d1-p1").get("class") == "narration"


def test_omissions_show_the_mark_and_explain_it(page: html.HtmlElement) -> None:
    gaps = page.xpath("//span[@class='gap']")
    assert [text_of(g.xpath("span[@aria-hidden='true']")[0]) for g in gaps] == [
        "[…]", "[…]", "[1 line not declassified]"]
    assert all(g.get("title") for g in gaps)
    assert gaps[2].get("title").startswith("Passage withheld")
    assert all(g.xpath("span[@class='sr-only']") for g in gaps)


def test_supplied_text_and_notes_are_distinguishable(page: html.HtmlElement) -> None:
    supplied = page.xpath("//span[@class='supplied']")[0]
    assert "already" in text_of(supplied) and supplied.get("title")
    kinds = page.xpath("//span[starts-with(@class, 'note-')]/@class")
    assert kinds == ["note-gloss", "note-remark", "note-stage", "note-translator"]
    remark = page.xpath("//span[@class='note-remark']")[0]
    assert [text_of(d) for d in remark.xpath("span[@class='delim']")] == ["(", ")"]
    button = remark.getnext()
    explanation = page.get_element_by_id(button.get("popovertarget"))
    assert explanation.get("popover") == ""
    assert text_of(explanation) == "Remark of the note-taker, in parentheses in the source."
    gloss = page.xpath("//span[@class='note-gloss']")[0].getnext()
    assert text_of(page.get_element_by_id(gloss.get("popovertarget"))).startswith("Gloss on “")


def test_footnotes_open_and_return(page: html.HtmlElement) -> None:
    ref = page.xpath("//a[@role='doc-noteref']")[0]
    note = page.get_element_by_id(ref.get("href")[1:])
    assert "The envoy’s name is not given" in text_of(note)
    back = note.xpath(".//a[@role='doc-backlink']")[0]
    assert back.get("href") == "#" + ref.get("id")


def test_mentions_link_to_the_index_and_back(page: html.HtmlElement) -> None:
    mentions = page.xpath("//section[@id='text']//a[contains(@class, 'mention')]")
    assert len(mentions) == 7
    for mention in mentions:
        entry = page.get_element_by_id(mention.get("href")[1:])
        assert entry.get("class").startswith("entity")
        back = entry.xpath(".//a[@class='occurrence']/@href")
        assert "#" + mention.get("id") in back


def test_index_entries_show_forms_authorities_and_proposals(page: html.HtmlElement) -> None:
    petrov = page.get_element_by_id("petrov")  # a participant who is also named
    assert "Petrov" in text_of(petrov.xpath(".//span[@class='forms']")[0])
    links = petrov.xpath(".//span[@class='authority']/a/@href")
    assert links == ["https://www.wikidata.org/wiki/Q4115189", "https://viaf.org/viaf/12345678"]
    assert text_of(petrov.xpath(".//span[@class='entity-note']")[0]) == "Role: speaker"
    assert petrov.xpath(".//a[@class='turn-link']/@href") == ["#d1-sp2"]
    hanoi = page.get_element_by_id("hanoi")
    assert "https://www.geonames.org/1581130" in hanoi.xpath(".//a/@href")
    ho = page.get_element_by_id("p-ho")  # a proposal: listed apart, folded, from the register's
    proposals = ho.xpath("ancestor::details[@class='proposals']")
    assert proposals and "not in the register" in text_of(proposals[0].find("summary"))
    assert not page.xpath("//section[@id='index']/ul//*[@id='p-ho']")
    assert "proposed" in page.xpath("//a[@href='#p-ho']/@class")[0]


def test_names_are_marked_on_demand_by_kind_not_by_colour_alone(page: html.HtmlElement) -> None:
    toggle = page.get_element_by_id("mark-names")
    assert toggle.get("type") == "checkbox" and page.xpath("//label[@for='mark-names']")
    assert not page.xpath("//a[contains(@class, 'mention')]/@title")
    css = page.find(".//style").text
    assert ".text:has(.mark-names:checked) .mention { text-decoration-line: underline; }" in css
    assert ".mention.place { text-decoration-style: dotted;" in css
    assert ".mention.org { text-decoration-style: double; }" in css


def test_an_entity_s_passages_are_listed_once_each() -> None:
    xml = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson><person xml:id="k">'
           b'<persName>Kim Il Sung</persName></person><person xml:id="a"><persName>Andrei Gromyko'
           b'</persName></person></listPerson></standOff><text><body><div>'
           b'<p xml:id="p1"><persName ref="#k">Kim</persName> and <persName ref="#k">Kim</persName></p>'
           b'<p xml:id="p2"><persName ref="#k">Kim</persName>, <persName ref="#a">Gromyko</persName></p>'
           b'</div></body></text></TEI>')
    page = html.fromstring(render_html(xml))
    kim = page.get_element_by_id("k")
    assert [text_of(a) for a in kim.xpath(".//a[@class='occurrence']")] == ["¶ 1", "¶ 2"]
    # people by surname: Gromyko before Kim Il Sung ("Sung")
    assert page.xpath("//ul[@class='entities']/li/@id") == ["a", "k"]


def test_people_are_sorted_by_surname_past_a_suffix_or_a_description() -> None:
    people = {"king": "Martin Luther King Jr.", "ford": "Gerald Ford (President)",
              "brandt": "Willy Brandt", "carter": "Jimmy Carter, Sr.", "aquino": "Aquino, Corazon"}
    entries = "".join(f'<person xml:id="{key}"><persName>{name}</persName></person>'
                      for key, name in people.items())
    xml = (f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson>{entries}'
           '</listPerson></standOff><text><body><div><p>Text.</p></div></body></text></TEI>')
    page = html.fromstring(render_html(xml.encode()))
    assert page.xpath("//ul[@class='entities']/li/@id") == ["aquino", "brandt", "carter", "ford",
                                                            "king"]


@pytest.mark.parametrize(("when", "shown"), [("1979-12-04", "December 4, 1979"),
                                             ("1979-12", "December 1979"), ("0999-01-02", "January 2, 999"),
                                             ("1979", "1979"), ("spring 1979", "spring 1979")])
def test_the_date_is_written_in_words_at_its_precision(when: str, shown: str) -> None:
    xml = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>'
           '</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>'
           f'<profileDesc><creation><date when="{when}">x</date></creation></profileDesc></teiHeader>'
           '<text><body><p>Text.</p></body></text></TEI>')
    page = html.fromstring(render_html(xml.encode()))
    assert text_of(page.xpath("//p[@class='date-place']/time")[0]) == shown


def test_every_internal_link_has_a_target(page: html.HtmlElement) -> None:
    ids = set(page.xpath("//@id"))
    targets = [h[1:] for h in page.xpath("//a/@href") if h.startswith("#")]
    assert targets and not [t for t in targets if t not in ids]
    assert len(ids) == len(page.xpath("//@id"))  # ids are unique


def test_the_file_is_self_contained(page: html.HtmlElement) -> None:
    assert not page.xpath("//script | //link | //img | //iframe | //*[@src]")
    assert not page.xpath("//comment()")  # no navigation slot without a corpus index
    external = page.xpath("//a[starts-with(@href, 'http')]")
    assert external and all(a.get("rel") == "external" for a in external)
    css = page.find(".//style").text
    assert "@media print" in css and "@media (max-width" in css and "url(" not in css


def test_cite_block_gives_chicago_csl_json_and_bibtex(page: html.HtmlElement) -> None:
    cite = page.get_element_by_id("cite")
    chicago = text_of(cite.xpath(".//p[@class='citation']")[0])
    assert chicago == ("“Record of a Conversation between Ivan Petrov & Nguyen Van An.” March 7, 1961, "
                       "Hanoi. State Archive of Examples, fond 5, opis 2, delo 17, listy 1-4. Translated "
                       "by Anna Kowalska with the assistance of Li {Wei}. Wilson Center Digital Archive, "
                       "record 990001.")
    csl = json.loads(cite.xpath(".//pre[@class='csl-json']")[0].text)[0]
    assert csl["type"] == "manuscript" and csl["title"].startswith("Record of a Conversation")
    assert csl["issued"] == {"date-parts": [[1961, 3, 7]]}
    assert csl["translator"] == [{"literal": "Anna Kowalska"}]
    assert csl["archive"] == "State Archive of Examples"
    assert csl["archive_location"] == "fond 5, opis 2, delo 17, listy 1-4"
    bibtex = cite.xpath(".//pre[@class='bibtex']")[0].text
    assert bibtex.startswith("@misc{record-990001,")  # no edition id in the fixture: the record
    assert r"Ivan Petrov \& Nguyen Van An" in bibtex and r"Li \{Wei\}" in bibtex
    assert "date = {1961-03-07}" in bibtex
    passage = text_of(cite.xpath(".//p[contains(@class, 'passage-citation')]")[0])
    assert passage.endswith("¶ 1.")


def test_base_url_reaches_the_citations() -> None:
    url = "https://example.org/ed/sample.html"
    page = html.fromstring(render_html(SAMPLE, params={"base-url": url}))
    cite = page.get_element_by_id("cite")
    assert text_of(cite.xpath(".//p[@class='citation']")[0]).endswith(url + ".")
    assert json.loads(cite.xpath(".//pre[@class='csl-json']")[0].text)[0]["URL"] == url
    assert url + "#d1-p1" in text_of(cite)
    assert page.xpath("//meta[@name='citation_public_url']/@content") == [url]


def test_sections_can_be_switched_off_by_parameter() -> None:
    page = html.fromstring(render_html(SAMPLE, params={"show-index": False, "show-citation": False,
                                                       "index-href": "index.html"}))
    assert not page.xpath("//*[@id='index' or @id='cite']")
    assert page.get_element_by_id("nguyen-van-an").tag == "li"  # speakers still link somewhere
    ids = set(page.xpath("//@id"))
    assert all(h[1:] in ids for h in page.xpath("//a/@href") if h.startswith("#"))
    assert page.xpath("//a[@href='index.html']")


def test_html_and_text_say_the_same(page: html.HtmlElement) -> None:
    section = html.fromstring(etree.tostring(page.get_element_by_id("text")))
    for el in section.xpath("//*[contains(@class, 'num') or @class='sr-only' or "
                            "@class='text-head' or @popover or self::button]"):
        el.drop_tree()
    for block in section.xpath("//p | //h3 | //div | //li"):  # blocks end a word
        block.text = " " + (block.text or "")
        block.tail = " " + (block.tail or "")
    body_text = normalize_space(render_text(SAMPLE))
    footnotes = "[1] The envoy’s name is not given in the original."
    assert text_of(section) + " " + footnotes == body_text


def test_markup_in_the_text_is_escaped() -> None:
    source = render_html(SAMPLE)
    assert "&lt;soon&gt; &amp; report" in source
    assert not re.search(r"<soon>", source)


def test_long_documents_render_in_linear_time() -> None:
    paragraphs = "".join(
        f'<p xml:id="d1-p{i}"><persName ref="#a">Petrov</persName> in <placeName ref="#b">Hanoi</placeName>'
        f' <gap reason="editorial"/>.<note type="footnote" place="foot" n="{i}" rend="[{i}]">n</note></p>'
        for i in range(1, 3001))
    xml = (f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>'
           f'</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>'
           f'</teiHeader><standOff><listPerson><person xml:id="a"><persName>Petrov</persName></person>'
           f'</listPerson><listPlace><place xml:id="b"><placeName>Hanoi</placeName></place></listPlace>'
           f'</standOff><text><body><div>{paragraphs}</div></body></text></TEI>').encode()
    start = time.perf_counter()
    page = html.fromstring(render_html(xml))
    assert time.perf_counter() - start < 10  # quadratic numbering took minutes
    assert page.get_element_by_id("mention-6000").text == "Hanoi"
    assert page.get_element_by_id("fn-3000") is not None
    assert text_of(page.get_element_by_id("d1-p3000").xpath("a[@class='num']")[0]) == "3000"


def test_numbers_and_anchors_run_through_an_embedded_text() -> None:
    xml = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div>'
           b'<p xml:id="o1">one</p><p xml:id="o2">two <persName>Kim</persName>'
           b'<floatingText><body><p xml:id="i1">inner <persName>Le</persName></p>'
           b'<p>no id</p></body></floatingText></p>'
           b'<p xml:id="o3"><persName>Tito</persName></p></div></body></text></TEI>')
    page = html.fromstring(render_html(xml))
    numbered = page.xpath("//p[a[@class='num']]")
    assert [(p.get("id"), text_of(p.xpath("a[@class='num']")[0])) for p in numbered] == [
        ("o1", "1"), ("o2", "2"), ("i1", "3"), ("te-div1-p2-floatingText1-body1-p2", "4"),
        ("o3", "5")]
    assert [page.get_element_by_id(f"mention-{n}").text for n in (1, 2, 3)] == ["Kim", "Le", "Tito"]
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids))


def test_page_breaks_are_marked_between_and_inside_blocks() -> None:
    xml = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div><p>a <pb rend="(p. 2)" n="2"/> b</p>'
           b'<pb rend="[page 3]"/><p>c</p></div></body></text></TEI>')
    page = html.fromstring(render_html(xml))
    marks = page.xpath("//*[@class='pb']")
    assert [(m.tag, text_of(m)) for m in marks] == [("span", "(p. 2)"), ("p", "[page 3]")]
    assert marks[0].get("title") == "Page break in the source: page 2"


def test_the_encoding_application_is_not_cited_as_the_publisher() -> None:
    tree = etree.parse(str(SAMPLE))
    tree.find(".//tei:publicationStmt/tei:publisher", TEI_NS).text = "teiencode"
    page = html.fromstring(render_html(tree))
    chicago = text_of(page.xpath("//p[@class='citation']")[0])
    assert chicago.endswith("Li {Wei}. Record 990001.")
    assert "publisher" not in page.xpath("//pre[@class='bibtex']")[0].text


def test_a_citation_the_source_suggests_is_shown_with_ours() -> None:
    tree = etree.parse(str(SAMPLE))
    source_desc = tree.find(".//tei:sourceDesc", TEI_NS)
    etree.SubElement(source_desc, "{http://www.tei-c.org/ns/1.0}bibl", type="citation").text = (
        "“Record,” 1961, Example Archive.")
    page = html.fromstring(render_html(tree))
    suggested = page.xpath("//section[@id='cite']//span[@class='suggested-citation']")
    assert [text_of(s) for s in suggested] == ["“Record,” 1961, Example Archive."]


def test_lines_of_the_page_kept_in_the_header_are_shown(tmp_path: Path) -> None:
    """The teaser and footer lines no field takes live in notesStmt; the
    edition shows them in "About this document"."""
    tei = SAMPLE.read_text(encoding="utf-8")
    notes = ('<notesStmt><note type="teaser">A summary of another document.</note>'
             '<note type="unassigned">Jones: The ministry will confirm.</note>'
             '<note type="unassigned">Smith: Thank you.</note></notesStmt>')
    assert tei.count("<sourceDesc") == 1
    (tmp_path / "memo.xml").write_text(tei.replace("<sourceDesc", notes + "<sourceDesc"),
                                       encoding="utf-8")
    rows = about(html.fromstring(render_html(tmp_path / "memo.xml")))
    assert rows["Teaser on the page"] == "A summary of another document."
    edition = html.fromstring(render_html(tmp_path / "memo.xml"))
    assert edition.xpath("//dt[.='Other lines of the page']/following-sibling::dd[1]//li/text()") == [
        "Jones: The ministry will confirm.", "Smith: Thank you."]
    assert "Teaser on the page" not in about(html.fromstring(render_html(SAMPLE)))
