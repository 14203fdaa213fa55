"""Publishing: any TEI file (teiencode's shape) → HTML edition, plain text, corpus index.

All rendering is done by the XSLT 3.0 stylesheets under ``xslt/``; this module
only parses the input safely, passes parameters and collects the result::

    html = render_html("memo.xml", params={"base-url": "https://example.org/memo.html"})
    text = render_text(tree)                          # the round-trip reading text
    text = render_text(tree, params={"text-mode": "reading", "wrap-width": 60})
    index = render_index([SiteDocument("memo.xml", "memo.html")])

    parsed = parse_tei("memo.xml")                    # parse once, render several times
    html, text = render_html(parsed), render_text(parsed)

``source`` is a path, the document's bytes, or an lxml tree/element; it is
parsed by :func:`teiencode.xmlinput.parse_xml` (no DTD, entities, XInclude or
network). The parameters are those declared in ``xslt/common/params.xsl``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..xmlinput import parse_xml
from .xslt import ParamValue, ParsedXML, XSLTError, declared_params, parse, transform

__all__ = ["ParsedXML", "SiteDocument", "XSLTError", "declared_params", "parse_tei",
           "render_html", "render_index", "render_text"]

Source = str | Path | bytes | etree._ElementTree | etree._Element
_TE = "urn:teiencode"


@dataclass(frozen=True)
class SiteDocument:
    """One document of the corpus index: its TEI (path, bytes or tree) and the
    address of its HTML edition relative to ``index.html``."""

    source: Source
    href: str


def parse_tei(source: Source) -> ParsedXML:
    """A TEI source parsed once (safely, then by Saxon), for rendering it more
    than once without parsing it again."""
    root, name = _load(source)
    return parse(_serialise(root), name=name)


def render_html(source: Source | ParsedXML, *,
                params: Mapping[str, ParamValue] | None = None) -> str:
    """The HTML reading edition of a TEI document, one self-contained file."""
    return transform("html/html.xsl", _parsed(source), params=params)


def render_text(source: Source | ParsedXML, *,
                params: Mapping[str, ParamValue] | None = None) -> str:
    """The plain reading text of a TEI document: by default the round-trip text
    (body, then footnotes); ``{"text-mode": "reading"}`` adds a header block and
    wraps the lines."""
    return transform("text/text.xsl", _parsed(source), params=params)


def render_index(documents: Iterable[SiteDocument | tuple[Source, str]], *,
                 params: Mapping[str, ParamValue] | None = None) -> str:
    """The corpus ``index.html``: every document (date, title, summary, counts)
    in date order and a combined index of people, places and organisations
    linking to their occurrences in the editions.

    The stylesheet ``xslt/site/index.xsl`` reads one generated document,
    ``<collection xmlns="urn:teiencode"><document href="…"><TEI>…</TEI></document>…``,
    so that it needs no file access of its own.
    """
    collection = etree.Element(f"{{{_TE}}}collection", nsmap={None: _TE})
    for entry in documents:
        source, href = (entry.source, entry.href) if isinstance(entry, SiteDocument) else entry
        root, name = _load(source)
        item = etree.SubElement(collection, f"{{{_TE}}}document", href=href)
        if name:
            item.set("source", name)
        item.append(_copy(root))
    return transform("site/index.xsl", _serialise(collection), params=params, name="index.html")


# ----------------------------------------------------------------------------- input


def _parsed(source: Source | ParsedXML) -> ParsedXML:
    return source if isinstance(source, ParsedXML) else parse_tei(source)


def _load(source: Source) -> tuple[etree._Element, str | None]:
    """The root element of a source (parsed safely) and a name for it in errors."""
    tree = parse_xml(source)
    name = str(source) if isinstance(source, str | Path) else tree.docinfo.URL
    return tree.getroot(), name


def _copy(root: etree._Element) -> etree._Element:
    """A detached copy of an element, without its tail."""
    copy = deepcopy(root)
    copy.tail = None
    return copy


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, encoding="utf-8")
