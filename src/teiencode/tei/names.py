"""The TEI vocabulary: namespaces, the element names the encoder writes, and
the element factory.

:data:`TeiName` lists every TEI element the encoder may create; the rest of
:mod:`teiencode.tei` builds elements only through :func:`make` and :func:`sub`,
which take a :data:`TeiName`, so a misspelt or new element is a type error
until it is added here (and to ``schemas/teiencode.xsd``). Strings are made
XML-safe here, once, so that no page text can make lxml refuse to build the
tree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from typing import Literal

from lxml import etree

from ..namespaces import TEI_NS, XML_NS

XML_LANG = f"{{{XML_NS}}}lang"

# Whitespace that is no XML whitespace: vertical tab, form feed and the
# separators \x1c-\x1f (which XML 1.0 cannot hold), NEL and the Unicode line and
# paragraph separators (which normalize-space and browsers do not take for
# spaces, gluing the words on either side) become spaces. The other characters
# XML 1.0 cannot hold become U+FFFD so that their place shows.
_XML_WHITESPACE_LIKE = re.compile("[\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

Attributes = Mapping[str, str | None]

TeiName = Literal[
    # header
    "TEI", "teiHeader", "fileDesc", "titleStmt", "title", "respStmt", "resp", "funder",
    "publicationStmt", "publisher", "idno", "availability", "notesStmt", "sourceDesc", "bibl",
    "msDesc", "msIdentifier", "repository", "collection", "encodingDesc", "appInfo",
    "application", "editorialDecl", "refsDecl", "citeStructure", "profileDesc", "creation",
    "langUsage", "language", "textClass", "catRef", "abstract", "particDesc", "licence",
    "classDecl", "taxonomy", "category", "catDesc", "revisionDesc", "change",
    # register
    "standOff", "listPerson", "person", "personGrp", "listPlace", "place", "listOrg", "org",
    "name", "persName", "placeName", "orgName", "forename", "surname",
    # body
    "text", "body", "div", "head", "dateline", "p", "sp", "speaker", "ab", "label", "list",
    "item", "pb", "gap", "supplied", "note", "seg", "date", "foreign",
]


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids replaced (see module doc)."""
    if text.isprintable():
        return text
    text = _XML_WHITESPACE_LIKE.sub(" ", text)
    return _XML_ILLEGAL.sub("\ufffd", text)


def words(value: str | None) -> str | None:
    """``value`` as TEI words (``@rend``, ``@reason``, ``@type``): separators
    (no-break and other spaces, tabs, newlines) become spaces, invisible
    format and control characters are dropped; ``None`` if nothing is left."""
    if value is None:
        return None
    if not value.isprintable():  # only the ASCII space may separate words
        value = "".join(
            " " if unicodedata.category(ch)[0] == "Z" or ch in "\t\n\r" else ch
            for ch in value if unicodedata.category(ch)[0] != "C" or ch in "\t\n\r")
    return value if value.strip() else None


@cache
def qname(name: str) -> str:
    """The Clark name of a TEI element (``"p"`` → ``"{http://…/ns/1.0}p"``);
    ``xml:id`` and ``xml:lang`` map to the XML namespace."""
    if name.startswith("xml:"):
        return f"{{{XML_NS}}}{name[4:]}"
    return f"{{{TEI_NS}}}{name}"


def _set_attributes(element: etree._Element, attrs: Attributes) -> None:
    for key, value in attrs.items():
        if value is not None:
            element.set(qname(key) if key.startswith("xml:") else key, xml_safe(value))


def make(name: TeiName, attrs: Attributes | None = None, text: str | None = None) -> etree._Element:
    """A new TEI element (the root of a tree or of a detached fragment)."""
    element = etree.Element(qname(name), nsmap={None: TEI_NS})
    if attrs:
        _set_attributes(element, attrs)
    if text:
        element.text = xml_safe(text)
    return element


def sub(
    parent: etree._Element, name: TeiName, attrs: Attributes | None = None,
    text: str | None = None,
) -> etree._Element:
    """A new TEI element appended to ``parent``; ``None`` attribute values are left out."""
    element = etree.SubElement(parent, qname(name))
    if attrs:
        _set_attributes(element, attrs)
    if text:
        element.text = xml_safe(text)
    return element


def append_text(parent: etree._Element, text: str) -> None:
    """Append character data at the end of ``parent``'s mixed content.

    The last child is found from the end (``len(parent)`` would count every
    child, which is quadratic in a paragraph of many inline elements).
    """
    if not text:
        return
    text = xml_safe(text)
    last = next(parent.iterchildren(reversed=True), None)
    if last is None:
        parent.text = (parent.text or "") + text
    else:
        last.tail = (last.tail or "") + text


# Elements whose content is other elements only: the layout indents these and
# nothing else, so that whitespace inside mixed content stays exactly as read.
ELEMENT_ONLY = frozenset(
    qname(name)
    for name in (
        "TEI", "teiHeader", "fileDesc", "titleStmt", "respStmt", "publicationStmt",
        "availability", "notesStmt", "sourceDesc", "msDesc", "msIdentifier", "encodingDesc",
        "appInfo", "application", "editorialDecl", "refsDecl", "citeStructure", "profileDesc",
        "langUsage", "textClass", "abstract", "particDesc", "listPerson", "classDecl",
        "taxonomy", "category", "revisionDesc",
        "person", "personGrp", "standOff", "listPlace", "listOrg", "place", "org",
        "text", "body", "div", "sp",
    )
)


def indent(root: etree._Element, step: str = "  ") -> None:
    """Indent the element-only containers of ``root`` in place (see ELEMENT_ONLY).

    Text and tails inside mixed content are never touched; containers get a
    newline and ``step`` per level before each child and before their end tag.
    """
    stack: list[tuple[etree._Element, int]] = [(root, 0)] if root.tag in ELEMENT_ONLY else []
    while stack:
        element, level = stack.pop()
        inner = "\n" + step * (level + 1)
        last = None
        for last in element:
            last.tail = inner
            if last.tag in ELEMENT_ONLY:
                stack.append((last, level + 1))
        if last is not None:
            element.text = inner
            last.tail = "\n" + step * level
