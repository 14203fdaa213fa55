"""What a page's report row says of its document — counts and metadata —
from the model of a page read (:func:`count_document`,
:func:`document_metadata`), or from a TEI source (:func:`count_tei`,
:func:`tei_metadata`): the same figures for a TEI file as for the page it was
encoded from.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from lxml import etree

from ..model import Date, Document, Gap, Mention, Paragraph, Turn
from ..namespaces import TEI_NS, XML_ID
from ..walk import document_inlines, normalize_space

_KINDS = ("person", "place", "org")
_NS = {"tei": TEI_NS}
_MENTIONS = {f"{{{TEI_NS}}}persName": "person", f"{{{TEI_NS}}}placeName": "place",
             f"{{{TEI_NS}}}orgName": "org"}
_HEADER = "tei:teiHeader/tei:profileDesc"


def count_document(document: Document) -> dict[str, Any]:
    """Counts of a linked document for the report: turns, paragraphs, gaps,
    dates, and mentions by type."""
    mentions: Counter[str] = Counter()
    gaps = dates = 0
    for node in document_inlines(document):
        if isinstance(node, Mention):
            mentions[node.kind] += 1
        elif isinstance(node, Gap):
            gaps += 1
        elif isinstance(node, Date):
            dates += 1
    turns = [b for b in document.blocks if isinstance(b, Turn)]
    paragraphs = sum(isinstance(b, Paragraph) for b in document.blocks)
    paragraphs += sum(len(t.paragraphs) for t in turns)
    return {"turns": len(turns), "paragraphs": paragraphs, "gaps": gaps, "dates": dates,
            "mentions": {kind: mentions[kind] for kind in _KINDS}}


def count_tei(root: etree._Element) -> dict[str, Any]:
    """The counts of :func:`count_document` for a TEI document: the ``sp``,
    ``p``, ``gap``, ``date`` and name elements of its body."""
    mentions: Counter[str] = Counter()
    counts = {"turns": 0, "paragraphs": 0, "gaps": 0, "dates": 0}
    tags = {f"{{{TEI_NS}}}sp": "turns", f"{{{TEI_NS}}}p": "paragraphs",
            f"{{{TEI_NS}}}gap": "gaps", f"{{{TEI_NS}}}date": "dates"}
    for body in root.iterfind("tei:text/tei:body", _NS):
        for element in body.iter(*tags, *_MENTIONS):
            if element.tag in tags:
                counts[tags[element.tag]] += 1
            else:
                mentions[_MENTIONS[element.tag]] += 1
    return {**counts, "mentions": {kind: mentions[kind] for kind in _KINDS}}


def document_metadata(document: Document) -> dict[str, str]:
    """The title, date (ISO and as written), place and kind of a document,
    as the report lists them."""
    meta = document.metadata
    fields = {"title": meta.title, "date": meta.date, "date_text": meta.date_text,
              "place": meta.place, "doc_type": meta.doc_type}
    return {key: value for key, value in fields.items() if value}


def tei_metadata(root: etree._Element) -> dict[str, str]:
    """:func:`document_metadata` of a TEI document, from its header."""
    date = root.find(f"{_HEADER}/tei:creation/tei:date", _NS)
    fields = {
        "title": _text(root, "tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type='main']")
                 or _text(root, "tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"),
        "date": None if date is None else date.get("when") or date.get("from")
                or date.get("notBefore"),
        "date_text": None if date is None else normalize_space("".join(date.itertext())),
        "place": _text(root, f"{_HEADER}/tei:creation/tei:placeName"),
        "doc_type": _genre(root),
    }
    return {key: value for key, value in fields.items() if value}


def _genre(root: etree._Element) -> str:
    """The document type: the category of the "genre" taxonomy that ``catRef`` names."""
    ref = root.find(f"{_HEADER}/tei:textClass/tei:catRef[@scheme='#genre']", _NS)
    category = (ref.get("target") or "").removeprefix("#") if ref is not None else ""
    if not category:
        return ""
    return _text(root, f"tei:teiHeader/tei:encodingDesc/tei:classDecl/tei:taxonomy/"
                       f"tei:category[@{XML_ID}='{category}']/tei:catDesc")


def _text(root: etree._Element, path: str) -> str:
    element = root.find(path, _NS)
    return "" if element is None else normalize_space("".join(element.itertext()))
