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
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..namespaces import SITE_NS
from ..resources import xslt_path
from ..xmlinput import parse_xml
from .xslt import ParamValue, ParsedXML, XSLTError, check_param, declared_params, parse, transform

__all__ = ["ParsedXML", "SiteDocument", "XSLTError", "check_param", "declared_params",
           "index_entry", "parse_tei", "render_html", "render_index", "render_index_page",
           "render_text", "site_css"]

Source = str | Path | bytes | etree._ElementTree | etree._Element
XSL_NS = "http://www.w3.org/1999/XSL/Transform"


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


def index_entry(source: Source | ParsedXML, *,
                params: Mapping[str, ParamValue] | None = None) -> bytes:
    """The corpus index's entry for one TEI document: a small
    ``<entry xmlns="urn:teiencode">`` element with its title, date, summary and
    counts, and each entity with the anchors and passage labels of its
    occurrences (format: ``xslt/site/entry.xsl``). Everything the index needs
    of the document, so that an index is rendered without its TEI.

    ``{"index-names": "all"}`` keeps the names teiencode proposed, which are
    otherwise left out (``"none"``: no name). Raises :class:`XSLTError` (TE-XSLT-2) when the
    document is not TEI.
    """
    return transform("site/entry.xsl", _parsed(source), params=params).encode("utf-8")


def render_index(documents: Iterable[SiteDocument | tuple[Source, str]], *,
                 params: Mapping[str, ParamValue] | None = None) -> str:
    """The corpus ``index.html`` on one page: every document (date, title,
    summary, counts) in date order and a combined index of people, places and
    organisations linking to their occurrences in the editions.

    Each document is reduced to its :func:`index_entry`; the page is rendered
    from the entries with :func:`render_index_page`.
    """
    site = etree.Element(f"{{{SITE_NS}}}site", nsmap={None: SITE_NS})
    for document in documents:
        source, href = ((document.source, document.href) if isinstance(document, SiteDocument)
                        else document)
        entry = etree.fromstring(index_entry(source, params=params))
        entry.set("href", href)
        site.append(entry)
    return render_index_page(_serialise(site), params=params)


def render_index_page(page: bytes, *, params: Mapping[str, ParamValue] | None = None) -> str:
    """One page of the corpus index from a ``<site xmlns="urn:teiencode">``
    document of :func:`index_entry` elements, each with the ``href`` of its
    edition, and the ``<nav>`` links between the pages of a large index
    (format: ``xslt/site/index.xsl``)."""
    return transform("site/index.xsl", page, params=params, name="index.html")


#: Where the stylesheets keep the CSS they inline: file under ``xslt/`` → variables, in order.
CSS_VARIABLES = {"html/html-style.xsl": ("te:base-css", "te:edition-css"),
                 "site/index.xsl": ("te:index-css",)}


def site_css() -> str:
    """The site's shared style sheet (``teiencode.css``): the CSS of the
    editions and of the corpus index, which pages rendered with the
    ``css-href`` parameter link to instead of inlining it. Read from the
    stylesheets' variables that hold it (:data:`CSS_VARIABLES`), so that
    it is the very CSS a page rendered alone inlines."""
    parts = []
    for stylesheet, names in CSS_VARIABLES.items():
        root = parse_xml(xslt_path(stylesheet)).getroot()
        for name in names:
            variable = root.find(f"{{{XSL_NS}}}variable[@name='{name}']")
            if variable is None:
                raise XSLTError(f"no variable {name} in {stylesheet}", code="XSLT")
            parts.append(variable.text or "")
    return "".join(parts)


# ----------------------------------------------------------------------------- input


def _parsed(source: Source | ParsedXML) -> ParsedXML:
    return source if isinstance(source, ParsedXML) else parse_tei(source)


def _load(source: Source) -> tuple[etree._Element, str | None]:
    """The root element of a source (parsed safely) and a name for it in errors."""
    tree = parse_xml(source)
    name = str(source) if isinstance(source, str | Path) else tree.docinfo.URL
    return tree.getroot(), name


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, encoding="utf-8")
